export {
  createCognitoIdentityJsAdapter,
  createCognitoIdentityJsChallengeAdapter,
  type CognitoIdentityJsAdapterOptions,
  type CognitoIdentityJsChallengeOptions,
} from './adapters.js';
// The boundary these adapters implement, so an app can type its own wrappers without another import.
export type * from '../../core/adapter-contract.js';
export { createCognitoIdentityJsSignInSteps, type CognitoIdentityJsHandover, type CognitoIdentityJsSignInSteps } from './sign-in-steps.js';
export type { TotpSignInStep, TotpSignInSteps } from '../../core/totp-sign-in.types.js';
