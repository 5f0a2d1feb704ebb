import type { AuthenticationResult } from '../../core/adapter.js';
import { createNamedError } from '../../core/named-error.js';

/** Cognito's own messages for the failures a test or story scripts by name alone. */
export const failureMessages: Record<string, string> = {
  EnableSoftwareTokenMFAException: 'Code mismatch',
  CodeMismatchException: 'Invalid code received for user',
  ExpiredCodeException: 'Your MFA code has expired or has been used already',
  NotAuthorizedException: 'Invalid session for the user, session is expired.',
};

/** A token-shaped random string: never a real token, never the same twice. */
export function randomToken(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return `${prefix}.${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** What a finished sign-in hands the app: token-shaped strings that open nothing. */
export function newTokens(): Required<AuthenticationResult> {
  return {
    accessToken: randomToken('memory-access'),
    idToken: randomToken('memory-id'),
    refreshToken: randomToken('memory-refresh'),
    expiresIn: 3600,
    tokenType: 'Bearer',
  };
}

function abortError(): Error {
  return createNamedError('AbortError', 'The request was aborted');
}

/** The backend's latency, cut short by an abort. */
export function wait(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise((resolve, reject) => {
    // Infinity would fire at once as a timeout; here it means "never answer".
    const timer = Number.isFinite(ms) ? setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms) : undefined;
    function onAbort() {
      clearTimeout(timer);
      reject(abortError());
    }
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
