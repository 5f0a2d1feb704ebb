import type { AuthenticationResult, NextChallenge } from './adapter.js';

/** Where one enrollment stands; the lower-case values appear in the DOM as `data-state`. */
export const Status = {
  Loading: 'loading',
  Ready: 'ready',
  Verifying: 'verifying',
  Verified: 'verified',
  Error: 'error',
} as const;
export type Status = (typeof Status)[keyof typeof Status];

/** What went wrong, in terms of what the user (or the app) can do about it. */
export const ErrorKind = {
  WrongCode: 'wrong-code',
  SessionExpired: 'session-expired',
  SignedOut: 'signed-out',
  RateLimited: 'rate-limited',
  TotpNotEnabled: 'totp-not-enabled',
  Blocked: 'blocked',
  Network: 'network',
  Configuration: 'configuration',
  Unknown: 'unknown',
} as const;
export type ErrorKind = (typeof ErrorKind)[keyof typeof ErrorKind];

/**
 * The next step that makes sense: `retry` in place, `wait` then retry, `restart` the whole enrollment
 * (a new secret, or a new sign-in session), `sign-in` again, or `none` (only the app can fix it).
 */
export type ErrorAction = 'retry' | 'wait' | 'restart' | 'sign-in' | 'none';

export interface ClassifiedError {
  kind: ErrorKind;
  action: ErrorAction;
  /** True when trying the same step again, in place, can succeed. */
  retryable: boolean;
  /** The exception name as received (`CodeMismatchException`, `NetworkError`, …). */
  name: string;
  /** The backend's own message, for logs; never shown verbatim to users. */
  message: string;
}

/** Which adapter call failed. */
export type Step = 'associate' | 'verify';

export interface TotpSetupState {
  status: Status;
  /** Present from a successful associate until the enrollment is verified; then dropped. */
  secretCode: string | null;
  /** Digits only, at most six. */
  code: string;
  /** As typed; trimmed when sent. */
  friendlyDeviceName: string;
  /** Set when a submit was refused because the code was incomplete. */
  codeInvalid: boolean;
  error: ClassifiedError | null;
  failedStep: Step | null;
  /** Grows with every request the machine asks for, so effects can tell one request from the next. */
  requestId: number;
  /** The device name that was verified and the tokens, once verified. */
  verified: VerifiedDetails | null;
}

export type TotpSetupEvent =
  | { type: 'ASSOCIATE.SUCCEEDED'; secretCode: string }
  | { type: 'ASSOCIATE.FAILED'; error: ClassifiedError }
  | { type: 'CODE.CHANGE'; value: string }
  | { type: 'NAME.CHANGE'; value: string }
  | { type: 'VERIFY.SUBMIT' }
  | { type: 'VERIFY.SUCCEEDED'; authenticationResult?: AuthenticationResult; nextChallenge?: NextChallenge }
  | { type: 'VERIFY.FAILED'; error: ClassifiedError }
  | { type: 'SESSION.EXPIRED' }
  | { type: 'RETRY' }
  | { type: 'RESTART' };

export interface VerifiedDetails {
  friendlyDeviceName: string;
  /** The tokens, when enrollment finished a sign-in (MFA_SETUP). */
  authenticationResult?: AuthenticationResult;
  /** A further sign-in challenge Cognito asked for after MFA_SETUP, for the app to answer. */
  nextChallenge?: NextChallenge;
}

export interface ErrorDetails {
  kind: ErrorKind;
  action: ErrorAction;
  step: Step;
  error: ClassifiedError;
}
