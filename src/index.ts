'use client';
export { TotpSetup, type TotpSetupClassNames, type TotpSetupProps } from './react/totp-setup.js';
export * as TotpSetupParts from './react/totp-setup-parts.js';
export type { CodeInputProps, QrCodeProps, RootProps, SecretKeyProps } from './react/totp-setup-parts.js';
export { useTotpSetup, type CopyStatus, type TotpSetupApi, type UseTotpSetupOptions } from './react/use-totp-setup.js';
export { en, resolveMessages, type TotpSetupMessageOverrides, type TotpSetupMessages } from './i18n/messages.js';
export type {
  AuthenticationResult,
  ClassifiedError,
  ErrorAction,
  ErrorDetails,
  ErrorKind,
  NextChallenge,
  Status,
  TotpSetupAdapter,
  TotpSetupState,
  VerifiedDetails,
  VerifySoftwareTokenInput,
  VerifySoftwareTokenResult,
} from './core/index.js';
