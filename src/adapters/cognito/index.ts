export { createCognitoAdapter, type AccessTokenSource, type CognitoAccessTokenOptions } from './access-token.js';
export { createCognitoChallengeAdapter, type CognitoChallengeOptions } from './challenge.js';
export type { CommonOptions as CognitoCommonOptions } from './common.js';
export { createCognitoSignInAdapter, type CognitoSignInOptions } from './sign-in.js';
export type { CognitoAuthAnswer, CognitoAuthenticationResult, CognitoSignInSessionOptions } from './respond.js';
// The boundary these adapters implement, so an app can type its own wrappers without another import.
export type {
  AuthenticationResult,
  MfaState,
  NextChallenge,
  RequestOptions,
  RespondToSoftwareTokenMfaResult,
  SignInResult,
  TotpChallengeAdapter,
  TotpSettingsAdapter,
  TotpSetupAdapter,
  VerifySoftwareTokenInput,
  VerifySoftwareTokenResult,
} from '../../core/adapter.js';
