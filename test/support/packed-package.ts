// Vitest globalSetup of the `package` project: the kit is packed once per run (npm pack; its prepack
// builds from scratch) and installed as an app installs it, into test/package/consumers. It runs in
// the background; the package tests wait for it (test/support/packed-package-ready.ts) and all use that
// one install: attw, publint, the Jest, Vitest, Vite and TypeScript consumers, server rendering, the
// README's recipes.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { makeTempDir, removeTempDir, sweepStaleTempDirs } from '../../scripts/temp-dir.mjs';
import { settleInto } from './background.js';
import { consumerRuns, consumers, repo } from './consumers.js';
import { run, runOrThrow } from './run.js';

export interface PackedPackage {
  /** The tarball `npm pack` wrote. */
  tarball: string;
  bytes: number;
  /** What `npm install <tarball>` printed in the consumers folder. */
  installOutput: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the outcome of packing and installing appears (test/support/background.ts). */
    packedOutcome: string;
  }
}

async function packAndInstall(packDir: string): Promise<PackedPackage> {
  try {
    await runOrThrow('npm', ['pack', '--pack-destination', packDir], { cwd: repo });
  } finally {
    // Were npm pack to die between prepack and postpack, the manifest would stay stripped.
    await run(process.execPath, [join(repo, 'scripts/packed-manifest.mjs'), 'restore'], { cwd: repo });
  }
  const tarball = join(packDir, readdirSync(packDir).find((name) => name.endsWith('.tgz'))!);
  // Peers (React) are the app's: here the repo's own, found above the consumers folder.
  const installOutput = await runOrThrow(
    'npm',
    ['install', '--no-save', '--omit=peer', '--prefer-offline', '--no-audit', '--no-fund', tarball],
    { cwd: consumers },
  );
  return { tarball, bytes: statSync(tarball).size, installOutput };
}

/** package.json as it was before npm pack, should this run end while npm packs (Ctrl+C). */
const restoreManifest = () => execFileSync(process.execPath, [join(repo, 'scripts/packed-manifest.mjs'), 'restore']);

export default function setup(project: TestProject) {
  sweepStaleTempDirs([tmpdir(), consumerRuns]);
  process.once('exit', restoreManifest);
  const packDir = makeTempDir('pack');
  const outcome = join(packDir, 'outcome.json');
  const done = settleInto(outcome, packAndInstall(packDir));
  project.provide('packedOutcome', outcome);
  return async () => {
    await done;
    removeTempDir(packDir);
    process.removeListener('exit', restoreManifest);
  };
}
