import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Browser } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium } from '../support/chromium.js';
import { decodeQrFromPng } from '../support/qr.js';
import { totpCode } from '../support/totp.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
// What the packed package needs at run time, taken from this repo's install: the test has no registry.
const runtimePackages = ['react', 'react-dom', 'scheduler', 'qrcode.react', 'otpauth'];

let workDir: string;
let server: PreviewServer;
let browser: Browser;
let url: string;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'mfa-consumer-'));
  // `npm run build` ran before the tests (npm test does it); packing without `prepare` keeps other
  // test files' dist/ in place (readme-recipes.test.ts packs a fresh clone with it).
  execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', workDir], { cwd: repo, stdio: 'pipe' });
  const tarball = readdirSync(workDir).find((name) => name.endsWith('.tgz'))!;
  const app = join(workDir, 'app');
  cpSync(join(repo, 'test/package/consumer-app'), app, { recursive: true });
  const installed = join(app, 'node_modules/react-mfa-enroll');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(workDir, tarball), '-C', installed, '--strip-components=1']);
  for (const name of runtimePackages) symlinkSync(join(repo, 'node_modules', name), join(app, 'node_modules', name), 'dir');

  await build({ root: app, configFile: false, logLevel: 'silent', plugins: [react()], build: { outDir: 'dist' } });
  server = await preview({ root: app, configFile: false, logLevel: 'silent', preview: { host: '127.0.0.1', port: 0 } });
  url = server.resolvedUrls!.local[0]!;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.httpServer.close(() => resolve()) : resolve()));
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('the packed package in a Vite + React app', () => {
  it('shows a QR whose otpauth URI carries the manual key, and verifies a code made from it', async () => {
    const page = await browser.newPage({ viewport: { width: 480, height: 900 } });
    const errors = collectPageErrors(page);
    await page.goto(url);

    const qr = page.getByRole('img', { name: /QR code/ });
    await qr.waitFor();
    const uri = new URL(decodeQrFromPng(await qr.screenshot()));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname.slice(1))).toBe('Consumer App & Co:ana+mfa@example.com');
    expect(uri.searchParams.get('issuer')).toBe('Consumer App & Co');

    const manualKey = (await page.locator('[data-part="secret-key-value"]').textContent())!.replace(/\s/g, '');
    const secret = uri.searchParams.get('secret')!;
    expect(secret).toBe(manualKey);

    const code = totpCode(secret);
    await page.getByRole('textbox', { name: '6-digit code' }).fill(code);
    await expect.poll(() => page.locator('[data-part="root"]').getAttribute('data-state')).toBe('verified');
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/sign-in asks for a code from/);
    expect(await page.content()).not.toContain(secret);
    expect(errors).toEqual([]);
  }, 60_000);
});
