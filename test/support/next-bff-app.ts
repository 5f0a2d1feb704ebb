// The Next.js example (examples/next-bff) as its test runs it: the kit's tarball (the one the package
// project packed) unpacked into its node_modules, `next build`, then `next start` on a free loopback
// port. Its own dependencies come from npm test's pretest (scripts/install-fixtures.mjs).
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort } from '../../scripts/cognito-local.js';

export const exampleDir = fileURLToPath(new URL('../../examples/next-bff/', import.meta.url));
const next = join(exampleDir, 'node_modules/next/dist/bin/next');
const run = promisify(execFile);
const quiet = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** Installs the packed kit into the example and builds it. */
export async function buildNextExample(tarball: string): Promise<void> {
  if (!existsSync(next)) {
    throw new Error('examples/next-bff has no node_modules: run `npm ci --prefix examples/next-bff` (npm test’s pretest does)');
  }
  await run(process.execPath, [join(exampleDir, 'scripts/install-kit.mjs'), tarball], { cwd: exampleDir });
  try {
    await run(process.execPath, [next, 'build'], { cwd: exampleDir, env: { ...quiet, NODE_ENV: 'production' }, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`next build failed:\n${stdout}\n${stderr}`);
  }
}

export interface RunningExample {
  url: string;
  /** Everything the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** `next start` with the app's environment, up once it answers; stopped by `stop` or when this process exits. */
export async function startNextExample(env: Record<string, string>): Promise<RunningExample> {
  const port = await freePort();
  const child = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: exampleDir,
    env: { ...quiet, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => (log += chunk.toString());
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const kill = () => child.kill('SIGTERM');
  process.once('exit', kill);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    process.removeListener('exit', kill);
  };

  // Browsers accept Secure cookies from http://localhost, as from https.
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/sign-in`)).ok) return { url, output: () => log, stop };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer within 60 s:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
