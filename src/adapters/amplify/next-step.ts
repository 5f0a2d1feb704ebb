import { DEFAULT_SESSION_VALIDITY_MS } from '../../core/adapter.js';

/**
 * The `nextStep` of Amplify's `signIn` / `confirmSignIn` output, as far as the adapters read it; the
 * kit's `onVerified` / `onSignedIn` hand it on in the same shape.
 */
export interface AmplifySignInStep {
  signInStep: string;
  /** With CONTINUE_SIGN_IN_WITH_TOTP_SETUP: the secret Amplify got from AssociateSoftwareToken. */
  totpSetupDetails?: { sharedSecret: string };
  /** With CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION: what the user may set up. */
  allowedMFATypes?: readonly string[];
}

export interface AmplifySessionOptions {
  /**
   * The app client's AuthSessionValidity in milliseconds, counted from when the adapter is created
   * (create it when the step arrives). Default 3 minutes, Cognito's default and Amplify's own.
   */
  sessionValidityMs?: number;
}

/** Refuses, where the developer wires it, a step this adapter cannot answer. */
export function expectStep(factory: string, step: AmplifySignInStep | undefined, expected: readonly string[]): void {
  const got = step?.signInStep;
  if (got === undefined || !expected.includes(got)) {
    throw new TypeError(`${factory} needs the nextStep of ${expected.join(' or ')} from signIn/confirmSignIn (got ${String(got)})`);
  }
}

/** Amplify's sign-in session, as the countdown sees it: renewed by each answer that carries a new one. */
export function createSessionClock({ sessionValidityMs = DEFAULT_SESSION_VALIDITY_MS }: AmplifySessionOptions) {
  let expiry = Date.now() + sessionValidityMs;
  return {
    get: () => expiry,
    renew: () => {
      expiry = Date.now() + sessionValidityMs;
    },
  };
}
