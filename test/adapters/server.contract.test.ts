// The server handlers against Cognito's wire protocol (msw at the network boundary), driven by the
// browser adapters through an in-process browser: MFA_SETUP inside sign-in (no emulator has it), the
// SOFTWARE_TOKEN_MFA answer, the errors on the wire, and what the browser never gets to see.
import { HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createServerAdapter, createServerChallengeAdapter, createServerSignInAdapter } from '../../src/adapters/server/index.js';
import { classifyError } from '../../src/core/errors.js';
import { createTestApp, createTestBrowser, useQuietCognitoWire } from '../support/bff.js';
import { cognitoError, json } from './cognito-wire.js';

const wire = useQuietCognitoWire();
const signal = () => new AbortController().signal;

const secretCode = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSW';
const session = (n: number) => `AYABeSession${n}`.padEnd(40, `${n}`);
const tokens = { AccessToken: 'access.jwt.token', IdToken: 'id.jwt.token', RefreshToken: 'refresh-token-value', ExpiresIn: 3600, TokenType: 'Bearer' };
const mfaSetup = { ChallengeName: 'MFA_SETUP', Session: session(1), ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' } };
const secrets = [secretCode, ...Object.values(tokens).filter((value) => typeof value === 'string' && value !== 'Bearer'), ...[1, 2, 3, 4].map(session)] as string[];


function expectCall(index: number, operation: string, body: Record<string, unknown>) {
  const request = wire.requests[index]!;
  expect(request.target).toBe(`AWSCognitoIdentityProviderService.${operation}`);
  expect(request.contentType).toBe('application/x-amz-json-1.1');
  expect(request.body).toEqual(body);
}

/** Nothing the browser received, in a body or a cookie value, holds a token, a session or (past associate) the secret. */
function expectNothingSecretSeen(browser: ReturnType<typeof createTestBrowser>, allowed: string[] = []) {
  const received = browser.seen.map((response) => `${response.body}\n${response.setCookies.join('\n')}`).join('\n');
  for (const secret of secrets.filter((each) => !allowed.includes(each))) expect(received).not.toContain(secret);
  for (const response of browser.seen) {
    for (const cookie of response.setCookies) expect(cookie).toMatch(/HttpOnly/i);
  }
}

async function startMfaSetup(options: { clientSecret?: string } = {}) {
  const app = createTestApp({ region: 'eu-west-1', clientId: 'app-client', ...options });
  const browser = createTestBrowser(app.mfa);
  const progress = await app.mfa.beginSignIn(browser.jar, { username: 'ana', response: mfaSetup });
  return { app, browser, progress };
}

describe('MFA_SETUP inside sign-in, through the handlers', () => {
  it('forwards the newest session on every call, hands the tokens to onSignedIn, and tells the browser only that it is signed in', async () => {
    const { app, browser, progress } = await startMfaSetup();
    expect(progress).toEqual({ signInStep: 'MFA_SETUP', username: 'ana', sessionExpiresAt: expect.any(Number) });
    const adapter = createServerSignInAdapter({ fetch: browser.fetch, sessionExpiresAt: progress.signInStep === 'MFA_SETUP' ? progress.sessionExpiresAt : 0 });

    wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode, Session: session(2) }));
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS', Session: session(3) }));
    wire.reply('RespondToAuthChallenge', json({ AuthenticationResult: tokens, ChallengeParameters: {} }));

    await expect(adapter.associateSoftwareToken({ signal: signal() })).resolves.toEqual({ secretCode });
    const before = Date.now();
    const result = await adapter.verifySoftwareToken({ userCode: '123456', friendlyDeviceName: 'Work phone' }, { signal: signal() });
    expect(result).toEqual({ status: 'SUCCESS', nextStep: { signInStep: 'DONE' } });

    expectCall(0, 'AssociateSoftwareToken', { Session: session(1) });
    expectCall(1, 'VerifySoftwareToken', { Session: session(2), UserCode: '123456', FriendlyDeviceName: 'Work phone' });
    expectCall(2, 'RespondToAuthChallenge', { ClientId: 'app-client', ChallengeName: 'MFA_SETUP', Session: session(3), ChallengeResponses: { USERNAME: 'ana' } });
    expect(adapter.getSessionExpiry!()).toBeGreaterThanOrEqual(before + 3 * 60_000 - 1000);

    expect(app.signedIn).toEqual([{ username: 'ana', authenticationResult: { accessToken: tokens.AccessToken, idToken: tokens.IdToken, refreshToken: tokens.RefreshToken, expiresIn: 3600, tokenType: 'Bearer' } }]);
    expect(await app.tokens.load(browser.jar)).toEqual({ accessToken: tokens.AccessToken, refreshToken: tokens.RefreshToken });
    expect(browser.cookies.has('mfa-sign-in')).toBe(false);
    expectNothingSecretSeen(browser, [secretCode]);
    // The secret went to the browser once, in associate's answer, for the QR code.
    expect(browser.seen.filter((response) => response.body.includes(secretCode)).map((response) => response.path)).toEqual(['/api/mfa/sign-in/associate']);
  });

  it('sends SECRET_HASH when the app client has a secret', async () => {
    const { browser } = await startMfaSetup({ clientSecret: 'client-secret-value' });
    const adapter = createServerSignInAdapter({ fetch: browser.fetch });
    wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode, Session: session(2) }));
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS', Session: session(3) }));
    wire.reply('RespondToAuthChallenge', json({ AuthenticationResult: tokens }));
    await adapter.associateSoftwareToken({ signal: signal() });
    await adapter.verifySoftwareToken({ userCode: '123456' }, { signal: signal() });
    expect(wire.requests[2]!.body.ChallengeResponses).toEqual({ USERNAME: 'ana', SECRET_HASH: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/) });
    expect(wire.requests[1]!.body).not.toHaveProperty('FriendlyDeviceName');
  });

  it('after Status ERROR, verifies the next code with the session that answer carried', async () => {
    const { browser } = await startMfaSetup();
    const adapter = createServerSignInAdapter({ fetch: browser.fetch });
    wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode, Session: session(2) }));
    wire.reply('VerifySoftwareToken', json({ Status: 'ERROR', Session: session(3) }), json({ Status: 'SUCCESS', Session: session(4) }));
    wire.reply('RespondToAuthChallenge', json({ AuthenticationResult: tokens }));
    await adapter.associateSoftwareToken({ signal: signal() });
    await expect(adapter.verifySoftwareToken({ userCode: '111111' }, { signal: signal() })).resolves.toEqual({ status: 'ERROR' });
    await expect(adapter.verifySoftwareToken({ userCode: '222222' }, { signal: signal() })).resolves.toMatchObject({ status: 'SUCCESS' });
    expect(wire.requests[2]!.body.Session).toBe(session(3));
    expect(wire.requests[3]!.body.Session).toBe(session(4));
    expectNothingSecretSeen(browser, [secretCode]);
  });

  it('when the challenge answer failed after a successful verify, the next attempt only answers (the code is spent)', async () => {
    const { app, browser } = await startMfaSetup();
    const adapter = createServerSignInAdapter({ fetch: browser.fetch });
    wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode, Session: session(2) }));
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS', Session: session(3) }));
    wire.reply('RespondToAuthChallenge', cognitoError('InternalErrorException', 'Internal error', 500), json({ AuthenticationResult: tokens }));
    await adapter.associateSoftwareToken({ signal: signal() });
    const failure = await adapter.verifySoftwareToken({ userCode: '123456' }, { signal: signal() }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'InternalErrorException' });
    expect(browser.seen.at(-1)!.status).toBe(502);
    await expect(adapter.verifySoftwareToken({ userCode: '123456' }, { signal: signal() })).resolves.toMatchObject({ status: 'SUCCESS' });
    expect(wire.operations()).toEqual(['AssociateSoftwareToken', 'VerifySoftwareToken', 'RespondToAuthChallenge', 'RespondToAuthChallenge']);
    expect(wire.requests[3]!.body.Session).toBe(session(3));
    expect(app.signedIn).toHaveLength(1);
  });

  it('an expired session is session-expired on the wire (401), and so is a sign-in the server no longer holds', async () => {
    const { browser } = await startMfaSetup();
    const adapter = createServerSignInAdapter({ fetch: browser.fetch });
    wire.reply('AssociateSoftwareToken', cognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.'));
    const expired = await adapter.associateSoftwareToken({ signal: signal() }).catch((error: unknown) => error);
    expect(classifyError(expired)).toMatchObject({ kind: 'session-expired', action: 'restart' });
    expect(browser.seen.at(-1)).toMatchObject({ status: 401 });
    expect(JSON.parse(browser.seen.at(-1)!.body)).toEqual({ error: { name: 'NotAuthorizedException', message: 'Invalid session for the user, session is expired.', kind: 'session-expired', action: 'restart' } });

    browser.cookies.clear();
    const gone = await adapter.associateSoftwareToken({ signal: signal() }).catch((error: unknown) => error);
    expect(classifyError(gone)).toMatchObject({ name: 'NotAuthorizedException', kind: 'session-expired' });
    expect(wire.operations()).toEqual(['AssociateSoftwareToken']);
  });

  it('keeps nothing for a challenge the kit does not answer, and says which it was', async () => {
    const app = createTestApp({ region: 'eu-west-1', clientId: 'app-client' });
    const browser = createTestBrowser(app.mfa);
    const emailOnly = { ...mfaSetup, ChallengeParameters: { MFAS_CAN_SETUP: '["EMAIL_OTP"]' } };
    await expect(app.mfa.beginSignIn(browser.jar, { username: 'ana', response: emailOnly })).resolves.toEqual({ signInStep: 'UNSUPPORTED_CHALLENGE', challengeName: 'MFA_SETUP' });
    await expect(app.mfa.beginSignIn(browser.jar, { username: 'ana', response: { ChallengeName: 'CUSTOM_CHALLENGE', Session: session(1) } })).resolves.toEqual({ signInStep: 'UNSUPPORTED_CHALLENGE', challengeName: 'CUSTOM_CHALLENGE' });
    expect(browser.cookies.size).toBe(0);
    await expect(app.mfa.readSignIn(browser.jar)).resolves.toBeNull();
    // Tokens at once (no MFA): they go to onSignedIn like any other.
    await expect(app.mfa.beginSignIn(browser.jar, { username: 'ana', response: { AuthenticationResult: tokens } })).resolves.toEqual({ signInStep: 'DONE' });
    expect(app.signedIn).toHaveLength(1);
    await expect(app.mfa.beginSignIn(browser.jar, { username: 'ana', response: {} })).rejects.toMatchObject({ name: 'MalformedResponseError' });
  });
});

describe('a signed-in user, through the handlers', () => {
  async function signedIn() {
    const app = createTestApp({ region: 'eu-west-1', clientId: 'app-client' });
    const browser = createTestBrowser(app.mfa);
    await app.mfa.beginSignIn(browser.jar, { username: 'ana', response: { AuthenticationResult: tokens } });
    return { app, browser, adapter: createServerAdapter({ fetch: browser.fetch }) };
  }

  it('sends the access token the server holds with each call: state, associate, verify, then the preference', async () => {
    const { browser, adapter } = await signedIn();
    wire.reply('GetUser', json({ Username: 'ana', UserAttributes: [], UserMFASettingList: ['SOFTWARE_TOKEN_MFA'], PreferredMfaSetting: 'SOFTWARE_TOKEN_MFA' }));
    wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode }));
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS' }));
    wire.reply('SetUserMFAPreference', json({}), json({}));
    await expect(adapter.getMfaState({ signal: signal() })).resolves.toEqual({ totpEnabled: true, totpPreferred: true });
    await expect(adapter.associateSoftwareToken({ signal: signal() })).resolves.toEqual({ secretCode });
    await expect(adapter.verifySoftwareToken({ userCode: '123456', friendlyDeviceName: 'Work phone' }, { signal: signal() })).resolves.toEqual({ status: 'SUCCESS' });
    await adapter.setTotpEnabled(false, { signal: signal() });
    expectCall(0, 'GetUser', { AccessToken: tokens.AccessToken });
    expectCall(1, 'AssociateSoftwareToken', { AccessToken: tokens.AccessToken });
    expectCall(2, 'VerifySoftwareToken', { AccessToken: tokens.AccessToken, UserCode: '123456', FriendlyDeviceName: 'Work phone' });
    expectCall(3, 'SetUserMFAPreference', { AccessToken: tokens.AccessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } });
    expectCall(4, 'SetUserMFAPreference', { AccessToken: tokens.AccessToken, SoftwareTokenMfaSettings: { Enabled: false, PreferredMfa: false } });
    expectNothingSecretSeen(browser, [secretCode]);
  });

  it('Status ERROR sets no preference; a preference that failed after a verify is all the next attempt sends', async () => {
    const { adapter } = await signedIn();
    wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode }));
    wire.reply('VerifySoftwareToken', json({ Status: 'ERROR' }), json({ Status: 'SUCCESS' }));
    wire.reply('SetUserMFAPreference', cognitoError('TooManyRequestsException', 'Rate exceeded'), json({}));
    await adapter.associateSoftwareToken({ signal: signal() });
    await expect(adapter.verifySoftwareToken({ userCode: '111111' }, { signal: signal() })).resolves.toEqual({ status: 'ERROR' });
    await expect(adapter.verifySoftwareToken({ userCode: '222222' }, { signal: signal() })).rejects.toMatchObject({ name: 'TooManyRequestsException' });
    await expect(adapter.verifySoftwareToken({ userCode: '222222' }, { signal: signal() })).resolves.toEqual({ status: 'SUCCESS' });
    expect(wire.operations()).toEqual(['AssociateSoftwareToken', 'VerifySoftwareToken', 'VerifySoftwareToken', 'SetUserMFAPreference', 'SetUserMFAPreference']);
  });

  it('tells the page where a sign-in stands, without its session', async () => {
    const app = createTestApp({ region: 'eu-west-1', clientId: 'app-client' });
    const browser = createTestBrowser(app.mfa);
    await app.mfa.beginSignIn(browser.jar, { username: 'ana', response: mfaSetup });
    const response = await browser.fetch('/api/mfa/sign-in', { headers: { 'x-mfa-enroll': '1' } });
    expect(await response.json()).toEqual({ signInStep: 'MFA_SETUP', username: 'ana', sessionExpiresAt: expect.any(Number) });
    expectNothingSecretSeen(browser);
  });
});

describe('the SOFTWARE_TOKEN_MFA code at sign-in, through the handlers', () => {
  const challenge = { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: session(1), ChallengeParameters: { FRIENDLY_DEVICE_NAME: 'Work phone', USER_ID_FOR_SRP: 'ana' } };

  it('answers in the kept session; a wrong code keeps it, the right one signs in', async () => {
    const app = createTestApp({ region: 'eu-west-1', clientId: 'app-client' });
    const browser = createTestBrowser(app.mfa);
    const progress = await app.mfa.beginSignIn(browser.jar, { username: 'ana', response: challenge });
    expect(progress).toEqual({ signInStep: 'SOFTWARE_TOKEN_MFA', username: 'ana', sessionExpiresAt: expect.any(Number), friendlyDeviceName: 'Work phone' });
    expect(await app.mfa.readSignIn(browser.jar)).toEqual(progress);
    const adapter = createServerChallengeAdapter({ fetch: browser.fetch, friendlyDeviceName: 'Work phone', sessionExpiresAt: 42 });
    expect(adapter.friendlyDeviceName).toBe('Work phone');
    expect(adapter.getSessionExpiry!()).toBe(42);

    wire.reply('RespondToAuthChallenge', cognitoError('CodeMismatchException', 'Invalid code received for user'), json({ AuthenticationResult: tokens }));
    await expect(adapter.respondToSoftwareTokenMfa({ userCode: '111111' }, { signal: signal() })).rejects.toMatchObject({ name: 'CodeMismatchException' });
    expect(browser.seen.at(-1)!.status).toBe(400);
    await expect(adapter.respondToSoftwareTokenMfa({ userCode: '222222' }, { signal: signal() })).resolves.toEqual({ nextStep: { signInStep: 'DONE' } });
    for (const index of [0, 1]) {
      expect(wire.requests[index]!.body).toEqual({
        ClientId: 'app-client',
        ChallengeName: 'SOFTWARE_TOKEN_MFA',
        Session: session(1),
        ChallengeResponses: { USERNAME: 'ana', SOFTWARE_TOKEN_MFA_CODE: index === 0 ? '111111' : '222222' },
      });
    }
    expect(app.signedIn.map((each) => each.authenticationResult.accessToken)).toEqual([tokens.AccessToken]);
    expectNothingSecretSeen(browser);
  });

  it('the MFA_SETUP handlers refuse a sign-in that waits for a code (409), and touch nothing', async () => {
    const app = createTestApp({ region: 'eu-west-1', clientId: 'app-client' });
    const browser = createTestBrowser(app.mfa);
    await app.mfa.beginSignIn(browser.jar, { username: 'ana', response: challenge });
    const failure = await createServerSignInAdapter({ fetch: browser.fetch }).associateSoftwareToken({ signal: signal() }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'WrongSignInStepError' });
    expect(browser.seen.at(-1)!.status).toBe(409);
    expect(wire.requests).toEqual([]);
  });
});

describe('Cognito’s errors on the wire', () => {
  it.each([
    ['CodeMismatchException', 'Invalid code received for user', 400, 400, 'wrong-code'],
    ['EnableSoftwareTokenMFAException', 'Code mismatch', 400, 400, 'wrong-code'],
    ['NotAuthorizedException', 'Invalid session for the user, session is expired.', 400, 401, 'session-expired'],
    ['NotAuthorizedException', 'Access Token has been revoked', 400, 401, 'signed-out'],
    ['TooManyRequestsException', 'Too many requests', 400, 429, 'rate-limited'],
    ['ForbiddenException', 'Request blocked', 403, 403, 'blocked'],
    ['SoftwareTokenMFANotFoundException', 'Software token MFA not enabled', 400, 500, 'totp-not-enabled'],
    ['ResourceNotFoundException', 'User pool client does not exist', 400, 500, 'configuration'],
    ['InternalErrorException', 'Internal error', 500, 502, 'network'],
    ['InvalidParameterException', 'Something new', 400, 400, 'unknown'],
    ['ExpiredCodeException', 'Your MFA code has expired or has been used already', 400, 400, 'session-expired'],
  ])('%s (%s) becomes HTTP %#: status %i from Cognito, %i to the browser, kind %s', async (name, message, cognitoStatus, status, kind) => {
    const { browser } = await startMfaSetup();
    wire.reply('AssociateSoftwareToken', cognitoError(name, message, cognitoStatus));
    const failure = await createServerSignInAdapter({ fetch: browser.fetch }).associateSoftwareToken({ signal: signal() }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).toMatchObject({ name, message });
    expect(classifyError(failure).kind).toBe(kind);
    expect(browser.seen.at(-1)!.status).toBe(status);
    expect(JSON.parse(browser.seen.at(-1)!.body).error).toMatchObject({ name, kind });
  });

  it('a malformed answer from Cognito is a 502, and Cognito out of reach a 502 NetworkError', async () => {
    const { browser } = await startMfaSetup();
    wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode }));
    const malformed = await createServerSignInAdapter({ fetch: browser.fetch }).associateSoftwareToken({ signal: signal() }).catch((error: unknown) => error);
    expect(malformed).toMatchObject({ name: 'MalformedResponseError' });
    expect(browser.seen.at(-1)!.status).toBe(502);

    wire.reply('AssociateSoftwareToken', () => HttpResponse.error());
    const unreachable = await createServerSignInAdapter({ fetch: browser.fetch }).associateSoftwareToken({ signal: signal() }).catch((error: unknown) => error);
    expect(unreachable).toMatchObject({ name: 'NetworkError' });
    expect(browser.seen.at(-1)!.status).toBe(502);
  });

  it('the browser adapter rejects as NetworkError when the server does not answer, and as AbortError when aborted', async () => {
    const down = createServerChallengeAdapter({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(down.respondToSoftwareTokenMfa({ userCode: '123456' }, { signal: signal() })).rejects.toMatchObject({ name: 'NetworkError' });
    const controller = new AbortController();
    const hanging = createServerChallengeAdapter({ fetch: (_input, init) => new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))) });
    const pending = hanging.respondToSoftwareTokenMfa({ userCode: '123456' }, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('the app’s own code failing is a bare 500: its message stays on the server, handed to onError', async () => {
    const onError = vi.fn();
    const app = createTestApp({
      region: 'eu-west-1',
      clientId: 'app-client',
      onError,
      onSignedIn() {
        throw new Error('database down, password=hunter2');
      },
    });
    const browser = createTestBrowser(app.mfa);
    await app.mfa.beginSignIn(browser.jar, { username: 'ana', response: { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: session(1) } });
    wire.reply('RespondToAuthChallenge', json({ AuthenticationResult: tokens }));
    const failure = await createServerChallengeAdapter({ fetch: browser.fetch }).respondToSoftwareTokenMfa({ userCode: '123456' }, { signal: signal() }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'InternalServerError', message: 'The server could not complete the request' });
    expect(browser.seen.at(-1)!.status).toBe(500);
    expect(browser.seen.at(-1)!.body).not.toContain('hunter2');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'database down, password=hunter2' }));
    expectNothingSecretSeen(browser);
  });
});
