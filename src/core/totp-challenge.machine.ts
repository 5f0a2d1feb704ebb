import { editCode, isCompleteCode } from './code.js';
import { sessionClockExpired } from './errors.js';
import {
  ChallengeStatus,
  type ChallengeDraft,
  type RespondEffect,
  type TotpChallengeEffect,
  type TotpChallengeEvent,
  type TotpChallengeState,
  type TotpChallengeTransition,
} from './totp-challenge.types.js';
import { ErrorKind, type ClassifiedError } from './totp-setup.types.js';

export interface TotpChallengeConfig {
  /** Answer as soon as an edit completes the sixth digit. */
  autoSubmit: boolean;
}

const emptyDraft: ChallengeDraft = { code: '', codeInvalid: false };

export function createChallengeState(): TotpChallengeState {
  return { status: ChallengeStatus.Ready, requestId: 0, draft: emptyDraft };
}

/** The code the user may edit: ready, or a failure another code can fix. */
export function challengeDraft(state: TotpChallengeState): ChallengeDraft | null {
  return state.status === ChallengeStatus.Ready || state.status === ChallengeStatus.Error ? state.draft : null;
}

export function challengeRequestOf(state: TotpChallengeState): RespondEffect | null {
  return state.status === ChallengeStatus.Verifying ? { type: 'respond', requestId: state.requestId, userCode: state.draft.code } : null;
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

const unchanged = (state: TotpChallengeState): TotpChallengeTransition => ({ state, effects: [] });

function submit(state: TotpChallengeState, draft: ChallengeDraft): TotpChallengeTransition {
  if (!isCompleteCode(draft.code)) {
    return { state: { status: ChallengeStatus.Ready, requestId: state.requestId, draft: { ...draft, codeInvalid: true } }, effects: [] };
  }
  const next: TotpChallengeState = { status: ChallengeStatus.Verifying, requestId: state.requestId + 1, draft: { ...draft, codeInvalid: false } };
  // The clock stands still while the server decides.
  return { state: next, effects: [{ type: 'clock.stop' }, challengeRequestOf(next)!] };
}

/**
 * A failed answer, or (`byClock`) a session that ran out while the user could still type: then the
 * clock stops, and focus follows the message only if the user was working in the code step.
 */
function fail(state: TotpChallengeState, error: ClassifiedError, draft: ChallengeDraft | null, byClock = false): TotpChallengeTransition {
  const keep = error.retryable && draft !== null;
  // A refused code is useless to keep; after a network fault the same code may still work.
  const codeRefused = error.kind === ErrorKind.WrongCode || error.kind === ErrorKind.CodeUsed;
  const effects: TotpChallengeEffect[] = [{ type: 'notify.error', details: { kind: error.kind, action: error.action, error } }];
  if (keep) {
    effects.push({ type: 'clock.start' });
    if (codeRefused) effects.push({ type: 'focus', target: 'codeInput' });
  } else if (byClock) {
    effects.push({ type: 'clock.stop' }, { type: 'focus', target: 'errorMessage', ifFocusWithin: true });
  } else {
    effects.push({ type: 'focus', target: 'errorMessage' });
  }
  return {
    state: { status: ChallengeStatus.Error, requestId: state.requestId, error, draft: keep ? { code: codeRefused ? '' : draft.code, codeInvalid: false } : null },
    effects,
  };
}

/** The sign-in code step as a pure function, like the enrollment's `transition`. */
export function challengeTransition(
  state: TotpChallengeState,
  event: TotpChallengeEvent,
  config: TotpChallengeConfig = { autoSubmit: true },
): TotpChallengeTransition {
  if ('requestId' in event && challengeRequestOf(state)?.requestId !== event.requestId) return unchanged(state);
  switch (event.type) {
    case 'CODE.CHANGE': {
      const draft = challengeDraft(state);
      const edit = draft && editCode(draft.code, event.value);
      if (!edit) return unchanged(state);
      const edited: ChallengeDraft = { code: edit.code, codeInvalid: false };
      if (config.autoSubmit && edit.completes) return submit(state, edited);
      return { state: { status: ChallengeStatus.Ready, requestId: state.requestId, draft: edited }, effects: [] };
    }

    case 'VERIFY.SUBMIT': {
      const draft = challengeDraft(state);
      return draft === null ? unchanged(state) : submit(state, draft);
    }

    case 'RESPOND.SUCCEEDED':
      return {
        state: { status: ChallengeStatus.Verified, requestId: state.requestId },
        effects: [
          {
            type: 'notify.signed-in',
            details: event.result,
          },
          { type: 'focus', target: 'title' },
        ],
      };

    case 'RESPOND.FAILED':
      return fail(state, classifyChallengeError(event.error), state.status === ChallengeStatus.Verifying ? state.draft : null);

    case 'SESSION.EXPIRED':
      return challengeDraft(state) === null ? unchanged(state) : fail(state, classifyChallengeError(sessionClockExpired), null, true);

    default:
      return event satisfies never;
  }
}
