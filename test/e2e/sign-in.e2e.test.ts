// <TotpSignIn> end to end, in Chromium, from the built demo against cognito-local: from the app's
// first answer through enrollment to tokens (MFA_SETUP, played on top of the emulator by the bridge),
// then the same user's next sign-in through the code to tokens; over the fetch steps and the
// amazon-cognito-identity-js steps (the Amplify steps: amplify-demo.e2e.test.ts).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cspWithEmulator, expectAccessible, expectAlert, localBackend, scanQr, signInOnPage, useDemoHarness } from './demo-harness.js';
import { bridgeMfaSetup } from './mfa-setup-bridge.js';

const password = 'Correct-horse-1';
const harness = useDemoHarness();

describe.each(['fetch', 'identity-js'] as const)('<TotpSignIn> on the %s steps against cognito-local', (client) => {
  async function open(): Promise<{ page: Page; problems: string[] }> {
    const url = await harness.serveWithCsp(await harness.buildDemo(localBackend(harness.cognito(), client)), cspWithEmulator(harness.cognito()));
    return harness.openPage(url);
  }

  it('a new user: MFA required, enrolled inside sign-in, signed in; the next sign-in asks for the code', async () => {
    const username = `sign-in-${client}`;
    await harness.cognito().createUser(username, password);
    const { page, problems } = await open();
    const bridge = await bridgeMfaSetup(page, harness.cognito(), username);
    await signInOnPage(page, username, password);
    const totp = await scanQr(page);
    expect(totp.secret.base32).toBe(bridge.secretCode());
    await expectAccessible(page, 'enrollment inside sign-in');
    await page.getByRole('textbox', { name: 'Device name' }).fill('Work phone');
    await page.getByRole('textbox', { name: '6-digit code' }).fill(totp.generate());
    await page.getByRole('heading', { name: `Signed in as ${username}` }).waitFor();
    await page.getByText('Authenticator added; you are signed in.').waitFor();
    // The panel names the device the sign-in just set up.
    await page.getByText(/“Work phone”/).waitFor();
    expect(bridge.operations).toEqual(['InitiateAuth', 'AssociateSoftwareToken', 'VerifySoftwareToken', 'RespondToAuthChallenge']);
    await page.unrouteAll();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInOnPage(page, username, password);
    const field = page.getByRole('textbox', { name: '6-digit code' });
    await field.waitFor();
    await expectAccessible(page, 'the code at the next sign-in');
    await field.fill(totp.generate({ timestamp: Date.now() - 10 * 60_000 }));
    await expectAlert(page, /didn’t match/);
    await field.fill(totp.generate({ timestamp: Date.now() + 30_000 }));
    await page.getByRole('heading', { name: `Signed in as ${username}` }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);
});
