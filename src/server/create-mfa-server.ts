import { DEFAULT_SESSION_VALIDITY_MS } from '../core/index.js';
import { createTransport, type CommonOptions } from '../adapters/cognito/common.js';
import type { CognitoAuthAnswer } from '../adapters/cognito/respond.js';
import { requestCookies, type CookieJar } from './cookies.js';
import { assertSameOrigin, errorResponse, jsonResponse, readJsonBody, RequestError, ServerFault } from './http.js';
import {
  answerCode,
  associateInSignIn,
  beginSignIn,
  readProgress,
  verifyInSignIn,
  type PendingSignIn,
  type SignedInDetails,
  type SignInContext,
  type SignInProgress,
} from './sign-in.js';
import { associate, readMfaState, setEnabled, verify, type AccessTokenContext } from './signed-in.js';
import type { SessionStore } from './session-store.js';

export interface MfaServerOptions extends CommonOptions {
  /** The app client that signs users in. */
  clientId: string;
  /** Only for an app client with a secret (the server can keep one): SECRET_HASH is sent. */
  clientSecret?: string;
  /** Where the pending sign-in (its Cognito session) is kept between requests. */
  signInStore: SessionStore<PendingSignIn>;
  /** The signed-in user's access token, wherever the app keeps it; null or undefined when signed out. */
  getAccessToken(details: { cookies: CookieJar; request: Request }): string | null | undefined | Promise<string | null | undefined>;
  /** The sign-in finished: keep the tokens on the server. The browser only hears that it is signed in. */
  onSignedIn(details: SignedInDetails): void | Promise<void>;
  /** The path the handlers are mounted under. Default `/api/mfa`. */
  basePath?: string;
  /** Origins whose pages may call the handlers. Default: the request's own origin. */
  allowedOrigins?: readonly string[];
  /** The largest request body accepted, in bytes. Default 4096. */
  maxBodyBytes?: number;
  /** The app client's AuthSessionValidity in milliseconds. Default 3 minutes, Cognito's default. */
  sessionValidityMs?: number;
  /**
   * The app's own code (the token getter, `onSignedIn`, a store) threw: the browser got a bare 500;
   * here is the cause, for the app's logs. The kit itself logs nothing.
   */
  onError?(error: unknown): void;
}

export interface MfaServer {
  /** Answers a request to one of the handlers under `basePath` (see the README for the routes). */
  handle(request: Request, cookies?: CookieJar): Promise<Response>;
  /**
   * Continues a sign-in the app started (InitiateAuth, or RespondToAuthChallenge for a password step)
   * from Cognito's answer: tokens go to `onSignedIn`; MFA_SETUP and SOFTWARE_TOKEN_MFA are kept for
   * the handlers. Rejects like the handlers' failures, when the answer is malformed.
   */
  beginSignIn(cookies: CookieJar, input: { username: string; response: CognitoAuthAnswer }): Promise<SignInProgress>;
  /** The pending sign-in as the browser may know it (to render its screen), or null. */
  readSignIn(cookies: CookieJar): Promise<SignInProgress | null>;
}

type Route =
  | { method: 'GET'; run(context: SignInContext & AccessTokenContext): Promise<unknown> }
  | { method: 'POST'; run(context: SignInContext & AccessTokenContext, body: Record<string, unknown>): Promise<unknown> };

const routes: Record<string, Route> = {
  state: { method: 'GET', run: readMfaState },
  associate: { method: 'POST', run: associate },
  verify: { method: 'POST', run: verify },
  enabled: { method: 'POST', run: setEnabled },
  'sign-in': { method: 'GET', run: readProgress },
  'sign-in/associate': { method: 'POST', run: associateInSignIn },
  'sign-in/verify': { method: 'POST', run: verifyInSignIn },
  'sign-in/code': { method: 'POST', run: answerCode },
};

/**
 * Request → Response handlers for a backend-for-frontend: the browser talks to them with a cookie,
 * and they call Cognito with the access token and sign-in session the server holds. No token and no
 * Cognito session is ever in a response.
 */
export function createMfaServer(options: MfaServerOptions): MfaServer {
  const { clientId, clientSecret, basePath = '/api/mfa', maxBodyBytes = 4096, sessionValidityMs = DEFAULT_SESSION_VALIDITY_MS } = options;
  if (typeof clientId !== 'string' || clientId === '') throw new TypeError('createMfaServer needs a clientId');
  const transport = createTransport(options, 'createMfaServer');
  const cognito = { region: options.region, endpoint: options.endpoint, fetch: options.fetch, timeoutMs: options.timeoutMs, clientId, clientSecret };
  const prefix = `${basePath.replace(/\/$/, '')}/`;

  const signInContext = (cookies: CookieJar): SignInContext => ({
    cognito,
    transport,
    store: options.signInStore,
    sessionValidityMs,
    onSignedIn: options.onSignedIn,
    cookies,
  });

  function routeOf(request: Request, headers: Headers): Route {
    const { pathname } = new URL(request.url);
    const name = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : '';
    if (!Object.hasOwn(routes, name)) throw new RequestError(404, 'NotFoundError', `No MFA handler at ${pathname}`);
    const route = routes[name]!;
    if (request.method !== route.method) {
      headers.set('Allow', route.method);
      throw new RequestError(405, 'MethodNotAllowedError', `Use ${route.method} for ${pathname}`);
    }
    return route;
  }

  return {
    async handle(request, cookies) {
      const headers = new Headers();
      const jar = cookies ?? requestCookies(request, headers);
      const context = { ...signInContext(jar), getAccessToken: options.getAccessToken, request };
      try {
        const route = routeOf(request, headers);
        let result: unknown;
        if (route.method === 'GET') {
          result = await route.run(context);
        } else {
          assertSameOrigin(request, options.allowedOrigins);
          result = await route.run(context, await readJsonBody(request, maxBodyBytes));
        }
        return jsonResponse(200, result, headers);
      } catch (error) {
        if (error instanceof ServerFault) options.onError?.(error.cause);
        return errorResponse(error, headers);
      }
    },
    beginSignIn: (cookies, { username, response }) => beginSignIn(signInContext(cookies), username, response),
    readSignIn: (cookies) => readProgress(signInContext(cookies)),
  };
}
