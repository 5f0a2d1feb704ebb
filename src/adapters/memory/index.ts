import { Secret, TOTP } from 'otpauth';
import {
  DEFAULT_SESSION_VALIDITY_MS,
  type AuthenticationResult,
  type MfaState,
  type TotpSettingsAdapter,
  type VerifySoftwareTokenResult,
} from '../../core/adapter.js';
import { createNamedError } from '../../core/named-error.js';
import { failureMessages, randomToken, wait } from './support.js';

export type MemoryOperation = 'associateSoftwareToken' | 'verifySoftwareToken' | 'getMfaState' | 'setTotpEnabled';

export interface ScriptedFailure {
  operation: MemoryOperation;
  /** A Cognito exception name (`CodeMismatchException`, …) or `NetworkError`. */
  name: string;
  message?: string;
}

export interface MemoryAdapterOptions {
  /** Milliseconds before each answer; `Infinity` never answers (to show loading states). Default 0. */
  latency?: number | Partial<Record<MemoryOperation, number>>;
  /** A fixed Base32 secret instead of a fresh random one per associate (for tests and screenshots). */
  secretCode?: string;
  /** The clock codes are checked against, in milliseconds. Default `Date.now`. */
  now?: () => number;
  /**
   * `access-token`: a signed-in user, verify answers SUCCESS alone. `mfa-setup`: enrollment inside
   * sign-in, verify also completes the challenge and returns tokens.
   */
  flow?: 'access-token' | 'mfa-setup';
  /**
   * `mfa-setup` only: how long each session lives, as Cognito's AuthSessionValidity (default 3
   * minutes). A call after that is refused as an expired session, as Cognito does.
   */
  sessionValidityMs?: number;
  /** Failures to answer with, in order, before the backend behaves normally again. */
  failures?: ScriptedFailure[];
  /** `access-token`: start with an authenticator already on (and preferred), under this name. */
  enrolled?: { friendlyDeviceName: string };
  /**
   * The user pool requires MFA and TOTP is the user's only factor: turning it off is refused with
   * InvalidParameterException, as Cognito refuses it.
   */
  mfaRequired?: boolean;
}

export interface MemoryAdapter extends TotpSettingsAdapter {
  /** The next call of `operation` rejects with an Error of this name. */
  failNext(operation: MemoryOperation, name: string, message?: string): void;
  /** How many times each operation was called. */
  readonly calls: Readonly<Record<MemoryOperation, number>>;
  /** The enrolled device, once a code was verified; it stays when the authenticator is turned off. */
  readonly device: { friendlyDeviceName: string } | null;
  /** Whether the authenticator is on and preferred, as GetUser would say. */
  readonly mfa: MfaState;
  /** `mfa-setup`: when the current session expires; `access-token`: null. */
  getSessionExpiry(): number | null;
}

/**
 * A TOTP backend in memory with Cognito's rules: a fresh 160-bit secret per associate, real RFC 6238
 * checks (SHA-1, 6 digits, 30 s, one step of clock drift either way), Cognito's exception names. A
 * phone can scan its QR and verify, with no AWS account.
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const { now = Date.now, flow = 'access-token', sessionValidityMs = DEFAULT_SESSION_VALIDITY_MS } = options;
  let sessionExpiry = flow === 'mfa-setup' ? now() + sessionValidityMs : null;
  const failures = [...(options.failures ?? [])];
  const calls: Record<MemoryOperation, number> = { associateSoftwareToken: 0, verifySoftwareToken: 0, getMfaState: 0, setTotpEnabled: 0 };
  let pendingSecret: Secret | null = null;
  let device: { friendlyDeviceName: string } | null = options.enrolled ?? null;
  let mfa: MfaState = { totpEnabled: device !== null, totpPreferred: device !== null };

  const latencyOf = (operation: MemoryOperation): number =>
    typeof options.latency === 'number' ? options.latency : (options.latency?.[operation] ?? 0);

  async function answer(operation: MemoryOperation, signal: AbortSignal): Promise<void> {
    calls[operation] += 1;
    const delay = latencyOf(operation);
    if (delay > 0 || signal.aborted) await wait(delay, signal);
    if (sessionExpiry !== null && now() >= sessionExpiry) {
      throw createNamedError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
    }
    const index = failures.findIndex((failure) => failure.operation === operation);
    if (index === -1) {
      // Every answer in the MFA_SETUP flow carries a fresh session.
      if (sessionExpiry !== null) sessionExpiry = now() + sessionValidityMs;
      return;
    }
    const [failure] = failures.splice(index, 1);
    // A signed-in user's NotAuthorizedException is a revoked token, not a sign-in session running out.
    const signedInDefault = flow === 'access-token' && failure!.name === 'NotAuthorizedException' ? 'Access Token has been revoked' : undefined;
    throw createNamedError(failure!.name, failure!.message ?? signedInDefault ?? failureMessages[failure!.name] ?? failure!.name);
  }

  return {
    get calls() {
      return { ...calls };
    },
    get device() {
      return device;
    },
    get mfa() {
      return mfa;
    },
    getSessionExpiry: () => sessionExpiry,
    failNext(operation, name, message) {
      failures.push(message === undefined ? { operation, name } : { operation, name, message });
    },

    async getMfaState({ signal }) {
      await answer('getMfaState', signal);
      return { ...mfa };
    },

    async setTotpEnabled(enabled, { signal }) {
      await answer('setTotpEnabled', signal);
      if (enabled && device === null) throw createNamedError('InvalidParameterException', 'User has not verified software token MFA');
      if (!enabled && options.mfaRequired) {
        throw createNamedError('InvalidParameterException', 'The user pool requires MFA: the user’s only MFA method cannot be turned off');
      }
      mfa = { totpEnabled: enabled, totpPreferred: enabled };
    },

    async associateSoftwareToken({ signal }) {
      await answer('associateSoftwareToken', signal);
      const secret = options.secretCode === undefined
        ? new Secret({ buffer: crypto.getRandomValues(new Uint8Array(20)).buffer })
        : Secret.fromBase32(options.secretCode);
      pendingSecret = secret;
      return { secretCode: secret.base32 };
    },

    async verifySoftwareToken({ userCode, friendlyDeviceName }, { signal }): Promise<VerifySoftwareTokenResult> {
      await answer('verifySoftwareToken', signal);
      if (!/^\d{6}$/.test(userCode)) {
        throw createNamedError('InvalidParameterException', 'UserCode must be 6 digits');
      }
      if (pendingSecret === null) {
        throw createNamedError('SoftwareTokenMFANotFoundException', 'Software Token MFA has not been associated');
      }
      const totp = new TOTP({ secret: pendingSecret, algorithm: 'SHA1', digits: 6, period: 30 });
      if (totp.validate({ token: userCode, timestamp: now(), window: 1 }) === null) {
        // What real Cognito answers to a wrong code during enrollment.
        throw createNamedError('EnableSoftwareTokenMFAException', 'Code mismatch');
      }
      device = { friendlyDeviceName: friendlyDeviceName ?? '' };
      if (flow === 'access-token') {
        // Verifying replaces any earlier secret; like the Cognito adapters, it also turns TOTP on.
        mfa = { totpEnabled: true, totpPreferred: true };
        return { status: 'SUCCESS' };
      }
      const authenticationResult: AuthenticationResult = {
        accessToken: randomToken('memory-access'),
        idToken: randomToken('memory-id'),
        refreshToken: randomToken('memory-refresh'),
        expiresIn: 3600,
        tokenType: 'Bearer',
      };
      return { status: 'SUCCESS', authenticationResult };
    },
  };
}

export { createMemoryChallengeAdapter, type MemoryChallengeAdapter, type MemoryChallengeOptions } from './challenge.js';
// The boundary these adapters implement, so an app can type its own wrappers without another import.
export type {
  AuthenticationResult,
  MfaState,
  NextChallenge,
  RequestOptions,
  RespondToSoftwareTokenMfaResult,
  SignInResult,
  TotpChallengeAdapter,
  TotpSettingsAdapter,
  TotpSetupAdapter,
  VerifySoftwareTokenInput,
  VerifySoftwareTokenResult,
} from '../../core/adapter.js';
