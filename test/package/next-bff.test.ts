// The Next.js example (examples/next-bff, the packed kit installed into it) in Chromium, against
// cognito-local behind an MFA_SETUP endpoint: password sign-in through a server action, enrollment
// inside sign-in, the code at the next sign-in, turning off on the settings page. In every state no
// token, refresh token or Cognito session is in page JavaScript, document.cookie, storage or any
// response body the browser received.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCognitoLocal, type CognitoLocal } from '../../scripts/cognito-local.js';
import { collectPageErrors, isFaviconRequest, launchChromium } from '../support/chromium.js';
import { scanQr } from '../e2e/demo-harness.js';
import { startMfaSetupEndpoint } from '../e2e/mfa-setup-bridge.js';
import { buildNextExample, exampleDir, startNextExample, type RunningExample } from '../support/next-bff-app.js';
import { packedPackage } from '../support/packed-package-ready.js';

const password = 'Correct-horse-1';
const username = 'bff-required';

// Generous, explicit limits: the server and the browser share two loaded cores with the rest of the suite.
const limit = 60_000;
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: limit });

let cognito: CognitoLocal | undefined;
let browser: Browser | undefined;
let bridge: Awaited<ReturnType<typeof startMfaSetupEndpoint>> | undefined;
let app: RunningExample | undefined;

beforeAll(async () => {
  // All settled before anything throws, so that afterAll stops whatever did start.
  const started = await Promise.allSettled([
    startCognitoLocal().then((running) => (cognito = running)),
    launchChromium().then((running) => (browser = running)),
    (async () => buildNextExample(packedPackage().tarball))(),
  ]);
  for (const outcome of started) if (outcome.status === 'rejected') throw outcome.reason;
  await cognito!.createUser(username, password);
  bridge = await startMfaSetupEndpoint(cognito!, username);
  app = await startNextExample({
    COGNITO_ENDPOINT: bridge.endpoint,
    COGNITO_CLIENT_ID: cognito!.clientId,
    SESSION_PASSWORD: 'e2e only: a session password of 32 characters or more',
  });
}, 300_000);

afterAll(async () => {
  await app?.stop();
  await bridge?.close();
  await browser?.close();
  await cognito?.stop();
});

interface Watched {
  page: Page;
  problems: string[];
  /** Every response body the page received, read as text. */
  bodies(): Promise<string[]>;
}

async function openPage(path: string): Promise<Watched> {
  const page = await browser!.newPage({ viewport: { width: 900, height: 1000 } });
  page.setDefaultTimeout(limit);
  // A wrong code is a 4xx from the app's API, which Chromium logs as a failed resource: the protocol working.
  const problems = collectPageErrors(page, { ignore: (message) => isFaviconRequest(message) || /status of 40[01]/.test(message.text()) });
  const reads: Array<Promise<string>> = [];
  page.on('response', (response) => {
    reads.push(response.text().catch(() => ''));
  });
  await page.goto(`${app!.url}${path}`);
  return { page, problems, bodies: () => Promise.all(reads) };
}

/** What page JavaScript can reach: cookies, storage, the DOM, and strings under window's own properties. */
function readableFromPage(page: Page) {
  return page.evaluate(() => {
    const strings: string[] = [];
    const visited = new WeakSet<object>();
    let budget = 200_000;
    const walk = (value: unknown, depth: number) => {
      if (budget-- <= 0) return;
      if (typeof value === 'string') strings.push(value);
      if (typeof value !== 'object' || value === null || depth > 4 || visited.has(value) || value instanceof Node) return;
      visited.add(value);
      for (const key of Object.keys(value)) {
        try {
          walk((value as Record<string, unknown>)[key], depth + 1);
        } catch {
          // A getter that throws holds nothing readable.
        }
      }
    };
    for (const key of Object.getOwnPropertyNames(window)) {
      try {
        walk((window as unknown as Record<string, unknown>)[key], 0);
      } catch {
        // Cross-origin frames and the like.
      }
    }
    return {
      cookie: document.cookie,
      localStorage: JSON.stringify({ ...localStorage }),
      sessionStorage: JSON.stringify({ ...sessionStorage }),
      html: document.documentElement.outerHTML,
      globals: strings.join('\n'),
    };
  });
}

/** No credential Cognito issued is anywhere the page's JavaScript or the network gave the browser. */
async function expectNoCredentials(watched: Watched, state: string) {
  const credentials = [...bridge!.credentials];
  const readable = await readableFromPage(watched.page);
  // Every cookie is httpOnly: page JavaScript sees none.
  expect(readable.cookie, `document.cookie in "${state}"`).toBe('');
  const bodies = await watched.bodies();
  for (const credential of credentials) {
    for (const [where, text] of Object.entries(readable)) expect(text.includes(credential), `a credential in ${where} in "${state}"`).toBe(false);
    expect(bodies.some((body) => body.includes(credential)), `a credential in a response body in "${state}"`).toBe(false);
  }
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name }).waitFor();

async function signIn(page: Page) {
  await page.getByRole('textbox', { name: 'Username' }).fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('the Next.js example: tokens on the server', () => {
  it('lists the kit’s own dependencies at the versions its ranges start from (the kit is unpacked into it, not installed)', () => {
    const kit = JSON.parse(readFileSync(join(exampleDir, '../../package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const example = JSON.parse(readFileSync(join(exampleDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const [name, range] of Object.entries(kit.dependencies)) expect(`^${example.dependencies[name]}`, name).toBe(range);
  });

  it('enrolls inside sign-in, asks for the code at the next sign-in, turns off; the browser never holds a credential', async () => {
    const watched = await openPage('/sign-in');
    const { page, problems } = watched;
    await expectNoCredentials(watched, 'sign-in form');

    // Password sign-in through the server action: the pool requires MFA, so MFA_SETUP.
    await signIn(page);
    await page.waitForURL('**/sign-in/mfa-setup');
    await scanQr(page);
    // Rendered on the server and hydrated: a full load of the page, where the wizard fetches a new secret.
    // (Not while the first is on its way: its answer carries the newest session, in the cookie.)
    const served = await page.reload();
    expect(await served!.text()).toContain('data-scope="totp-setup"');
    expect(await page.locator('[data-scope="totp-setup"][data-part="root"]').count()).toBe(1);
    const totp = await scanQr(page);
    expect(totp.secret.base32).toBe(bridge!.secretCode());
    expect(totp.label).toBe(username);
    expect(await page.getByRole('timer').textContent()).toMatch(/\d:\d\d/);
    expect(bridge!.credentials.size).toBeGreaterThan(0);
    await expectNoCredentials(watched, 'enrollment inside sign-in, ready');

    await page.getByRole('textbox', { name: 'Device name' }).fill('Pixel');
    const stale = totp.generate({ timestamp: Date.now() - 10 * 60_000 });
    await page.getByRole('textbox', { name: '6-digit code' }).fill(stale);
    await poll(() => page.getByRole('alert').first().textContent()).toMatch(/didn’t match/);
    await expectNoCredentials(watched, 'enrollment inside sign-in, wrong code');
    await page.getByRole('textbox', { name: '6-digit code' }).fill(totp.generate());
    await heading(page, `Signed in as ${username}`);
    expect(bridge!.operations).toEqual(['InitiateAuth', 'AssociateSoftwareToken', 'AssociateSoftwareToken', 'VerifySoftwareToken', 'VerifySoftwareToken', 'RespondToAuthChallenge']);
    await expectNoCredentials(watched, 'signed in after enrolling');

    // The next sign-in asks for the code (cognito-local's own SOFTWARE_TOKEN_MFA challenge).
    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading(page, 'Sign in');
    await signIn(page);
    await page.waitForURL('**/sign-in/code');
    await page.getByText('Enter the code from “Pixel”.').waitFor();
    const field = page.getByRole('textbox', { name: '6-digit code' });
    await field.fill(stale);
    await poll(() => page.getByRole('alert').first().textContent()).toMatch(/didn’t match/);
    await expectNoCredentials(watched, 'sign-in code, wrong');
    await field.fill(totp.generate({ timestamp: Date.now() + 30_000 }));
    await heading(page, `Signed in as ${username}`);
    await expectNoCredentials(watched, 'signed in with the code');

    // The settings page: on; turn off (asks first).
    await page.getByRole('link', { name: 'Account security' }).click();
    const panel = page.locator('[data-scope="totp-settings"][data-part="root"]');
    await poll(() => panel.getAttribute('data-state')).toBe('on');
    await expectNoCredentials(watched, 'settings, on');
    await page.getByRole('button', { name: 'Turn off' }).click();
    await page.getByRole('button', { name: 'Turn off' }).click();
    await poll(() => panel.getAttribute('data-state')).toBe('off');
    await expectNoCredentials(watched, 'settings, off');

    // Off for real: the next sign-in asks for no code.
    await page.getByRole('link', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading(page, 'Sign in');
    await signIn(page);
    await heading(page, `Signed in as ${username}`);
    await expectNoCredentials(watched, 'signed in without a code');
    expect(problems).toEqual([]);
    // Nor did the server print one.
    for (const credential of bridge!.credentials) expect(app!.output().includes(credential), 'a credential in the server’s output').toBe(false);
    await page.close();
  }, 180_000);
});
