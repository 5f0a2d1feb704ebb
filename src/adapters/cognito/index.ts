import {
  DEFAULT_SESSION_VALIDITY_MS,
  type AuthenticationResult,
  type NextChallenge,
  type TotpSetupAdapter,
  type VerifySoftwareTokenResult,
} from '../../core/adapter.js';
import { createFinalStep } from '../../core/final-step.js';
import { createNamedError } from '../../core/named-error.js';
import { computeSecretHash } from './secret-hash.js';
import { callCognito, requireString, type TransportOptions } from './transport.js';

interface CommonOptions {
  /** The user pool's region, e.g. `eu-west-1` (the part of the pool id before `_`). */
  region?: string;
  /** A full endpoint URL instead of the region's, e.g. a proxy or cognito-local. */
  endpoint?: string;
  /** Default: the global `fetch`. */
  fetch?: typeof fetch;
  /** Milliseconds before a request is given up as `TimeoutError`. Default 15,000. */
  timeoutMs?: number;
}

export interface CognitoAccessTokenOptions extends CommonOptions {
  /** A signed-in user's access token (settings page). */
  accessToken: string;
  /** After a successful verify, make TOTP the user's preferred MFA (SetUserMFAPreference). Default true. */
  setPreferredMfa?: boolean;
}

export interface CognitoSessionOptions extends CommonOptions {
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

export type CognitoAdapterOptions = CognitoAccessTokenOptions | CognitoSessionOptions;

const DEFAULT_TIMEOUT_MS = 15_000;

function resolveEndpoint({ endpoint, region }: CommonOptions): string {
  if (endpoint) return endpoint;
  // Checked so that a region taken from configuration cannot point requests at another host.
  if (!region || !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
    throw new TypeError('createCognitoAdapter needs a region like "eu-west-1" or a full endpoint URL');
  }
  return `https://cognito-idp.${region}.amazonaws.com/`;
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
 * A dependency-free client of the Cognito JSON protocol over fetch, for both enrollment flows:
 * a signed-in user (`accessToken`), or the MFA_SETUP challenge during sign-in (`session`, `username`,
 * `clientId`), where it forwards the newest Session on every call and finishes the challenge.
 */
export function createCognitoAdapter(options: CognitoAdapterOptions): TotpSetupAdapter {
  const transport: TransportOptions = {
    endpoint: resolveEndpoint(options),
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
  return 'accessToken' in options ? accessTokenAdapter(options, transport) : sessionAdapter(options, transport);
}

function accessTokenAdapter(options: CognitoAccessTokenOptions, transport: TransportOptions): TotpSetupAdapter {
  const { accessToken, setPreferredMfa = true } = options;
  const setPreference = createFinalStep((signal) =>
    callCognito(transport, 'SetUserMFAPreference', {
      AccessToken: accessToken,
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
    }, signal),
  );

  return {
    async associateSoftwareToken({ signal }) {
      setPreference.reset();
      const body = await callCognito<Record<string, unknown>>(transport, 'AssociateSoftwareToken', { AccessToken: accessToken }, signal);
      return { secretCode: requireString(body, 'SecretCode', 'AssociateSoftwareToken') };
    },

    async verifySoftwareToken({ userCode, friendlyDeviceName }, { signal }) {
      if (setPreference.pending) {
        await setPreference.run(signal);
        return { status: 'SUCCESS' };
      }
      const body = await callCognito<{ Status?: string }>(transport, 'VerifySoftwareToken', {
        AccessToken: accessToken,
        UserCode: userCode,
        ...(friendlyDeviceName !== undefined && { FriendlyDeviceName: friendlyDeviceName }),
      }, signal);
      if (body.Status !== 'SUCCESS') return { status: 'ERROR' };
      if (setPreferredMfa) await setPreference.run(signal);
      return { status: 'SUCCESS' };
    },
  };
}

function sessionAdapter(options: CognitoSessionOptions, transport: TransportOptions): TotpSetupAdapter {
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
