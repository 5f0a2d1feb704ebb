import type { CognitoUser, CognitoUserSession, IAuthenticationCallback } from 'amazon-cognito-identity-js';
import { untilAborted } from '../../core/abort.js';
import type { SignInResult } from '../../core/adapter.js';
import type { TotpSignInStep, TotpSignInSteps } from '../../core/totp-sign-in.types.js';
import { createCognitoIdentityJsAdapter, createCognitoIdentityJsChallengeAdapter, type CognitoIdentityJsAdapterOptions } from './adapters.js';
import { toAuthenticationResult, toNamedError } from './library.js';

const AUTHENTICATOR = 'SOFTWARE_TOKEN_MFA';

/** A step the kit does not handle, as the library reported it, for the app to answer on `user`. */
export interface CognitoIdentityJsHandover {
  /** The challenge: NEW_PASSWORD_REQUIRED, SMS_MFA, CUSTOM_CHALLENGE, MFA_SETUP (another factor), SELECT_MFA_TYPE. */
  name: string;
  /** The callback's arguments: the challenge parameters (for a new password: `{ userAttributes, requiredAttributes }`). */
  parameters: Record<string, unknown>;
  user: CognitoUser;
}

/** The sign-in steps, and the callbacks to hand to `user.authenticateUser(details, steps.callbacks)`. */
export interface CognitoIdentityJsSignInSteps extends TotpSignInSteps<CognitoIdentityJsHandover> {
  readonly callbacks: IAuthenticationCallback;
}

type Settle = (step: TotpSignInStep<CognitoIdentityJsHandover>) => void;

/** A JSON-encoded list of factors in a challenge parameter (MFAS_CAN_SETUP, MFAS_CAN_CHOOSE). */
function factors(parameters: Record<string, unknown>, name: string): string[] {
  try {
    const list: unknown = JSON.parse(String(parameters[name] ?? '[]'));
    return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The sign-in steps for `<TotpSignIn>` on a `CognitoUser`: pass `steps.callbacks` to
 * `authenticateUser`, and render `<TotpSignIn steps={steps}>`. Its callbacks become the steps: MFA
 * set-up (`mfaSetup`), the code (`totpRequired`), SELECT_MFA_TYPE answered with the authenticator app
 * (`selectMFAType`), tokens (`onSuccess`); any other challenge goes to the app, and `onFailure` (a
 * wrong password, say) to `onError`.
 */
export function createCognitoIdentityJsSignInSteps(user: CognitoUser, options: CognitoIdentityJsAdapterOptions = {}): CognitoIdentityJsSignInSteps {
  const handover = (name: string, parameters: Record<string, unknown> = {}): TotpSignInStep<CognitoIdentityJsHandover> => ({
    type: 'handover',
    handover: { name, parameters, user },
  });

  /** The library's callbacks, each settling the step it stands for once. */
  function callbacksFor(settle: Settle, fail: (error: unknown) => void): IAuthenticationCallback {
    return {
      onSuccess: (session: CognitoUserSession) => settle({ type: 'signed-in', result: { authenticationResult: toAuthenticationResult(session) } }),
      onFailure: fail,
      mfaSetup(name, parameters: Record<string, unknown>) {
        const offered = factors(parameters, 'MFAS_CAN_SETUP');
        if (!offered.includes(AUTHENTICATOR)) return settle(handover(name, parameters));
        // The library has stored the MFA_SETUP session on the user: the adapter answers in it.
        settle({ type: 'setup', adapter: createCognitoIdentityJsAdapter(user, options), alternatives: offered.filter((factor) => factor !== AUTHENTICATOR), handover: { name, parameters, user } });
      },
      totpRequired: (name, parameters: Record<string, string | undefined>) =>
        settle({ type: 'code', adapter: createCognitoIdentityJsChallengeAdapter(user, { ...options, challengeParameters: parameters }), handover: { name, parameters, user } }),
      selectMFAType(name, parameters: Record<string, unknown>) {
        if (!factors(parameters, 'MFAS_CAN_CHOOSE').includes(AUTHENTICATOR)) return settle(handover(name, parameters));
        settle({
          type: 'select',
          handover: { name, parameters, user },
          // The answer brings the next callback: the code, most likely.
          chooseAuthenticator: ({ signal }) => untilAborted(awaitCallback((callbacks) => user.sendMFASelectionAnswer(AUTHENTICATOR, callbacks)), signal),
        });
      },
      newPasswordRequired: (userAttributes: unknown, requiredAttributes: unknown) => settle(handover('NEW_PASSWORD_REQUIRED', { userAttributes, requiredAttributes })),
      mfaRequired: (name, parameters: Record<string, unknown>) => settle(handover(name, parameters)),
      customChallenge: (parameters: Record<string, unknown>) => settle(handover('CUSTOM_CHALLENGE', parameters)),
    };
  }

  /** The step the next callback stands for, once the library calls it. */
  function awaitCallback(start: (callbacks: IAuthenticationCallback) => void): Promise<TotpSignInStep<CognitoIdentityJsHandover>> {
    return new Promise((resolve, reject) => start(callbacksFor(resolve, (error) => reject(toNamedError(error)))));
  }

  let callbacks!: IAuthenticationCallback;
  const first = awaitCallback((given) => (callbacks = given));
  // An unhandled rejection would be reported before the component asks; it asks, and hears of it then.
  first.catch(() => undefined);

  return {
    callbacks,
    start: ({ signal }) => untilAborted(first, signal),
    next: (result: SignInResult) => ({ type: 'signed-in', result }),
  };
}
