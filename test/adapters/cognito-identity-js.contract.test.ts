import { HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCognitoIdentityJsAdapter, createCognitoIdentityJsChallengeAdapter } from '../../src/adapters/cognito-identity-js/index.js';
import { classifyError } from '../../src/core/errors.js';
import { signInWithLibrary } from '../support/cognito-users.js';
import { cognitoError, createCognitoWire, json } from './cognito-wire.js';

// cognito-local has no MFA_SETUP session path, so the library's side of it is checked at the wire.
const endpoint = 'https://cognito-idp.eu-west-1.amazonaws.com/';
const wire = createCognitoWire(endpoint);
const pool = { UserPoolId: 'eu-west-1_Example01', ClientId: 'exampleclientid0000000000', endpoint };
const signal = () => new AbortController().signal;
const session = (n: number) => `AYABeSession${n}`.padEnd(40, `${n}`);

/** A JWT shaped enough for CognitoUserSession, which reads exp and iat from the payload. */
function fakeJwt(claims: Record<string, unknown>): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${encode({ alg: 'RS256', kid: 'test' })}.${encode({ iat: now, exp: now + 3600, ...claims })}.c2lnbmF0dXJl`;
}

beforeAll(() => wire.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => wire.reset());
afterAll(() => wire.server.close());

async function userInMfaSetup() {
  wire.reply('InitiateAuth', json({
    ChallengeName: 'MFA_SETUP',
    Session: session(1),
    ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
  }));
  const { user, outcome } = await signInWithLibrary(pool, 'ana', 'Correct-horse-1');
  expect(outcome).toEqual({ kind: 'mfa-setup', parameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' } });
  return user;
}

describe('createCognitoIdentityJsAdapter at the wire', () => {
  it('forwards the newest session, finishes the challenge, signs the user in and returns the tokens', async () => {
    const user = await userInMfaSetup();
    const adapter = createCognitoIdentityJsAdapter(user);
    const accessToken = fakeJwt({ token_use: 'access', username: 'ana' });
    const idToken = fakeJwt({ token_use: 'id', 'cognito:username': 'ana' });
    wire.reply('AssociateSoftwareToken', json({ SecretCode: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', Session: session(2) }));
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS', Session: session(3) }));
    wire.reply('RespondToAuthChallenge', json({
      AuthenticationResult: { AccessToken: accessToken, IdToken: idToken, RefreshToken: 'refresh', ExpiresIn: 3600, TokenType: 'Bearer' },
      ChallengeParameters: {},
    }));

    await expect(adapter.associateSoftwareToken({ signal: signal() })).resolves.toEqual({ secretCode: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' });
    const result = await adapter.verifySoftwareToken({ userCode: '123456', friendlyDeviceName: 'Phone' }, { signal: signal() });

    expect(wire.operations()).toEqual(['InitiateAuth', 'AssociateSoftwareToken', 'VerifySoftwareToken', 'RespondToAuthChallenge']);
    expect(wire.requests[1]!.body).toEqual({ Session: session(1) });
    expect(wire.requests[2]!.body).toEqual({ Session: session(2), UserCode: '123456', FriendlyDeviceName: 'Phone' });
    expect(wire.requests[3]!.body).toMatchObject({
      ChallengeName: 'MFA_SETUP',
      ClientId: pool.ClientId,
      Session: session(3),
      ChallengeResponses: { USERNAME: 'ana' },
    });
    expect(result).toEqual({
      status: 'SUCCESS',
      authenticationResult: { accessToken, idToken, refreshToken: 'refresh', expiresIn: 3600, tokenType: 'Bearer' },
    });
    expect(user.getSignInUserSession()?.isValid()).toBe(true);
    // The MFA preference belongs to signed-in users; this flow must not send it.
    expect(wire.operations()).not.toContain('SetUserMFAPreference');
  });

  it('when finishing the challenge fails after the code was accepted, the next attempt only finishes it (the code is spent)', async () => {
    const user = await userInMfaSetup();
    const adapter = createCognitoIdentityJsAdapter(user);
    const accessToken = fakeJwt({ token_use: 'access', username: 'ana' });
    const idToken = fakeJwt({ token_use: 'id', 'cognito:username': 'ana' });
    wire.reply('AssociateSoftwareToken', json({ SecretCode: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', Session: session(2) }));
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS', Session: session(3) }));
    wire.reply(
      'RespondToAuthChallenge',
      cognitoError('InternalErrorException', 'Internal error', 500),
      json({ AuthenticationResult: { AccessToken: accessToken, IdToken: idToken, RefreshToken: 'refresh', ExpiresIn: 3600, TokenType: 'Bearer' }, ChallengeParameters: {} }),
    );
    await adapter.associateSoftwareToken({ signal: signal() });
    await expect(adapter.verifySoftwareToken({ userCode: '123456', friendlyDeviceName: 'Phone' }, { signal: signal() })).rejects.toMatchObject({
      name: 'InternalErrorException',
    });
    const result = await adapter.verifySoftwareToken({ userCode: '123456', friendlyDeviceName: 'Phone' }, { signal: signal() });

    expect(wire.operations()).toEqual(['InitiateAuth', 'AssociateSoftwareToken', 'VerifySoftwareToken', 'RespondToAuthChallenge', 'RespondToAuthChallenge']);
    expect(wire.requests[4]!.body).toMatchObject({ ChallengeName: 'MFA_SETUP', ClientId: pool.ClientId, Session: session(3), ChallengeResponses: { USERNAME: 'ana' } });
    expect(result).toMatchObject({ status: 'SUCCESS', authenticationResult: { accessToken, idToken, refreshToken: 'refresh' } });
    expect(user.getSignInUserSession()?.isValid()).toBe(true);
  });

  it('a failed verify leaves nothing pending: the next code is verified', async () => {
    const user = await userInMfaSetup();
    const adapter = createCognitoIdentityJsAdapter(user);
    wire.reply('AssociateSoftwareToken', json({ SecretCode: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', Session: session(2) }));
    wire.reply('VerifySoftwareToken', cognitoError('CodeMismatchException', 'Invalid code received for user'), json({ Status: 'SUCCESS', Session: session(3) }));
    wire.reply('RespondToAuthChallenge', cognitoError('InternalErrorException', 'Internal error', 500));
    await adapter.associateSoftwareToken({ signal: signal() });
    await expect(adapter.verifySoftwareToken({ userCode: '111111' }, { signal: signal() })).rejects.toMatchObject({ name: 'CodeMismatchException' });
    await expect(adapter.verifySoftwareToken({ userCode: '222222' }, { signal: signal() })).rejects.toMatchObject({ name: 'InternalErrorException' });
    expect(wire.operations()).toEqual(['InitiateAuth', 'AssociateSoftwareToken', 'VerifySoftwareToken', 'VerifySoftwareToken', 'RespondToAuthChallenge']);
    expect(wire.requests[3]!.body).toMatchObject({ Session: session(2), UserCode: '222222' });
  });

  it('rejects a wrong code with the exception name the library hides in `code`', async () => {
    const user = await userInMfaSetup();
    const adapter = createCognitoIdentityJsAdapter(user);
    wire.reply('AssociateSoftwareToken', json({ SecretCode: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', Session: session(2) }));
    wire.reply('VerifySoftwareToken', cognitoError('EnableSoftwareTokenMFAException', 'Code mismatch'));
    await adapter.associateSoftwareToken({ signal: signal() });
    const failure = await adapter.verifySoftwareToken({ userCode: '000000' }, { signal: signal() }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).toMatchObject({ name: 'EnableSoftwareTokenMFAException', message: 'Code mismatch' });
    expect(classifyError(failure).kind).toBe('wrong-code');
  });

  it('names a dropped connection NetworkError', async () => {
    const user = await userInMfaSetup();
    wire.reply('AssociateSoftwareToken', () => HttpResponse.error());
    await expect(createCognitoIdentityJsAdapter(user).associateSoftwareToken({ signal: signal() })).rejects.toMatchObject({
      name: 'NetworkError',
    });
  });

  it('settles with AbortError on abort and ignores the late answer', async () => {
    const user = await userInMfaSetup();
    let answer: (() => void) | undefined;
    wire.reply('AssociateSoftwareToken', () => new Promise<Response>((resolve) => {
      answer = () => resolve(HttpResponse.json({ SecretCode: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', Session: session(2) }));
    }));
    const controller = new AbortController();
    const pending = createCognitoIdentityJsAdapter(user).associateSoftwareToken({ signal: controller.signal });
    // Aborted while the request is on the wire, not before it was sent.
    await expect.poll(() => answer).toBeDefined();
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    answer!();
  });

  /** The library signs in (the wire answers InitiateAuth with tokens), so the user holds an access token. */
  async function signedIn() {
    const tokens = {
      AccessToken: fakeJwt({ token_use: 'access', username: 'ana' }),
      IdToken: fakeJwt({ token_use: 'id', 'cognito:username': 'ana' }),
      RefreshToken: 'refresh',
      ExpiresIn: 3600,
      TokenType: 'Bearer',
    };
    wire.reply('InitiateAuth', json({ AuthenticationResult: tokens, ChallengeParameters: {} }));
    return { tokens, ...(await signInWithLibrary(pool, 'ana', 'Correct-horse-1')) };
  }

  it('signed in: after a failed preference call, retries only the preference (the code is already used)', async () => {
    const { tokens, user, outcome } = await signedIn();
    expect(outcome.kind).toBe('signed-in');
    const adapter = createCognitoIdentityJsAdapter(user);
    expect(adapter.getSessionExpiry?.()).toBeNull();
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS' }));
    wire.reply('SetUserMFAPreference', cognitoError('InternalErrorException', 'Internal error', 500), json({}));
    await expect(adapter.verifySoftwareToken({ userCode: '123456', friendlyDeviceName: 'Phone' }, { signal: signal() })).rejects.toMatchObject({
      name: 'InternalErrorException',
    });
    await expect(adapter.verifySoftwareToken({ userCode: '654321' }, { signal: signal() })).resolves.toEqual({ status: 'SUCCESS' });
    expect(wire.operations()).toEqual(['InitiateAuth', 'VerifySoftwareToken', 'SetUserMFAPreference', 'SetUserMFAPreference']);
    expect(wire.requests[1]!.body).toEqual({ AccessToken: tokens.AccessToken, UserCode: '123456', FriendlyDeviceName: 'Phone' });
    expect(wire.requests[2]!.body).toMatchObject({
      AccessToken: tokens.AccessToken,
      SoftwareTokenMfaSettings: { PreferredMfa: true, Enabled: true },
    });
  });

  it('signed in: starts clean with a new secret, so a pending preference does not skip verifying', async () => {
    const { user } = await signedIn();
    const adapter = createCognitoIdentityJsAdapter(user);
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS' }), json({ Status: 'SUCCESS' }));
    wire.reply('SetUserMFAPreference', cognitoError('InternalErrorException', 'Internal error', 500), json({}));
    wire.reply('AssociateSoftwareToken', json({ SecretCode: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' }));
    await expect(adapter.verifySoftwareToken({ userCode: '123456' }, { signal: signal() })).rejects.toMatchObject({ name: 'InternalErrorException' });
    await adapter.associateSoftwareToken({ signal: signal() });
    await expect(adapter.verifySoftwareToken({ userCode: '654321' }, { signal: signal() })).resolves.toEqual({ status: 'SUCCESS' });
    expect(wire.operations()).toEqual(['InitiateAuth', 'VerifySoftwareToken', 'SetUserMFAPreference', 'AssociateSoftwareToken', 'VerifySoftwareToken', 'SetUserMFAPreference']);
  });

  it('refuses to run for a user who is neither signed in nor in a challenge', async () => {
    const { CognitoUser, CognitoUserPool } = await import('amazon-cognito-identity-js');
    const stranger = new CognitoUser({ Username: 'nobody', Pool: new CognitoUserPool(pool) });
    await expect(createCognitoIdentityJsAdapter(stranger).associateSoftwareToken({ signal: signal() })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });
    expect(wire.requests).toHaveLength(0);
  });
});

describe('createCognitoIdentityJsChallengeAdapter at the wire', () => {
  it('answers totpRequired with sendMFACode in the library’s session, keeps it after a wrong code, and returns the tokens', async () => {
    wire.reply('InitiateAuth', json({
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: session(1),
      ChallengeParameters: { FRIENDLY_DEVICE_NAME: 'Pixel 8', USER_ID_FOR_SRP: 'ana' },
    }));
    const { user, outcome } = await signInWithLibrary(pool, 'ana', 'Correct-horse-1');
    if (outcome.kind !== 'totp-required') throw new Error(`unexpected ${outcome.kind}`);
    const adapter = createCognitoIdentityJsChallengeAdapter(user, { challengeParameters: outcome.parameters });
    expect(adapter.friendlyDeviceName).toBe('Pixel 8');
    const accessToken = fakeJwt({ token_use: 'access', username: 'ana' });
    wire.reply(
      'RespondToAuthChallenge',
      cognitoError('CodeMismatchException', 'Invalid code received for user'),
      json({ AuthenticationResult: { AccessToken: accessToken, IdToken: fakeJwt({ token_use: 'id' }), RefreshToken: 'refresh', ExpiresIn: 3600, TokenType: 'Bearer' } }),
    );
    const wrong = await adapter.respondToSoftwareTokenMfa({ userCode: '000000' }, { signal: signal() }).catch((error: unknown) => error);
    expect(classifyError(wrong)).toMatchObject({ kind: 'wrong-code', name: 'CodeMismatchException' });
    const { authenticationResult } = await adapter.respondToSoftwareTokenMfa({ userCode: '123456' }, { signal: signal() });
    expect(authenticationResult).toMatchObject({ accessToken, refreshToken: 'refresh', tokenType: 'Bearer' });
    expect(wire.requests.slice(1).map((request) => request.body)).toEqual([
      expect.objectContaining({ ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: session(1), ChallengeResponses: expect.objectContaining({ SOFTWARE_TOKEN_MFA_CODE: '000000', USERNAME: 'ana' }) }),
      expect.objectContaining({ ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: session(1), ChallengeResponses: expect.objectContaining({ SOFTWARE_TOKEN_MFA_CODE: '123456' }) }),
    ]);
  });
});

