export { createAmplifyChallengeAdapter, type AmplifyChallengeOptions } from './challenge.js';
export type { AmplifySessionOptions, AmplifySignInStep } from './next-step.js';
export { createAmplifyAdapter, type AmplifyAdapterOptions } from './signed-in.js';
export { createAmplifySignInAdapter } from './sign-in.js';
