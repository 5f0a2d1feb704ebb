'use client';
export { TotpSetup, type TotpSetupClassNamePart, type TotpSetupClassNames, type TotpSetupProps } from './react/totp-setup.js';
export * as TotpSetupParts from './react/totp-setup-parts.js';
export type { QrCodeProps, RootProps, SecretKeyProps, TitleProps } from './react/totp-setup-parts.js';
export { useTotpSetup, type CopyStatus, type TotpSetupApi, type UseTotpSetupOptions } from './react/use-totp-setup.js';
export { TotpChallenge, type TotpChallengeClassNames, type TotpChallengeProps } from './react/totp-challenge.js';
export * as TotpChallengeParts from './react/totp-challenge-parts.js';
export type { ChallengeRootProps, ChallengeTitleProps } from './react/totp-challenge-parts.js';
export { useTotpChallenge, type TotpChallengeApi, type UseTotpChallengeOptions } from './react/use-totp-challenge.js';
export { TotpSettings, type TotpSettingsClassNames, type TotpSettingsProps } from './react/totp-settings.js';
export * as TotpSettingsParts from './react/totp-settings-parts.js';
export type { SettingsRootProps, SettingsTitleProps } from './react/totp-settings-parts.js';
export { useTotpSettings, type TotpSettingsApi, type UseTotpSettingsOptions } from './react/use-totp-settings.js';
export { SettingsStatus } from './core/totp-settings.types.js';
export {
  en,
  resolveMessages,
  type TotpChallengeMessageOverrides,
  type TotpChallengeMessages,
  type TotpMessages,
  type TotpSettingsMessageOverrides,
  type TotpSettingsMessages,
  type TotpSetupMessageOverrides,
  type TotpSetupMessages,
} from './i18n/messages.js';
export { ChallengeStatus } from './core/totp-challenge.types.js';
export { ErrorKind, Status } from './core/totp-setup.types.js';
export type {
  AuthenticationResult,
  ChallengeErrorDetails,
  ClassifiedError,
  ErrorAction,
  ErrorDetails,
  MfaState,
  NextChallenge,
  RespondToSoftwareTokenMfaResult,
  SettingsErrorDetails,
  TotpSettingsAdapter,
  TotpSettingsState,
  SignInResult,
  RestartMode,
  SignedInDetails,
  TotpChallengeAdapter,
  TotpChallengeState,
  TotpSetupAdapter,
  TotpSetupState,
  VerifiedDetails,
  VerifySoftwareTokenInput,
  VerifySoftwareTokenResult,
} from './core/index.js';
