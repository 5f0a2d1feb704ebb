export { createCognitoAdapter, type CognitoAccessTokenOptions } from './access-token.js';
export type { CommonOptions as CognitoCommonOptions } from './common.js';
export { createCognitoSignInAdapter, type CognitoSignInOptions } from './sign-in.js';
