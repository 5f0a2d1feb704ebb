import type { SignInResult } from './adapter.js';
import type { CodeDraft, CodeStepEvent } from './code-step.machine.js';
import type { ClassifiedError, ErrorDetails } from './errors.js';
import type { AdoptAdapterEffect, ClockEffect, DelayEffect, FocusEffect, RequestEffect, RunnerEvent, Transition } from './machine.types.js';

/** Where one enrollment stands; the lower-case values appear in the DOM as `data-state`. */
export const SetupStatus = {
  Loading: 'loading',
  Ready: 'ready',
  Verifying: 'verifying',
  Verified: 'verified',
  Error: 'error',
} as const;
export type SetupStatus = (typeof SetupStatus)[keyof typeof SetupStatus];

/** The adapter call that failed. */
export type SetupStep = 'associate' | 'verify';

/** Feedback of "Copy key": copied (for a moment), or refused by the browser (the key is then selected). */
export type CopyStatus = 'idle' | 'copied' | 'failed';

/** The secret on screen. */
export interface SecretOnScreen {
  /** Base32, as the authenticator app wants it. */
  secretCode: string;
  copy: CopyStatus;
}

/** What every enrollment state has. */
export interface TotpSetupStateBase {
  /** As typed (trimmed when sent); kept across failures and restarts. Once verified: the name sent. */
  friendlyDeviceName: string;
  /** The newest request asked for; a response carries it back, so a stale one is recognised. */
  requestId: number;
}

/** Why a secret is being fetched: the first mount, the user ("Try again", "Start again"), or a new adapter after a sign-in ended. */
export type LoadTrigger = 'mount' | 'user' | 'adapter';

export interface TotpSetupLoadingState extends TotpSetupStateBase {
  status: typeof SetupStatus.Loading;
  trigger: LoadTrigger;
}
export interface TotpSetupReadyState extends TotpSetupStateBase {
  status: typeof SetupStatus.Ready;
  secret: SecretOnScreen;
  draft: CodeDraft;
}
export interface TotpSetupVerifyingState extends TotpSetupStateBase {
  status: typeof SetupStatus.Verifying;
  secret: SecretOnScreen;
  draft: CodeDraft;
  /** The code a failure kept, sent again as it was (see `RequestEffect.retry`); false for any other code. */
  retry: boolean;
}
/** Keeps the device name that was verified, never the tokens: those go to `onVerified` alone. */
export interface TotpSetupVerifiedState extends TotpSetupStateBase {
  status: typeof SetupStatus.Verified;
}
export interface TotpSetupErrorState extends TotpSetupStateBase {
  status: typeof SetupStatus.Error;
  step: SetupStep;
  error: ClassifiedError;
  /** Both kept exactly when the same secret can be tried again (a retryable verify failure); else null. */
  secret: SecretOnScreen | null;
  draft: CodeDraft | null;
  /**
   * The secret could not be fetched with an adapter the app passed after an earlier failure: a further
   * new adapter is not tried on its own (an adapter created on every render would try forever).
   */
  adapterRetried: boolean;
}

export type TotpSetupState =
  | TotpSetupLoadingState
  | TotpSetupReadyState
  | TotpSetupVerifyingState
  | TotpSetupVerifiedState
  | TotpSetupErrorState;

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
  /** The name Cognito registers when the user emptied the field (the component's default device name). */
  defaultFriendlyDeviceName?: string;
}

export type TotpSetupEvent =
  | CodeStepEvent
  | RunnerEvent
  | { type: 'ASSOCIATE.SUCCEEDED'; requestId: number; secretCode: string }
  | { type: 'ASSOCIATE.FAILED'; requestId: number; error: ClassifiedError }
  | { type: 'NAME.CHANGE'; value: string }
  | { type: 'SECRET.COPY' }
  | { type: 'COPY.SUCCEEDED' }
  | { type: 'COPY.FAILED' }
  | { type: 'COPY.RESET' }
  | { type: 'RETRY' }
  | { type: 'RESTART' };

/** Where focus goes after the change is on screen: the element with this id (`createSetupIds`). */
export type SetupFocusTarget = 'title' | 'codeInput' | 'errorMessage';

export interface AssociateRequest extends RequestEffect {
  operation: 'associate';
}
export interface VerifyRequest extends RequestEffect {
  operation: 'verify';
  userCode: string;
  friendlyDeviceName: string;
}
export type SetupRequest = AssociateRequest | VerifyRequest;

/** The tokens, further challenge or library step are there when enrollment finished a sign-in (MFA_SETUP). */
export interface TotpSetupVerifiedDetails extends SignInResult {
  friendlyDeviceName: string;
}

export interface TotpSetupErrorDetails extends ErrorDetails {
  step: SetupStep;
}

/**
 * The I/O a transition asks for, as data. The runner carries out requests, focus, the clock, delays
 * and adapter changes; the hook the callbacks and the clipboard.
 */
export type TotpSetupEffect =
  | SetupRequest
  | { type: 'notify.verified'; details: TotpSetupVerifiedDetails }
  | { type: 'notify.error'; details: TotpSetupErrorDetails }
  | { type: 'notify.restart' }
  /** Put the secret on the clipboard; the answer is COPY.SUCCEEDED or COPY.FAILED. */
  | { type: 'copy'; secretCode: string }
  | FocusEffect<SetupFocusTarget>
  | ClockEffect
  | DelayEffect<TotpSetupEvent>
  | AdoptAdapterEffect;

export type TotpSetupTransition = Transition<TotpSetupState, TotpSetupEffect>;

/** @deprecated The same as `SetupStatus`, named like the other components' statuses. */
export const Status = SetupStatus;
/** @deprecated The same as `SetupStatus`. */
export type Status = SetupStatus;
