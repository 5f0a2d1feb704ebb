export { requestCookies, type CookieJar, type CookieOptions } from './cookies.js';
export { createMfaServer, type MfaServer, type MfaServerOptions } from './create-mfa-server.js';
export { REQUEST_HEADER } from './http.js';
export { createSealedCookieStore, type SealedCookieStoreOptions, type SessionStore } from './session-store.js';
export type { KitChallenge, PendingSignIn, SignedInDetails, SignInProgress } from './sign-in.js';
export type { CognitoAuthAnswer, CognitoAuthenticationResult } from '../adapters/cognito/respond.js';
export type { CommonOptions as CognitoCommonOptions } from '../adapters/cognito/common.js';
export type { AuthenticationResult, MfaState, NextChallenge, SignInResult } from '../core/adapter.js';
