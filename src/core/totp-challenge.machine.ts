import type { SignInResult } from './adapter.js';
import { codeStepTransition, emptyDraft, type CodeDraft, type CodeStepHost } from './code-step.machine.js';
import { ErrorKind, errorDetails, type ClassifiedError } from './errors.js';
import { isStaleAnswer, unchanged } from './machine.types.js';
import {
  ChallengeStatus,
  type RespondRequest,
  type TotpChallengeConfig,
  type TotpChallengeEffect,
  type TotpChallengeEvent,
  type TotpChallengeState,
  type TotpChallengeTransition,
} from './totp-challenge.types.js';

export const defaultChallengeConfig: TotpChallengeConfig = { autoSubmit: true };

/** Ready for the code: the clock runs and the field takes focus, since typing the code is all this step is for. */
export function startChallenge(requestId = 0): TotpChallengeTransition {
  return {
    state: { status: ChallengeStatus.Ready, requestId, draft: emptyDraft },
    effects: [{ type: 'clock.start' }, { type: 'focus', target: 'codeInput' }],
  };
}

/** The code the user may edit: ready, or a failure another code can fix. */
function editable(state: TotpChallengeState): CodeDraft | null {
  return state.status === ChallengeStatus.Ready || state.status === ChallengeStatus.Error ? state.draft : null;
}

export function isChallengeEditable(state: TotpChallengeState): boolean {
  return editable(state) !== null;
}

/** The code on screen: while editable, and while it is being checked. */
export function challengeDraft(state: TotpChallengeState): CodeDraft | null {
  return state.status === ChallengeStatus.Verifying ? state.draft : editable(state);
}

export function challengeRequestOf(state: TotpChallengeState): RespondRequest | null {
  return state.status === ChallengeStatus.Verifying
    ? { type: 'request', operation: 'respond', requestId: state.requestId, once: true, userCode: state.draft.code }
    : null;
}

/** Tokens, or a library's `DONE`: signed in. A further challenge or library step: not yet. */
export function isSignedIn(result: SignInResult): boolean {
  return result.nextChallenge === undefined && (result.nextStep === undefined || result.nextStep.signInStep === 'DONE');
}

/**
 * At sign-in, ExpiredCodeException means the code was used already (typically the one just spent on
 * enrolling) or is out of its window, not an expired session: the next code works. Every session
 * failure ends in a new sign-in, which only the app can start.
 */
export function classifyChallengeError(error: ClassifiedError): ClassifiedError {
  if (error.name === 'ExpiredCodeException') return { ...error, kind: ErrorKind.CodeUsed, action: 'wait', retryable: true };
  return error.action === 'restart' ? { ...error, action: 'sign-in' } : error;
}

/** The sign-in step's states around the shared code step. */
const codeStep: CodeStepHost<TotpChallengeState, TotpChallengeEffect, TotpChallengeConfig> = {
  editable,
  verifying: (state) => (state.status === ChallengeStatus.Verifying ? state.draft : null),
  toReady: ({ requestId }, draft) => ({ status: ChallengeStatus.Ready, requestId, draft }),
  toVerifying(state, draft) {
    const next: TotpChallengeState = { status: ChallengeStatus.Verifying, requestId: state.requestId + 1, draft };
    return { state: next, effects: [challengeRequestOf(next)!] };
  },
  toVerified: ({ requestId }, result) => ({
    state: { status: ChallengeStatus.Verified, requestId, furtherStep: !isSignedIn(result) },
    effects: [{ type: 'notify.signed-in', details: result }, { type: 'focus', target: 'title' }],
  }),
  toFailed: ({ requestId }, error, draft) => ({
    state: { status: ChallengeStatus.Error, requestId, error, draft },
    effects: [{ type: 'notify.error', details: errorDetails(error) }],
  }),
  classify: classifyChallengeError,
};

/** The sign-in code step as a pure function, like enrollment's `setupTransition`. */
export function challengeTransition(
  state: TotpChallengeState,
  event: TotpChallengeEvent,
  config: TotpChallengeConfig = defaultChallengeConfig,
): TotpChallengeTransition {
  if (isStaleAnswer(event, challengeRequestOf(state))) return unchanged(state);
  // A new adapter object is not a new sign-in: one made on every render carries the same session, and
  // nothing here can ask it whether that session lives (enrollment can: it fetches a key). After "sign
  // in again" the app shows the step afresh for the new sign-in (a new `key`, as <TotpSignIn> does).
  if (event.type === 'ADAPTER.CHANGE') return unchanged(state);
  return codeStepTransition(codeStep, state, event, config);
}
