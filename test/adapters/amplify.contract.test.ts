// The Amplify sign-in adapters with the real aws-amplify v6 package over a Cognito wire fake: the
// MFA_SETUP path, which cognito-local lacks. Requests and answers follow Cognito's API reference.
import { HttpResponse } from 'msw';
import { fetchAuthSession, signIn, signOut } from 'aws-amplify/auth';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAmplifyChallengeAdapter, createAmplifySignInAdapter } from '../../src/adapters/amplify/index.js';
import { toKitError } from '../../src/adapters/amplify/call.js';
import { classifyError } from '../../src/core/errors.js';
import { configureAmplify } from '../support/amplify.js';
import { fakeCognitoTokens } from '../support/fake-jwt.js';
import { cognitoError, createCognitoWire, json } from './cognito-wire.js';

const endpoint = 'https://cognito-idp.wire.test/';
const pool = { userPoolId: 'eu-west-1_WIRE', clientId: 'wireclient', endpoint };
const wire = createCognitoWire(endpoint);
const secretCode = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSW';
const session = (n: number) => `AYABeSession${n}`.padEnd(40, `${n}`);
const signal = () => new AbortController().signal;
const failureOf = (promise: Promise<unknown>) => promise.then(() => new Error('expected a failure'), (error: unknown) => error);

beforeAll(() => wire.server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => configureAmplify(pool));
afterEach(async () => {
  await signOut({ global: false }).catch(() => undefined);
  wire.reset();
});
afterAll(() => wire.server.close());

const body = (operation: string, index = 0) => wire.requests.filter((request) => request.target?.endsWith(`.${operation}`))[index]?.body;

/** signIn as far as Cognito's MFA_SETUP challenge, offering `mfas` to set up. */
async function signInToMfaSetup(mfas: string[]) {
  wire.reply('InitiateAuth', json({ ChallengeName: 'MFA_SETUP', Session: session(1), ChallengeParameters: { MFAS_CAN_SETUP: JSON.stringify(mfas) } }));
  if (mfas.length === 1) wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode, Session: session(2) }));
  const output = await signIn({ username: 'ana', password: 'Correct-horse-1', options: { authFlowType: 'USER_PASSWORD_AUTH' } });
  expect(body('InitiateAuth')).toMatchObject({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: pool.clientId, AuthParameters: { USERNAME: 'ana', PASSWORD: 'Correct-horse-1' } });
  return output;
}

const verifyOk = () => {
  wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS', Session: session(3) }));
  wire.reply('RespondToAuthChallenge', json({ AuthenticationResult: fakeCognitoTokens('ana', pool.clientId), ChallengeParameters: {} }));
};

describe('createAmplifySignInAdapter: MFA_SETUP inside an Amplify sign-in', () => {
  it('shows the secret Amplify associated, then verifies and finishes the sign-in through confirmSignIn', async () => {
    const { nextStep } = await signInToMfaSetup(['SOFTWARE_TOKEN_MFA']);
    expect(nextStep.signInStep).toBe('CONTINUE_SIGN_IN_WITH_TOTP_SETUP');
    expect(body('AssociateSoftwareToken')).toEqual({ Session: session(1) });
    const adapter = createAmplifySignInAdapter(nextStep);
    const sent = wire.requests.length;
    await expect(adapter.associateSoftwareToken({ signal: signal() })).resolves.toEqual({ secretCode });
    expect(wire.requests.length).toBe(sent);
    expect(adapter.getSessionExpiry?.()).toBeGreaterThan(Date.now() + 170_000);

    // Real Cognito refuses a wrong enrollment code with EnableSoftwareTokenMFAException.
    wire.reply('VerifySoftwareToken', cognitoError('EnableSoftwareTokenMFAException', 'Code mismatch and fail enable Software Token MFA'));
    const wrong = await failureOf(adapter.verifySoftwareToken({ userCode: '000000', friendlyDeviceName: 'Work phone' }, { signal: signal() }));
    expect(classifyError(wrong)).toMatchObject({ kind: 'wrong-code', action: 'retry' });
    expect(body('VerifySoftwareToken', 0)).toEqual({ UserCode: '000000', Session: session(2), FriendlyDeviceName: 'Work phone' });

    verifyOk();
    const result = await adapter.verifySoftwareToken({ userCode: '123456', friendlyDeviceName: 'Work phone' }, { signal: signal() });
    expect(result).toEqual({ status: 'SUCCESS', nextStep: { signInStep: 'DONE' } });
    // The wrong code left the session as it was; the right one's answer carried the next.
    expect(body('VerifySoftwareToken', 1)).toEqual({ UserCode: '123456', Session: session(2), FriendlyDeviceName: 'Work phone' });
    expect(body('RespondToAuthChallenge')).toEqual({ ChallengeName: 'MFA_SETUP', ClientId: pool.clientId, Session: session(3), ChallengeResponses: { USERNAME: 'ana' } });
    expect((await fetchAuthSession()).tokens?.idToken?.payload['cognito:username']).toBe('ana');
  });

  it('where the pool also offers email, chooses TOTP and shows the secret that answer carries', async () => {
    const { nextStep } = await signInToMfaSetup(['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP']);
    expect(nextStep).toEqual({ signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION', allowedMFATypes: ['TOTP', 'EMAIL'] });
    expect(wire.operations()).toEqual(['InitiateAuth']);
    const adapter = createAmplifySignInAdapter(nextStep);
    wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode, Session: session(2) }));
    await expect(adapter.associateSoftwareToken({ signal: signal() })).resolves.toEqual({ secretCode });
    expect(body('AssociateSoftwareToken')).toEqual({ Session: session(1) });
    // A second associate (a remount) shows the same secret without asking again.
    await expect(adapter.associateSoftwareToken({ signal: signal() })).resolves.toEqual({ secretCode });
    expect(wire.operations()).toEqual(['InitiateAuth', 'AssociateSoftwareToken']);
    verifyOk();
    await expect(adapter.verifySoftwareToken({ userCode: '123456' }, { signal: signal() })).resolves.toEqual({ status: 'SUCCESS', nextStep: { signInStep: 'DONE' } });
    expect(body('VerifySoftwareToken')).toEqual({ UserCode: '123456', Session: session(2) });
  });

  it('reports a further step after MFA_SETUP to the app instead of pretending the user is signed in', async () => {
    const adapter = createAmplifySignInAdapter((await signInToMfaSetup(['SOFTWARE_TOKEN_MFA'])).nextStep);
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS', Session: session(3) }));
    wire.reply('RespondToAuthChallenge', json({ ChallengeName: 'CUSTOM_CHALLENGE', Session: session(4), ChallengeParameters: { question: 'colour' } }));
    await expect(adapter.verifySoftwareToken({ userCode: '123456' }, { signal: signal() })).resolves.toEqual({
      status: 'SUCCESS',
      nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', additionalInfo: { question: 'colour' } },
    });
  });

  it('an expired sign-in session means starting the sign-in again', async () => {
    const adapter = createAmplifySignInAdapter((await signInToMfaSetup(['SOFTWARE_TOKEN_MFA'])).nextStep);
    wire.reply('VerifySoftwareToken', cognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.'));
    const expired = await failureOf(adapter.verifySoftwareToken({ userCode: '123456' }, { signal: signal() }));
    expect(classifyError(expired)).toMatchObject({ kind: 'session-expired', action: 'restart' });
  });

  it('a network failure is "try again", and the code typed is still good for it', async () => {
    const adapter = createAmplifySignInAdapter((await signInToMfaSetup(['SOFTWARE_TOKEN_MFA'])).nextStep);
    wire.reply('VerifySoftwareToken', () => HttpResponse.error(), () => HttpResponse.error(), () => HttpResponse.error());
    const down = await failureOf(adapter.verifySoftwareToken({ userCode: '123456' }, { signal: signal() }));
    expect(classifyError(down)).toMatchObject({ kind: 'network', action: 'retry' });
    verifyOk();
    await expect(adapter.verifySoftwareToken({ userCode: '123456' }, { signal: signal() })).resolves.toMatchObject({ status: 'SUCCESS' });
  });

  it('an aborted verify asked for again while Amplify is still out joins it: the code goes out once', async () => {
    const adapter = createAmplifySignInAdapter((await signInToMfaSetup(['SOFTWARE_TOKEN_MFA'])).nextStep);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let onTheWire = false;
    wire.reply('VerifySoftwareToken', async () => {
      onTheWire = true;
      await held;
      return json({ Status: 'SUCCESS', Session: session(3) })();
    });
    wire.reply('RespondToAuthChallenge', json({ AuthenticationResult: fakeCognitoTokens('ana', pool.clientId) }));
    const first = new AbortController();
    const abandoned = failureOf(adapter.verifySoftwareToken({ userCode: '123456' }, { signal: first.signal }));
    // Aborted while Amplify's request is out.
    await expect.poll(() => onTheWire).toBe(true);
    first.abort();
    expect(await abandoned).toMatchObject({ name: 'AbortError' });
    const again = adapter.verifySoftwareToken({ userCode: '123456' }, { signal: signal() });
    release();
    await expect(again).resolves.toEqual({ status: 'SUCCESS', nextStep: { signInStep: 'DONE' } });
    expect(wire.operations().filter((operation) => operation === 'VerifySoftwareToken')).toHaveLength(1);
  });

  it('refuses, where it is wired, a step it cannot answer', () => {
    expect(() => createAmplifySignInAdapter({ signInStep: 'DONE' })).toThrow(
      'createAmplifySignInAdapter needs the nextStep of CONTINUE_SIGN_IN_WITH_TOTP_SETUP or CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION from signIn/confirmSignIn (got DONE)',
    );
    expect(() => createAmplifySignInAdapter({ signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION', allowedMFATypes: ['EMAIL'] })).toThrow(/offers no TOTP set-up/);
    expect(() => createAmplifySignInAdapter({ signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP' })).toThrow(/offers no TOTP set-up/);
    expect(() => createAmplifyChallengeAdapter({ signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE' })).toThrow(
      /createAmplifyChallengeAdapter needs the nextStep of CONFIRM_SIGN_IN_WITH_TOTP_CODE .*\(got CONFIRM_SIGN_IN_WITH_SMS_CODE\)/,
    );
  });
});

describe('createAmplifyChallengeAdapter: the code at a later sign-in', () => {
  async function signInToTotpCode() {
    wire.reply('InitiateAuth', json({ ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: session(1), ChallengeParameters: { FRIENDLY_DEVICE_NAME: 'Work phone' } }));
    return (await signIn({ username: 'ana', password: 'Correct-horse-1', options: { authFlowType: 'USER_PASSWORD_AUTH' } })).nextStep;
  }

  it('a code already used is "wait for the next code"; the next signs in', async () => {
    const adapter = createAmplifyChallengeAdapter(await signInToTotpCode());
    wire.reply('RespondToAuthChallenge', cognitoError('ExpiredCodeException', 'Your MFA code has expired or has been used already'));
    const used = await failureOf(adapter.respondToSoftwareTokenMfa({ userCode: '123456' }, { signal: signal() }));
    expect(classifyError(used)).toMatchObject({ name: 'ExpiredCodeException' });
    wire.reply('RespondToAuthChallenge', json({ AuthenticationResult: fakeCognitoTokens('ana', pool.clientId) }));
    await expect(adapter.respondToSoftwareTokenMfa({ userCode: '654321' }, { signal: signal() })).resolves.toEqual({ nextStep: { signInStep: 'DONE' } });
    expect(body('RespondToAuthChallenge', 1)).toMatchObject({
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: session(1),
      ChallengeResponses: { USERNAME: 'ana', SOFTWARE_TOKEN_MFA_CODE: '654321' },
    });
  });
});

describe('Amplify’s own error names, as its source throws them', () => {
  it.each([
    ['SignInException', 'session-expired'],
    ['UserUnAuthenticatedException', 'signed-out'],
    ['AuthUserPoolException', 'configuration'],
    ['AuthTokenConfigException', 'configuration'],
    ['AuthUserPoolAndIdentityPoolException', 'configuration'],
    ['UnexpectedSignInInterruptionException', 'configuration'],
    // Passed as they are: Amplify's network failure and Cognito's own names.
    ['NetworkError', 'network'],
    ['CodeMismatchException', 'wrong-code'],
    ['TooManyRequestsException', 'rate-limited'],
  ])('%s is %s, with the original kept as the cause', (name, kind) => {
    const original = Object.assign(new Error('Amplify said so'), { name });
    const translated = toKitError(original);
    expect(classifyError(translated).kind).toBe(kind);
    if (translated !== original) expect((translated as Error).cause).toBe(original);
  });
});

describe('an Amplify error without a message', () => {
  it('keeps an empty message, never the word "undefined"', () => {
    const bare = { name: 'UserUnAuthenticatedException' };
    expect(toKitError(bare)).toMatchObject({ name: 'NotAuthorizedException', message: '', cause: bare });
  });
});
