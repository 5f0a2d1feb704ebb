import type { Secret } from 'otpauth';
import { DEFAULT_SESSION_VALIDITY_MS, type MfaState } from '../../core/adapter.js';
import { createNamedError } from '../../core/named-error.js';
import { failureMessages, randomToken, wait } from './support.js';
import { newSecret } from './totp.js';

/** The operations of a signed-in user's settings page (and of enrollment inside sign-in). */
export type MemoryOperation = 'associateSoftwareToken' | 'verifySoftwareToken' | 'getMfaState' | 'setTotpEnabled';

/** Every operation of the memory backend: the settings page's, a sign-in, and the code at sign-in. */
export type MemoryBackendOperation = MemoryOperation | 'signIn' | 'respondToSoftwareTokenMfa';

export interface ScriptedFailure {
  operation: MemoryBackendOperation;
  /** A Cognito exception name (`CodeMismatchException`, …) or `NetworkError`. */
  name: string;
  message?: string;
}

export interface EngineOptions {
  /** Milliseconds before each answer; `Infinity` never answers (to show loading states). Default 0. */
  latency?: number | Partial<Record<MemoryBackendOperation, number>>;
  /** The clock codes and sessions are checked against, in milliseconds. Default `Date.now()`. */
  now?: () => number;
  /** How long a sign-in session lives, as Cognito's AuthSessionValidity. Default 3 minutes. */
  sessionValidityMs?: number;
  /** A fixed Base32 secret for every enrollment instead of a fresh random one (tests, screenshots). */
  secretCode?: string;
  /** Failures to answer with, in order per operation, before the backend behaves normally again. */
  failures?: ScriptedFailure[];
  /** The pool requires MFA: sign-in asks a user without it to set it up, and it cannot be turned off. */
  mfaRequired?: boolean;
}

export interface UserRecord {
  readonly username: string;
  /** The verified authenticator's secret: the one sign-in codes are checked against. */
  secret: Secret | null;
  /** An enrollment's secret before its first code is verified; Cognito keeps only the newest. */
  pending: Secret | null;
  device: { friendlyDeviceName: string } | null;
  mfa: MfaState;
  /** Time steps whose code was spent: Cognito refuses the same code twice. */
  readonly usedSteps: Set<number>;
}

export type Challenge = 'MFA_SETUP' | 'SOFTWARE_TOKEN_MFA';

/** Who a call speaks for, checked once the call has "arrived" (after its latency). */
export interface Caller {
  /** The user behind the credential; throws as Cognito does when the credential is refused. */
  authorize(): UserRecord;
  /**
   * Messages for failures scripted by name alone, where they mean something else than in a sign-in
   * session: a signed-in user's NotAuthorizedException is a revoked token, not an expired session.
   */
  messages?: Record<string, string>;
}

export interface MemoryUserOptions {
  username: string;
  /**
   * Already enrolled: the authenticator app is on and preferred. Give `secretCode` to sign in with
   * codes made from it; without it the secret is random (nobody can answer the challenge).
   */
  enrolled?: { secretCode?: string; friendlyDeviceName?: string };
}

interface SessionRecord {
  username: string;
  challenge: Challenge;
  expiresAt: number;
}

const sessionExpired = 'Invalid session for the user, session is expired.';

/** The state every memory adapter of one backend shares: users, sign-in sessions, scripted failures. */
export function createEngine(options: EngineOptions) {
  const now = options.now ?? (() => Date.now());
  const sessionValidityMs = options.sessionValidityMs ?? DEFAULT_SESSION_VALIDITY_MS;
  const users = new Map<string, UserRecord>();
  const sessions = new Map<string, SessionRecord>();
  // Every session ever issued, and whose: an adapter built from a replaced one is refused when it
  // calls, as Cognito refuses it, not when it is built.
  const issued = new Map<string, string>();
  const failures = [...(options.failures ?? [])];
  const calls: Record<MemoryBackendOperation, number> = {
    signIn: 0, associateSoftwareToken: 0, verifySoftwareToken: 0, respondToSoftwareTokenMfa: 0, getMfaState: 0, setTotpEnabled: 0,
  };

  const latencyOf = (operation: MemoryBackendOperation): number =>
    typeof options.latency === 'number' ? options.latency : (options.latency?.[operation] ?? 0);

  function takeFailure(operation: MemoryBackendOperation): ScriptedFailure | undefined {
    const index = failures.findIndex((failure) => failure.operation === operation);
    return index === -1 ? undefined : failures.splice(index, 1)[0];
  }

  function user(username: string): UserRecord {
    const record = users.get(username);
    if (!record) throw createNamedError('UserNotFoundException', 'User does not exist.');
    return record;
  }

  function session(id: string, challenge: Challenge): SessionRecord {
    const record = sessions.get(id);
    // A sign-in's older session (each answer replaces it), or another challenge's: Cognito refuses both.
    if (!record || record.challenge !== challenge) throw createNamedError('NotAuthorizedException', 'Invalid session for the user.');
    if (now() >= record.expiresAt) throw createNamedError('NotAuthorizedException', sessionExpired);
    return record;
  }

  return {
    now,
    mfaRequired: options.mfaRequired ?? false,
    calls,
    user,
    newSecret: () => newSecret(options.secretCode),

    addUser({ username, enrolled }: MemoryUserOptions) {
      if (users.has(username)) throw createNamedError('UsernameExistsException', 'User account already exists');
      users.set(username, {
        username,
        secret: enrolled ? newSecret(enrolled.secretCode) : null,
        pending: null,
        device: enrolled ? { friendlyDeviceName: enrolled.friendlyDeviceName ?? '' } : null,
        mfa: { totpEnabled: enrolled !== undefined, totpPreferred: enrolled !== undefined },
        usedSteps: new Set(),
      });
    },

    failNext(operation: MemoryBackendOperation, name: string, message?: string) {
      failures.push(message === undefined ? { operation, name } : { operation, name, message });
    },

    /**
     * What every operation does before its own work: count it, wait its latency (an abort cuts that
     * short), check the caller's credential, then answer with the next scripted failure, if any.
     */
    async call(operation: MemoryBackendOperation, signal: AbortSignal, caller: Caller, counts?: Partial<Record<MemoryBackendOperation, number>>) {
      calls[operation] += 1;
      if (counts) counts[operation] = (counts[operation] ?? 0) + 1;
      const delay = latencyOf(operation);
      if (delay > 0 || signal.aborted) await wait(delay, signal);
      const record = caller.authorize();
      const failure = takeFailure(operation);
      if (!failure) return record;
      throw createNamedError(failure.name, failure.message ?? caller.messages?.[failure.name] ?? failureMessages[failure.name] ?? failure.name);
    },

    openSession(username: string, challenge: Challenge): string {
      const id = randomToken('memory-session');
      sessions.set(id, { username, challenge, expiresAt: now() + sessionValidityMs });
      issued.set(id, username);
      return id;
    },
    sessionUser: (id: string, challenge: Challenge) => user(session(id, challenge).username),
    sessionExpiry: (id: string) => sessions.get(id)?.expiresAt ?? null,
    sessionUsername: (id: string) => issued.get(id),
    /** Every answer in the MFA_SETUP flow carries a new session; the one it replaces stops working. */
    renewSession(id: string): string {
      const record = sessions.get(id)!;
      sessions.delete(id);
      const next = randomToken('memory-session');
      sessions.set(next, { ...record, expiresAt: now() + sessionValidityMs });
      issued.set(next, record.username);
      return next;
    },
  };
}

export type Engine = ReturnType<typeof createEngine>;
