import type { MfaState } from './adapter.js';
import type { ChallengeErrorDetails } from './totp-challenge.types.js';
import type { ClassifiedError, Step } from './totp-setup.types.js';

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
export type SettingsStep = 'load' | 'turn-off' | Step;

interface Shared {
  requestId: number;
}
type WithMfa<S extends SettingsStatus> = Shared & { status: S; mfa: MfaState };

export type TotpSettingsState =
  | (Shared & { status: typeof SettingsStatus.Loading; notice: SettingsNotice | null })
  | (Shared & { status: typeof SettingsStatus.Error; error: ClassifiedError })
  | (WithMfa<typeof SettingsStatus.Off | typeof SettingsStatus.On> & { notice: SettingsNotice | null; error: ClassifiedError | null })
  | WithMfa<typeof SettingsStatus.ConfirmReplace | typeof SettingsStatus.ConfirmTurnOff | typeof SettingsStatus.TurningOff>
  | (WithMfa<typeof SettingsStatus.Enrolling> & { replacing: boolean });

export type TotpSettingsEvent =
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
  /** The wizard verified a new authenticator. */
  | { type: 'ENROLLED' };

export type SettingsRequest = { type: 'load' | 'turn-off'; requestId: number };

export type SettingsFocusTarget = 'title' | 'setUp' | 'replace' | 'turnOff' | 'confirm' | 'errorMessage';

/** As the other components report a failure, with the step that failed. */
export interface SettingsErrorDetails extends ChallengeErrorDetails {
  step: SettingsStep;
}

export type TotpSettingsEffect =
  | SettingsRequest
  | { type: 'notify.change'; mfa: MfaState }
  | { type: 'notify.error'; details: SettingsErrorDetails }
  | { type: 'focus'; target: SettingsFocusTarget };

export interface TotpSettingsTransition {
  state: TotpSettingsState;
  effects: TotpSettingsEffect[];
}
