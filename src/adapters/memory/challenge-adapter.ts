import type { TotpChallengeAdapter } from '../../core/adapter.js';
import { createNamedError } from '../../core/named-error.js';
import type { Caller, Engine, MemoryBackendOperation } from './engine.js';
import { failureMessages, newTokens } from './support.js';
import { matchingStep } from './totp.js';

export interface MemoryChallengeAdapter extends TotpChallengeAdapter {
  /** The next answer (from any adapter of the same backend) rejects with an Error of this name. */
  failNext(name: string, message?: string): void;
  /** How many codes this adapter sent. */
  readonly calls: number;
  getSessionExpiry(): number | null;
}

/**
 * The SOFTWARE_TOKEN_MFA challenge of one sign-in session, with Cognito's rules: the code is checked
 * against the secret the user enrolled (one step of drift either way), a wrong code is
 * CodeMismatchException and keeps the session, a code already spent (at sign-in or at enrollment) is
 * ExpiredCodeException, and an expired session is refused.
 */
export function challengeAdapterOver(engine: Engine, session: string, friendlyDeviceName?: string): MemoryChallengeAdapter {
  const sessionExpiry = engine.sessionExpiry(session);
  const counts: Partial<Record<MemoryBackendOperation, number>> = {};
  const caller: Caller = { authorize: () => engine.sessionUser(session, 'SOFTWARE_TOKEN_MFA') };

  return {
    ...(friendlyDeviceName ? { friendlyDeviceName } : {}),
    get calls() {
      return counts.respondToSoftwareTokenMfa ?? 0;
    },
    getSessionExpiry: () => sessionExpiry,
    failNext: (name, message) => engine.failNext('respondToSoftwareTokenMfa', name, message),

    async respondToSoftwareTokenMfa({ userCode }, { signal }) {
      const user = await engine.call('respondToSoftwareTokenMfa', signal, caller, counts);
      const step = user.secret === null ? null : matchingStep(user.secret, userCode, engine.now());
      if (step === null) throw createNamedError('CodeMismatchException', failureMessages.CodeMismatchException!);
      if (user.usedSteps.has(step)) throw createNamedError('ExpiredCodeException', failureMessages.ExpiredCodeException!);
      user.usedSteps.add(step);
      return { authenticationResult: newTokens() };
    },
  };
}
