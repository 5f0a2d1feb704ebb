// The settings page's whole cycle against cognito-local, through each adapter with a signed-in flow:
// off → set up → on and preferred → replace (the old app's codes stop signing in, the new one's work)
// → turn off → the next sign-in asks for no code.
import { signIn, signOut } from 'aws-amplify/auth';
import { describe, expect, it } from 'vitest';
import { createAmplifyAdapter } from '../../src/adapters/amplify/index.js';
import { createCognitoAdapter } from '../../src/adapters/cognito/index.js';
import { createCognitoIdentityJsAdapter } from '../../src/adapters/cognito-identity-js/index.js';
import type { TotpSettingsAdapter } from '../../src/core/adapter.js';
import { configureAmplify } from '../support/amplify.js';
import { useCognitoLocal } from '../support/cognito-local-lifecycle.js';
import { signInWithLibrary } from '../support/cognito-users.js';
import { totpCode } from '../support/totp.js';

const password = 'Correct-horse-1';
const signal = () => new AbortController().signal;
const emulator = useCognitoLocal();

interface SignInAttempt {
  ChallengeName?: string;
  Session?: string;
  AuthenticationResult?: { AccessToken: string };
}

const initiateAuth = (username: string) =>
  emulator().call<SignInAttempt>('InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: emulator().clientId,
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });

/** A fresh sign-in, answered with `code` when a code is asked for: whether it signed in, and whether a code was asked. */
async function signInWithCode(username: string, code: string): Promise<{ askedForCode: boolean; signedIn: boolean }> {
  const started = await initiateAuth(username);
  if (started.AuthenticationResult) return { askedForCode: false, signedIn: true };
  expect(started.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
  const answered = await emulator()
    .call<SignInAttempt>('RespondToAuthChallenge', {
      ClientId: emulator().clientId,
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: started.Session,
      ChallengeResponses: { USERNAME: username, SOFTWARE_TOKEN_MFA_CODE: code },
    })
    .then((response) => response.AuthenticationResult !== undefined, () => false);
  return { askedForCode: true, signedIn: answered };
}

async function enroll(adapter: TotpSettingsAdapter, friendlyDeviceName: string): Promise<string> {
  const { secretCode } = await adapter.associateSoftwareToken({ signal: signal() });
  await expect(adapter.verifySoftwareToken({ userCode: totpCode(secretCode), friendlyDeviceName }, { signal: signal() })).resolves.toMatchObject({ status: 'SUCCESS' });
  return secretCode;
}

async function settingsCycle(username: string, adapter: () => TotpSettingsAdapter | Promise<TotpSettingsAdapter>) {
  expect(await (await adapter()).getMfaState({ signal: signal() })).toEqual({ totpEnabled: false, totpPreferred: false });

  const first = await enroll(await adapter(), 'First phone');
  expect(await (await adapter()).getMfaState({ signal: signal() })).toEqual({ totpEnabled: true, totpPreferred: true });
  expect(await signInWithCode(username, totpCode(first))).toEqual({ askedForCode: true, signedIn: true });

  // Replace: one TOTP device per user, so the new secret takes the old one's place.
  const second = await enroll(await adapter(), 'Second phone');
  expect(second).not.toBe(first);
  expect(await (await adapter()).getMfaState({ signal: signal() })).toEqual({ totpEnabled: true, totpPreferred: true });
  expect(await signInWithCode(username, totpCode(first))).toEqual({ askedForCode: true, signedIn: false });
  expect(await signInWithCode(username, totpCode(second))).toEqual({ askedForCode: true, signedIn: true });

  await (await adapter()).setTotpEnabled(false, { signal: signal() });
  expect(await (await adapter()).getMfaState({ signal: signal() })).toEqual({ totpEnabled: false, totpPreferred: false });
  expect(await signInWithCode(username, '000000')).toEqual({ askedForCode: false, signedIn: true });
}

describe('the settings cycle against cognito-local', () => {
  it('fetch adapter (GetUser, SetUserMFAPreference)', async () => {
    const username = 'settings-fetch';
    await emulator().createUser(username, password);
    const { AuthenticationResult } = await initiateAuth(username);
    const adapter = createCognitoAdapter({ endpoint: emulator().endpoint, accessToken: AuthenticationResult!.AccessToken });
    await settingsCycle(username, () => adapter);
  });

  it('amazon-cognito-identity-js adapter (getUserData, setUserMfaPreference)', async () => {
    const username = 'settings-library';
    await emulator().createUser(username, password);
    const { user } = await signInWithLibrary({ UserPoolId: emulator().userPoolId, ClientId: emulator().clientId, endpoint: emulator().endpoint }, username, password);
    const adapter = createCognitoIdentityJsAdapter(user);
    await settingsCycle(username, () => adapter);
  });

  it('Amplify v6 adapter (fetchMFAPreference, updateMFAPreference)', async () => {
    const username = 'settings-amplify';
    await emulator().createUser(username, password);
    configureAmplify({ userPoolId: emulator().userPoolId, clientId: emulator().clientId, endpoint: emulator().endpoint });
    await signIn({ username, password, options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    try {
      const adapter = createAmplifyAdapter();
      await settingsCycle(username, () => adapter);
    } finally {
      await signOut();
    }
  });
});
