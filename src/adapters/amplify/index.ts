export { createAmplifyChallengeAdapter, type AmplifyChallengeOptions } from './challenge.js';
export type { AmplifySessionOptions, AmplifySignInStep } from './next-step.js';
export { createAmplifyAdapter, type AmplifyAdapterOptions } from './signed-in.js';
export { createAmplifySignInAdapter } from './sign-in.js';
export { createAmplifySignInSteps, type AmplifyHandover } from './sign-in-steps.js';
export type { TotpSignInStep, TotpSignInSteps } from '../../core/totp-sign-in.types.js';
// The boundary these adapters implement, so an app can type its own wrappers without another import.
export type * from '../../core/adapter-contract.js';
