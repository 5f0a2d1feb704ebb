import { createHmac } from 'node:crypto';
import { delay, http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createCognitoAdapter,
  createCognitoChallengeAdapter,
  createCognitoSignInAdapter,
  createCognitoSignInSteps,
  initiatePasswordAuth,
} from '../../src/adapters/cognito/index.js';
import { classifyError, createNamedError } from '../../src/core/errors.js';
import { cognitoError, createCognitoWire, json } from './cognito-wire.js';

const endpoint = 'https://cognito-idp.eu-west-1.amazonaws.com/';
const wire = createCognitoWire(endpoint);
const signal = () => new AbortController().signal;

const secretCode = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSW';
const accessToken = 'eyJraWQiOiJ0ZXN0In0.eyJzdWIiOiJhbmEifQ.c2lnbmF0dXJl';
const session = (n: number) => `AYABeSession${n}`.padEnd(40, `${n}`);
const tokens = {
  AccessToken: 'access.jwt.token',
  IdToken: 'id.jwt.token',
  RefreshToken: 'refresh-token',
  ExpiresIn: 3600,
  TokenType: 'Bearer',
};

beforeAll(() => wire.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  wire.reset();
  wire.server.resetHandlers();
});
afterAll(() => wire.server.close());

function expectCall(index: number, operation: string, body: Record<string, unknown>) {
  const request = wire.requests[index]!;
  expect(request.url).toBe(endpoint);
  expect(request.method).toBe('POST');
  expect(request.contentType).toBe('application/x-amz-json-1.1');
  expect(request.target).toBe(`AWSCognitoIdentityProviderService.${operation}`);
  expect(request.body).toEqual(body);
}

describe('createCognitoAdapter, signed-in user (access token)', () => {
  const adapter = () => createCognitoAdapter({ region: 'eu-west-1', accessToken });

  it('associates with the access token and returns the secret', async () => {
    wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode }));
    await expect(adapter().associateSoftwareToken({ signal: signal() })).resolves.toEqual({ secretCode });
    expectCall(0, 'AssociateSoftwareToken', { AccessToken: accessToken });
  });

  it('verifies with the code and device name, then makes TOTP the preferred MFA', async () => {
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS' }));
    wire.reply('SetUserMFAPreference', json({}));
    const result = await adapter().verifySoftwareToken({ userCode: '123456', friendlyDeviceName: 'Work phone' }, { signal: signal() });
    expect(result).toEqual({ status: 'SUCCESS' });
    expectCall(0, 'VerifySoftwareToken', { AccessToken: accessToken, UserCode: '123456', FriendlyDeviceName: 'Work phone' });
    expectCall(1, 'SetUserMFAPreference', {
      AccessToken: accessToken,
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
    });
  });

  it('leaves the MFA preference alone when asked to', async () => {
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS' }));
    const quiet = createCognitoAdapter({ region: 'eu-west-1', accessToken, setPreferredMfa: false });
    await expect(quiet.verifySoftwareToken({ userCode: '123456' }, { signal: signal() })).resolves.toEqual({ status: 'SUCCESS' });
    expect(wire.operations()).toEqual(['VerifySoftwareToken']);
    expect(wire.requests[0]!.body).not.toHaveProperty('FriendlyDeviceName');
  });

  it('settings: reads the MFA state with GetUser', async () => {
    wire.reply(
      'GetUser',
      json({ Username: 'ana', UserAttributes: [], UserMFASettingList: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'], PreferredMfaSetting: 'SMS_MFA' }),
      json({ Username: 'ana', UserAttributes: [] }),
    );
    await expect(adapter().getMfaState({ signal: signal() })).resolves.toEqual({ totpEnabled: true, totpPreferred: false });
    expectCall(0, 'GetUser', { AccessToken: accessToken });
    // A user with no MFA has neither field.
    await expect(adapter().getMfaState({ signal: signal() })).resolves.toEqual({ totpEnabled: false, totpPreferred: false });
  });

  it('settings: turns the authenticator off, and refusals keep Cognito’s name', async () => {
    wire.reply('SetUserMFAPreference', json({}), cognitoError('InvalidParameterException', 'MFA is required for this user pool'));
    await expect(adapter().setTotpEnabled(false, { signal: signal() })).resolves.toBeUndefined();
    expectCall(0, 'SetUserMFAPreference', { AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: false, PreferredMfa: false } });
    await expect(adapter().setTotpEnabled(false, { signal: signal() })).rejects.toMatchObject({ name: 'InvalidParameterException' });
  });

  it('reports Status ERROR as ERROR and sets no preference', async () => {
    wire.reply('VerifySoftwareToken', json({ Status: 'ERROR' }));
    await expect(adapter().verifySoftwareToken({ userCode: '123456' }, { signal: signal() })).resolves.toEqual({ status: 'ERROR' });
    expect(wire.operations()).toEqual(['VerifySoftwareToken']);
  });

  it('after a failed preference call, retries only the preference (the code is already used)', async () => {
    const once = adapter();
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS' }));
    wire.reply('SetUserMFAPreference', cognitoError('InternalErrorException', 'Internal error', 500), json({}));
    await expect(once.verifySoftwareToken({ userCode: '123456' }, { signal: signal() })).rejects.toMatchObject({
      name: 'InternalErrorException',
    });
    await expect(once.verifySoftwareToken({ userCode: '654321' }, { signal: signal() })).resolves.toEqual({ status: 'SUCCESS' });
    expect(wire.operations()).toEqual(['VerifySoftwareToken', 'SetUserMFAPreference', 'SetUserMFAPreference']);
  });

  it('starts clean with a new secret: a preference left pending by the last one does not skip verifying', async () => {
    const once = adapter();
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS' }), json({ Status: 'SUCCESS' }));
    wire.reply('SetUserMFAPreference', cognitoError('InternalErrorException', 'Internal error', 500), json({}));
    wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode }));
    await expect(once.verifySoftwareToken({ userCode: '123456' }, { signal: signal() })).rejects.toMatchObject({ name: 'InternalErrorException' });
    await once.associateSoftwareToken({ signal: signal() });
    await expect(once.verifySoftwareToken({ userCode: '654321' }, { signal: signal() })).resolves.toEqual({ status: 'SUCCESS' });
    expect(wire.operations()).toEqual(['VerifySoftwareToken', 'SetUserMFAPreference', 'AssociateSoftwareToken', 'VerifySoftwareToken', 'SetUserMFAPreference']);
    expect(wire.requests[3]!.body).toMatchObject({ UserCode: '654321' });
  });

  it('once the preference went through, the next code is verified, not taken for the last one', async () => {
    const once = adapter();
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS' }), json({ Status: 'ERROR' }));
    wire.reply('SetUserMFAPreference', cognitoError('InternalErrorException', 'Internal error', 500), json({}));
    await once.verifySoftwareToken({ userCode: '123456' }, { signal: signal() }).catch(() => undefined);
    await expect(once.verifySoftwareToken({ userCode: '123456' }, { signal: signal() })).resolves.toEqual({ status: 'SUCCESS' });
    // A replacement on the same page, without a new associate in between (say, an app's own flow).
    await expect(once.verifySoftwareToken({ userCode: '000000' }, { signal: signal() })).resolves.toEqual({ status: 'ERROR' });
    expect(wire.operations()).toEqual(['VerifySoftwareToken', 'SetUserMFAPreference', 'SetUserMFAPreference', 'VerifySoftwareToken']);
  });

  it('asks an access-token getter before every call, so a refreshed token is used without a new adapter', async () => {
    let token = 'first-token';
    const refreshing = createCognitoAdapter({ region: 'eu-west-1', accessToken: async () => token });
    wire.reply('GetUser', json({}), json({ UserMFASettingList: ['SOFTWARE_TOKEN_MFA'] }));
    await refreshing.getMfaState({ signal: signal() });
    token = 'second-token';
    await expect(refreshing.getMfaState({ signal: signal() })).resolves.toEqual({ totpEnabled: true, totpPreferred: false });
    expect(wire.requests.map((request) => request.body.AccessToken)).toEqual(['first-token', 'second-token']);
  });

  it('passes on a getter’s refusal as it is, so “signed out” reaches the screen', async () => {
    const signedOut = createCognitoAdapter({ region: 'eu-west-1', accessToken: () => Promise.reject(createNamedError('NotAuthorizedException', 'Refresh Token has expired')) });
    await expect(signedOut.associateSoftwareToken({ signal: signal() })).rejects.toMatchObject({ name: 'NotAuthorizedException' });
    expect(wire.requests).toEqual([]);
  });
});

describe('createCognitoAdapter, MFA_SETUP during sign-in (session)', () => {
  const options = { region: 'eu-west-1', session: session(1), username: 'ana@example.com', clientId: '4example0client0id0abcdefgh' };

  it('forwards the newest session on every call and finishes the challenge with USERNAME', async () => {
    const adapter = createCognitoSignInAdapter(options);
    wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode, Session: session(2) }));
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS', Session: session(3) }));
    wire.reply('RespondToAuthChallenge', json({ AuthenticationResult: tokens, ChallengeParameters: {} }));

    await expect(adapter.associateSoftwareToken({ signal: signal() })).resolves.toEqual({ secretCode });
    const result = await adapter.verifySoftwareToken({ userCode: '123456', friendlyDeviceName: 'Phone' }, { signal: signal() });

    expectCall(0, 'AssociateSoftwareToken', { Session: session(1) });
    expectCall(1, 'VerifySoftwareToken', { Session: session(2), UserCode: '123456', FriendlyDeviceName: 'Phone' });
    expectCall(2, 'RespondToAuthChallenge', {
      ClientId: options.clientId,
      ChallengeName: 'MFA_SETUP',
      Session: session(3),
      ChallengeResponses: { USERNAME: 'ana@example.com' },
    });
    expect(result).toEqual({
      status: 'SUCCESS',
      authenticationResult: {
        accessToken: 'access.jwt.token',
        idToken: 'id.jwt.token',
        refreshToken: 'refresh-token',
        expiresIn: 3600,
        tokenType: 'Bearer',
      },
    });
  });

  it('sends SECRET_HASH when the app client has a secret', async () => {
    const clientSecret = 'client-secret-value';
    const adapter = createCognitoSignInAdapter({ ...options, clientSecret });
    wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode, Session: session(2) }));
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS', Session: session(3) }));
    wire.reply('RespondToAuthChallenge', json({ AuthenticationResult: tokens }));
    await adapter.associateSoftwareToken({ signal: signal() });
    await adapter.verifySoftwareToken({ userCode: '123456' }, { signal: signal() });
    const expected = createHmac('sha256', clientSecret).update(`ana@example.com${options.clientId}`).digest('base64');
    expect(wire.requests[2]!.body.ChallengeResponses).toEqual({ USERNAME: 'ana@example.com', SECRET_HASH: expected });
  });

  it('returns a further challenge for the app to answer', async () => {
    const adapter = createCognitoSignInAdapter(options);
    wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode, Session: session(2) }));
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS', Session: session(3) }));
    wire.reply('RespondToAuthChallenge', json({
      ChallengeName: 'CUSTOM_CHALLENGE',
      Session: session(4),
      ChallengeParameters: { question: 'favourite colour' },
    }));
    await adapter.associateSoftwareToken({ signal: signal() });
    await expect(adapter.verifySoftwareToken({ userCode: '123456' }, { signal: signal() })).resolves.toEqual({
      status: 'SUCCESS',
      nextChallenge: { name: 'CUSTOM_CHALLENGE', session: session(4), parameters: { question: 'favourite colour' } },
    });
  });

  it('after Status ERROR, verifies again with the session that answer carried', async () => {
    const adapter = createCognitoSignInAdapter(options);
    wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode, Session: session(2) }));
    wire.reply('VerifySoftwareToken', json({ Status: 'ERROR', Session: session(3) }), json({ Status: 'SUCCESS', Session: session(4) }));
    wire.reply('RespondToAuthChallenge', json({ AuthenticationResult: tokens }));
    await adapter.associateSoftwareToken({ signal: signal() });
    await expect(adapter.verifySoftwareToken({ userCode: '000000' }, { signal: signal() })).resolves.toEqual({ status: 'ERROR' });
    await adapter.verifySoftwareToken({ userCode: '123456' }, { signal: signal() });
    expect(wire.requests[2]!.body.Session).toBe(session(3));
    expect(wire.requests[3]!.body.Session).toBe(session(4));
  });

  it('reports when its newest session expires, counting each new session afresh', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(1_800_000_000_000);
      const adapter = createCognitoSignInAdapter({ ...options, sessionIssuedAt: 1_800_000_000_000 - 60_000, sessionValidityMs: 5 * 60_000 });
      expect(adapter.getSessionExpiry?.()).toBe(1_800_000_000_000 + 4 * 60_000);
      wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode, Session: session(2) }));
      vi.setSystemTime(1_800_000_010_000);
      await adapter.associateSoftwareToken({ signal: signal() });
      expect(adapter.getSessionExpiry?.()).toBe(1_800_000_010_000 + 5 * 60_000);
      expect(createCognitoAdapter({ region: 'eu-west-1', accessToken }).getSessionExpiry).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('surfaces an expired session as NotAuthorizedException that classifies as session-expired', async () => {
    const adapter = createCognitoSignInAdapter(options);
    wire.reply('AssociateSoftwareToken', cognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.'));
    const failure = await adapter.associateSoftwareToken({ signal: signal() }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'NotAuthorizedException', message: 'Invalid session for the user, session is expired.' });
    expect(classifyError(failure)).toMatchObject({ kind: 'session-expired', action: 'restart' });
  });

  it('retries only the challenge answer when it failed after a successful verify', async () => {
    const adapter = createCognitoSignInAdapter(options);
    wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode, Session: session(2) }));
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS', Session: session(3) }));
    wire.reply('RespondToAuthChallenge', () => HttpResponse.error(), json({ AuthenticationResult: tokens }));
    await adapter.associateSoftwareToken({ signal: signal() });
    await expect(adapter.verifySoftwareToken({ userCode: '123456' }, { signal: signal() })).rejects.toMatchObject({ name: 'NetworkError' });
    await expect(adapter.verifySoftwareToken({ userCode: '654321' }, { signal: signal() })).resolves.toMatchObject({ status: 'SUCCESS' });
    expect(wire.operations()).toEqual(['AssociateSoftwareToken', 'VerifySoftwareToken', 'RespondToAuthChallenge', 'RespondToAuthChallenge']);
    expect(wire.requests[3]!.body.Session).toBe(session(3));
  });

  it('starts clean with a new secret: a challenge answer left pending does not skip verifying', async () => {
    const adapter = createCognitoSignInAdapter(options);
    wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode, Session: session(2) }), json({ SecretCode: secretCode, Session: session(4) }));
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS', Session: session(3) }), json({ Status: 'SUCCESS', Session: session(5) }));
    wire.reply('RespondToAuthChallenge', () => HttpResponse.error(), json({ AuthenticationResult: tokens }));
    await adapter.associateSoftwareToken({ signal: signal() });
    await expect(adapter.verifySoftwareToken({ userCode: '123456' }, { signal: signal() })).rejects.toMatchObject({ name: 'NetworkError' });
    await adapter.associateSoftwareToken({ signal: signal() });
    await expect(adapter.verifySoftwareToken({ userCode: '654321' }, { signal: signal() })).resolves.toMatchObject({ status: 'SUCCESS' });
    expect(wire.operations()).toEqual([
      'AssociateSoftwareToken', 'VerifySoftwareToken', 'RespondToAuthChallenge', 'AssociateSoftwareToken', 'VerifySoftwareToken', 'RespondToAuthChallenge',
    ]);
    expect(wire.requests[4]!.body).toMatchObject({ Session: session(4), UserCode: '654321' });
  });
});

describe('createCognitoChallengeAdapter, the SOFTWARE_TOKEN_MFA challenge of later sign-ins', () => {
  const options = { region: 'eu-west-1', session: session(1), username: 'ana@example.com', clientId: '4example0client0id0abcdefgh' };

  it('answers with USERNAME and SOFTWARE_TOKEN_MFA_CODE in the session it was given, and returns the tokens', async () => {
    const adapter = createCognitoChallengeAdapter({ ...options, challengeParameters: { FRIENDLY_DEVICE_NAME: 'Ana’s Pixel 8', USER_ID_FOR_SRP: 'ana' } });
    expect(adapter.friendlyDeviceName).toBe('Ana’s Pixel 8');
    wire.reply('RespondToAuthChallenge', json({ AuthenticationResult: tokens, ChallengeParameters: {} }));
    await expect(adapter.respondToSoftwareTokenMfa({ userCode: '123456' }, { signal: signal() })).resolves.toEqual({
      authenticationResult: { accessToken: tokens.AccessToken, idToken: tokens.IdToken, refreshToken: tokens.RefreshToken, expiresIn: 3600, tokenType: 'Bearer' },
    });
    expectCall(0, 'RespondToAuthChallenge', {
      ClientId: options.clientId,
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: session(1),
      ChallengeResponses: { USERNAME: 'ana@example.com', SOFTWARE_TOKEN_MFA_CODE: '123456' },
    });
  });

  it('keeps the session after a wrong code, so the next code goes out in it', async () => {
    const adapter = createCognitoChallengeAdapter(options);
    expect(adapter.friendlyDeviceName).toBeUndefined();
    wire.reply('RespondToAuthChallenge', cognitoError('CodeMismatchException', 'Invalid code received for user'), json({ AuthenticationResult: tokens }));
    const wrong = await adapter.respondToSoftwareTokenMfa({ userCode: '000000' }, { signal: signal() }).catch((error: unknown) => error);
    expect(classifyError(wrong)).toMatchObject({ kind: 'wrong-code' });
    await adapter.respondToSoftwareTokenMfa({ userCode: '123456' }, { signal: signal() });
    expect(wire.requests.map((request) => request.body.Session)).toEqual([session(1), session(1)]);
  });

  it('passes on a code already used as ExpiredCodeException, and an expired session as NotAuthorizedException', async () => {
    const adapter = createCognitoChallengeAdapter(options);
    wire.reply(
      'RespondToAuthChallenge',
      cognitoError('ExpiredCodeException', 'Your MFA code has expired or has been used already'),
      cognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.'),
    );
    await expect(adapter.respondToSoftwareTokenMfa({ userCode: '123456' }, { signal: signal() })).rejects.toMatchObject({ name: 'ExpiredCodeException' });
    const expired = await adapter.respondToSoftwareTokenMfa({ userCode: '654321' }, { signal: signal() }).catch((error: unknown) => error);
    expect(classifyError(expired)).toMatchObject({ kind: 'session-expired' });
  });

  it('returns a further challenge (device tracking) for the app to answer', async () => {
    const adapter = createCognitoChallengeAdapter(options);
    wire.reply('RespondToAuthChallenge', json({ ChallengeName: 'DEVICE_SRP_AUTH', Session: session(2), ChallengeParameters: {} }));
    await expect(adapter.respondToSoftwareTokenMfa({ userCode: '123456' }, { signal: signal() })).resolves.toEqual({
      nextChallenge: { name: 'DEVICE_SRP_AUTH', session: session(2), parameters: {} },
    });
  });

  it('sends SECRET_HASH when the app client has a secret, and reports when the session expires', async () => {
    const clientSecret = 'client-secret';
    const adapter = createCognitoChallengeAdapter({ ...options, clientSecret, sessionIssuedAt: 1_000, sessionValidityMs: 5 * 60_000 });
    expect(adapter.getSessionExpiry?.()).toBe(1_000 + 5 * 60_000);
    wire.reply('RespondToAuthChallenge', json({ AuthenticationResult: tokens }));
    await adapter.respondToSoftwareTokenMfa({ userCode: '123456' }, { signal: signal() });
    const expected = createHmac('sha256', clientSecret).update(`${options.username}${options.clientId}`).digest('base64');
    expect(wire.requests[0]!.body.ChallengeResponses).toMatchObject({ SECRET_HASH: expected });
  });
});

// Every exception each operation can raise (shared/cognito-facts.md).
const associateErrors = [
  'ConcurrentModificationException', 'InvalidParameterException', 'NotAuthorizedException', 'ResourceNotFoundException',
  'InternalErrorException', 'SoftwareTokenMFANotFoundException', 'ForbiddenException',
];
const verifyErrors = [
  'InvalidParameterException', 'ResourceNotFoundException', 'InvalidUserPoolConfigurationException', 'NotAuthorizedException',
  'TooManyRequestsException', 'PasswordResetRequiredException', 'UserNotFoundException', 'UserNotConfirmedException',
  'InternalErrorException', 'EnableSoftwareTokenMFAException', 'SoftwareTokenMFANotFoundException', 'CodeMismatchException',
  'ForbiddenException',
];
const respondErrors = [
  ...new Set([...associateErrors, ...verifyErrors]),
  'ExpiredCodeException', 'UnexpectedLambdaException', 'UserLambdaValidationException', 'InvalidPasswordException',
  'PasswordHistoryPolicyViolationException', 'InvalidLambdaResponseException', 'MFAMethodNotFoundException',
  'InvalidSmsRoleAccessPolicyException', 'InvalidSmsRoleTrustRelationshipException', 'InvalidEmailRoleAccessPolicyException',
  'AliasExistsException',
];

describe('initiatePasswordAuth, the app\'s password step', () => {
  const options = { region: 'eu-west-1', clientId: '4example0client0id0abcdefgh', username: 'ana@example.com', password: 'Correct-horse-1' };

  it('sends USER_PASSWORD_AUTH and returns the answer as Cognito sent it, for createCognitoSignInSteps', async () => {
    const answer = { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: session(1), ChallengeParameters: { FRIENDLY_DEVICE_NAME: 'Work phone', USER_ID_FOR_SRP: 'ana' } };
    wire.reply('InitiateAuth', json(answer));
    const received = await initiatePasswordAuth(options);
    expect(received).toEqual(answer);
    expectCall(0, 'InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: options.clientId,
      AuthParameters: { USERNAME: 'ana@example.com', PASSWORD: 'Correct-horse-1' },
    });
    const steps = createCognitoSignInSteps({ region: options.region, clientId: options.clientId, username: options.username, answer: received });
    await expect(steps.start({ signal: signal() })).resolves.toMatchObject({ type: 'code' });
  });

  it('adds SECRET_HASH for an app client with a secret', async () => {
    const clientSecret = 'client-secret-value';
    wire.reply('InitiateAuth', json({ AuthenticationResult: tokens }));
    await initiatePasswordAuth({ ...options, clientSecret });
    const expected = createHmac('sha256', clientSecret).update(`${options.username}${options.clientId}`).digest('base64');
    expect(wire.requests[0]!.body.AuthParameters).toEqual({ USERNAME: options.username, PASSWORD: options.password, SECRET_HASH: expected });
  });

  it('rejects a wrong password with Cognito\'s exception and message, and never with the password', async () => {
    wire.reply('InitiateAuth', cognitoError('NotAuthorizedException', 'Incorrect username or password.'));
    const error = (await initiatePasswordAuth(options).catch((failure: unknown) => failure)) as Error;
    expect(error).toMatchObject({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    expect(JSON.stringify({ message: error.message, stack: error.stack })).not.toContain(options.password);
  });

  it('stops when the app aborts, with AbortError', async () => {
    wire.server.use(http.post(endpoint, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }));
    const controller = new AbortController();
    const pending = initiatePasswordAuth({ ...options, signal: controller.signal }).catch((failure: unknown) => failure);
    controller.abort();
    await expect(pending).resolves.toMatchObject({ name: 'AbortError' });
  });
});

describe('createCognitoAdapter, every error of the three operations', () => {
  const options = { endpoint, session: session(1), username: 'ana', clientId: 'client' };

  it.each(associateErrors)('AssociateSoftwareToken: %s', async (name) => {
    wire.reply('AssociateSoftwareToken', cognitoError(`com.amazonaws.cognito.identity.idp.model#${name}`, `${name} message`));
    await expect(createCognitoSignInAdapter(options).associateSoftwareToken({ signal: signal() })).rejects.toMatchObject({
      name,
      message: `${name} message`,
    });
  });

  it.each(verifyErrors)('VerifySoftwareToken: %s', async (name) => {
    wire.reply('VerifySoftwareToken', cognitoError(name, `${name} message`));
    await expect(createCognitoSignInAdapter(options).verifySoftwareToken({ userCode: '123456' }, { signal: signal() })).rejects.toMatchObject({
      name,
      message: `${name} message`,
    });
  });

  it.each(respondErrors)('RespondToAuthChallenge: %s', async (name) => {
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS', Session: session(2) }));
    wire.reply('RespondToAuthChallenge', cognitoError(name, `${name} message`));
    await expect(createCognitoSignInAdapter(options).verifySoftwareToken({ userCode: '123456' }, { signal: signal() })).rejects.toMatchObject({
      name,
      message: `${name} message`,
    });
  });
});

describe('createCognitoAdapter, faults at the network boundary', () => {
  const adapter = (extra: { timeoutMs?: number } = {}) => createCognitoAdapter({ endpoint, accessToken, ...extra });
  const associate = (a = adapter(), s = signal()) => a.associateSoftwareToken({ signal: s });

  it('reads the exception from x-amzn-errortype when a proxy drops the body', async () => {
    wire.reply('AssociateSoftwareToken', () => new HttpResponse(null, {
      status: 400,
      headers: { 'x-amzn-errortype': 'NotAuthorizedException:http://internal.amazon.com/coral/com.amazon.coral.service/' },
    }));
    await expect(associate()).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });

  it.each([
    ['an empty 500', () => new HttpResponse(null, { status: 500 }), 'InternalErrorException'],
    ['an HTML 502 from a gateway', () => new HttpResponse('<html>Bad gateway</html>', { status: 502 }), 'InternalErrorException'],
    ['a 403 from a firewall', () => new HttpResponse('<html>Request blocked</html>', { status: 403 }), 'ForbiddenException'],
    ['a bare 429', () => new HttpResponse(null, { status: 429 }), 'TooManyRequestsException'],
    ['a 200 that is not JSON', () => new HttpResponse('<html>captive portal</html>', { status: 200 }), 'MalformedResponseError'],
    ['an empty 200', () => new HttpResponse(null, { status: 200 }), 'MalformedResponseError'],
    ['a 200 without SecretCode', json({ Session: 'x' }), 'MalformedResponseError'],
    ['a dropped connection', () => HttpResponse.error(), 'NetworkError'],
  ])('names %s', async (_case, reply, name) => {
    wire.reply('AssociateSoftwareToken', reply);
    await expect(associate()).rejects.toMatchObject({ name });
  });

  it('gives up on a request that hangs past the timeout', async () => {
    wire.server.use(http.post(endpoint, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }));
    await expect(associate(adapter({ timeoutMs: 50 }))).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('stops when the caller aborts', async () => {
    let arrived = false;
    wire.server.use(http.post(endpoint, async () => {
      arrived = true;
      await delay('infinite');
      return HttpResponse.json({});
    }));
    const controller = new AbortController();
    const pending = associate(adapter(), controller.signal);
    // Aborted while the request is on the wire, not before it was sent.
    await expect.poll(() => arrived).toBe(true);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    const aborted = new AbortController();
    aborted.abort();
    await expect(associate(adapter(), aborted.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('resolves the regional endpoint and refuses a region that is not one', async () => {
    wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode }));
    await createCognitoAdapter({ region: 'eu-west-1', accessToken }).associateSoftwareToken({ signal: signal() });
    expect(wire.requests[0]!.url).toBe('https://cognito-idp.eu-west-1.amazonaws.com/');
    expect(() => createCognitoAdapter({ region: 'evil.example.com/x', accessToken })).toThrow(TypeError);
    expect(() => createCognitoAdapter({ accessToken })).toThrow(/region/);
    expect(() => createCognitoSignInAdapter({ region: 'evil.example.com/x', session: session(1), username: 'ana', clientId: 'c' })).toThrow(TypeError);
  });

  it('refuses a sign-in session given to the settings-page factory', () => {
    const signInOptions = { region: 'eu-west-1', session: session(1), username: 'ana', clientId: 'c' };
    expect(() => createCognitoAdapter(signInOptions as never)).toThrow('createCognitoAdapter needs an accessToken');
  });

  it('uses the fetch it is given', async () => {
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ SecretCode: secretCode }), { status: 200 }));
    await createCognitoAdapter({ endpoint: 'http://127.0.0.1:1/', accessToken, fetch: fetchImpl }).associateSoftwareToken({ signal: signal() });
    expect(fetchImpl).toHaveBeenCalledOnce();
    expect(wire.requests).toHaveLength(0);
  });

  it('never writes the secret, the code, the token or the session to the console', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method));
    const sessionAdapter = createCognitoSignInAdapter({ endpoint, session: session(1), username: 'ana', clientId: 'client' });
    wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode, Session: session(2) }));
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS', Session: session(3) }));
    wire.reply('RespondToAuthChallenge', cognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.'));
    await sessionAdapter.associateSoftwareToken({ signal: signal() });
    await sessionAdapter.verifySoftwareToken({ userCode: '123456' }, { signal: signal() }).catch(() => {});
    for (const spy of spies) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
  });
});
