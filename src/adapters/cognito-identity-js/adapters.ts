import type { CognitoUser } from 'amazon-cognito-identity-js';
import { DEFAULT_SESSION_VALIDITY_MS, type TotpChallengeAdapter, type TotpSettingsAdapter, type VerifySoftwareTokenResult } from '../../core/adapter.js';
import { createFinalStep } from '../../core/final-step.js';
import { createNamedError } from '../../core/named-error.js';
import { answerMfaSetup, hasSession, isSignedIn, settleOnce, toAuthenticationResult, type UserWithSession } from './library.js';

export interface CognitoIdentityJsAdapterOptions {
  /**
   * After a successful verify by a signed-in user, make TOTP the preferred MFA
   * (SetUserMFAPreference). Default true. Not used in the MFA_SETUP flow, where sign-in finishes instead.
   */
  setPreferredMfa?: boolean;
  /**
   * MFA_SETUP flow: the app client's AuthSessionValidity in milliseconds, counted from when the adapter
   * is created (create it in the `mfaSetup` callback) and again from each new session. Default 3 minutes.
   */
  sessionValidityMs?: number;
}

/**
 * Wraps a `CognitoUser` from amazon-cognito-identity-js, for apps that already sign in with it.
 * Signed in: the access-token flow. Inside sign-in, after the `mfaSetup` callback: the MFA_SETUP flow,
 * where the library forwards the session and finishes the challenge; the user is then signed in (the
 * library caches the tokens) and the tokens are returned too.
 */
export function createCognitoIdentityJsAdapter(
  cognitoUser: CognitoUser,
  options: CognitoIdentityJsAdapterOptions = {},
): TotpSettingsAdapter {
  const { setPreferredMfa = true, sessionValidityMs = DEFAULT_SESSION_VALIDITY_MS } = options;
  const user = cognitoUser as UserWithSession;
  let sessionExpiry = Date.now() + sessionValidityMs;

  const requireCredential = () => {
    if (!isSignedIn(user) && !user.Session) {
      throw createNamedError('NotAuthorizedException', 'The user is neither signed in nor in an MFA_SETUP challenge');
    }
  };

  // On means preferred too: the code is what sign-in asks for. Off clears both.
  const setTotpEnabled = (enabled: boolean, { signal }: { signal: AbortSignal }) =>
    settleOnce<void>(signal, (resolve, reject) => {
      user.setUserMfaPreference(null, { PreferredMfa: enabled, Enabled: enabled }, (error) => (error ? reject(error) : resolve()));
    });
  const setPreference = createFinalStep((signal) => setTotpEnabled(true, { signal }));
  // Inside sign-in: the library verified the code, then failed to answer the challenge.
  const finishSignIn = createFinalStep((signal) => answerMfaSetup(user, signal));

  return {
    setTotpEnabled,

    getMfaState: ({ signal }) =>
      settleOnce(signal, (resolve, reject) => {
        // The cache would answer with what was true at sign-in, before any change on this page.
        user.getUserData((error, data) => {
          if (error || !data) return reject(error ?? createNamedError('MalformedResponseError', 'GetUser answered with nothing'));
          resolve({
            totpEnabled: data.UserMFASettingList?.includes('SOFTWARE_TOKEN_MFA') ?? false,
            totpPreferred: data.PreferredMfaSetting === 'SOFTWARE_TOKEN_MFA',
          });
        }, { bypassCache: true });
      }),

    // A signed-in user has no session clock; a user inside sign-in does.
    getSessionExpiry: () => (isSignedIn(user) || !user.Session ? null : sessionExpiry),

    associateSoftwareToken({ signal }) {
      setPreference.reset();
      finishSignIn.reset();
      return settleOnce(signal, (resolve, reject) => {
        requireCredential();
        user.associateSoftwareToken({
          associateSecretCode: (secretCode) => {
            // The library has just stored the new session this answer carried.
            sessionExpiry = Date.now() + sessionValidityMs;
            resolve({ secretCode });
          },
          onFailure: reject,
        });
      });
    },

    async verifySoftwareToken({ userCode, friendlyDeviceName }, { signal }): Promise<VerifySoftwareTokenResult> {
      if (setPreference.pending) {
        await setPreference.run(signal);
        return { status: 'SUCCESS' };
      }
      if (finishSignIn.pending) {
        // The library may have finished after all, once this page stopped waiting for it.
        const session = isSignedIn(user) ? user.getSignInUserSession()! : await finishSignIn.run(signal);
        finishSignIn.reset();
        return { status: 'SUCCESS', authenticationResult: toAuthenticationResult(session) };
      }
      const signedInBefore = isSignedIn(user);
      const sessionBefore = user.Session;
      const outcome = await settleOnce<unknown>(signal, (resolve, reject) => {
        requireCredential();
        user.verifySoftwareToken(userCode, friendlyDeviceName ?? '', { onSuccess: resolve, onFailure: reject });
      }).catch((error: unknown) => {
        // The library keeps the session VerifySoftwareToken answered with before answering the
        // challenge: a new one means the code was accepted, and only the answer is owed.
        if (!signedInBefore && user.Session !== sessionBefore) finishSignIn.markPending();
        throw error;
      });
      // In the MFA_SETUP flow the library answers the challenge itself (without looking at Status)
      // and hands over a CognitoUserSession; when signed in it passes the raw { Status } object,
      // whatever its type definition says.
      if (hasSession(outcome)) return { status: 'SUCCESS', authenticationResult: toAuthenticationResult(outcome) };
      if ((outcome as { Status?: unknown } | null)?.Status !== 'SUCCESS') return { status: 'ERROR' };
      if (signedInBefore && setPreferredMfa) await setPreference.run(signal);
      return { status: 'SUCCESS' };
    },
  };
}

export interface CognitoIdentityJsChallengeOptions {
  /** The parameters `totpRequired` received: FRIENDLY_DEVICE_NAME names the device. */
  challengeParameters?: Record<string, string | undefined>;
  /** The app client's AuthSessionValidity in milliseconds, counted from creation. Default 3 minutes. */
  sessionValidityMs?: number;
}

/**
 * Answers the SOFTWARE_TOKEN_MFA challenge on a `CognitoUser` whose `authenticateUser` called
 * `totpRequired` (create the adapter there): `sendMFACode(code, …, 'SOFTWARE_TOKEN_MFA')`, which keeps
 * the session on the user, so a wrong code can be followed by the next one. On success the library
 * has cached the tokens; they are returned too.
 */
export function createCognitoIdentityJsChallengeAdapter(
  cognitoUser: CognitoUser,
  { challengeParameters, sessionValidityMs = DEFAULT_SESSION_VALIDITY_MS }: CognitoIdentityJsChallengeOptions = {},
): TotpChallengeAdapter {
  const sessionExpiry = Date.now() + sessionValidityMs;
  const friendlyDeviceName = challengeParameters?.FRIENDLY_DEVICE_NAME;
  return {
    ...(friendlyDeviceName ? { friendlyDeviceName } : {}),
    getSessionExpiry: () => sessionExpiry,
    async respondToSoftwareTokenMfa({ userCode }, { signal }) {
      const session = await settleOnce<unknown>(signal, (resolve, reject) => {
        cognitoUser.sendMFACode(userCode, { onSuccess: resolve, onFailure: reject }, 'SOFTWARE_TOKEN_MFA');
      });
      if (!hasSession(session)) throw createNamedError('MalformedResponseError', 'sendMFACode succeeded without a session');
      return { authenticationResult: toAuthenticationResult(session) };
    },
  };
}

// The boundary these adapters implement, so an app can type its own wrappers without another import.
