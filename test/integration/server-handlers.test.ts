// The server handlers against cognito-local, driven by the browser adapters through an in-process
// browser: the settings page's whole cycle on the access token the server holds, the code at the next
// sign-in on the session it holds, and bad requests that change nothing in the user pool.
import { describe, expect, it } from 'vitest';
import { createServerAdapter, createServerChallengeAdapter } from '../../src/adapters/server/index.js';
import { classifyError } from '../../src/core/errors.js';
import { createTestApp, createTestBrowser, post } from '../support/bff.js';
import { useCognitoLocal } from '../support/cognito-local-lifecycle.js';
import { staleCode, totpCode } from '../support/totp.js';

const password = 'Correct-horse-1';
const signal = () => new AbortController().signal;
const emulator = useCognitoLocal();

/** The app's own password step (its server calls InitiateAuth), handed to the kit. */
async function signIn(app: ReturnType<typeof createTestApp>, browser: ReturnType<typeof createTestBrowser>, username: string) {
  const response = await emulator().call('InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: emulator().clientId,
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });
  return app.mfa.beginSignIn(browser.jar, { username, response });
}

async function mfaOf(username: string) {
  const user = await emulator().call<{ UserMFASettingList?: string[]; PreferredMfaSetting?: string }>('AdminGetUser', { UserPoolId: emulator().userPoolId, Username: username });
  return { list: user.UserMFASettingList ?? [], preferred: user.PreferredMfaSetting ?? null };
}

function everythingSecret(app: ReturnType<typeof createTestApp>): string[] {
  return app.signedIn.flatMap(({ authenticationResult: { accessToken, idToken, refreshToken } }) => [accessToken, idToken, refreshToken].filter((each): each is string => !!each));
}

describe('the server handlers against cognito-local', () => {
  it('settings and sign-in: set up, the next sign-in asks for the code, turn off; the browser never holds a token', async () => {
    const username = 'bff-cycle';
    await emulator().createUser(username, password);
    const app = createTestApp({ endpoint: emulator().endpoint, clientId: emulator().clientId });
    const browser = createTestBrowser(app.mfa);

    // Signed in with a password alone: the tokens went to the app, the browser got a sealed cookie.
    expect(await signIn(app, browser, username)).toEqual({ signInStep: 'DONE' });
    const settings = createServerAdapter({ fetch: browser.fetch });
    expect(await settings.getMfaState({ signal: signal() })).toEqual({ totpEnabled: false, totpPreferred: false });

    const { secretCode } = await settings.associateSoftwareToken({ signal: signal() });
    const wrong = await settings.verifySoftwareToken({ userCode: staleCode(secretCode), friendlyDeviceName: 'Pixel' }, { signal: signal() }).then(
      (result) => result,
      (error: unknown) => classifyError(error).kind,
    );
    expect([{ status: 'ERROR' }, 'wrong-code']).toContainEqual(wrong);
    expect(await mfaOf(username)).toEqual({ list: [], preferred: null });
    await expect(settings.verifySoftwareToken({ userCode: totpCode(secretCode), friendlyDeviceName: 'Pixel' }, { signal: signal() })).resolves.toEqual({ status: 'SUCCESS' });
    expect(await settings.getMfaState({ signal: signal() })).toEqual({ totpEnabled: true, totpPreferred: true });
    expect(await mfaOf(username)).toEqual({ list: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' });

    // The next sign-in: the code, on the session the server keeps.
    browser.cookies.clear();
    const progress = await signIn(app, browser, username);
    expect(progress).toMatchObject({ signInStep: 'SOFTWARE_TOKEN_MFA', friendlyDeviceName: 'Pixel' });
    const challenge = createServerChallengeAdapter({ fetch: browser.fetch, ...(progress.signInStep === 'SOFTWARE_TOKEN_MFA' && { sessionExpiresAt: progress.sessionExpiresAt }) });
    const refused = await challenge.respondToSoftwareTokenMfa({ userCode: staleCode(secretCode) }, { signal: signal() }).catch((error: unknown) => error);
    expect(classifyError(refused)).toMatchObject({ name: 'CodeMismatchException', kind: 'wrong-code' });
    await expect(challenge.respondToSoftwareTokenMfa({ userCode: totpCode(secretCode) }, { signal: signal() })).resolves.toEqual({ nextStep: { signInStep: 'DONE' } });
    expect(browser.cookies.has('mfa-sign-in')).toBe(false);

    // Turn off, on the new sign-in's token: the sign-in after asks for no code.
    await settings.setTotpEnabled(false, { signal: signal() });
    expect(await settings.getMfaState({ signal: signal() })).toEqual({ totpEnabled: false, totpPreferred: false });
    expect(await signIn(app, browser, username)).toEqual({ signInStep: 'DONE' });

    expect(app.signedIn).toHaveLength(3);
    const received = browser.seen.map((response) => `${response.body}\n${response.setCookies.join('\n')}`).join('\n');
    for (const secret of everythingSecret(app)) expect(received).not.toContain(secret);
  }, 60_000);

  it('bad requests change nothing in the user pool', async () => {
    const username = 'bff-refused';
    await emulator().createUser(username, password);
    const app = createTestApp({ endpoint: emulator().endpoint, clientId: emulator().clientId });
    const browser = createTestBrowser(app.mfa);
    await signIn(app, browser, username);
    const settings = createServerAdapter({ fetch: browser.fetch });
    const { secretCode } = await settings.associateSoftwareToken({ signal: signal() });
    await settings.verifySoftwareToken({ userCode: totpCode(secretCode) }, { signal: signal() });
    const before = await mfaOf(username);
    expect(before).toEqual({ list: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' });
    const cookie = [...browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ');

    const attempts = [
      post('/api/mfa/enabled', JSON.stringify({ enabled: 'false' }), { cookie }),
      post('/api/mfa/enabled', JSON.stringify({ enabled: false }), { cookie, origin: 'https://evil.example' }),
      post('/api/mfa/enabled', 'enabled=false', { cookie, 'content-type': 'application/x-www-form-urlencoded' }),
      post('/api/mfa/verify', JSON.stringify({ userCode: `${totpCode(secretCode)}0` }), { cookie }),
      post('/api/mfa/associate', JSON.stringify({ pad: 'x'.repeat(5000) }), { cookie }),
    ];
    for (const attempt of attempts) {
      const response = await app.mfa.handle(attempt);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
    expect(await mfaOf(username)).toEqual(before);
    // The secret is the one enrolled: no refused associate replaced it.
    expect(await settings.getMfaState({ signal: signal() })).toEqual({ totpEnabled: true, totpPreferred: true });
    browser.cookies.clear();
    const progress = await signIn(app, browser, username);
    expect(progress.signInStep).toBe('SOFTWARE_TOKEN_MFA');
    await expect(createServerChallengeAdapter({ fetch: browser.fetch }).respondToSoftwareTokenMfa({ userCode: totpCode(secretCode) }, { signal: signal() })).resolves.toEqual({ nextStep: { signInStep: 'DONE' } });
  }, 60_000);
});
