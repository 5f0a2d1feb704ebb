import type { CognitoUser, CognitoUserSession } from 'amazon-cognito-identity-js';
import type { AuthenticationResult } from '../../core/adapter.js';
import { untilAborted } from '../../core/abort.js';
import { createNamedError } from '../../core/named-error.js';

/** The library keeps the MFA_SETUP session on the user object, outside its type definitions. */
export type UserWithSession = CognitoUser & { Session?: string | null };

/**
 * The library's errors carry the exception name in `code` (and sometimes leave `name` as "Error");
 * network failures are `Error('Network error')` with `code: 'NetworkError'`.
 */
export function toNamedError(error: unknown): Error {
  if (typeof error === 'object' && error !== null) {
    const { code, name, message } = error as { code?: unknown; name?: unknown; message?: unknown };
    const exception = typeof code === 'string' && code !== '' ? code : typeof name === 'string' ? name : 'UnknownError';
    return createNamedError(exception, typeof message === 'string' ? message : '', error);
  }
  return createNamedError('UnknownError', String(error), error);
}

/**
 * Runs one callback-style library call as a promise: a promise settles once, though the library can
 * call back twice (its onSuccess throwing lands in onFailure too); the library cannot be aborted, so
 * an abort settles it and whatever the library says later is ignored. Nothing starts once aborted.
 */
export function settleOnce<T>(signal: AbortSignal, start: (resolve: (value: T) => void, reject: (error: unknown) => void) => void): Promise<T> {
  const call = new Promise<T>((resolve, reject) => {
    const fail = (error: unknown) => reject(toNamedError(error));
    if (signal.aborted) return;
    try {
      start(resolve, fail);
    } catch (error) {
      fail(error);
    }
  });
  return untilAborted(call, signal);
}

export function isSignedIn(user: CognitoUser): boolean {
  const session = user.getSignInUserSession();
  return session !== null && session.isValid();
}

export function hasSession(value: unknown): value is CognitoUserSession {
  return typeof value === 'object' && value !== null && typeof (value as CognitoUserSession).getAccessToken === 'function';
}

export function toAuthenticationResult(session: CognitoUserSession): AuthenticationResult {
  const accessToken = session.getAccessToken();
  return {
    accessToken: accessToken.getJwtToken(),
    idToken: session.getIdToken().getJwtToken(),
    refreshToken: session.getRefreshToken().getToken(),
    expiresIn: accessToken.getExpiration() - accessToken.getIssuedAt(),
    tokenType: 'Bearer',
  };
}

/** The library's own members its MFA_SETUP answer uses, outside its type definitions (6.x). */
interface LibraryInternals {
  client: { request(operation: string, params: object, callback: (error: unknown, data?: { AuthenticationResult?: unknown }) => void): void };
  pool: { getClientId(): string };
  getUserContextData(username: string): string | undefined;
  getCognitoUserSession(authenticationResult: unknown): CognitoUserSession;
}

/**
 * Answers MFA_SETUP in the session the user holds, as the library's `verifySoftwareToken` does once the
 * code was accepted. The library has no call for that answer alone, which a retry needs when it failed:
 * sending the code again would spend it twice.
 */
export function answerMfaSetup(cognitoUser: CognitoUser, signal: AbortSignal): Promise<CognitoUserSession> {
  const user = cognitoUser as UserWithSession & LibraryInternals;
  return settleOnce(signal, (resolve, reject) => {
    const username = user.getUsername();
    const context = user.getUserContextData(username);
    const request = {
      ChallengeName: 'MFA_SETUP',
      ClientId: user.pool.getClientId(),
      ChallengeResponses: { USERNAME: username },
      Session: user.Session,
      ...(context ? { UserContextData: context } : {}),
    };
    user.client.request('RespondToAuthChallenge', request, (error, data) => {
      if (error) return reject(error);
      // Stored and cached as the library stores a sign-in's tokens.
      const session = user.getCognitoUserSession(data?.AuthenticationResult);
      user.setSignInUserSession(session);
      resolve(session);
    });
  });
}
