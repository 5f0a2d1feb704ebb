import type { AuthenticationResult, RespondToSoftwareTokenMfaResult } from '../../core/adapter.js';
import { createNamedError } from '../../core/named-error.js';
import type { CommonOptions } from './common.js';
import { computeSecretHash } from './secret-hash.js';
import { callCognito, type TransportOptions } from './transport.js';

/** What a sign-in adapter needs to answer a challenge on the user's behalf. */
export interface SignInSessionOptions extends CommonOptions {
  /** The Session of the challenge, from InitiateAuth or RespondToAuthChallenge. */
  session: string;
  /** The USERNAME Cognito expects in the challenge response. */
  username: string;
  clientId: string;
  /** Only for app clients with a secret (never in a public browser app): SECRET_HASH is sent. */
  clientSecret?: string;
  /** The app client's AuthSessionValidity in milliseconds. Default 3 minutes, Cognito's default. */
  sessionValidityMs?: number;
  /** When `session` was issued (epoch ms). Default: when the adapter is created. */
  sessionIssuedAt?: number;
}

/** The tokens as Cognito sends them. */
export interface CognitoAuthenticationResult {
  AccessToken?: string;
  IdToken?: string;
  RefreshToken?: string;
  ExpiresIn?: number;
  TokenType?: string;
}

/** InitiateAuth's and RespondToAuthChallenge's answer, as on the wire (and in the AWS SDK). */
export interface CognitoAuthAnswer {
  AuthenticationResult?: CognitoAuthenticationResult;
  ChallengeName?: string;
  Session?: string;
  ChallengeParameters?: Record<string, string>;
}

function toAuthenticationResult(raw: CognitoAuthenticationResult): AuthenticationResult {
  if (typeof raw.AccessToken !== 'string') {
    throw createNamedError('MalformedResponseError', 'RespondToAuthChallenge answered without AccessToken');
  }
  return {
    accessToken: raw.AccessToken,
    ...(raw.IdToken !== undefined && { idToken: raw.IdToken }),
    ...(raw.RefreshToken !== undefined && { refreshToken: raw.RefreshToken }),
    ...(raw.ExpiresIn !== undefined && { expiresIn: raw.ExpiresIn }),
    ...(raw.TokenType !== undefined && { tokenType: raw.TokenType }),
  };
}

/**
 * RespondToAuthChallenge for `challengeName` with `answers` (USERNAME and SECRET_HASH are added):
 * the tokens, or the further challenge Cognito asks for, for the app to answer with its session.
 */
export async function respondToChallenge(
  transport: TransportOptions,
  { username, clientId, clientSecret }: SignInSessionOptions,
  challengeName: string,
  session: string,
  answers: Record<string, string>,
  signal: AbortSignal,
): Promise<RespondToSoftwareTokenMfaResult> {
  const responses: Record<string, string> = { USERNAME: username, ...answers };
  if (clientSecret !== undefined) responses.SECRET_HASH = await computeSecretHash(username, clientId, clientSecret);
  const response = await callCognito<CognitoAuthAnswer>(transport, 'RespondToAuthChallenge', {
    ClientId: clientId,
    ChallengeName: challengeName,
    Session: session,
    ChallengeResponses: responses,
  }, signal);
  return readSignInResult(response, 'RespondToAuthChallenge');
}

/** Tokens or the next challenge, from an answer of InitiateAuth or RespondToAuthChallenge. */
export function readSignInResult(response: CognitoAuthAnswer, operation: string): RespondToSoftwareTokenMfaResult {
  if (response.AuthenticationResult) return { authenticationResult: toAuthenticationResult(response.AuthenticationResult) };
  if (typeof response.ChallengeName === 'string' && typeof response.Session === 'string') {
    return { nextChallenge: { name: response.ChallengeName, session: response.Session, parameters: response.ChallengeParameters ?? {} } };
  }
  throw createNamedError('MalformedResponseError', `${operation} answered with neither tokens nor a challenge`);
}

export type { SignInSessionOptions as CognitoSignInSessionOptions };
