import { createEngine } from './engine.js';
import { challengeAdapterOver, type MemoryChallengeAdapter } from './challenge-adapter.js';

export interface MemoryChallengeOptions {
  /** The Base32 secret the user enrolled (a memory adapter's, or a fixed one). */
  secretCode: string;
  /** What Cognito would send as FRIENDLY_DEVICE_NAME. */
  friendlyDeviceName?: string;
  /** Milliseconds before each answer; `Infinity` never answers. Default 0. */
  latency?: number;
  /** The clock codes are checked against. Default `Date.now()`. */
  now?: () => number;
  /** How long the sign-in session lives, as Cognito's AuthSessionValidity. Default 3 minutes. */
  sessionValidityMs?: number;
  /** Exception names to answer with, in order, before the backend behaves normally again. */
  failures?: string[];
}

/**
 * The SOFTWARE_TOKEN_MFA challenge of one user enrolled with `secretCode`, on a backend of its own.
 * To sign in with the secret a user just enrolled on another screen, use `createMemoryBackend()`.
 */
export function createMemoryChallengeAdapter(options: MemoryChallengeOptions): MemoryChallengeAdapter {
  const { secretCode, friendlyDeviceName, latency = 0, failures = [], ...engineOptions } = options;
  const engine = createEngine({
    ...engineOptions,
    latency: { respondToSoftwareTokenMfa: latency },
    failures: failures.map((name) => ({ operation: 'respondToSoftwareTokenMfa', name })),
  });
  const username = 'memory-user';
  engine.addUser({ username, enrolled: { secretCode, ...(friendlyDeviceName === undefined ? {} : { friendlyDeviceName }) } });
  return challengeAdapterOver(engine, engine.openSession(username, 'SOFTWARE_TOKEN_MFA'), friendlyDeviceName);
}

export type { MemoryChallengeAdapter };
