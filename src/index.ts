'use client';
export { TotpSetup, type TotpSetupClassNamePart, type TotpSetupClassNames, type TotpSetupProps } from './react/totp-setup.js';
export * as TotpSetupParts from './react/totp-setup-parts.js';
export type { QrCodeProps, RootProps, SecretKeyProps, TitleProps } from './react/totp-setup-parts.js';
export { useTotpSetup, type CopyStatus, type TotpSetupApi, type UseTotpSetupOptions } from './react/use-totp-setup.js';
export { en, resolveMessages, type TotpSetupMessageOverrides, type TotpSetupMessages } from './i18n/messages.js';
export { ErrorKind, Status } from './core/totp-setup.types.js';
export type {
  AuthenticationResult,
  ClassifiedError,
  ErrorAction,
  ErrorDetails,
  NextChallenge,
  RestartMode,
  TotpSetupAdapter,
  TotpSetupState,
  VerifiedDetails,
  VerifySoftwareTokenInput,
  VerifySoftwareTokenResult,
} from './core/index.js';
