import {
  DEFAULT_SESSION_VALIDITY_MS,
  type AuthenticationResult,
  type NextChallenge,
  type TotpSetupAdapter,
  type VerifySoftwareTokenResult,
} from '../../core/adapter.js';
import { createFinalStep } from '../../core/final-step.js';
import { createNamedError } from '../../core/named-error.js';
import { createTransport, type CommonOptions } from './common.js';
import { computeSecretHash } from './secret-hash.js';
import { callCognito, requireString } from './transport.js';

export interface CognitoSignInOptions extends CommonOptions {
  /** The Session of the MFA_SETUP challenge, from InitiateAuth or RespondToAuthChallenge. */
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

interface RawAuthenticationResult {
  AccessToken?: string;
  IdToken?: string;
  RefreshToken?: string;
  ExpiresIn?: number;
  TokenType?: string;
}

interface RespondResponse {
  AuthenticationResult?: RawAuthenticationResult;
  ChallengeName?: string;
  Session?: string;
  ChallengeParameters?: Record<string, string>;
}

function toAuthenticationResult(raw: RawAuthenticationResult): AuthenticationResult {
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

function toVerifiedResult(response: RespondResponse): VerifySoftwareTokenResult {
  if (response.AuthenticationResult) {
    return { status: 'SUCCESS', authenticationResult: toAuthenticationResult(response.AuthenticationResult) };
  }
  if (typeof response.ChallengeName === 'string' && typeof response.Session === 'string') {
    const nextChallenge: NextChallenge = {
      name: response.ChallengeName,
      session: response.Session,
      parameters: response.ChallengeParameters ?? {},
    };
    return { status: 'SUCCESS', nextChallenge };
  }
  throw createNamedError('MalformedResponseError', 'RespondToAuthChallenge answered with neither tokens nor a challenge');
}

/**
 * A dependency-free client of the Cognito JSON protocol over fetch, for enrollment inside sign-in:
 * the MFA_SETUP challenge. It forwards the newest Session on every call, finishes the challenge
 * (RespondToAuthChallenge) and returns the tokens, or a further challenge, to `onVerified`.
 */
export function createCognitoSignInAdapter(options: CognitoSignInOptions): TotpSetupAdapter {
  const transport = createTransport(options, 'createCognitoSignInAdapter');
  const { username, clientId, clientSecret, sessionValidityMs = DEFAULT_SESSION_VALIDITY_MS } = options;
  // Cognito rejects any but the newest session, so every response's Session replaces it; each new
  // session starts its own validity period.
  let session = options.session;
  let sessionExpiry = (options.sessionIssuedAt ?? Date.now()) + sessionValidityMs;
  const renew = (next: string) => {
    session = next;
    sessionExpiry = Date.now() + sessionValidityMs;
  };
  const adopt = (body: Record<string, unknown>, operation: 'AssociateSoftwareToken' | 'VerifySoftwareToken') => {
    renew(requireString(body, 'Session', operation));
  };

  const respond = createFinalStep(async (signal): Promise<VerifySoftwareTokenResult> => {
    const responses: Record<string, string> = { USERNAME: username };
    if (clientSecret !== undefined) responses.SECRET_HASH = await computeSecretHash(username, clientId, clientSecret);
    const response = await callCognito<RespondResponse>(transport, 'RespondToAuthChallenge', {
      ClientId: clientId,
      ChallengeName: 'MFA_SETUP',
      Session: session,
      ChallengeResponses: responses,
    }, signal);
    return toVerifiedResult(response);
  });

  return {
    getSessionExpiry: () => sessionExpiry,

    async associateSoftwareToken({ signal }) {
      const body = await callCognito<Record<string, unknown>>(transport, 'AssociateSoftwareToken', { Session: session }, signal);
      const secretCode = requireString(body, 'SecretCode', 'AssociateSoftwareToken');
      adopt(body, 'AssociateSoftwareToken');
      respond.reset();
      return { secretCode };
    },

    async verifySoftwareToken({ userCode, friendlyDeviceName }, { signal }) {
      if (respond.pending) return respond.run(signal);
      const body = await callCognito<Record<string, unknown>>(transport, 'VerifySoftwareToken', {
        Session: session,
        UserCode: userCode,
        ...(friendlyDeviceName !== undefined && { FriendlyDeviceName: friendlyDeviceName }),
      }, signal);
      if (body.Status !== 'SUCCESS') {
        if (typeof body.Session === 'string' && body.Session !== '') renew(body.Session);
        return { status: 'ERROR' };
      }
      adopt(body, 'VerifySoftwareToken');
      return respond.run(signal);
    },
  };
}
