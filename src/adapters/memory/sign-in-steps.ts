import type { NextChallenge, SignInResult, TotpChallengeAdapter, TotpSetupAdapter } from '../../core/adapter.js';
import type { TotpSignInStep, TotpSignInSteps } from '../../core/totp-sign-in.types.js';

/** A sign-in answer as the memory backend gives it (its `signIn`, shaped as InitiateAuth's). */
export interface SignInAnswerLike {
  ChallengeName?: string;
  Session?: string;
  ChallengeParameters?: Record<string, string>;
  AuthenticationResult?: { AccessToken: string; IdToken?: string; RefreshToken?: string; ExpiresIn?: number; TokenType?: string };
}

/** The backend's screens for a challenge of its own. */
export interface ChallengeScreens {
  signInAdapter(answer: SignInAnswerLike): TotpSetupAdapter;
  challengeAdapter(answer: SignInAnswerLike): TotpChallengeAdapter;
}

/** `<TotpSignIn>`'s steps over the memory backend, from an answer of its `signIn`, as over Cognito. */
export function signInStepsOver(screens: ChallengeScreens, answer: SignInAnswerLike): TotpSignInSteps<NextChallenge> {
  function fromChallenge(challenge: NextChallenge): TotpSignInStep<NextChallenge> {
    const asAnswer = { ChallengeName: challenge.name, Session: challenge.session, ChallengeParameters: challenge.parameters };
    if (challenge.name === 'MFA_SETUP') return { type: 'setup', adapter: screens.signInAdapter(asAnswer), alternatives: [], handover: challenge };
    if (challenge.name === 'SOFTWARE_TOKEN_MFA') return { type: 'code', adapter: screens.challengeAdapter(asAnswer), handover: challenge };
    return { type: 'handover', handover: challenge };
  }

  function next(result: SignInResult): TotpSignInStep<NextChallenge> {
    return result.nextChallenge ? fromChallenge(result.nextChallenge) : { type: 'signed-in', result };
  }

  function first(): SignInResult {
    const { AuthenticationResult: tokens, ChallengeName: name, Session: session, ChallengeParameters: parameters = {} } = answer;
    if (tokens) {
      const { AccessToken, IdToken, RefreshToken, ExpiresIn, TokenType } = tokens;
      return { authenticationResult: { accessToken: AccessToken, idToken: IdToken, refreshToken: RefreshToken, expiresIn: ExpiresIn, tokenType: TokenType } };
    }
    if (name === undefined || session === undefined) throw new TypeError('backend.signInSteps() needs an answer of this backend’s signIn()');
    return { nextChallenge: { name, session, parameters } };
  }

  return { start: async () => next(first()), next };
}
