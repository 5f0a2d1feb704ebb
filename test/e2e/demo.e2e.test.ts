import { URI } from 'otpauth';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { newPage } from '../support/chromium.js';
import { cspWithEmulator, expectAccessible, expectAlert, localBackend, rootState, scanQr, signInOnPage, useDemoHarness } from './demo-harness.js';

const password = 'Correct-horse-1';
const harness = useDemoHarness();
const { buildDemo, serveWithCsp, openPage } = harness;

/**
 * The memory demo opens at its sign-in form, filled in (any name and password sign in); signed in, its
 * "Account security" page's "Set up" opens the wizard, whose QR is then scanned.
 */
async function setUpAndScan(page: Page) {
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Set up', exact: true }).click();
  return scanQr(page);
}

const settingsState = (page: Page) => page.locator('[data-scope="totp-settings"][data-part="root"]').getAttribute('data-state');

describe('the built demo on the memory backend, under CSP default-src \'self\'', () => {
  let url: string;
  beforeAll(async () => {
    url = await serveWithCsp(await buildDemo(), "default-src 'self'");
  });

  it('enrolls with a code computed from the scanned QR, with no CSP violation and no inline style', async () => {
    const { page, problems } = await openPage(url);
    const totp = await setUpAndScan(page);
    expect(totp.issuer).toBe('react-mfa-enroll demo');
    expect(totp.label).toBe('demo@example.com');
    expect(totp.secret.base32).toBe((await page.locator('[data-part="secret-key-value"]').textContent())!.replace(/\s/g, ''));
    await expectAccessible(page, 'ready');
    // Chromium's autofill leaves an empty style attribute on text inputs; the kit writes none.
    expect(await page.locator('[style]:not([style=""])').count()).toBe(0);

    await page.getByRole('textbox', { name: '6-digit code' }).fill(totp.generate());
    await page.getByText('Authenticator app added.').waitFor();
    expect(await settingsState(page)).toBe('on');
    await expectAccessible(page, 'verified, back on the settings panel');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('offers the otpauth link on a phone, and hides it where a mouse points', async () => {
    const phone = await newPage(harness.browser(), { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(url);
    const totp = await setUpAndScan(phone);
    const link = phone.getByRole('link', { name: 'Open in my authenticator app (on this phone)' });
    expect(await link.isVisible()).toBe(true);
    expect(URI.parse((await link.getAttribute('href'))!).toString()).toBe(totp.toString());
    await phone.close();

    const { page } = await openPage(url);
    await setUpAndScan(page);
    expect(await page.getByRole('link', { name: /Open in my authenticator app/ }).isVisible()).toBe(false);
    await page.close();
  });

  it('after a network error, one press of Enter sends the kept code again', async () => {
    const { page, problems } = await openPage(url);
    const totp = await setUpAndScan(page);
    await page.getByText('Simulate a failure').click();
    await page.getByLabel('Make the next verify fail with').selectOption('NetworkError');
    const field = page.getByRole('textbox', { name: '6-digit code' });
    await field.fill(totp.generate());
    await expectAlert(page, /couldn’t reach/);
    // The scripted failure was spent on that verify: the simulator no longer lists it as next.
    expect(await page.getByLabel('Make the next verify fail with').inputValue()).toBe('');
    await expectAccessible(page, 'error (network)');
    // The message is tied to the field it is about; the one action is "Verify".
    expect(await field.getAttribute('aria-describedby')).toContain(await page.getByRole('alert').first().getAttribute('id'));
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    await field.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Authenticator app added.').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([
    ['dark mode', { colorScheme: 'dark' }],
    ['forced colours (Windows high contrast)', { forcedColors: 'active', colorScheme: 'dark' }],
  ] as const)('keeps the QR code scannable in %s', async (_mode, media) => {
    const { page, problems } = await openPage(url);
    await page.emulateMedia(media);
    const totp = await setUpAndScan(page);
    expect(totp.secret.base32).toBe((await page.locator('[data-part="secret-key-value"]').textContent())!.replace(/\s/g, ''));
    // axe computes contrast from the author's colours, not the system colours forced-colors mode paints
    // (which are white on black here), so it is asked only about the dark theme.
    if (!('forcedColors' in media)) await expectAccessible(page, `ready, ${_mode}`);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the built demo against cognito-local', () => {
  let url: string;
  beforeAll(async () => {
    url = await serveWithCsp(await buildDemo(localBackend(harness.cognito(), 'identity-js')), cspWithEmulator(harness.cognito()));
  });

  const signIn = (page: Page, username: string) => signInOnPage(page, username, password);

  it('keeps its header’s brand and the backend’s long name apart on a 375 px phone', async () => {
    const phone = await harness.browser().newPage({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    await phone.goto(url);
    const brand = (await phone.getByText('Acme', { exact: true }).boundingBox())!;
    const backend = (await phone.getByText(/^cognito-local at /).boundingBox())!;
    // Apart by a gap you can see, side by side or one under the other.
    const apart = brand.x + brand.width + 8 <= backend.x || brand.y + brand.height <= backend.y;
    expect(apart, `brand ${JSON.stringify(brand)}, backend ${JSON.stringify(backend)}`).toBe(true);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await phone.close();
  }, 60_000);

  it('a person with a phone: wrong code, right code, and the next sign-in asks for a code the same secret passes', async () => {
    await harness.cognito().createUser('e2e-phone', password);
    const { page, problems } = await openPage(url);
    await signIn(page, 'e2e-phone');
    await page.getByRole('button', { name: 'Set up', exact: true }).click();
    const totp = await scanQr(page);
    await expectAccessible(page, 'ready');

    await page.getByRole('textbox', { name: 'Device name' }).fill('Pixel in my pocket');
    const stale = totp.generate({ timestamp: Date.now() - 10 * 60_000 });
    await page.getByRole('textbox', { name: '6-digit code' }).fill(stale);
    await expectAlert(page, /didn’t match/);
    expect(await rootState(page)).toBe('error');
    await expectAccessible(page, 'error (wrong code)');
    expect(await page.getByRole('textbox', { name: 'Device name' }).inputValue()).toBe('Pixel in my pocket');

    await page.getByRole('textbox', { name: '6-digit code' }).fill(totp.generate());
    await page.getByText('Authenticator app added.').waitFor();
    await expectAccessible(page, 'verified');

    // The next sign-in asks for a code from the device it names, in <TotpChallenge>.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, 'e2e-phone');
    await page.getByRole('heading', { name: 'Two-step verification' }).waitFor();
    expect(await page.getByText('Enter the code from “Pixel in my pocket”.').isVisible()).toBe(true);
    const challengeField = page.getByRole('textbox', { name: '6-digit code' });
    expect(await challengeField.evaluate((element) => element === document.activeElement)).toBe(true);
    await expectAccessible(page, 'sign-in code');
    await challengeField.fill(stale);
    await expectAlert(page, /didn’t match/);
    await expectAccessible(page, 'sign-in code, wrong');
    await challengeField.fill(totp.generate());
    await page.getByRole('heading', { name: 'Signed in as e2e-phone' }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a code already used at the next sign-in: told to wait for the next one, which signs in', async () => {
    await harness.cognito().createUser('e2e-reuse', password);
    const { page, problems } = await openPage(url);
    await signIn(page, 'e2e-reuse');
    await page.getByRole('button', { name: 'Set up', exact: true }).click();
    const totp = await scanQr(page);
    const enrolled = totp.generate();
    await page.getByRole('textbox', { name: '6-digit code' }).fill(enrolled);
    await page.getByText('Authenticator app added.').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, 'e2e-reuse');
    await page.getByRole('heading', { name: 'Two-step verification' }).waitFor();
    // Real Cognito refuses the code just spent on enrolling; cognito-local does not check, so the first
    // answer comes from Cognito's documented reply instead, at the browser's network boundary.
    let answered = false;
    await page.route(harness.cognito().endpoint, async (route) => {
      const target = route.request().headers()['x-amz-target'] ?? '';
      if (answered || !target.endsWith('RespondToAuthChallenge')) return route.continue();
      answered = true;
      expect(JSON.parse(route.request().postData() ?? '{}').ChallengeResponses.SOFTWARE_TOKEN_MFA_CODE).toBe(enrolled);
      await route.fulfill({
        status: 400,
        contentType: 'application/x-amz-json-1.1',
        body: JSON.stringify({ __type: 'ExpiredCodeException', message: 'Your MFA code has expired or has been used already' }),
      });
    });
    const field = page.getByRole('textbox', { name: '6-digit code' });
    await field.fill(enrolled);
    await expectAlert(page, /already used or has expired\. Enter the next one your app shows/);
    expect(await field.inputValue()).toBe('');
    await expectAccessible(page, 'sign-in code, already used');
    await field.fill(totp.generate({ timestamp: Date.now() + 30_000 }));
    await page.getByRole('heading', { name: 'Signed in as e2e-reuse' }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the settings page: set up, replace (the old app stops signing in), turn off (no code asked)', async () => {
    const username = 'e2e-settings';
    await harness.cognito().createUser(username, password);
    const { page, problems } = await openPage(url);
    await signIn(page, username);
    const panel = page.locator('[data-scope="totp-settings"][data-part="root"]');
    await expect.poll(() => panel.getAttribute('data-state')).toBe('off');
    await expectAccessible(page, 'settings, off');

    await page.getByRole('button', { name: 'Set up', exact: true }).click();
    const first = await scanQr(page);
    await page.getByRole('textbox', { name: 'Device name' }).fill('First phone');
    await page.getByRole('textbox', { name: '6-digit code' }).fill(first.generate());
    await page.getByText('On: “First phone”.').waitFor();
    await expectAccessible(page, 'settings, on');

    await page.getByRole('button', { name: 'Replace' }).click();
    expect(await page.getByRole('button', { name: 'Replace' }).evaluate((element) => element === document.activeElement)).toBe(true);
    await page.getByText('“First phone” stops working as soon as the new one is verified.').waitFor();
    await expectAccessible(page, 'settings, confirm replace');
    await page.getByRole('button', { name: 'Replace' }).click();
    const second = await scanQr(page);
    expect(second.secret.base32).not.toBe(first.secret.base32);
    await page.getByRole('textbox', { name: 'Device name' }).fill('Second phone');
    await page.getByRole('textbox', { name: '6-digit code' }).fill(second.generate());
    await page.getByText('Authenticator app replaced. The old one no longer works.').waitFor();
    await page.getByText('On: “Second phone”.').waitFor();

    // The next sign-in refuses the old app's code and takes the new one's.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, username);
    const code = page.getByRole('textbox', { name: '6-digit code' });
    await code.fill(first.generate());
    await expectAlert(page, /didn’t match/);
    await code.fill(second.generate({ timestamp: Date.now() + 30_000 }));
    await page.getByRole('heading', { name: `Signed in as ${username}` }).waitFor();

    await expect.poll(() => panel.getAttribute('data-state')).toBe('on');
    await page.getByRole('button', { name: 'Turn off' }).click();
    await page.getByText('Sign-in will no longer ask for a code').waitFor();
    await expectAccessible(page, 'settings, confirm turn off');
    await page.getByRole('button', { name: 'Turn off' }).click();
    await page.getByText('Authenticator app turned off.').waitFor();
    expect(await panel.getAttribute('data-state')).toBe('off');

    // No code at the next sign-in.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, username);
    await page.getByRole('heading', { name: `Signed in as ${username}` }).waitFor();
    expect(await page.getByRole('textbox', { name: '6-digit code' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the whole flow by keyboard alone', async () => {
    await harness.cognito().createUser('e2e-keyboard', password);
    const { page, problems } = await openPage(url);
    const focused = () => page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      return element?.getAttribute('aria-label') ?? element?.labels?.[0]?.textContent ?? element?.textContent ?? '';
    });
    const tabTo = async (name: string | RegExp) => {
      for (let i = 0; i < 20; i += 1) {
        await page.keyboard.press('Tab');
        const current = await focused();
        if (typeof name === 'string' ? current === name : name.test(current)) return;
      }
      throw new Error(`Tab never reached ${name}`);
    };

    await tabTo('Username');
    await page.keyboard.type('e2e-keyboard');
    await tabTo('Password');
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Set up', exact: true }).waitFor();
    await tabTo('Set up');
    await page.keyboard.press('Enter');
    const totp = await scanQr(page);

    await tabTo('Copy key');
    // Down the form in its order: the name, then the code, whose sixth digit verifies.
    await tabTo('Device name');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Keyboard phone');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('6-digit code');
    await page.keyboard.type(totp.generate());
    await page.getByText('Authenticator app added.').waitFor();
    expect(await page.getByText(/^On: /).textContent()).toBe('On: “Keyboard phone”. You enter a code from it when you sign in.');
    // Focus did not fall back to the page when the wizard went away: the panel's heading has it.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Authenticator app');
    expect(problems).toEqual([]);
    await page.close();
  });
});
