import type { SignInResult } from './adapter.js';
import { editCode, isCompleteCode, pasteCode, type CodeEdit } from './code.js';
import { ErrorKind, sessionClockExpired, type ClassifiedError } from './errors.js';
import { unchanged, type ClockEffect, type FocusEffect, type Transition } from './machine.types.js';

/**
 * The code step enrollment and sign-in share: the six-digit field, submitting it, the answer, and
 * what a failure keeps. Each component supplies its own states around it (a `CodeStepHost`).
 */

/** Why the code cannot be sent as it is: too few digits, or a paste with too many. */
export type CodeProblem = 'incomplete' | 'too-long';

/** The code being typed. */
export interface CodeDraft {
  /** Digits only, at most six. */
  code: string;
  problem: CodeProblem | null;
}

export const emptyDraft: CodeDraft = { code: '', problem: null };

export type CodeStepEvent =
  | { type: 'CODE.CHANGE'; value: string }
  | { type: 'CODE.PASTE'; value: string }
  | { type: 'VERIFY.SUBMIT' }
  | { type: 'VERIFY.SUCCEEDED'; requestId: number; result: SignInResult }
  | { type: 'VERIFY.FAILED'; requestId: number; error: ClassifiedError }
  | { type: 'SESSION.EXPIRED' };

export type CodeStepFocusTarget = 'title' | 'codeInput' | 'errorMessage';
export type CodeStepEffect = FocusEffect<CodeStepFocusTarget> | ClockEffect;

export interface CodeStepConfig {
  /** Verify as soon as an edit completes the sixth digit. */
  autoSubmit: boolean;
}

/** How a component builds its own states around the code step. */
export interface CodeStepHost<State, Effect, Config extends CodeStepConfig> {
  /** The code the user may edit now (ready, or after a failure another code can fix); else null. */
  editable(state: State): CodeDraft | null;
  /** The code whose answer the state waits for; else null. */
  verifying(state: State): CodeDraft | null;
  toReady(state: State, draft: CodeDraft): State;
  /** Waiting for this code's answer, under a new request id, with the request that asks. */
  toVerifying(state: State, draft: CodeDraft, config: Config): Transition<State, Effect>;
  /** The code was accepted: the component's outcome and its callbacks. */
  toVerified(state: State, result: SignInResult): Transition<State, Effect>;
  /** A failure, with the code kept for another try (or null), and the component's `onError`. */
  toFailed(state: State, error: ClassifiedError, draft: CodeDraft | null): Transition<State, Effect>;
  /** How the component reads a failure (sign-in reads ExpiredCodeException as a used code). */
  classify(error: ClassifiedError, config: Config): ClassifiedError;
}


function submit<S, E, C extends CodeStepConfig>(host: CodeStepHost<S, E | CodeStepEffect, C>, state: S, draft: CodeDraft, config: C): Transition<S, E | CodeStepEffect> {
  if (!isCompleteCode(draft.code)) return { state: host.toReady(state, { ...draft, problem: 'incomplete' }), effects: [] };
  const next = host.toVerifying(state, { ...draft, problem: null }, config);
  // The clock stands still while the server decides: its answer settles an expiry, not the timer.
  return { state: next.state, effects: [{ type: 'clock.stop' }, ...next.effects] };
}

function edit<S, E, C extends CodeStepConfig>(host: CodeStepHost<S, E | CodeStepEffect, C>, state: S, draft: CodeDraft, edited: CodeEdit, config: C): Transition<S, E | CodeStepEffect> {
  if (edited === null) return unchanged(state);
  if (edited === 'too-long') {
    // What was typed stays; the message says why the paste did not go in.
    return draft.problem === 'too-long' ? unchanged(state) : { state: host.toReady(state, { ...draft, problem: 'too-long' }), effects: [] };
  }
  const next: CodeDraft = { code: edited.code, problem: null };
  return config.autoSubmit && edited.completes ? submit(host, state, next, config) : { state: host.toReady(state, next), effects: [] };
}

/**
 * A failed answer, or (`byClock`) a session that ran out while the user could still type: then the
 * clock stops, and focus follows the message only if the user was working in the component.
 */
function fail<S, E, C extends CodeStepConfig>(
  host: CodeStepHost<S, E | CodeStepEffect, C>,
  state: S,
  failure: ClassifiedError,
  draft: CodeDraft | null,
  config: C,
  byClock: boolean,
): Transition<S, E | CodeStepEffect> {
  const error = host.classify(failure, config);
  const keep = error.retryable && draft !== null;
  // A refused code is useless to keep; after a network fault the same code may still work.
  const refused = error.kind === ErrorKind.WrongCode || error.kind === ErrorKind.CodeUsed;
  const failed = host.toFailed(state, error, keep ? { code: refused ? '' : draft.code, problem: null } : null);
  const effects: Array<E | CodeStepEffect> = [...failed.effects];
  if (keep) {
    effects.push({ type: 'clock.start' });
    // The user just submitted: put the cursor back for the next code.
    if (refused) effects.push({ type: 'focus', target: 'codeInput' });
  } else if (byClock) {
    effects.push({ type: 'clock.stop' }, { type: 'focus', target: 'errorMessage', ifFocusWithin: true });
  } else {
    // The field the user was in is gone; the message takes its place.
    effects.push({ type: 'focus', target: 'errorMessage' });
  }
  return { state: failed.state, effects };
}

/** The code step's events, for any component that hosts it. Stale answers are the caller's to drop. */
export function codeStepTransition<S, E, C extends CodeStepConfig>(
  host: CodeStepHost<S, E | CodeStepEffect, C>,
  state: S,
  event: CodeStepEvent,
  config: C,
): Transition<S, E | CodeStepEffect> {
  switch (event.type) {
    case 'CODE.CHANGE':
    case 'CODE.PASTE': {
      const draft = host.editable(state);
      if (draft === null) return unchanged(state);
      return edit(host, state, draft, (event.type === 'CODE.CHANGE' ? editCode : pasteCode)(draft.code, event.value), config);
    }
    case 'VERIFY.SUBMIT': {
      const draft = host.editable(state);
      return draft === null ? unchanged(state) : submit(host, state, draft, config);
    }
    case 'VERIFY.SUCCEEDED':
      return host.verifying(state) === null ? unchanged(state) : host.toVerified(state, event.result);
    case 'VERIFY.FAILED': {
      const draft = host.verifying(state);
      return draft === null ? unchanged(state) : fail(host, state, event.error, draft, config, false);
    }
    case 'SESSION.EXPIRED':
      // While a request is out the server decides; after that, only a field the user can type into expires.
      return host.editable(state) === null ? unchanged(state) : fail(host, state, sessionClockExpired, null, config, true);
    default:
      return event satisfies never;
  }
}
