export { DEFAULT_SESSION_VALIDITY_MS } from './adapter.js';
export type {
  AuthenticationResult,
  NextChallenge,
  MfaState,
  RespondToSoftwareTokenMfaResult,
  SignInResult,
  TotpSettingsAdapter,
  TotpChallengeAdapter,
  RequestOptions,
  TotpSetupAdapter,
  VerifySoftwareTokenInput,
  VerifySoftwareTokenResult,
} from './adapter.js';
export {
  CODE_LENGTH,
  DEVICE_NAME_MAX_LENGTH,
  isCompleteCode,
  normalizeCode,
  normalizeDeviceName,
} from './code.js';
export { classifyError, createNamedError, sessionClockExpired } from './errors.js';
export { buildOtpauthUri, groupSecret, isBase32Secret, normalizeSecret, type OtpauthUriInput } from './otpauth-uri.js';
export { createIds, partAttrs, parts, scope, type Part, type TotpSetupIds } from './totp-setup.anatomy.js';
export { connect, type ConnectContext, type TotpSetupPartProps } from './totp-setup.connect.js';
export {
  canRetry,
  canSubmit,
  createInitialState,
  defaultConfig,
  editableDraft,
  isEditable,
  isRequesting,
  requestOf,
  transition,
  verifyResultEvent,
  type InitialStateOptions,
} from './totp-setup.machine.js';
export type { TotpChallengeMessages, TotpMessages, TotpSetupMessages, TotpSharedMessages } from './totp-setup.messages.js';
export {
  ErrorKind,
  Status,
  type AssociateEffect,
  type ClassifiedError,
  type Draft,
  type ErrorAction,
  type ErrorDetails,
  type ErrorState,
  type FocusTarget,
  type LoadingState,
  type ReadyState,
  type RestartMode,
  type Step,
  type TotpSetupConfig,
  type TotpSetupEffect,
  type TotpSetupEvent,
  type TotpSetupState,
  type Transition,
  type VerifiedDetails,
  type VerifiedState,
  type VerifyEffect,
  type VerifyingState,
} from './totp-setup.types.js';
export { challengeParts, challengePartAttrs, challengeScope, createChallengeIds, type ChallengePart, type TotpChallengeIds } from './totp-challenge.anatomy.js';
export { connectChallenge, type TotpChallengePartProps } from './totp-challenge.connect.js';
export {
  challengeDraft,
  challengeRequestOf,
  challengeTransition,
  classifyChallengeError,
  createChallengeState,
  type TotpChallengeConfig,
} from './totp-challenge.machine.js';
export {
  ChallengeStatus,
  type ChallengeDraft,
  type ChallengeErrorDetails,
  type RespondEffect,
  type SignedInDetails,
  type TotpChallengeEffect,
  type TotpChallengeEvent,
  type TotpChallengeState,
  type TotpChallengeTransition,
} from './totp-challenge.types.js';
export { codeFieldProps } from './code-field.connect.js';
export { editCode } from './code.js';
export { createSettingsIds, settingsPartAttrs, settingsParts, settingsScope, type SettingsPart, type TotpSettingsIds } from './totp-settings.anatomy.js';
export { connectSettings, type TotpSettingsPartProps } from './totp-settings.connect.js';
export { classifySettingsError, createSettingsState, settingsRequestOf, settingsTransition } from './totp-settings.machine.js';
export {
  SettingsStatus,
  type SettingsErrorDetails,
  type SettingsFocusTarget,
  type SettingsNotice,
  type SettingsRequest,
  type SettingsStep,
  type TotpSettingsEffect,
  type TotpSettingsEvent,
  type TotpSettingsState,
  type TotpSettingsTransition,
} from './totp-settings.types.js';
