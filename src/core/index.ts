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
export { connect, type TotpSetupPartProps } from './totp-setup.connect.js';
export {
  canRetry,
  canSubmit,
  createInitialState,
  isEditable,
  isRequesting,
  transition,
  type InitialStateOptions,
} from './totp-setup.machine.js';
export {
  ErrorKind,
  Status,
  type ClassifiedError,
  type ErrorAction,
  type ErrorDetails,
  type Step,
  type TotpSetupEvent,
  type TotpSetupState,
  type VerifiedDetails,
} from './totp-setup.types.js';
