import type { MfaState } from './adapter.js';
import {
  SettingsStatus,
  type SettingsNotice,
  type SettingsRequest,
  type SettingsStep,
  type TotpSettingsEffect,
  type TotpSettingsEvent,
  type TotpSettingsState,
  type TotpSettingsTransition,
} from './totp-settings.types.js';
import { ErrorKind, type ClassifiedError } from './totp-setup.types.js';

export function createSettingsState(): TotpSettingsState {
  return { status: SettingsStatus.Loading, requestId: 1, notice: null };
}

export function settingsRequestOf(state: TotpSettingsState): SettingsRequest | null {
  if (state.status === SettingsStatus.Loading) return { type: 'load', requestId: state.requestId };
  return state.status === SettingsStatus.TurningOff ? { type: 'turn-off', requestId: state.requestId } : null;
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

const unchanged = (state: TotpSettingsState): TotpSettingsTransition => ({ state, effects: [] });

/** A state that waits for an answer, with the request that brings it. */
const asking = (state: TotpSettingsState): TotpSettingsTransition => ({ state, effects: [settingsRequestOf(state)!] });

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

/** The settings panel as a pure function, like the other components' machines. */
export function settingsTransition(state: TotpSettingsState, event: TotpSettingsEvent): TotpSettingsTransition {
  if ('requestId' in event && settingsRequestOf(state)?.requestId !== event.requestId) return unchanged(state);
  const mfa = 'mfa' in state ? state.mfa : null;
  switch (event.type) {
    case 'LOAD.SUCCEEDED': {
      const notice = state.status === SettingsStatus.Loading ? state.notice : null;
      // After a change, the app hears the new state, and focus leaves the wizard that is gone.
      const effects: TotpSettingsEffect[] = notice ? [{ type: 'notify.change', mfa: event.mfa }, { type: 'focus', target: 'title' }] : [];
      return panel(state, event.mfa, effects, null, notice);
    }
    case 'LOAD.FAILED':
      return {
        state: { status: SettingsStatus.Error, requestId: state.requestId, error: event.error },
        effects: [{ type: 'notify.error', details: { kind: event.error.kind, action: event.error.action, step: 'load', error: event.error } }],
      };
    case 'RETRY':
      return state.status === SettingsStatus.Error ? asking({ status: SettingsStatus.Loading, requestId: state.requestId + 1, notice: null }) : unchanged(state);
    case 'SET_UP':
      return state.status === SettingsStatus.Off ? { state: { status: SettingsStatus.Enrolling, requestId: state.requestId, mfa: state.mfa, replacing: false }, effects: [] } : unchanged(state);
    case 'REPLACE':
    case 'TURN_OFF':
      if (state.status !== SettingsStatus.On) return unchanged(state);
      return {
        state: { status: event.type === 'REPLACE' ? SettingsStatus.ConfirmReplace : SettingsStatus.ConfirmTurnOff, requestId: state.requestId, mfa: state.mfa },
        effects: [{ type: 'focus', target: 'confirm' }],
      };
    case 'CONFIRM':
      if (state.status === SettingsStatus.ConfirmReplace) {
        return { state: { status: SettingsStatus.Enrolling, requestId: state.requestId, mfa: state.mfa, replacing: true }, effects: [] };
      }
      return state.status === SettingsStatus.ConfirmTurnOff
        ? asking({ status: SettingsStatus.TurningOff, requestId: state.requestId + 1, mfa: state.mfa })
        : unchanged(state);
    case 'CANCEL': {
      if (mfa === null || (state.status !== SettingsStatus.ConfirmReplace && state.status !== SettingsStatus.ConfirmTurnOff && state.status !== SettingsStatus.Enrolling)) {
        return unchanged(state);
      }
      // Back to the button that opened what was cancelled.
      const target = state.status === SettingsStatus.ConfirmTurnOff ? 'turnOff' : mfa.totpEnabled ? 'replace' : 'setUp';
      return panel(state, mfa, [{ type: 'focus', target }]);
    }
    case 'ENROLLED':
      return state.status === SettingsStatus.Enrolling
        ? asking({ status: SettingsStatus.Loading, requestId: state.requestId + 1, notice: state.replacing ? 'replaced' : 'added' })
        : unchanged(state);
    case 'TURN_OFF.SUCCEEDED': {
      const off: MfaState = { totpEnabled: false, totpPreferred: false };
      return panel(state, off, [{ type: 'notify.change', mfa: off }, { type: 'focus', target: 'title' }], null, 'turned-off');
    }
    case 'TURN_OFF.FAILED': {
      const error = classifySettingsError(event.error, 'turn-off');
      return panel(state, mfa!, [
        { type: 'notify.error', details: { kind: error.kind, action: error.action, step: 'turn-off', error } },
        { type: 'focus', target: 'errorMessage' },
      ], error);
    }
    default:
      return event satisfies never;
  }
}
