// `npm run dev:local` starts cognito-local beside the dev server; stopping the server with Ctrl+C or a
// kill must stop the emulator and remove its temporary data folder.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/cognito-local.js';
import { makeTempDir, removeTempDir } from '../../scripts/temp-dir.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));

describe('npm run dev:local', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('on %s stops the emulator and leaves no temporary folder', async (signal) => {
    const temp = makeTempDir('dev-local');
    try {
      const server = spawn(process.execPath, [join(repo, 'node_modules/vite/bin/vite.js'), '--mode', 'cognito-local', '--port', String(await freePort()), '--strictPort'], {
        cwd: repo,
        env: { ...process.env, TMPDIR: temp, NODE_ENV: 'development' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`dev server did not start:\n${output}`)), 120_000);
        const read = (chunk: Buffer) => {
          output += chunk.toString();
          if (/ready in/.test(output)) {
            clearTimeout(timer);
            resolve();
          }
        };
        server.stdout!.on('data', read);
        server.stderr!.on('data', read);
      });
      expect(readdirSync(temp).filter((name) => name.startsWith('mfa-cognito-local-'))).toHaveLength(1);
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill(signal);
      await exited;
      expect(readdirSync(temp).filter((name) => name.startsWith('mfa-cognito-local-'))).toEqual([]);
    } finally {
      removeTempDir(temp);
    }
  });
});
