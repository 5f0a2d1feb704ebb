export { DEFAULT_SESSION_VALIDITY_MS } from './adapter.js';
export type {
  AuthenticationResult,
  NextChallenge,
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
export type { TotpSetupMessages } from './totp-setup.messages.js';
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
