// The packed package in a Vite + React app, in Chromium: the app bundles the kit's ESM build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../scripts/temp-dir.mjs';
import { collectPageErrors, launchChromium, newPage } from '../support/chromium.js';
import { makeConsumerProject } from '../support/consumers.js';
import { decodeQrFromPng } from '../support/qr.js';
import { totpCode } from '../support/totp.js';

let outDir: string;
let server: PreviewServer;
let browser: Browser;
let url: string;

beforeAll(async () => {
  const app = makeConsumerProject('vite-consumer', 'vite-app');
  outDir = makeTempDir('vite-consumer-dist');
  const config = { root: app, configFile: false as const, logLevel: 'silent' as const, plugins: [react()], build: { outDir } };
  await build(config);
  server = await preview({ ...config, preview: { host: '127.0.0.1', port: 0 } });
  url = server.resolvedUrls!.local[0]!;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.httpServer.close(() => resolve()) : resolve()));
});

describe('the packed package in a Vite + React app', () => {
  it('bundles only what the app imports: no other adapter, one stylesheet', () => {
    const assets = readdirSync(join(outDir, 'assets'));
    const js = assets.filter((name) => name.endsWith('.js')).map((name) => readFileSync(join(outDir, 'assets', name), 'utf8')).join('\n');
    expect(js).not.toContain('cognito-idp.');
    expect(js).not.toContain('AWSCognitoIdentityProviderService');
    expect(assets.filter((name) => name.endsWith('.css'))).toHaveLength(1);
  });

  it('enrolls with a code made from the scanned QR, then signs in again with that authenticator', async () => {
    const page = await newPage(browser, { viewport: { width: 480, height: 900 } });
    const errors = collectPageErrors(page);
    await page.goto(url);

    const qr = page.getByRole('img', { name: /QR code/ });
    await qr.waitFor();
    const uri = new URL(decodeQrFromPng(await qr.screenshot()));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname.slice(1))).toBe('Consumer App & Co:ana+mfa@example.com');
    expect(uri.searchParams.get('issuer')).toBe('Consumer App & Co');
    const secret = uri.searchParams.get('secret')!;
    const manualKey = (await page.locator('[data-part="secret-key-value"]').textContent())!.replace(/\s/g, '');
    expect(secret).toBe(manualKey);

    const enrolledAt = Date.now();
    await page.getByRole('textbox', { name: 'Device name' }).fill('Ana’s phone');
    await page.getByRole('textbox', { name: '6-digit code' }).fill(totpCode(secret, enrolledAt));
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/sign-in asks for a code from “Ana’s phone”/);
    expect(await page.content()).not.toContain(secret);

    await page.getByRole('button', { name: 'Sign out and in again' }).click();
    await page.getByText('Enter the code from “Ana’s phone”.').waitFor();
    // The code spent enrolling is refused, as Cognito refuses it; the next one signs in.
    await page.getByRole('textbox', { name: '6-digit code' }).fill(totpCode(secret, enrolledAt + 30_000));
    await page.getByText('Code accepted. You are signed in.').waitFor();
    expect(errors).toEqual([]);
  }, 60_000);
});
