import type { TotpSettingsAdapter } from '../core/index.js';
import { createNamedError } from '../core/named-error.js';
import { createCognitoAdapter } from '../adapters/cognito/access-token.js';
import type { CommonOptions } from '../adapters/cognito/common.js';
import type { TransportOptions } from '../adapters/cognito/transport.js';
import type { CookieJar } from './cookies.js';
import { readCode, readDeviceName, readEnabled } from './fields.js';
import { appCode, noAbort } from './http.js';

/** How the handlers reach Cognito: the app client, and the fetch client's options. */
export interface CognitoContext {
  cognito: CommonOptions & { clientId: string; clientSecret?: string };
  transport: TransportOptions;
}

export interface AccessTokenContext extends CognitoContext {
  getAccessToken(details: { cookies: CookieJar; request: Request }): unknown;
  cookies: CookieJar;
  request: Request;
}


/** The kit's fetch adapter, authorised by the access token the server holds for this browser. */
async function adapterFor(context: AccessTokenContext): Promise<TotpSettingsAdapter> {
  const accessToken = await appCode(() => context.getAccessToken({ cookies: context.cookies, request: context.request }));
  if (typeof accessToken !== 'string' || accessToken === '') throw createNamedError('NotAuthorizedException', 'Not signed in');
  // The preference is set by its own request (`enabled`), so that a failure after a successful verify
  // never makes the user spend a second code: the browser adapter retries only that request.
  return createCognitoAdapter({ ...context.cognito, accessToken, setPreferredMfa: false });
}

export const readMfaState = async (context: AccessTokenContext) => (await adapterFor(context)).getMfaState({ signal: noAbort });

export const associate = async (context: AccessTokenContext) => {
  const { secretCode } = await (await adapterFor(context)).associateSoftwareToken({ signal: noAbort });
  return { secretCode };
};

export async function verify(context: AccessTokenContext, body: Record<string, unknown>) {
  const userCode = readCode(body);
  const friendlyDeviceName = readDeviceName(body);
  const { status } = await (await adapterFor(context)).verifySoftwareToken({ userCode, ...(friendlyDeviceName !== undefined && { friendlyDeviceName }) }, { signal: noAbort });
  return { status };
}

export async function setEnabled(context: AccessTokenContext, body: Record<string, unknown>) {
  const enabled = readEnabled(body);
  await (await adapterFor(context)).setTotpEnabled(enabled, { signal: noAbort });
  return { enabled };
}
