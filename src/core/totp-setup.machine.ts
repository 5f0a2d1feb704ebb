import { isCompleteCode, normalizeCode, normalizeDeviceName } from './code.js';
import { sessionClockExpired } from './errors.js';
import { ErrorKind, Status, type TotpSetupEvent, type TotpSetupState } from './totp-setup.types.js';

export interface InitialStateOptions {
  defaultFriendlyDeviceName?: string;
}

export function createInitialState({ defaultFriendlyDeviceName = '' }: InitialStateOptions = {}): TotpSetupState {
  return {
    status: Status.Loading,
    secretCode: null,
    code: '',
    friendlyDeviceName: defaultFriendlyDeviceName,
    codeInvalid: false,
    error: null,
    failedStep: null,
    requestId: 1,
    verified: null,
  };
}

/** The secret is on screen and the user may edit the fields. */
export function isEditable(state: TotpSetupState): boolean {
  return state.status === Status.Ready || (state.status === Status.Error && canRetry(state));
}

export function canSubmit(state: TotpSetupState): boolean {
  return state.status === Status.Ready && state.secretCode !== null && isCompleteCode(state.code);
}

/** A failed verify the user can try again with the same secret. */
export function canRetry(state: TotpSetupState): boolean {
  return state.status === Status.Error && state.error !== null && state.error.retryable;
}

/** True while an adapter call is wanted; `requestId` tells which one. */
export function isRequesting(state: TotpSetupState): boolean {
  return state.status === Status.Loading || state.status === Status.Verifying;
}

function restart(state: TotpSetupState): TotpSetupState {
  return {
    ...state,
    status: Status.Loading,
    secretCode: null,
    code: '',
    codeInvalid: false,
    error: null,
    failedStep: null,
    requestId: state.requestId + 1,
    verified: null,
  };
}

function backToReady(state: TotpSetupState, code: string): TotpSetupState {
  return { ...state, status: Status.Ready, code, codeInvalid: false, error: null, failedStep: null };
}

/** The whole enrollment as a pure function: no I/O, no timers. Effects live in the hook. */
export function transition(state: TotpSetupState, event: TotpSetupEvent): TotpSetupState {
  switch (event.type) {
    case 'ASSOCIATE.SUCCEEDED':
      if (state.status !== Status.Loading) return state;
      return { ...state, status: Status.Ready, secretCode: event.secretCode };

    case 'ASSOCIATE.FAILED':
      if (state.status !== Status.Loading) return state;
      return { ...state, status: Status.Error, error: event.error, failedStep: 'associate' };

    case 'CODE.CHANGE': {
      if (!isEditable(state)) return state;
      const code = normalizeCode(event.value);
      // Typing a new code after a failed verify is the retry.
      if (state.status === Status.Error) {
        return state.failedStep === 'verify' ? backToReady(state, code) : state;
      }
      return { ...state, code, codeInvalid: false };
    }

    case 'NAME.CHANGE':
      if (!isEditable(state) || state.secretCode === null) return state;
      return { ...state, friendlyDeviceName: event.value };

    case 'VERIFY.SUBMIT':
      if (state.status !== Status.Ready) return state;
      if (!canSubmit(state)) return { ...state, codeInvalid: true };
      return {
        ...state,
        status: Status.Verifying,
        friendlyDeviceName: normalizeDeviceName(state.friendlyDeviceName),
        codeInvalid: false,
        requestId: state.requestId + 1,
      };

    case 'VERIFY.SUCCEEDED':
      if (state.status !== Status.Verifying) return state;
      return {
        ...state,
        status: Status.Verified,
        // Nothing needs the secret once the app holds it; dropping it removes it from the DOM.
        secretCode: null,
        code: '',
        verified: {
          friendlyDeviceName: state.friendlyDeviceName,
          ...(event.authenticationResult && { authenticationResult: event.authenticationResult }),
          ...(event.nextChallenge && { nextChallenge: event.nextChallenge }),
        },
      };

    case 'VERIFY.FAILED':
      if (state.status !== Status.Verifying) return state;
      return {
        ...state,
        status: Status.Error,
        error: event.error,
        failedStep: 'verify',
        // A wrong code is useless to keep; anything else (a network fault) keeps what was typed.
        code: event.error.kind === ErrorKind.WrongCode ? '' : state.code,
      };

    case 'SESSION.EXPIRED':
      // Also over a wrong-code error: retrying in place is pointless once the session is gone.
      if (state.status === Status.Verified || state.error?.kind === ErrorKind.SessionExpired) return state;
      return {
        ...state,
        status: Status.Error,
        error: sessionClockExpired,
        failedStep: state.status === Status.Loading ? 'associate' : 'verify',
        code: '',
        // The secret belongs to a session that is gone; nobody should scan it now.
        secretCode: null,
      };

    case 'RETRY':
      if (!canRetry(state)) return state;
      return state.failedStep === 'associate' ? restart(state) : backToReady(state, state.code);

    case 'RESTART':
      return restart(state);

    default:
      return event satisfies never;
  }
}
