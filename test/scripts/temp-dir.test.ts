// Temporary folders of tests and scripts are gone when their process ends, however it ends; a run
// killed outright leaves folders the next run sweeps, and a sweep never touches a live run's folders.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, sweepStaleTempDirs } from '../../scripts/temp-dir.mjs';

const tempDirModule = fileURLToPath(new URL('../../scripts/temp-dir.mjs', import.meta.url));
let parent: string;

beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'temp-dir-test-'));
});
afterEach(() => {
  rmSync(parent, { recursive: true, force: true });
});

/** A process that makes a temporary folder, says where, then `ends` (or idles until signalled). */
function child(ends: string) {
  const script = `import { makeTempDir } from ${JSON.stringify(tempDirModule)};
    console.log(makeTempDir('probe', ${JSON.stringify(parent)}));
    ${ends}`;
  const process = spawn(globalThis.process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const made = new Promise<string>((resolve) => process.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())));
  const exited = new Promise<number | null>((resolve) => process.once('exit', (code) => resolve(code)));
  return { process, made, exited };
}

describe('makeTempDir', () => {
  it('names the folder after its purpose and its process, and removeTempDir removes it', () => {
    const dir = makeTempDir('probe', parent);
    expect(dir).toMatch(new RegExp(`/mfa-probe-${process.pid}-[A-Za-z0-9]{6}$`));
    expect(existsSync(dir)).toBe(true);
    removeTempDir(dir);
    expect(existsSync(dir)).toBe(false);
  });

  it('is removed when its process exits on its own', async () => {
    const { made, exited } = child('process.exitCode = 0;');
    const dir = await made;
    expect(await exited).toBe(0);
    expect(existsSync(dir)).toBe(false);
  });

  it.each([['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const)('is removed when its process is ended by %s, which still ends it (%i)', async (signal, code) => {
    const { process: running, made, exited } = child('setInterval(() => {}, 1000);');
    const dir = await made;
    expect(existsSync(dir)).toBe(true);
    running.kill(signal);
    expect(await exited).toBe(code);
    expect(existsSync(dir)).toBe(false);
  });
});

describe('sweepStaleTempDirs', () => {
  it('removes the folders of processes that are gone, and nothing else', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.once('exit', resolve));
    for (const name of [`mfa-probe-${gone.pid}-abc123`, `mfa-probe-${process.pid}-abc123`, 'mfa-consumer-abc123', 'storybook-static-abc123']) mkdirSync(join(parent, name));
    expect(sweepStaleTempDirs([parent])).toEqual([join(parent, `mfa-probe-${gone.pid}-abc123`)]);
    expect(readdirSync(parent).sort()).toEqual([`mfa-probe-${process.pid}-abc123`, 'mfa-consumer-abc123', 'storybook-static-abc123'].sort());
  });
});
