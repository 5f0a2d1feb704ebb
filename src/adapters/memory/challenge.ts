import { Secret, TOTP } from 'otpauth';
import { DEFAULT_SESSION_VALIDITY_MS, type TotpChallengeAdapter } from '../../core/adapter.js';
import { createNamedError } from '../../core/named-error.js';
import { failureMessages, randomToken, wait } from './support.js';

export interface MemoryChallengeOptions {
  /** The Base32 secret the user enrolled (a memory adapter's, or a fixed one). */
  secretCode: string;
  /** What Cognito would send as FRIENDLY_DEVICE_NAME. */
  friendlyDeviceName?: string;
  /** Milliseconds before each answer; `Infinity` never answers. Default 0. */
  latency?: number;
  /** The clock codes are checked against. Default `Date.now`. */
  now?: () => number;
  /** How long the sign-in session lives, as Cognito's AuthSessionValidity. Default 3 minutes. */
  sessionValidityMs?: number;
  /** Exception names to answer with, in order, before the backend behaves normally again. */
  failures?: string[];
}

export interface MemoryChallengeAdapter extends TotpChallengeAdapter {
  /** The next answer rejects with an Error of this name. */
  failNext(name: string, message?: string): void;
  /** How many codes were sent. */
  readonly calls: number;
  getSessionExpiry(): number | null;
}

/**
 * The SOFTWARE_TOKEN_MFA challenge in memory, with Cognito's rules: real RFC 6238 checks (one step of
 * drift either way), a wrong code is CodeMismatchException and keeps the session, a code already used
 * is ExpiredCodeException, and the session expires after its validity.
 */
export function createMemoryChallengeAdapter(options: MemoryChallengeOptions): MemoryChallengeAdapter {
  const { now = Date.now, latency = 0, sessionValidityMs = DEFAULT_SESSION_VALIDITY_MS } = options;
  const totp = new TOTP({ secret: Secret.fromBase32(options.secretCode), algorithm: 'SHA1', digits: 6, period: 30 });
  const failures: Array<{ name: string; message?: string | undefined }> = (options.failures ?? []).map((name) => ({ name }));
  const sessionExpiry = now() + sessionValidityMs;
  // Cognito refuses a code whose time step was already used to sign in.
  const usedSteps = new Set<number>();
  let calls = 0;

  return {
    ...(options.friendlyDeviceName ? { friendlyDeviceName: options.friendlyDeviceName } : {}),
    get calls() {
      return calls;
    },
    getSessionExpiry: () => sessionExpiry,
    failNext(name, message) {
      failures.push({ name, message });
    },
    async respondToSoftwareTokenMfa({ userCode }, { signal }) {
      calls += 1;
      if (latency > 0 || signal.aborted) await wait(latency, signal);
      if (now() >= sessionExpiry) throw createNamedError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
      const failure = failures.shift();
      if (failure) throw createNamedError(failure.name, failure.message ?? failureMessages[failure.name] ?? failure.name);
      const delta = totp.validate({ token: userCode, timestamp: now(), window: 1 });
      if (delta === null) throw createNamedError('CodeMismatchException', failureMessages.CodeMismatchException!);
      const step = Math.floor(now() / 30_000) + delta;
      if (usedSteps.has(step)) throw createNamedError('ExpiredCodeException', failureMessages.ExpiredCodeException!);
      usedSteps.add(step);
      return {
        authenticationResult: {
          accessToken: randomToken('memory-access'),
          idToken: randomToken('memory-id'),
          refreshToken: randomToken('memory-refresh'),
          expiresIn: 3600,
          tokenType: 'Bearer',
        },
      };
    },
  };
}
