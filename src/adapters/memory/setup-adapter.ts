import type { MfaState, TotpSettingsAdapter, TotpSetupAdapter, VerifySoftwareTokenResult } from '../../core/adapter.js';
import { createNamedError } from '../../core/named-error.js';
import type { Caller, Engine, MemoryOperation, UserRecord } from './engine.js';
import { newTokens } from './support.js';
import { matchingStep } from './totp.js';

export interface MemoryAdapter extends TotpSettingsAdapter {
  /** The next call of `operation` (by any adapter of the same backend) rejects with an Error of this name. */
  failNext(operation: MemoryOperation, name: string, message?: string): void;
  /** How many times this adapter called each operation. */
  readonly calls: Readonly<Record<MemoryOperation, number>>;
  /** The enrolled device, once a code was verified; it stays when the authenticator is turned off. */
  readonly device: { friendlyDeviceName: string } | null;
  /** Whether the authenticator is on and preferred, as GetUser would say. */
  readonly mfa: MfaState;
  /** Inside sign-in: when the newest session expires; a signed-in user: null. */
  getSessionExpiry(): number | null;
}

/** Enrollment inside sign-in (the MFA_SETUP challenge): it finishes the sign-in and returns tokens. */
export interface MemorySignInAdapter extends TotpSetupAdapter {
  failNext(operation: 'associateSoftwareToken' | 'verifySoftwareToken', name: string, message?: string): void;
  readonly calls: Readonly<Record<MemoryOperation, number>>;
  getSessionExpiry(): number | null;
}

/** A verified code makes the pending secret the user's authenticator, and spends the code. */
function enroll(user: UserRecord, step: number, friendlyDeviceName: string | undefined): void {
  user.secret = user.pending;
  user.device = { friendlyDeviceName: friendlyDeviceName ?? '' };
  // Like the Cognito adapters (SetUserMFAPreference after a verify) and like finishing MFA_SETUP.
  user.mfa = { totpEnabled: true, totpPreferred: true };
  user.usedSteps.add(step);
}

/**
 * Enrollment and settings for one user of a memory backend: signed in (an access token), or inside
 * sign-in when `signInSession` is an MFA_SETUP session, which every answer replaces with a new one.
 */
export function setupAdapterOver(engine: Engine, username: string, signInSession?: string): MemoryAdapter {
  let session = signInSession ?? null;
  let sessionExpiry = session === null ? null : engine.sessionExpiry(session);
  const counts: Record<MemoryOperation, number> = { associateSoftwareToken: 0, verifySoftwareToken: 0, getMfaState: 0, setTotpEnabled: 0 };
  const caller: Caller = session === null
    ? { authorize: () => engine.user(username), messages: { NotAuthorizedException: 'Access Token has been revoked' } }
    : { authorize: () => engine.sessionUser(session!, 'MFA_SETUP') };

  async function call(operation: MemoryOperation, signal: AbortSignal): Promise<UserRecord> {
    const user = await engine.call(operation, signal, caller, counts);
    if (session !== null) {
      session = engine.renewSession(session);
      sessionExpiry = engine.sessionExpiry(session);
    }
    return user;
  }

  return {
    get calls() {
      return { ...counts };
    },
    get device() {
      return engine.user(username).device;
    },
    get mfa() {
      return engine.user(username).mfa;
    },
    getSessionExpiry: () => sessionExpiry,
    failNext: (operation, name, message) => engine.failNext(operation, name, message),

    async getMfaState({ signal }) {
      const user = await call('getMfaState', signal);
      return { ...user.mfa };
    },

    async setTotpEnabled(enabled, { signal }) {
      const user = await call('setTotpEnabled', signal);
      if (enabled && user.secret === null) throw createNamedError('InvalidParameterException', 'User has not verified software token MFA');
      if (!enabled && engine.mfaRequired) {
        throw createNamedError('InvalidParameterException', 'The user pool requires MFA: the user’s only MFA method cannot be turned off');
      }
      user.mfa = { totpEnabled: enabled, totpPreferred: enabled };
    },

    async associateSoftwareToken({ signal }) {
      const user = await call('associateSoftwareToken', signal);
      user.pending = engine.newSecret();
      return { secretCode: user.pending.base32 };
    },

    async verifySoftwareToken({ userCode, friendlyDeviceName }, { signal }): Promise<VerifySoftwareTokenResult> {
      const user = await call('verifySoftwareToken', signal);
      if (!/^\d{6}$/.test(userCode)) throw createNamedError('InvalidParameterException', 'UserCode must be 6 digits');
      if (user.pending === null) throw createNamedError('SoftwareTokenMFANotFoundException', 'Software Token MFA has not been associated');
      const step = matchingStep(user.pending, userCode, engine.now());
      // What real Cognito answers to a wrong code during enrollment.
      if (step === null) throw createNamedError('EnableSoftwareTokenMFAException', 'Code mismatch');
      enroll(user, step, friendlyDeviceName);
      // Verifying inside sign-in also answers the MFA_SETUP challenge: the sign-in is done.
      return session === null ? { status: 'SUCCESS' } : { status: 'SUCCESS', authenticationResult: newTokens() };
    },
  };
}
