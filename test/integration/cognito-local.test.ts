import { describe, expect, it } from 'vitest';
import { createCognitoAdapter, createCognitoChallengeAdapter, createCognitoSignInSteps, initiatePasswordAuth } from '../../src/adapters/cognito/index.js';
import { createCognitoIdentityJsAdapter, createCognitoIdentityJsChallengeAdapter } from '../../src/adapters/cognito-identity-js/index.js';
import { classifyError } from '../../src/core/errors.js';
import type { TotpSetupAdapter } from '../../src/core/adapter.js';
import { useCognitoLocal } from '../support/cognito-local-lifecycle.js';
import { expectTotpChallengeAtSignIn, signInWithLibrary } from '../support/cognito-users.js';
import { staleCode, totpCode } from '../support/totp.js';

const password = 'Correct-horse-1';
const signal = () => new AbortController().signal;
const emulator = useCognitoLocal();
const poolData = () => ({ UserPoolId: emulator().userPoolId, ClientId: emulator().clientId, endpoint: emulator().endpoint });

async function accessTokenFor(username: string): Promise<string> {
  const cognito = emulator();
  const response = await cognito.call<{ AuthenticationResult: { AccessToken: string } }>('InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: cognito.clientId,
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });
  return response.AuthenticationResult.AccessToken;
}

/** The enrollment as the kit drives it: associate, a wrong code, then the right one. */
async function enroll(adapter: TotpSetupAdapter, friendlyDeviceName: string): Promise<string> {
  const { secretCode } = await adapter.associateSoftwareToken({ signal: signal() });
  expect(secretCode).toMatch(/^[A-Z2-7]{16,}$/);
  const wrong = await adapter
    .verifySoftwareToken({ userCode: staleCode(secretCode), friendlyDeviceName }, { signal: signal() })
    .then((result) => result, (error: unknown) => error);
  // Either answer is a wrong code to the kit: an exception, or Status ERROR.
  if (wrong instanceof Error) expect(classifyError(wrong).kind).toBe('wrong-code');
  else expect(wrong).toEqual({ status: 'ERROR' });
  await expect(
    adapter.verifySoftwareToken({ userCode: totpCode(secretCode), friendlyDeviceName }, { signal: signal() }),
  ).resolves.toMatchObject({ status: 'SUCCESS' });
  return secretCode;
}

const expectTotpAtNextSignIn = (username: string, secretCode: string, friendlyDeviceName: string) =>
  expectTotpChallengeAtSignIn(poolData(), { username, password }, totpCode(secretCode), friendlyDeviceName);

describe('against cognito-local, signed-in user', () => {
  it('fetch adapter: wrong code refused, right code verified, TOTP preferred, next sign-in asks for it', async () => {
    const username = 'fetch-user';
    const cognito = emulator();
    await cognito.createUser(username, password);
    const accessToken = await accessTokenFor(username);
    const secretCode = await enroll(createCognitoAdapter({ endpoint: cognito.endpoint, accessToken }), 'Work phone');

    const user = await cognito.call<{ UserMFASettingList?: string[]; PreferredMfaSetting?: string }>('GetUser', { AccessToken: accessToken });
    expect(user.UserMFASettingList).toContain('SOFTWARE_TOKEN_MFA');
    expect(user.PreferredMfaSetting).toBe('SOFTWARE_TOKEN_MFA');
    await expectTotpAtNextSignIn(username, secretCode, 'Work phone');
  });

  it('fetch adapter: the token of a user who no longer exists means signed out', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const accessToken = `${encode({ alg: 'none' })}.${encode({ sub: 'deleted-user', client_id: emulator().clientId })}.c2ln`;
    const adapter = createCognitoAdapter({ endpoint: emulator().endpoint, accessToken });
    const failure = await adapter.associateSoftwareToken({ signal: signal() }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'NotAuthorizedException' });
    expect(classifyError(failure)).toMatchObject({ kind: 'signed-out', action: 'sign-in' });
  });

  it('amazon-cognito-identity-js adapter: same enrollment through a signed-in CognitoUser', async () => {
    const username = 'library-user';
    await emulator().createUser(username, password);
    const { user, outcome } = await signInWithLibrary(poolData(), username, password);
    expect(outcome.kind).toBe('signed-in');
    const secretCode = await enroll(createCognitoIdentityJsAdapter(user), 'Tablet');
    const accessToken = user.getSignInUserSession()!.getAccessToken().getJwtToken();
    const stored = await emulator().call<{ PreferredMfaSetting?: string }>('GetUser', { AccessToken: accessToken });
    expect(stored.PreferredMfaSetting).toBe('SOFTWARE_TOKEN_MFA');
    await expectTotpAtNextSignIn(username, secretCode, 'Tablet');
  });
});

describe('against cognito-local, the sign-in after enrolling (SOFTWARE_TOKEN_MFA)', () => {
  async function enrolledUser(username: string): Promise<string> {
    const cognito = emulator();
    await cognito.createUser(username, password);
    return enroll(createCognitoAdapter({ endpoint: cognito.endpoint, accessToken: await accessTokenFor(username) }), 'Ana’s Pixel 8');
  }

  it('fetch adapter: names the device, refuses a wrong code in the same session, then signs in', async () => {
    const username = 'challenge-fetch';
    const secretCode = await enrolledUser(username);
    const cognito = emulator();
    const started = await cognito.call<{ ChallengeName: string; Session: string; ChallengeParameters: Record<string, string> }>('InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: cognito.clientId,
      AuthParameters: { USERNAME: username, PASSWORD: password },
    });
    expect(started.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    const adapter = createCognitoChallengeAdapter({
      endpoint: cognito.endpoint,
      session: started.Session,
      username,
      clientId: cognito.clientId,
      challengeParameters: started.ChallengeParameters,
    });
    expect(adapter.friendlyDeviceName).toBe('Ana’s Pixel 8');
    const wrong = await adapter.respondToSoftwareTokenMfa({ userCode: staleCode(secretCode) }, { signal: signal() }).catch((error: unknown) => error);
    expect(classifyError(wrong)).toMatchObject({ kind: 'wrong-code' });
    const { authenticationResult } = await adapter.respondToSoftwareTokenMfa({ userCode: totpCode(secretCode) }, { signal: signal() });
    const me = await cognito.call<{ Username: string }>('GetUser', { AccessToken: authenticationResult!.accessToken });
    expect(me.Username).toBe(username);
  });

  it('fetch, from the password: initiatePasswordAuth refuses a wrong password, and its answer leads the sign-in steps to the code and tokens', async () => {
    const username = 'challenge-password';
    const secretCode = await enrolledUser(username);
    const cognito = { endpoint: emulator().endpoint, clientId: emulator().clientId };
    const refused = await initiatePasswordAuth({ ...cognito, username, password: 'Wrong-horse-1' }).catch((error: unknown) => error);
    // Passed through as the emulator names it: cognito-local says InvalidPasswordException where
    // Cognito says NotAuthorizedException ("Incorrect username or password.").
    expect(refused).toMatchObject({ name: 'InvalidPasswordException' });

    const answer = await initiatePasswordAuth({ ...cognito, username, password });
    const steps = createCognitoSignInSteps({ ...cognito, username, answer });
    const step = await steps.start({ signal: signal() });
    if (step.type !== 'code') throw new Error(`unexpected ${step.type}`);
    expect(step.adapter.friendlyDeviceName).toBe('Ana’s Pixel 8');
    const signedIn = steps.next(await step.adapter.respondToSoftwareTokenMfa({ userCode: totpCode(secretCode) }, { signal: signal() }));
    if (signedIn.type !== 'signed-in') throw new Error(`unexpected ${signedIn.type}`);
    const me = await emulator().call<{ Username: string }>('GetUser', { AccessToken: signedIn.result.authenticationResult!.accessToken });
    expect(me.Username).toBe(username);
  });

  it('amazon-cognito-identity-js adapter: answers totpRequired on the CognitoUser and returns its tokens', async () => {
    const username = 'challenge-library';
    const secretCode = await enrolledUser(username);
    const { user, outcome } = await signInWithLibrary(poolData(), username, password);
    if (outcome.kind !== 'totp-required') throw new Error(`unexpected ${outcome.kind}`);
    const adapter = createCognitoIdentityJsChallengeAdapter(user, { challengeParameters: outcome.parameters });
    expect(adapter.friendlyDeviceName).toBe('Ana’s Pixel 8');
    const wrong = await adapter.respondToSoftwareTokenMfa({ userCode: staleCode(secretCode) }, { signal: signal() }).catch((error: unknown) => error);
    expect(classifyError(wrong)).toMatchObject({ kind: 'wrong-code' });
    const { authenticationResult } = await adapter.respondToSoftwareTokenMfa({ userCode: totpCode(secretCode) }, { signal: signal() });
    expect(authenticationResult?.accessToken).toBe(user.getSignInUserSession()!.getAccessToken().getJwtToken());
  });
});
