// The demo signing in with the real Amplify JS v6 package, in Chromium, against cognito-local.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { cspWithEmulator, expectAccessible, expectAlert, localBackend, scanQr, signInOnPage, useDemoHarness } from './demo-harness.js';
import { bridgeMfaSetup } from './mfa-setup-bridge.js';

const password = 'Correct-horse-1';
const harness = useDemoHarness();
const signIn = (page: Page, username: string) => signInOnPage(page, username, password);

describe('the built demo with Amplify JS v6 against cognito-local', () => {
  let url: string;
  beforeAll(async () => {
    url = await harness.serveWithCsp(await harness.buildDemo(localBackend(harness.cognito(), 'amplify')), cspWithEmulator(harness.cognito()));
  });

  /** The next sign-in asks for the code in <TotpChallenge>; a wrong one is refused, the right one signs in. */
  async function signInWithCode(page: Page, username: string, code: { stale: string; now: () => string }) {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, username);
    await page.getByRole('heading', { name: 'Two-step verification' }).waitFor();
    const field = page.getByRole('textbox', { name: '6-digit code' });
    await field.fill(code.stale);
    await expectAlert(page, /didn’t match/);
    await expectAccessible(page, 'sign-in code, wrong');
    await field.fill(code.now());
    await page.getByRole('heading', { name: `Signed in as ${username}` }).waitFor();
  }

  it('settings page: a signed-in user enrolls through setUpTOTP, and the next sign-in asks for the code', async () => {
    await harness.cognito().createUser('amplify-settings', password);
    const { page, problems } = await harness.openPage(url);
    await signIn(page, 'amplify-settings');
    await page.getByRole('button', { name: 'Set up', exact: true }).click();
    const totp = await scanQr(page);
    expect(totp.label).toBe('amplify-settings');
    await expectAccessible(page, 'ready');
    const stale = totp.generate({ timestamp: Date.now() - 10 * 60_000 });
    await page.getByRole('textbox', { name: '6-digit code' }).fill(stale);
    await expectAlert(page, /didn’t match/);
    await page.getByRole('textbox', { name: '6-digit code' }).fill(totp.generate());
    await page.getByText('Authenticator app added.').waitFor();
    await expectAccessible(page, 'verified');
    await signInWithCode(page, 'amplify-settings', { stale, now: () => totp.generate() });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('MFA required at sign-in: the QR decodes to Amplify’s secret, a wrong code, the right one signs in', async () => {
    const username = 'amplify-required';
    await harness.cognito().createUser(username, password);
    const { page, problems } = await harness.openPage(url);
    const bridge = await bridgeMfaSetup(page, harness.cognito(), username);
    await signIn(page, username);
    const totp = await scanQr(page);
    expect(totp.secret.base32).toBe(bridge.secretCode());
    expect(totp.label).toBe(username);
    // Amplify's sign-in session is counting down.
    expect(await page.getByRole('timer').textContent()).toMatch(/Time left to finish: [23]:\d\d/);
    await expectAccessible(page, 'ready, inside sign-in');
    await page.getByRole('textbox', { name: 'Device name' }).fill('Amplify phone');
    const stale = totp.generate({ timestamp: Date.now() - 10 * 60_000 });
    await page.getByRole('textbox', { name: '6-digit code' }).fill(stale);
    await expectAlert(page, /didn’t match/);
    await page.getByRole('textbox', { name: '6-digit code' }).fill(totp.generate());
    await page.getByText('Authenticator added; you are signed in.').waitFor();
    await page.getByRole('heading', { name: `Signed in as ${username}` }).waitFor();
    expect(bridge.operations).toEqual(['InitiateAuth', 'AssociateSoftwareToken', 'VerifySoftwareToken', 'VerifySoftwareToken', 'RespondToAuthChallenge']);
    await page.unrouteAll();

    // Enrolled for real on cognito-local: the next sign-in asks for the code.
    await signInWithCode(page, username, { stale, now: () => totp.generate({ timestamp: Date.now() + 30_000 }) });
    expect(problems).toEqual([]);
    await page.close();
  });
});
