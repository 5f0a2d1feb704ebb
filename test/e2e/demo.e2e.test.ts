import { URI } from 'otpauth';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { cspWithEmulator, expectAccessible, expectAlert, localBackend, rootState, scanQr, signInOnPage, useDemoHarness } from './demo-harness.js';

const password = 'Correct-horse-1';
const harness = useDemoHarness();
const { buildDemo, serveWithCsp, openPage } = harness;

describe('the built demo on the memory backend, under CSP default-src \'self\'', () => {
  let url: string;
  beforeAll(async () => {
    url = await serveWithCsp(await buildDemo(), "default-src 'self'");
  }, 60_000);

  it('enrolls with a code computed from the scanned QR, with no CSP violation and no inline style', async () => {
    const { page, problems } = await openPage(url);
    const totp = await scanQr(page);
    expect(totp.issuer).toBe('react-mfa-enroll demo');
    expect(totp.label).toBe('demo@example.com');
    expect(totp.secret.base32).toBe((await page.locator('[data-part="secret-key-value"]').textContent())!.replace(/\s/g, ''));
    await expectAccessible(page, 'ready');
    // Chromium's autofill leaves an empty style attribute on text inputs; the kit writes none.
    expect(await page.locator('[style]:not([style=""])').count()).toBe(0);

    await page.getByRole('textbox', { name: '6-digit code' }).fill(totp.generate());
    await expect.poll(() => rootState(page)).toBe('verified');
    await expectAccessible(page, 'verified');
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('offers the otpauth link on a phone, and hides it where a mouse points', async () => {
    const phone = await harness.browser().newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(url);
    const totp = await scanQr(phone);
    const link = phone.getByRole('link', { name: 'Open in my authenticator app (on this phone)' });
    expect(await link.isVisible()).toBe(true);
    expect(URI.parse((await link.getAttribute('href'))!).toString()).toBe(totp.toString());
    await phone.close();

    const { page } = await openPage(url);
    await scanQr(page);
    expect(await page.getByRole('link', { name: /Open in my authenticator app/ }).isVisible()).toBe(false);
    await page.close();
  }, 60_000);

  it('after a network error, one press of Enter sends the kept code again', async () => {
    const { page, problems } = await openPage(url);
    const totp = await scanQr(page);
    await page.getByLabel('Make the next verify fail with').selectOption('NetworkError');
    const field = page.getByRole('textbox', { name: '6-digit code' });
    await field.fill(totp.generate());
    await expectAlert(page, /couldn’t reach/);
    await expectAccessible(page, 'error (network)');
    // The message is tied to the field it is about; the one action is "Verify".
    expect(await field.getAttribute('aria-describedby')).toContain(await page.getByRole('alert').first().getAttribute('id'));
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    await field.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rootState(page)).toBe('verified');
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it.each([
    ['dark mode', { colorScheme: 'dark' }],
    ['forced colours (Windows high contrast)', { forcedColors: 'active', colorScheme: 'dark' }],
  ] as const)('keeps the QR code scannable in %s', async (_mode, media) => {
    const { page, problems } = await openPage(url);
    await page.emulateMedia(media);
    const totp = await scanQr(page);
    expect(totp.secret.base32).toBe((await page.locator('[data-part="secret-key-value"]').textContent())!.replace(/\s/g, ''));
    // axe computes contrast from the author's colours, not the system colours forced-colors mode paints
    // (which are white on black here), so it is asked only about the dark theme.
    if (!('forcedColors' in media)) await expectAccessible(page, `ready, ${_mode}`);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('the built demo against cognito-local', () => {
  let url: string;
  beforeAll(async () => {
    url = await serveWithCsp(await buildDemo(localBackend(harness.cognito(), 'identity-js')), cspWithEmulator(harness.cognito()));
  }, 60_000);

  const signIn = (page: Page, username: string) => signInOnPage(page, username, password);

  it('a person with a phone: wrong code, right code, and the next sign-in asks for a code the same secret passes', async () => {
    await harness.cognito().createUser('e2e-phone', password);
    const { page, problems } = await openPage(url);
    await signIn(page, 'e2e-phone');
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
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
    await page.getByText('Authenticator added. Sign out and in again').waitFor();
    await expectAccessible(page, 'verified');

    // The next sign-in asks for a code from the device it names, in <TotpChallenge>.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, 'e2e-phone');
    await page.getByRole('heading', { name: 'Enter your authentication code' }).waitFor();
    expect(await page.getByText('Enter the 6-digit code from “Pixel in my pocket”.').isVisible()).toBe(true);
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
  }, 60_000);

  it('a code already used at the next sign-in: told to wait for the next one, which signs in', async () => {
    await harness.cognito().createUser('e2e-reuse', password);
    const { page, problems } = await openPage(url);
    await signIn(page, 'e2e-reuse');
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    const totp = await scanQr(page);
    const enrolled = totp.generate();
    await page.getByRole('textbox', { name: '6-digit code' }).fill(enrolled);
    await page.getByText('Authenticator added. Sign out and in again').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, 'e2e-reuse');
    await page.getByRole('heading', { name: 'Enter your authentication code' }).waitFor();
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
    await expectAlert(page, /already used or has expired\. Wait for the next code/);
    expect(await field.inputValue()).toBe('');
    await expectAccessible(page, 'sign-in code, already used');
    await field.fill(totp.generate({ timestamp: Date.now() + 30_000 }));
    await page.getByRole('heading', { name: 'Signed in as e2e-reuse' }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

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
    await page.getByRole('button', { name: 'Set up an authenticator app' }).waitFor();
    await tabTo('Set up an authenticator app');
    await page.keyboard.press('Enter');
    const totp = await scanQr(page);

    await tabTo('Copy key');
    await tabTo('6-digit code');
    await tabTo('Device name');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Keyboard phone');
    await tabTo('Verify');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('6-digit code');
    await page.keyboard.type(totp.generate());
    await page.getByText('Authenticator added. Sign out and in again').waitFor();
    // Focus did not fall back to the page when the form went away.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Authenticator app added');
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
