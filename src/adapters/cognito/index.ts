export { createCognitoAdapter, type AccessTokenSource, type CognitoAccessTokenOptions } from './access-token.js';
export { createCognitoChallengeAdapter, type CognitoChallengeOptions } from './challenge.js';
export type { CommonOptions as CognitoCommonOptions } from './common.js';
export { initiatePasswordAuth, type CognitoPasswordAuthOptions } from './password.js';
export { createCognitoSignInAdapter, type CognitoSignInOptions } from './sign-in.js';
export { createCognitoSignInSteps, type CognitoHandover, type CognitoSignInStepsOptions } from './sign-in-steps.js';
export type { TotpSignInStep, TotpSignInSteps } from '../../core/totp-sign-in.types.js';
export type { CognitoAuthAnswer, CognitoAuthenticationResult, CognitoSignInSessionOptions } from './respond.js';
// The boundary these adapters implement, so an app can type its own wrappers without another import.
export type * from '../../core/adapter-contract.js';
