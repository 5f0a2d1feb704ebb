export { createCognitoAdapter, type AccessTokenSource, type CognitoAccessTokenOptions } from './access-token.js';
export { createCognitoChallengeAdapter, type CognitoChallengeOptions } from './challenge.js';
export type { CommonOptions as CognitoCommonOptions } from './common.js';
export { createCognitoSignInAdapter, type CognitoSignInOptions } from './sign-in.js';
