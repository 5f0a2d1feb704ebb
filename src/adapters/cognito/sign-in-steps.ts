import type { NextChallenge, SignInResult } from '../../core/adapter.js';
import type { TotpSignInStep, TotpSignInSteps } from '../../core/totp-sign-in.types.js';
import { createCognitoChallengeAdapter } from './challenge.js';
import { createTransport, type CommonOptions } from './common.js';
import { readSignInResult, respondToChallenge, type CognitoAuthAnswer } from './respond.js';
import { createCognitoSignInAdapter } from './sign-in.js';

const AUTHENTICATOR = 'SOFTWARE_TOKEN_MFA';

export interface CognitoSignInStepsOptions extends CommonOptions {
  clientId: string;
  /** Only for app clients with a secret (never in a public browser app): SECRET_HASH is sent. */
  clientSecret?: string;
  /** The USERNAME Cognito expects in challenge responses (USER_ID_FOR_SRP when it sent one). */
  username: string;
  /** The app's InitiateAuth (or RespondToAuthChallenge) answer, as JSON. */
  answer: CognitoAuthAnswer;
  /** The app client's AuthSessionValidity in milliseconds. Default 3 minutes, Cognito's default. */
  sessionValidityMs?: number;
}

/** A step the kit does not handle, for the app to answer with RespondToAuthChallenge. */
export interface CognitoHandover extends NextChallenge {
  username: string;
}

/** A JSON-encoded list of factors in a challenge parameter (MFAS_CAN_SETUP, MFAS_CAN_CHOOSE). */
function factors(parameters: Record<string, string>, name: string): string[] {
  try {
    const list: unknown = JSON.parse(parameters[name] ?? '[]');
    return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The sign-in steps for `<TotpSignIn>` over fetch, from the app's InitiateAuth answer: MFA_SETUP runs
 * enrollment in the session, SOFTWARE_TOKEN_MFA the code screen, SELECT_MFA_TYPE is answered with
 * the authenticator app, tokens sign the user in; any other challenge goes to the app with its session.
 */
export function createCognitoSignInSteps(options: CognitoSignInStepsOptions): TotpSignInSteps<CognitoHandover> {
  const transport = createTransport(options, 'createCognitoSignInSteps');
  const { username } = options;

  function fromChallenge(challenge: NextChallenge): TotpSignInStep<CognitoHandover> {
    const { name, session, parameters } = challenge;
    const handover: CognitoHandover = { ...challenge, username };
    const sessionOptions = { ...options, session };
    if (name === 'MFA_SETUP') {
      const offered = factors(parameters, 'MFAS_CAN_SETUP');
      if (!offered.includes(AUTHENTICATOR)) return { type: 'handover', handover };
      return { type: 'setup', adapter: createCognitoSignInAdapter(sessionOptions), alternatives: offered.filter((factor) => factor !== AUTHENTICATOR), handover };
    }
    if (name === AUTHENTICATOR) return { type: 'code', adapter: createCognitoChallengeAdapter({ ...sessionOptions, challengeParameters: parameters }), handover };
    if (name === 'SELECT_MFA_TYPE' && factors(parameters, 'MFAS_CAN_CHOOSE').includes(AUTHENTICATOR)) {
      return {
        type: 'select',
        handover,
        chooseAuthenticator: async ({ signal }) => next(await respondToChallenge(transport, sessionOptions, name, session, { ANSWER: AUTHENTICATOR }, signal)),
      };
    }
    return { type: 'handover', handover };
  }

  function next(result: SignInResult): TotpSignInStep<CognitoHandover> {
    return result.nextChallenge ? fromChallenge(result.nextChallenge) : { type: 'signed-in', result };
  }

  return {
    start: async () => next(readSignInResult(options.answer, 'InitiateAuth')),
    next,
  };
}
