// The kit's server handlers as an app would mount them, and an in-process "browser" that talks to
// them: it keeps the cookies the handlers set, sends them back, adds the Origin a browser adds, and
// records every response it was given, so tests can look for anything secret in them.
import { parseSetCookie } from 'cookie';
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import { createCognitoWire } from '../adapters/cognito-wire.js';
import { createMfaServer, createSealedCookieStore, type CookieJar, type MfaServer, type MfaServerOptions } from '../../src/server/index.js';
import type { AuthenticationResult } from '../../src/core/index.js';

export const appOrigin = 'https://app.example';
const password = 'a test password of at least 32 characters, never a real one';

export interface KeptTokens {
  accessToken: string;
  refreshToken?: string;
}

/** The app's side: its token store, and the handlers wired to it. */
export function createTestApp(options: Partial<MfaServerOptions> & Pick<MfaServerOptions, 'clientId'> & { region?: string; endpoint?: string }) {
  const tokens = createSealedCookieStore<KeptTokens>({ cookieName: 'app-tokens', password, ttlSeconds: 3600 });
  const signedIn: Array<{ username: string; authenticationResult: AuthenticationResult }> = [];
  const mfa: MfaServer = createMfaServer({
    signInStore: createSealedCookieStore({ cookieName: 'mfa-sign-in', password, ttlSeconds: 900 }),
    getAccessToken: async ({ cookies }) => (await tokens.load(cookies))?.accessToken,
    async onSignedIn({ authenticationResult, username, cookies }) {
      signedIn.push({ username, authenticationResult });
      await tokens.save(cookies, { accessToken: authenticationResult.accessToken, ...(authenticationResult.refreshToken && { refreshToken: authenticationResult.refreshToken }) });
    },
    ...options,
  });
  return { mfa, tokens, signedIn };
}

export interface SeenResponse {
  method: string;
  path: string;
  status: number;
  body: string;
  setCookies: string[];
}

/** A browser on `appOrigin` whose requests go straight to `mfa.handle`. */
export function createTestBrowser(mfa: MfaServer) {
  const cookies = new Map<string, string>();
  const seen: SeenResponse[] = [];

  const keep = (setCookie: string) => {
    const { name, value, maxAge } = parseSetCookie(setCookie);
    if (maxAge === 0 || !value) cookies.delete(name);
    else cookies.set(name, value);
  };

  const fetchImpl = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input), appOrigin);
    const headers = new Headers(init.headers);
    const method = init.method ?? 'GET';
    // Browsers send Origin with every POST from a page (same-origin ones too).
    if (method !== 'GET' && !headers.has('origin')) headers.set('origin', appOrigin);
    if (cookies.size > 0) headers.set('cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await mfa.handle(new Request(url, { ...init, headers }));
    const body = await response.text();
    const setCookies = response.headers.getSetCookie();
    setCookies.forEach(keep);
    seen.push({ method, path: url.pathname, status: response.status, body, setCookies });
    return new Response(body, { status: response.status, headers: response.headers });
  };

  /** The app's server code (a server action) writing to this browser's cookies. */
  const jar: CookieJar = {
    get: (name) => (cookies.has(name) ? { value: cookies.get(name)! } : undefined),
    set(name, value, options) {
      if (options?.maxAge === 0 || value === '') cookies.delete(name);
      else cookies.set(name, value);
    },
  };

  return { fetch: fetchImpl as typeof fetch, cookies, seen, jar };
}

/** A raw request to the handlers, as a page (or an attacker's page) might send it. */
export function post(path: string, body: BodyInit | null, headers: Record<string, string> = {}): Request {
  return new Request(new URL(path, appOrigin), {
    method: 'POST',
    headers: { origin: appOrigin, 'x-mfa-enroll': '1', 'content-type': 'application/json', ...headers },
    body,
  });
}

/**
 * For a suite of handler tests: Cognito's regional endpoint at the network boundary (msw), reset after
 * each test, and a failure for any test during which anything wrote to the console. The kit logs
 * nothing, so nothing secret can reach a log.
 */
export function useQuietCognitoWire(endpoint = 'https://cognito-idp.eu-west-1.amazonaws.com/') {
  const wire = createCognitoWire(endpoint);
  const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method));
  beforeAll(() => wire.server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => consoleSpies.forEach((spy) => spy.mockClear()));
  afterEach(() => {
    for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
    wire.reset();
    wire.server.resetHandlers();
  });
  afterAll(() => wire.server.close());
  return wire;
}
