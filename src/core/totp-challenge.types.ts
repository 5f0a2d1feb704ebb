import type { SignInResult } from './adapter.js';
import type { CodeDraft, CodeStepEvent } from './code-step.machine.js';
import type { ClassifiedError, ErrorDetails } from './errors.js';
import type { ClockEffect, FocusEffect, RequestEffect, RunnerEvent, Transition } from './machine.types.js';

/** Where a sign-in with a code stands; the values appear in the DOM as `data-state`. */
export const ChallengeStatus = {
  Ready: 'ready',
  Verifying: 'verifying',
  Verified: 'verified',
  Error: 'error',
} as const;
export type ChallengeStatus = (typeof ChallengeStatus)[keyof typeof ChallengeStatus];

/** What every sign-in code state has. */
export interface TotpChallengeStateBase {
  /** The newest request asked for; a response carries it back. */
  requestId: number;
}

export interface TotpChallengeReadyState extends TotpChallengeStateBase {
  status: typeof ChallengeStatus.Ready;
  draft: CodeDraft;
}
export interface TotpChallengeVerifyingState extends TotpChallengeStateBase {
  status: typeof ChallengeStatus.Verifying;
  draft: CodeDraft;
}
/** No tokens: those go to `onSignedIn` alone. */
export interface TotpChallengeVerifiedState extends TotpChallengeStateBase {
  status: typeof ChallengeStatus.Verified;
  /** Cognito (or the library) asks for a further step: the code was accepted, but the user is not signed in yet. */
  furtherStep: boolean;
}
export interface TotpChallengeErrorState extends TotpChallengeStateBase {
  status: typeof ChallengeStatus.Error;
  error: ClassifiedError;
  /** Kept while another code can be tried in the same session; null when only a new sign-in helps. */
  draft: CodeDraft | null;
}

export type TotpChallengeState = TotpChallengeReadyState | TotpChallengeVerifyingState | TotpChallengeVerifiedState | TotpChallengeErrorState;

export interface TotpChallengeConfig {
  /** Answer as soon as an edit completes the sixth digit. */
  autoSubmit: boolean;
}

export type TotpChallengeEvent = CodeStepEvent | RunnerEvent;

export interface RespondRequest extends RequestEffect {
  operation: 'respond';
  userCode: string;
}

export type TotpChallengeErrorDetails = ErrorDetails;

export type ChallengeFocusTarget = 'title' | 'codeInput' | 'errorMessage';

export type TotpChallengeEffect =
  | RespondRequest
  | { type: 'notify.signed-in'; details: SignInResult }
  | { type: 'notify.error'; details: TotpChallengeErrorDetails }
  | FocusEffect<ChallengeFocusTarget>
  | ClockEffect;

export type TotpChallengeTransition = Transition<TotpChallengeState, TotpChallengeEffect>;
