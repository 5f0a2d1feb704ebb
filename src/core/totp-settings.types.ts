import type { MfaState } from './adapter.js';
import type { ClassifiedError, ErrorDetails } from './errors.js';
import type { AdoptAdapterEffect, FocusEffect, RequestEffect, RunnerEvent, Transition } from './machine.types.js';
import type { SetupStatus, SetupStep } from './totp-setup.types.js';

/** Where the settings panel stands; the values appear in the DOM as `data-state`. */
export const SettingsStatus = {
  Loading: 'loading',
  /** The MFA state could not be read. */
  Error: 'error',
  Off: 'off',
  On: 'on',
  ConfirmReplace: 'confirm-replace',
  ConfirmTurnOff: 'confirm-turn-off',
  TurningOff: 'turning-off',
  /** The enrollment wizard is open, for a first authenticator or a replacement. */
  Enrolling: 'enrolling',
} as const;
export type SettingsStatus = (typeof SettingsStatus)[keyof typeof SettingsStatus];

/** What the panel just did, announced once in its status region. */
export type SettingsNotice = 'added' | 'replaced' | 'turned-off';

/** The operation that failed: the panel's own, or the enrollment wizard's it opened. */
export type SettingsStep = 'load' | 'turn-off' | SetupStep;

/** What every settings state has. */
export interface TotpSettingsStateBase {
  requestId: number;
}

/**
 * Reading what is stored. `notice`: the change just made, announced (and told to `onChange`) once the
 * read confirms it, even when the read needed another try.
 */
export interface TotpSettingsLoadingState extends TotpSettingsStateBase {
  status: typeof SettingsStatus.Loading;
  notice: SettingsNotice | null;
  /** A new adapter after a failed read asked for this one (see `adapterRetried`). */
  byAdapter: boolean;
}
export interface TotpSettingsErrorState extends TotpSettingsStateBase {
  status: typeof SettingsStatus.Error;
  error: ClassifiedError;
  notice: SettingsNotice | null;
  /** The read failed again with an adapter the app passed after the first failure: the next new one is not tried on its own. */
  adapterRetried: boolean;
}
export interface TotpSettingsPanelState extends TotpSettingsStateBase {
  status: typeof SettingsStatus.Off | typeof SettingsStatus.On;
  /** What is stored, as last read. */
  mfa: MfaState;
  notice: SettingsNotice | null;
  /** Turning off failed; the panel stays as it was. */
  error: ClassifiedError | null;
}
export interface TotpSettingsConfirmState extends TotpSettingsStateBase {
  status: typeof SettingsStatus.ConfirmReplace | typeof SettingsStatus.ConfirmTurnOff | typeof SettingsStatus.TurningOff;
  mfa: MfaState;
}
export interface TotpSettingsEnrollingState extends TotpSettingsStateBase {
  status: typeof SettingsStatus.Enrolling;
  mfa: MfaState;
  replacing: boolean;
  /** The wizard is checking a code: leaving now could lose Cognito's answer, so "Cancel" waits. */
  busy: boolean;
}

export type TotpSettingsState =
  | TotpSettingsLoadingState
  | TotpSettingsErrorState
  | TotpSettingsPanelState
  | TotpSettingsConfirmState
  | TotpSettingsEnrollingState;

export type TotpSettingsEvent =
  | RunnerEvent
  | { type: 'LOAD.SUCCEEDED'; requestId: number; mfa: MfaState }
  | { type: 'LOAD.FAILED'; requestId: number; error: ClassifiedError }
  | { type: 'TURN_OFF.SUCCEEDED'; requestId: number }
  | { type: 'TURN_OFF.FAILED'; requestId: number; error: ClassifiedError }
  | { type: 'RETRY' }
  | { type: 'SET_UP' }
  | { type: 'REPLACE' }
  | { type: 'TURN_OFF' }
  | { type: 'CONFIRM' }
  | { type: 'CANCEL' }
  /** The enrollment wizard the panel opened moved on (`onStatusChange`). */
  | { type: 'ENROLLMENT.STATUS'; status: SetupStatus }
  /** The enrollment wizard verified a new authenticator. */
  | { type: 'ENROLLMENT.VERIFIED' };

export interface SettingsRequest extends RequestEffect {
  operation: 'load' | 'turn-off';
}

export type SettingsFocusTarget = 'title' | 'setUp' | 'replace' | 'turnOff' | 'confirm' | 'errorMessage' | 'wizardTitle';

/** As the other components report a failure, with the step that failed. */
export interface TotpSettingsErrorDetails extends ErrorDetails {
  step: SettingsStep;
}

export type TotpSettingsEffect =
  | SettingsRequest
  | { type: 'notify.change'; mfa: MfaState }
  | { type: 'notify.error'; details: TotpSettingsErrorDetails }
  | FocusEffect<SettingsFocusTarget>
  | AdoptAdapterEffect;

export type TotpSettingsTransition = Transition<TotpSettingsState, TotpSettingsEffect>;
