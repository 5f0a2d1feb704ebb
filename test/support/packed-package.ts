// Vitest globalSetup of the `package` project: the kit is packed once per run and installed as an
// app installs it; the package tests (attw, publint, the Jest, Vitest, Vite and TypeScript consumers,
// server rendering, the README's recipes) all use that one install.
import { readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { makeTempDir, removeTempDir, sweepStaleTempDirs } from '../../scripts/temp-dir.mjs';
import { consumerRuns, consumers, repo } from './consumers.js';
import { run, runOrThrow } from './run.js';

declare module 'vitest' {
  export interface ProvidedContext {
    packed: {
      /** The tarball `npm pack` wrote (its prepack built the package from scratch). */
      tarball: string;
      bytes: number;
      /** What `npm install <tarball>` printed in the consumers folder. */
      installOutput: string;
    };
  }
}

export default async function setup(project: TestProject) {
  sweepStaleTempDirs([tmpdir(), consumerRuns]);
  const packDir = makeTempDir('pack');
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
  project.provide('packed', { tarball, bytes: statSync(tarball).size, installOutput });
  return () => removeTempDir(packDir);
}
