import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOTP, URI } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect } from 'vitest';
import { startCognitoLocal, type CognitoLocal } from '../../scripts/cognito-local.js';
import { makeTempDir, removeTempDir } from '../../scripts/temp-dir.mjs';
import { axeViolations } from '../support/axe-in-page.js';
import { collectPageErrors, isFaviconRequest, launchChromium, newPage } from '../support/chromium.js';
import { decodeQrFromPng } from '../support/qr.js';
import { serveStatic } from '../support/static-server.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));

export interface Watched {
  page: Page;
  problems: string[];
}

/**
 * Chromium and cognito-local for a suite of demo tests, started before it and stopped after, with
 * what those tests share: building the demo, serving it under a CSP, opening a watched page.
 */
export function useDemoHarness() {
  let cognito: CognitoLocal | undefined;
  let browser: Browser | undefined;
  const cleanups: Array<() => Promise<void> | void> = [];

  beforeAll(async () => {
    [cognito, browser] = await Promise.all([startCognitoLocal(), launchChromium()]);
  });

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    await browser?.close();
    await cognito?.stop();
  });

  const running = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not running`);
    return value;
  };

  return {
    cognito: () => running(cognito, 'cognito-local'),
    browser: () => running(browser, 'Chromium'),

    /** Builds the demo as `vite build --mode demo` does, optionally pointed at a backend. */
    async buildDemo(backend?: object): Promise<string> {
      const outDir = makeTempDir('demo');
      cleanups.push(() => removeTempDir(outDir));
      await build({
        root: repo,
        configFile: join(repo, 'vite.config.ts'),
        mode: 'demo',
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true },
        define: { __DEMO_BACKEND__: backend === undefined ? 'undefined' : JSON.stringify(backend) },
      });
      return outDir;
    },

    /** Serves a build under a Content-Security-Policy with no 'unsafe-inline' anywhere. */
    async serveWithCsp(dir: string, csp: string): Promise<string> {
      const site = await serveStatic(dir, { 'Content-Security-Policy': csp });
      cleanups.push(() => site.close());
      return site.url;
    },

    /** A page whose console errors, uncaught exceptions and CSP violations are collected. */
    async openPage(url: string): Promise<Watched> {
      const page = await newPage(running(browser, 'Chromium'), { viewport: { width: 800, height: 1000 } });
      const problems = collectPageErrors(page, {
        // A wrong code is an HTTP 400 from Cognito, which Chromium logs as a failed resource; that is
        // the protocol working, not a fault.
        ignore: (message) =>
          isFaviconRequest(message) ||
          (cognito !== undefined && message.location().url.startsWith(cognito.endpoint) && /status of 400/.test(message.text())),
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await page.goto(url);
      return { page, problems };
    },
  };
}

/** The demo's backend description for cognito-local, signing in with `client`. */
export const localBackend = (cognito: CognitoLocal, client: 'amplify' | 'identity-js' | 'fetch') => ({
  kind: 'cognito-local',
  client,
  endpoint: cognito.endpoint,
  userPoolId: cognito.userPoolId,
  clientId: cognito.clientId,
  username: '',
  password: '',
});

/** Strict for scripts and styles; the emulator is the one other origin the page may call. */
export const cspWithEmulator = (cognito: CognitoLocal) => `default-src 'self'; connect-src 'self' ${cognito.endpoint.replace(/\/$/, '')}`;

/** As a phone camera would: the QR code from a screenshot, parsed as an otpauth URI. */
export async function scanQr(page: Page): Promise<TOTP> {
  const qr = page.getByRole('img', { name: /QR code/ });
  await qr.waitFor();
  const parsed = URI.parse(decodeQrFromPng(await qr.screenshot()));
  if (!(parsed instanceof TOTP)) throw new Error('not a TOTP URI');
  return parsed;
}

export async function expectAccessible(page: Page, state: string) {
  expect(await axeViolations(page), `axe in state "${state}"`).toEqual([]);
}

export const rootState = (page: Page) => page.locator('[data-scope="totp-setup"][data-part="root"]').getAttribute('data-state');

/** The first alert's text, polled until it matches. */
export const expectAlert = (page: Page, text: RegExp) => expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(text);

export async function signInOnPage(page: Page, username: string, password: string) {
  await page.getByRole('textbox', { name: 'Username' }).fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
