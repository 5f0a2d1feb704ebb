'use client';
// The three components, each as a drop-in (`TotpX`), a headless hook (`useTotpX`) and parts (`TotpXParts`).
export { TotpSetup, type TotpSetupClassNamePart, type TotpSetupClassNames, type TotpSetupProps } from './react/totp-setup.js';
export * as TotpSetupParts from './react/totp-setup-parts.js';
export type { TotpSetupQrCodeProps, TotpSetupRootProps, TotpSetupSecretKeyProps, TotpSetupTitleProps } from './react/totp-setup-parts.js';
export { useTotpSetup, type TotpSetupApi, type UseTotpSetupOptions } from './react/use-totp-setup.js';

export { TotpChallenge, type TotpChallengeClassNames, type TotpChallengeProps } from './react/totp-challenge.js';
export * as TotpChallengeParts from './react/totp-challenge-parts.js';
export type { TotpChallengeRootProps, TotpChallengeTitleProps } from './react/totp-challenge-parts.js';
export { useTotpChallenge, type TotpChallengeApi, type UseTotpChallengeOptions } from './react/use-totp-challenge.js';

export { TotpSettings, type TotpSettingsClassNames, type TotpSettingsProps } from './react/totp-settings.js';
export * as TotpSettingsParts from './react/totp-settings-parts.js';
export type { TotpSettingsEnrollmentProps, TotpSettingsRootProps, TotpSettingsTitleProps } from './react/totp-settings-parts.js';
export { useTotpSettings, type TotpSettingsApi, type UseTotpSettingsOptions } from './react/use-totp-settings.js';

export { TotpSignIn, type TotpSignInClassNames, type TotpSignInProps } from './react/totp-sign-in.js';
export * as TotpSignInParts from './react/totp-sign-in-parts.js';
export type { TotpSignInRootProps, TotpSignInScreenProps, TotpSignInTitleProps } from './react/totp-sign-in-parts.js';
export { useTotpSignIn, type TotpSignInApi, type TotpSignInScreenOptions, type UseTotpSignInOptions } from './react/use-totp-sign-in.js';

export type { HeadingLevel, HeadingProps, PartsRootProps, RootOwnProps } from './react/define-root.js';
export type { PartComponent } from './react/define-part.js';

export {
  en,
  resolveMessages,
  type MessageOverrides,
  type TotpChallengeMessageOverrides,
  type TotpChallengeMessages,
  type TotpMessages,
  type TotpSettingsMessageOverrides,
  type TotpSettingsMessages,
  type TotpSetupMessageOverrides,
  type TotpSetupMessages,
  type TotpSharedMessages,
  type TotpSignInMessageOverrides,
  type TotpSignInMessages,
} from './i18n/messages.js';

export { ChallengeStatus } from './core/totp-challenge.types.js';
export { SettingsStatus } from './core/totp-settings.types.js';
export { SetupStatus, Status } from './core/totp-setup.types.js';
export { SignInStatus } from './core/totp-sign-in.types.js';
export { ErrorKind } from './core/errors.js';
export type {
  AuthenticationResult,
  ButtonProps,
  CancelableEvent,
  ChallengePart,
  ClassifiedError,
  CodeDraft,
  CodeInputProps,
  CodeProblem,
  CodeStepPart,
  CodeStepPartProps,
  CommonErrorKind,
  CopyStatus,
  ErrorAction,
  ErrorDetails,
  Flag,
  LoadTrigger,
  MfaSetupChoice,
  MfaState,
  NextChallenge,
  PartAttrs,
  PasteEvent,
  RequestOptions,
  RespondToSoftwareTokenMfaResult,
  RestartMode,
  SecretOnScreen,
  SettingsNotice,
  SettingsPart,
  SettingsStep,
  SetupPart,
  SetupStep,
  SignInPart,
  SignInResult,
  TotpChallengeAdapter,
  TotpChallengeErrorDetails,
  TotpChallengeErrorState,
  TotpChallengeIds,
  TotpChallengePartProps,
  TotpChallengeReadyState,
  TotpChallengeShow,
  TotpChallengeState,
  TotpChallengeStateBase,
  TotpChallengeText,
  TotpChallengeVerifiedState,
  TotpChallengeVerifyingState,
  TotpSettingsAdapter,
  TotpSettingsConfirmState,
  TotpSettingsEnrollingState,
  TotpSettingsErrorDetails,
  TotpSettingsErrorState,
  TotpSettingsIds,
  TotpSettingsLoadingState,
  TotpSettingsPanelState,
  TotpSettingsPartProps,
  TotpSettingsShow,
  TotpSettingsState,
  TotpSettingsStateBase,
  TotpSettingsText,
  TotpSetupAdapter,
  TotpSetupErrorDetails,
  TotpSetupErrorState,
  TotpSetupIds,
  TotpSetupLoadingState,
  TotpSetupPartProps,
  TotpSetupReadyState,
  TotpSetupShow,
  TotpSetupState,
  TotpSetupStateBase,
  TotpSetupText,
  TotpSetupVerifiedDetails,
  TotpSetupVerifiedState,
  TotpSetupVerifyingState,
  TotpSignInChoice,
  TotpSignInChoosingState,
  TotpSignInDetails,
  TotpSignInErrorState,
  TotpSignInHandedOverState,
  TotpSignInIds,
  TotpSignInPartProps,
  TotpSignInScreenState,
  TotpSignInScreenStep,
  TotpSignInShow,
  TotpSignInSignedInState,
  TotpSignInStartingState,
  TotpSignInState,
  TotpSignInStateBase,
  TotpSignInStep,
  TotpSignInSteps,
  TotpSignInText,
  ValueEvent,
  VerifySoftwareTokenInput,
  VerifySoftwareTokenResult,
} from './core/index.js';
