import type { MfaState } from './adapter.js';
import { ErrorKind, errorDetails, type ClassifiedError } from './errors.js';
import { isStaleAnswer, unchanged } from './machine.types.js';
import { SetupStatus } from './totp-setup.types.js';
import {
  SettingsStatus,
  type SettingsNotice,
  type SettingsRequest,
  type SettingsStep,
  type TotpSettingsEffect,
  type TotpSettingsErrorState,
  type TotpSettingsEvent,
  type TotpSettingsState,
  type TotpSettingsTransition,
} from './totp-settings.types.js';

export function settingsRequestOf(state: TotpSettingsState): SettingsRequest | null {
  if (state.status === SettingsStatus.Loading) return { type: 'request', operation: 'load', requestId: state.requestId, once: false };
  // A change the server makes: its answer is kept for a hidden panel rather than asked for twice.
  return state.status === SettingsStatus.TurningOff ? { type: 'request', operation: 'turn-off', requestId: state.requestId, once: true } : null;
}

/** A state that waits for an answer, with the request that brings it. */
const asking = (state: TotpSettingsState, effects: TotpSettingsEffect[] = []): TotpSettingsTransition => ({ state, effects: [...effects, settingsRequestOf(state)!] });

const load = (state: TotpSettingsState, notice: SettingsNotice | null, byAdapter = false): TotpSettingsTransition =>
  asking({ status: SettingsStatus.Loading, requestId: state.requestId + 1, notice, byAdapter }, byAdapter ? [{ type: 'adapter.adopt' }] : []);

/** Reading what is stored. */
export function startSettings(): TotpSettingsTransition {
  return asking({ status: SettingsStatus.Loading, requestId: 1, notice: null, byAdapter: false });
}

/**
 * Turning the authenticator off can be refused where the user pool requires MFA and it is the user's
 * only factor (InvalidParameterException): nothing the user can retry, so it gets its own kind.
 */
export function classifySettingsError(error: ClassifiedError, step: SettingsStep): ClassifiedError {
  return step === 'turn-off' && error.name === 'InvalidParameterException'
    ? { ...error, kind: ErrorKind.MfaRequired, action: 'none', retryable: false }
    : error;
}

/** Whether "Try again" would read the state again. */
export function canRetrySettings(state: TotpSettingsState): state is TotpSettingsErrorState {
  return state.status === SettingsStatus.Error && state.error.retryable;
}

/** Whether "Cancel" leaves what is open (a question, or the wizard while it is not checking a code). */
export function canCancelSettings(state: TotpSettingsState): boolean {
  if (state.status === SettingsStatus.Enrolling) return !state.busy;
  return state.status === SettingsStatus.ConfirmReplace || state.status === SettingsStatus.ConfirmTurnOff;
}

/** The wizard in place of the panel's buttons; focus goes to its heading, as the button that opened it is gone. */
const enrolling = ({ requestId, mfa }: { requestId: number; mfa: MfaState }, replacing: boolean): TotpSettingsTransition => ({
  state: { status: SettingsStatus.Enrolling, requestId, mfa, replacing, busy: false },
  effects: [{ type: 'focus', target: 'wizardTitle' }],
});

const notifyError = (error: ClassifiedError, step: SettingsStep): TotpSettingsEffect => ({ type: 'notify.error', details: { ...errorDetails(error), step } });

/** Back to the panel, on or off as `mfa` says. */
function panel(
  state: TotpSettingsState,
  mfa: MfaState,
  effects: TotpSettingsEffect[] = [],
  error: ClassifiedError | null = null,
  notice: SettingsNotice | null = null,
): TotpSettingsTransition {
  return { state: { status: mfa.totpEnabled ? SettingsStatus.On : SettingsStatus.Off, requestId: state.requestId, mfa, notice, error }, effects };
}

/** Only new credentials help: a read that said "sign in again", or a turn-off that did. */
function needsNewAdapter(state: TotpSettingsState): boolean {
  if (state.status === SettingsStatus.Error) return state.error.action === 'sign-in' && !state.adapterRetried;
  return (state.status === SettingsStatus.On || state.status === SettingsStatus.Off) && state.error?.action === 'sign-in';
}

/** The settings panel as a pure function, like the other components' machines. */
export function settingsTransition(state: TotpSettingsState, event: TotpSettingsEvent): TotpSettingsTransition {
  if (isStaleAnswer(event, settingsRequestOf(state))) return unchanged(state);
  const mfa = 'mfa' in state ? state.mfa : null;
  switch (event.type) {
    case 'LOAD.SUCCEEDED': {
      const notice = state.status === SettingsStatus.Loading ? state.notice : null;
      // After a change, the app hears the new state, and focus leaves the wizard that is gone.
      const effects: TotpSettingsEffect[] = notice ? [{ type: 'notify.change', mfa: event.mfa }, { type: 'focus', target: 'title' }] : [];
      return panel(state, event.mfa, effects, null, notice);
    }
    case 'LOAD.FAILED':
      if (state.status !== SettingsStatus.Loading) return unchanged(state);
      return {
        state: { status: SettingsStatus.Error, requestId: state.requestId, error: event.error, notice: state.notice, adapterRetried: state.byAdapter },
        effects: [notifyError(event.error, 'load')],
      };
    case 'RETRY':
      // The change being confirmed stays pending, so `onChange` still hears of it.
      return canRetrySettings(state) ? load(state, state.notice) : unchanged(state);
    case 'SET_UP':
      return state.status === SettingsStatus.Off ? enrolling(state, false) : unchanged(state);
    case 'REPLACE':
    case 'TURN_OFF':
      if (state.status !== SettingsStatus.On) return unchanged(state);
      return {
        state: { status: event.type === 'REPLACE' ? SettingsStatus.ConfirmReplace : SettingsStatus.ConfirmTurnOff, requestId: state.requestId, mfa: state.mfa },
        effects: [{ type: 'focus', target: 'confirm' }],
      };
    case 'CONFIRM':
      if (state.status === SettingsStatus.ConfirmReplace) return enrolling(state, true);
      return state.status === SettingsStatus.ConfirmTurnOff
        ? asking({ status: SettingsStatus.TurningOff, requestId: state.requestId + 1, mfa: state.mfa })
        : unchanged(state);
    case 'CANCEL': {
      if (!canCancelSettings(state)) return unchanged(state);
      // Back to the button that opened what was cancelled.
      const target = state.status === SettingsStatus.ConfirmTurnOff ? 'turnOff' : mfa!.totpEnabled ? 'replace' : 'setUp';
      return panel(state, mfa!, [{ type: 'focus', target }]);
    }
    case 'ENROLLMENT.STATUS': {
      if (state.status !== SettingsStatus.Enrolling) return unchanged(state);
      const busy = event.status === SetupStatus.Verifying;
      return busy === state.busy ? unchanged(state) : { state: { ...state, busy }, effects: [] };
    }
    case 'ENROLLMENT.VERIFIED':
      return state.status === SettingsStatus.Enrolling ? load(state, state.replacing ? 'replaced' : 'added') : unchanged(state);
    case 'TURN_OFF.SUCCEEDED': {
      const off: MfaState = { totpEnabled: false, totpPreferred: false };
      return panel(state, off, [{ type: 'notify.change', mfa: off }, { type: 'focus', target: 'title' }], null, 'turned-off');
    }
    case 'TURN_OFF.FAILED': {
      const error = classifySettingsError(event.error, 'turn-off');
      return panel(state, mfa!, [notifyError(error, 'turn-off'), { type: 'focus', target: 'errorMessage' }], error);
    }
    case 'ADAPTER.CHANGE':
      return needsNewAdapter(state) ? load(state, state.status === SettingsStatus.Error ? state.notice : null, true) : unchanged(state);
    case 'SESSION.EXPIRED':
      // A signed-in user's panel has no session clock.
      return unchanged(state);
    default:
      return event satisfies never;
  }
}
