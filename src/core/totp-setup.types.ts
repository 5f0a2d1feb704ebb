import type { SignInResult } from './adapter.js';

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
  /** Sign-in only: the code was already used, or fell out of its window (ExpiredCodeException). */
  CodeUsed: 'code-used',
  SessionExpired: 'session-expired',
  SignedOut: 'signed-out',
  RateLimited: 'rate-limited',
  TotpNotEnabled: 'totp-not-enabled',
  Blocked: 'blocked',
  Network: 'network',
  Configuration: 'configuration',
  /** Settings only: the user pool requires MFA, so the authenticator cannot be turned off. */
  MfaRequired: 'mfa-required',
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

/** What the user is working on while a secret is on screen. */
export interface Draft {
  /** Base32, as the authenticator app wants it. */
  secretCode: string;
  /** Digits only, at most six. */
  code: string;
  /** Set when a submit was refused because the code was incomplete. */
  codeInvalid: boolean;
}

interface Shared {
  /** As typed (trimmed when sent); kept across failures and restarts. Once verified: the name sent. */
  friendlyDeviceName: string;
  /** The newest request asked for; a response carries it back, so a stale one is recognised. */
  requestId: number;
}

export interface LoadingState extends Shared {
  status: typeof Status.Loading;
  /** Whether the user asked for this secret ("Try again", "Start again"), as opposed to the first mount. */
  byUser: boolean;
}
export interface ReadyState extends Shared {
  status: typeof Status.Ready;
  draft: Draft;
}
export interface VerifyingState extends Shared {
  status: typeof Status.Verifying;
  draft: Draft;
}
/** Keeps the device name that was verified, never the tokens: those go to `onVerified` alone. */
export interface VerifiedState extends Shared {
  status: typeof Status.Verified;
}
export interface ErrorState extends Shared {
  status: typeof Status.Error;
  step: Step;
  error: ClassifiedError;
  /** Kept exactly when the same secret can be tried again (a retryable verify failure); else null. */
  draft: Draft | null;
}

export type TotpSetupState = LoadingState | ReadyState | VerifyingState | VerifiedState | ErrorState;

/**
 * How the enrollment may start over: `new-secret` fetches one itself (a signed-in user), `app` hands
 * over to the app's `onRestart` (a new sign-in), `sign-in` means nothing here can help: the user signs
 * in again (a sign-in session with no `onRestart`).
 */
export type RestartMode = 'new-secret' | 'app' | 'sign-in';

/** What the machine needs from its host besides the events. */
export interface TotpSetupConfig {
  /** Verify as soon as an edit completes the sixth digit. */
  autoSubmit: boolean;
  restart: RestartMode;
}

export type TotpSetupEvent =
  | { type: 'ASSOCIATE.SUCCEEDED'; requestId: number; secretCode: string }
  | { type: 'ASSOCIATE.FAILED'; requestId: number; error: ClassifiedError }
  | { type: 'CODE.CHANGE'; value: string }
  | { type: 'NAME.CHANGE'; value: string }
  | { type: 'VERIFY.SUBMIT' }
  | { type: 'VERIFY.SUCCEEDED'; requestId: number; result: SignInResult }
  | { type: 'VERIFY.FAILED'; requestId: number; error: ClassifiedError }
  | { type: 'SESSION.EXPIRED' }
  | { type: 'RETRY' }
  | { type: 'RESTART' };

/** Where focus should go after the change is on screen: the element with this id (`createIds`). */
export type FocusTarget = 'title' | 'codeInput' | 'errorMessage';

export type AssociateEffect = { type: 'associate'; requestId: number };
export type VerifyEffect = { type: 'verify'; requestId: number; userCode: string; friendlyDeviceName: string };

/**
 * The I/O a transition asks for, as data. The host runs them: requests (each replacing the one in
 * flight), callbacks, focus, and the sign-in session clock.
 */
export type TotpSetupEffect =
  | AssociateEffect
  | VerifyEffect
  | { type: 'notify.verified'; details: VerifiedDetails }
  | { type: 'notify.error'; details: ErrorDetails }
  | { type: 'notify.restart' }
  /** `ifFocusWithin`: only when focus was inside the enrollment (the user was working in it). */
  | { type: 'focus'; target: FocusTarget; ifFocusWithin?: boolean }
  | { type: 'clock.start' }
  | { type: 'clock.stop' };

export interface Transition {
  state: TotpSetupState;
  effects: TotpSetupEffect[];
}

/** The tokens, further challenge or library step are there when enrollment finished a sign-in (MFA_SETUP). */
export interface VerifiedDetails extends SignInResult {
  friendlyDeviceName: string;
}

export interface ErrorDetails {
  kind: ErrorKind;
  action: ErrorAction;
  step: Step;
  error: ClassifiedError;
}
