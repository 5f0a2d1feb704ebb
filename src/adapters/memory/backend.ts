import type { MfaState, NextChallenge } from '../../core/adapter.js';
import type { TotpSignInSteps } from '../../core/totp-sign-in.types.js';
import { challengeAdapterOver, type MemoryChallengeAdapter } from './challenge-adapter.js';
import { createEngine, type Challenge, type Engine, type EngineOptions, type MemoryBackendOperation, type MemoryUserOptions } from './engine.js';
import { setupAdapterOver, type MemoryAdapter, type MemorySignInAdapter } from './setup-adapter.js';
import { signInStepsOver } from './sign-in-steps.js';
import { newTokens } from './support.js';

export interface MemoryBackendOptions extends EngineOptions {
  /** The users there are: a name, or a name and the authenticator app it already has. */
  users?: Array<string | MemoryUserOptions>;
}

/** Cognito's InitiateAuth answer when it asks for a challenge next. */
export interface MemoryChallengeAnswer {
  ChallengeName: 'MFA_SETUP' | 'SOFTWARE_TOKEN_MFA';
  Session: string;
  /** MFA_SETUP: `MFAS_CAN_SETUP`; SOFTWARE_TOKEN_MFA: `USER_ID_FOR_SRP` and, when named, `FRIENDLY_DEVICE_NAME`. */
  ChallengeParameters: Record<string, string>;
  AuthenticationResult?: undefined;
}

/** Cognito's InitiateAuth answer when the user is signed in at once (no MFA asked for). */
export interface MemoryTokensAnswer {
  ChallengeName?: undefined;
  Session?: undefined;
  ChallengeParameters: Record<string, string>;
  AuthenticationResult: { AccessToken: string; IdToken: string; RefreshToken: string; ExpiresIn: number; TokenType: string };
}

/** What `signIn` answers, shaped as Cognito's InitiateAuth response. */
export type MemorySignInAnswer = MemoryChallengeAnswer | MemoryTokensAnswer;

/** A challenge answer from any source (the memory backend's, or one shaped like it). */
export interface ChallengeAnswerLike {
  ChallengeName?: string;
  Session?: string;
  ChallengeParameters?: Record<string, string>;
}

/** What a user looks like from outside, as GetUser would tell it (never the secret). */
export interface MemoryUserState {
  username: string;
  device: { friendlyDeviceName: string } | null;
  mfa: MfaState;
}

export interface MemoryBackend {
  /** Adds a user; a name that exists is refused (UsernameExistsException). */
  addUser(user: string | MemoryUserOptions): void;
  /**
   * The first step of a sign-in (the password is taken as right): MFA_SETUP when the pool requires MFA
   * and the user has none, SOFTWARE_TOKEN_MFA when the authenticator app is on, tokens otherwise.
   */
  signIn(username: string, options?: { signal?: AbortSignal }): Promise<MemorySignInAnswer>;
  /** A signed-in user's enrollment and settings (`<TotpSetup>`, `<TotpSettings>`). */
  adapter(username: string): MemoryAdapter;
  /** Enrollment inside sign-in, from an MFA_SETUP answer of `signIn` (`<TotpSetup>`). */
  signInAdapter(answer: ChallengeAnswerLike): MemorySignInAdapter;
  /** The code at sign-in, from a SOFTWARE_TOKEN_MFA answer of `signIn` (`<TotpChallenge>`). */
  challengeAdapter(answer: ChallengeAnswerLike): MemoryChallengeAdapter;
  /** `<TotpSignIn>`'s steps from any answer of `signIn`: enrollment, the code, or tokens at once. */
  signInSteps(answer: MemorySignInAnswer): TotpSignInSteps<NextChallenge>;
  /** The user's authenticator as the backend holds it now. */
  user(username: string): MemoryUserState;
  /** The next call of `operation`, by any adapter of this backend, rejects with an Error of this name. */
  failNext(operation: MemoryBackendOperation, name: string, message?: string): void;
  /** How many times each operation was called, by all adapters together. */
  readonly calls: Readonly<Record<MemoryBackendOperation, number>>;
}

/** The session and user of a challenge answer this backend gave; anything else is a mistake in the test. */
function sessionOf(engine: Engine, answer: ChallengeAnswerLike, challenge: Challenge, method: string) {
  const username = typeof answer.Session === 'string' ? engine.sessionUsername(answer.Session) : undefined;
  if (answer.ChallengeName !== challenge || username === undefined) {
    throw new TypeError(`backend.${method}() needs a ${challenge} answer of this backend's signIn(), got ${answer.ChallengeName ?? 'no challenge'}`);
  }
  return { session: answer.Session!, username };
}

/**
 * A user pool in memory, with Cognito's rules and real RFC 6238 codes: every adapter it hands out
 * works on the same users, so a user who enrolls on one screen signs in with that authenticator on
 * the next, with no wiring. For app tests, demos and stories; no AWS account, no network.
 */
export function createMemoryBackend(options: MemoryBackendOptions = {}): MemoryBackend {
  const { users = [], ...engineOptions } = options;
  const engine = createEngine(engineOptions);
  const addUser = (user: string | MemoryUserOptions) => engine.addUser(typeof user === 'string' ? { username: user } : user);
  users.forEach(addUser);

  const backend: MemoryBackend = {
    addUser,
    get calls() {
      return { ...engine.calls };
    },
    failNext: (operation, name, message) => engine.failNext(operation, name, message),
    user(username) {
      const { device, mfa } = engine.user(username);
      return { username, device, mfa: { ...mfa } };
    },

    async signIn(username, { signal = new AbortController().signal } = {}): Promise<MemorySignInAnswer> {
      const user = await engine.call('signIn', signal, {
        authorize: () => engine.user(username),
        messages: { NotAuthorizedException: 'Incorrect username or password.' },
      });
      if (user.mfa.totpEnabled && user.secret !== null) {
        const parameters: Record<string, string> = { USER_ID_FOR_SRP: username };
        if (user.device?.friendlyDeviceName) parameters.FRIENDLY_DEVICE_NAME = user.device.friendlyDeviceName;
        return { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: engine.openSession(username, 'SOFTWARE_TOKEN_MFA'), ChallengeParameters: parameters };
      }
      if (engine.mfaRequired) {
        return {
          ChallengeName: 'MFA_SETUP',
          Session: engine.openSession(username, 'MFA_SETUP'),
          ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
        };
      }
      const { accessToken, idToken, refreshToken, expiresIn, tokenType } = newTokens();
      return {
        ChallengeParameters: {},
        AuthenticationResult: { AccessToken: accessToken, IdToken: idToken, RefreshToken: refreshToken, ExpiresIn: expiresIn, TokenType: tokenType },
      };
    },

    adapter(username) {
      engine.user(username);
      return setupAdapterOver(engine, username);
    },
    signInAdapter(answer) {
      const { session, username } = sessionOf(engine, answer, 'MFA_SETUP', 'signInAdapter');
      return setupAdapterOver(engine, username, session);
    },
    challengeAdapter(answer) {
      const { session } = sessionOf(engine, answer, 'SOFTWARE_TOKEN_MFA', 'challengeAdapter');
      return challengeAdapterOver(engine, session, answer.ChallengeParameters?.FRIENDLY_DEVICE_NAME);
    },
    signInSteps(answer) {
      return signInStepsOver(backend, answer);
    },
  };
  return backend;
}
