import { untilAborted } from '../../core/abort.js';
import { createNamedError } from '../../core/named-error.js';

// Amplify's own error names, as its source throws them, and the name the kit's taxonomy knows for
// each. Cognito's exception names (CodeMismatchException, …) and NetworkError already pass as is.
const kitNames: Record<string, string> = {
  // confirmSignIn with no sign-in in progress: signIn was never called, threw, or its session ran out
  // (the page was reloaded after Amplify's 3 minutes). Only a new sign-in helps.
  SignInException: 'NotAuthorizedException',
  // setUpTOTP / verifyTOTPSetup / updateMFAPreference with no tokens: the user is signed out.
  UserUnAuthenticatedException: 'NotAuthorizedException',
  // Amplify.configure was not called, or without a user pool: for the developer, not the user.
  AuthUserPoolException: 'InvalidUserPoolConfigurationException',
  AuthTokenConfigException: 'InvalidUserPoolConfigurationException',
  AuthUserPoolAndIdentityPoolException: 'InvalidUserPoolConfigurationException',
  // Signed in at Cognito, but the tokens could not be stored (a cookie store the server refuses).
  UnexpectedSignInInterruptionException: 'InvalidUserPoolConfigurationException',
};

/**
 * An Amplify AuthError in the adapter contract's terms; the original stays as `cause`. A lost sign-in
 * gets the wording classifyError reads as "this sign-in session is over".
 */
export function toKitError(error: unknown): unknown {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: string };
  if (typeof name !== 'string' || !Object.hasOwn(kitNames, name)) return error;
  return createNamedError(kitNames[name]!, name === 'SignInException' ? 'Invalid session for the user, session is expired.' : message ?? '', error);
}

/**
 * Amplify's calls take no AbortSignal: an abort settles the caller's promise at once and the call's
 * own outcome is dropped. The same call asked for again while it is still out (StrictMode's second
 * mount, an `<Activity>` shown again) joins it rather than sending it twice: a code works once.
 */
export function createAmplifyCaller() {
  let inFlight: { key: string; promise: Promise<unknown> } | null = null;
  return function call<T>(key: string, signal: AbortSignal, start: () => Promise<T>): Promise<T> {
    if (inFlight?.key !== key) {
      const entry = { key, promise: start().catch((error: unknown) => Promise.reject(toKitError(error))) };
      const clear = () => {
        if (inFlight === entry) inFlight = null;
      };
      entry.promise.then(clear, clear);
      inFlight = entry;
    }
    return untilAborted(inFlight.promise as Promise<T>, signal);
  };
}
