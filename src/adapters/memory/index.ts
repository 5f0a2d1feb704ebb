import { createEngine, type EngineOptions } from './engine.js';
import { setupAdapterOver, type MemoryAdapter } from './setup-adapter.js';

export interface MemoryAdapterOptions extends EngineOptions {
  /**
   * `access-token`: a signed-in user, verify answers SUCCESS alone. `mfa-setup`: enrollment inside
   * sign-in, verify also completes the challenge and returns tokens; a call after the session's
   * `sessionValidityMs` is refused as an expired session, as Cognito does.
   */
  flow?: 'access-token' | 'mfa-setup';
  /** Start with an authenticator already on (and preferred), under this name. */
  enrolled?: { friendlyDeviceName: string };
  /**
   * The user pool requires MFA and TOTP is the user's only factor: turning it off is refused with
   * InvalidParameterException, as Cognito refuses it.
   */
  mfaRequired?: boolean;
}

/**
 * One user's authenticator in memory with Cognito's rules: a fresh 160-bit secret per associate, real
 * RFC 6238 checks (SHA-1, 6 digits, 30 s, one step of clock drift either way), Cognito's exception
 * names. A phone can scan its QR and verify, with no AWS account. For several screens over the same
 * users (enroll, then sign in with that authenticator), use `createMemoryBackend()`.
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const { flow = 'access-token', enrolled, ...engineOptions } = options;
  const engine = createEngine(engineOptions);
  const username = 'memory-user';
  engine.addUser(enrolled ? { username, enrolled } : { username });
  return flow === 'mfa-setup'
    ? setupAdapterOver(engine, username, engine.openSession(username, 'MFA_SETUP'))
    : setupAdapterOver(engine, username);
}

export type { MemoryAdapter, MemorySignInAdapter } from './setup-adapter.js';
export type { MemoryBackendOperation, MemoryOperation, MemoryUserOptions, ScriptedFailure } from './engine.js';
export { authenticatorCode } from './totp.js';
export { createMemoryChallengeAdapter, type MemoryChallengeAdapter, type MemoryChallengeOptions } from './challenge.js';
export {
  createMemoryBackend,
  type ChallengeAnswerLike,
  type MemoryBackend,
  type MemoryBackendOptions,
  type MemoryChallengeAnswer,
  type MemorySignInAnswer,
  type MemoryTokensAnswer,
  type MemoryUserState,
} from './backend.js';
export type { ChallengeScreens, SignInAnswerLike } from './sign-in-steps.js';
export type { TotpSignInStep, TotpSignInSteps } from '../../core/totp-sign-in.types.js';
// The boundary these adapters implement, so an app can type its own wrappers without another import.
export type * from '../../core/adapter-contract.js';
