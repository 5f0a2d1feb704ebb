import type { VerifySoftwareTokenResult } from './adapter.js';
import { editCode, isCompleteCode, normalizeDeviceName } from './code.js';
import { classifyError, createNamedError, sessionClockExpired } from './errors.js';
import { isBase32Secret, normalizeSecret } from './otpauth-uri.js';
import {
  ErrorKind,
  Status,
  type ClassifiedError,
  type Draft,
  type ErrorState,
  type Step,
  type TotpSetupConfig,
  type TotpSetupEffect,
  type TotpSetupEvent,
  type TotpSetupState,
  type Transition,
  type VerifyEffect,
  type AssociateEffect,
} from './totp-setup.types.js';

export interface InitialStateOptions {
  defaultFriendlyDeviceName?: string;
}

export const defaultConfig: TotpSetupConfig = { autoSubmit: true, restart: 'new-secret' };

/** Loading the first secret: the host starts the request `requestOf` names. */
export function createInitialState({ defaultFriendlyDeviceName = '' }: InitialStateOptions = {}): TotpSetupState {
  return { status: Status.Loading, friendlyDeviceName: defaultFriendlyDeviceName, requestId: 1, byUser: false };
}

/** The work in progress the user may edit: ready, or a failed verify that can be tried again. */
export function editableDraft(state: TotpSetupState): Draft | null {
  if (state.status === Status.Ready) return state.draft;
  if (state.status === Status.Error) return state.draft;
  return null;
}

/** The secret and code on screen: while editable, and while they are being verified. */
export function shownDraft(state: TotpSetupState): Draft | null {
  return state.status === Status.Verifying ? state.draft : editableDraft(state);
}

export function isEditable(state: TotpSetupState): boolean {
  return editableDraft(state) !== null;
}

/** Whether "Verify" would send a request now. */
export function canSubmit(state: TotpSetupState): boolean {
  const draft = editableDraft(state);
  return draft !== null && isCompleteCode(draft.code);
}

/** Only a failed associate has a separate "Try again": a failed verify is retried by "Verify" itself. */
export function canRetry(state: TotpSetupState): boolean {
  return state.status === Status.Error && state.step === 'associate' && state.error.retryable;
}

export function isRequesting(state: TotpSetupState): boolean {
  return state.status === Status.Loading || state.status === Status.Verifying;
}

/**
 * The request the state is waiting for, if any. The host keeps exactly this one in flight, and starts
 * it afresh when the one it had was aborted (StrictMode, `<Activity>`, a remount).
 */
export function requestOf(state: TotpSetupState): AssociateEffect | VerifyEffect | null {
  if (state.status === Status.Loading) return { type: 'associate', requestId: state.requestId };
  if (state.status === Status.Verifying) {
    return { type: 'verify', requestId: state.requestId, userCode: state.draft.code, friendlyDeviceName: state.friendlyDeviceName };
  }
  return null;
}

const unchanged = (state: TotpSetupState): Transition => ({ state, effects: [] });

/** Ready with this draft: the user can edit, submit, copy. */
const ready = (state: TotpSetupState, draft: Draft): TotpSetupState => ({
  status: Status.Ready,
  friendlyDeviceName: state.friendlyDeviceName,
  requestId: state.requestId,
  draft,
});

function load(state: TotpSetupState, byUser: boolean): Transition {
  const next: TotpSetupState = { status: Status.Loading, friendlyDeviceName: state.friendlyDeviceName, requestId: state.requestId + 1, byUser };
  return { state: next, effects: [{ type: 'clock.stop' }, requestOf(next)!] };
}

function submit(state: TotpSetupState, draft: Draft): Transition {
  if (!isCompleteCode(draft.code)) {
    return { state: ready(state, { ...draft, codeInvalid: true }), effects: [] };
  }
  const next: TotpSetupState = {
    status: Status.Verifying,
    friendlyDeviceName: normalizeDeviceName(state.friendlyDeviceName),
    requestId: state.requestId + 1,
    draft: { ...draft, codeInvalid: false },
  };
  // The clock stops while the server decides: its answer settles an expiry, not the timer.
  return { state: next, effects: [{ type: 'clock.stop' }, requestOf(next)!] };
}

/** An expired session is only restartable where something can restart it. */
function withAction(error: ClassifiedError, config: TotpSetupConfig): ClassifiedError {
  return error.action === 'restart' && config.restart === 'sign-in' ? { ...error, action: 'sign-in' } : error;
}

function fail(state: TotpSetupState, step: Step, classified: ClassifiedError, config: TotpSetupConfig, byUser: boolean, draft: Draft | null): Transition {
  const error = withAction(classified, config);
  const keep = step === 'verify' && error.retryable && draft !== null;
  const next: ErrorState = {
    status: Status.Error,
    friendlyDeviceName: state.friendlyDeviceName,
    requestId: state.requestId,
    step,
    error,
    // A wrong code is useless to keep; anything else (a network fault) keeps what was typed.
    draft: keep ? { ...draft, code: error.kind === ErrorKind.WrongCode ? '' : draft.code, codeInvalid: false } : null,
  };
  const effects: TotpSetupEffect[] = [{ type: 'notify.error', details: { kind: error.kind, action: error.action, step, error } }];
  if (keep) {
    effects.push({ type: 'clock.start' });
    // The user just submitted: put the cursor back for the next code.
    if (error.kind === ErrorKind.WrongCode) effects.push({ type: 'focus', target: 'codeInput' });
  } else if (byUser) {
    // The control the user pressed is gone; the message takes its place.
    effects.push({ type: 'focus', target: 'errorMessage' });
  }
  return { state: next, effects };
}

function invalidSecretError(): ClassifiedError {
  // The message names no value: whatever came back may be a real secret.
  return classifyError(createNamedError('InvalidSecretError', 'The backend returned a secret that is not Base32'));
}

function wrongCodeStatusError(): ClassifiedError {
  // Cognito's documented answer to a wrong code, besides the exceptions.
  return classifyError(createNamedError('CodeMismatchException', 'VerifySoftwareToken returned ERROR'));
}

/** The event for a verify answer: Status ERROR is a wrong code. */
export function verifyResultEvent(requestId: number, result: VerifySoftwareTokenResult): TotpSetupEvent {
  if (result.status !== 'SUCCESS') return { type: 'VERIFY.FAILED', requestId, error: wrongCodeStatusError() };
  const { status, ...signIn } = result;
  return { type: 'VERIFY.SUCCEEDED', requestId, result: signIn };
}

function changeCode(state: TotpSetupState, draft: Draft, value: string, config: TotpSetupConfig): Transition {
  const edit = editCode(draft.code, value);
  if (edit === null) return unchanged(state);
  const edited: Draft = { ...draft, code: edit.code, codeInvalid: false };
  return config.autoSubmit && edit.completes ? submit(state, edited) : { state: ready(state, edited), effects: [] };
}

/**
 * The whole enrollment as a pure function: the next state and the effects to run, no I/O, no timers.
 * Responses carry the `requestId` they answer; any other is stale and changes nothing.
 */
export function transition(state: TotpSetupState, event: TotpSetupEvent, config: TotpSetupConfig = defaultConfig): Transition {
  // Each request has its own id, so an answer for anything but the one awaited is stale.
  if ('requestId' in event && requestOf(state)?.requestId !== event.requestId) return unchanged(state);
  switch (event.type) {
    case 'ASSOCIATE.SUCCEEDED': {
      if (state.status !== Status.Loading) return unchanged(state);
      if (typeof event.secretCode !== 'string' || !isBase32Secret(event.secretCode)) {
        return fail(state, 'associate', invalidSecretError(), config, state.byUser, null);
      }
      const draft: Draft = { secretCode: normalizeSecret(event.secretCode), code: '', codeInvalid: false };
      const effects: TotpSetupEffect[] = [{ type: 'clock.start' }];
      // After "Start again" the new key is the news; a first load takes no focus.
      if (state.byUser) effects.push({ type: 'focus', target: 'title' });
      return { state: ready(state, draft), effects };
    }

    case 'ASSOCIATE.FAILED':
      if (state.status !== Status.Loading) return unchanged(state);
      return fail(state, 'associate', event.error, config, state.byUser, null);

    case 'CODE.CHANGE': {
      const draft = editableDraft(state);
      return draft === null ? unchanged(state) : changeCode(state, draft, event.value, config);
    }

    case 'NAME.CHANGE': {
      const draft = editableDraft(state);
      if (draft === null) return unchanged(state);
      return { state: { ...state, friendlyDeviceName: event.value }, effects: [] };
    }

    case 'VERIFY.SUBMIT':
    case 'RETRY': {
      if (event.type === 'RETRY' && state.status !== Status.Error) return unchanged(state);
      if (canRetry(state)) return load(state, true);
      const draft = editableDraft(state);
      return draft === null ? unchanged(state) : submit(state, draft);
    }

    case 'VERIFY.SUCCEEDED': {
      if (state.status !== Status.Verifying) return unchanged(state);
      const { friendlyDeviceName } = state;
      return {
        // Nothing needs the secret once the app holds it; dropping it removes it from the DOM.
        state: { status: Status.Verified, friendlyDeviceName, requestId: state.requestId },
        effects: [
          {
            type: 'notify.verified',
            details: { friendlyDeviceName, ...event.result },
          },
          { type: 'focus', target: 'title' },
        ],
      };
    }

    case 'VERIFY.FAILED':
      if (state.status !== Status.Verifying) return unchanged(state);
      return fail(state, 'verify', event.error, config, true, state.draft);

    case 'SESSION.EXPIRED': {
      // While a request is out the server decides; after that, only a secret still on screen can expire.
      if (!isEditable(state)) return unchanged(state);
      const expired = fail(state, 'verify', sessionClockExpired, config, false, null);
      // The field the user may be typing in disappears: the message takes its place, if they were there.
      expired.effects.push({ type: 'clock.stop' }, { type: 'focus', target: 'errorMessage', ifFocusWithin: true });
      return expired;
    }

    case 'RESTART':
      if (config.restart === 'app') return { state, effects: [{ type: 'notify.restart' }] };
      return load(state, true);

    default:
      return event satisfies never;
  }
}
