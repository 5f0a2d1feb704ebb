export {
  createCognitoIdentityJsAdapter,
  createCognitoIdentityJsChallengeAdapter,
  type CognitoIdentityJsAdapterOptions,
  type CognitoIdentityJsChallengeOptions,
} from './adapters.js';
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
export { createCognitoIdentityJsSignInSteps, type CognitoIdentityJsHandover, type CognitoIdentityJsSignInSteps } from './sign-in-steps.js';
export type { TotpSignInStep, TotpSignInSteps } from '../../core/totp-sign-in.types.js';
