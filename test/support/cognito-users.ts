import { expect } from 'vitest';
import {
  AuthenticationDetails,
  CognitoUser,
  CognitoUserPool,
  type CognitoUserSession,
} from 'amazon-cognito-identity-js';

export type SignInOutcome =
  | { kind: 'signed-in'; session: CognitoUserSession }
  | { kind: 'mfa-setup'; parameters: Record<string, string> }
  | { kind: 'totp-required'; parameters: Record<string, string> };

/** Signs a user in with amazon-cognito-identity-js (USER_PASSWORD_AUTH: emulators have no SRP). */
export function signInWithLibrary(
  pool: { UserPoolId: string; ClientId: string; endpoint: string },
  username: string,
  password: string,
): Promise<{ user: CognitoUser; outcome: SignInOutcome }> {
  const user = new CognitoUser({ Username: username, Pool: new CognitoUserPool(pool) });
  user.setAuthenticationFlowType('USER_PASSWORD_AUTH');
  return new Promise((resolve, reject) => {
    user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), {
      onSuccess: (session) => resolve({ user, outcome: { kind: 'signed-in', session } }),
      onFailure: reject,
      mfaSetup: (_name, parameters) => resolve({ user, outcome: { kind: 'mfa-setup', parameters } }),
      totpRequired: (_name, parameters) => resolve({ user, outcome: { kind: 'totp-required', parameters } }),
    });
  });
}

/** Answers the SOFTWARE_TOKEN_MFA challenge of a sign-in with a code from the authenticator. */
export function answerTotpChallenge(user: CognitoUser, code: string): Promise<CognitoUserSession> {
  return new Promise((resolve, reject) => {
    user.sendMFACode(code, { onSuccess: resolve, onFailure: reject }, 'SOFTWARE_TOKEN_MFA');
  });
}

/**
 * A fresh sign-in meets the SOFTWARE_TOKEN_MFA challenge naming the enrolled device, and a code from
 * the same secret completes it.
 */
export async function expectTotpChallengeAtSignIn(
  pool: { UserPoolId: string; ClientId: string; endpoint: string },
  credentials: { username: string; password: string },
  code: string,
  friendlyDeviceName: string,
): Promise<void> {
  const { user, outcome } = await signInWithLibrary(pool, credentials.username, credentials.password);
  expect(outcome).toMatchObject({ kind: 'totp-required', parameters: { FRIENDLY_DEVICE_NAME: friendlyDeviceName } });
  expect((await answerTotpChallenge(user, code)).isValid()).toBe(true);
}
