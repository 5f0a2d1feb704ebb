// What the handlers refuse before anything reaches Cognito: bad input, wrong content type, oversized
// bodies, other sites' requests, wrong routes. Each is a 4xx with a clear error, no Cognito call, no
// cookie touched and nothing logged. Also the sealed-cookie store's own promises.
import { describe, expect, it, vi } from 'vitest';
import { createSealedCookieStore, requestCookies } from '../../src/server/index.js';
import { appOrigin, createTestApp, createTestBrowser, post, useQuietCognitoWire } from '../support/bff.js';

const wire = useQuietCognitoWire();

/** A browser signed in (tokens in its sealed cookie) and in the middle of a code sign-in. */
async function signedInBrowser() {
  const app = createTestApp({ region: 'eu-west-1', clientId: 'app-client' });
  const browser = createTestBrowser(app.mfa);
  await app.tokens.save(browser.jar, { accessToken: 'access.jwt.token' });
  await app.mfa.beginSignIn(browser.jar, { username: 'ana', response: { ChallengeName: 'MFA_SETUP', Session: 'S'.repeat(40), ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' } } });
  const cookieHeader = [...browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  return { app, cookieHeader };
}

const json = (value: unknown) => JSON.stringify(value);
const big = 'x'.repeat(5000);

const refused: Array<[string, string, () => Request, number, string, RegExp]> = [
  ['a missing code', '/api/mfa/verify', () => post('/api/mfa/verify', json({ friendlyDeviceName: 'Phone' })), 400, 'BadRequestError', /userCode is missing/],
  ['a seven-digit code', '/api/mfa/verify', () => post('/api/mfa/verify', json({ userCode: '1234567' })), 400, 'BadRequestError', /exactly 6 digits/],
  ['a five-digit code', '/api/mfa/sign-in/verify', () => post('/api/mfa/sign-in/verify', json({ userCode: '12345' })), 400, 'BadRequestError', /exactly 6 digits/],
  ['a code with letters', '/api/mfa/sign-in/code', () => post('/api/mfa/sign-in/code', json({ userCode: '12a456' })), 400, 'BadRequestError', /exactly 6 digits/],
  ['a code as a number', '/api/mfa/sign-in/code', () => post('/api/mfa/sign-in/code', json({ userCode: 123456 })), 400, 'BadRequestError', /exactly 6 digits/],
  ['full-width digits', '/api/mfa/verify', () => post('/api/mfa/verify', json({ userCode: '１２３４５６' })), 400, 'BadRequestError', /exactly 6 digits/],
  ['a device name that is not a string', '/api/mfa/verify', () => post('/api/mfa/verify', json({ userCode: '123456', friendlyDeviceName: 7 })), 400, 'BadRequestError', /friendlyDeviceName must be a string/],
  ['a device name over 64 characters', '/api/mfa/sign-in/verify', () => post('/api/mfa/sign-in/verify', json({ userCode: '123456', friendlyDeviceName: 'n'.repeat(65) })), 400, 'BadRequestError', /too long/],
  ['no enabled', '/api/mfa/enabled', () => post('/api/mfa/enabled', json({})), 400, 'BadRequestError', /enabled is missing/],
  ['enabled as a string', '/api/mfa/enabled', () => post('/api/mfa/enabled', json({ enabled: 'false' })), 400, 'BadRequestError', /true or false/],
  ['a body that is not JSON', '/api/mfa/associate', () => post('/api/mfa/associate', '{userCode:'), 400, 'BadRequestError', /not valid JSON/],
  ['a JSON array', '/api/mfa/verify', () => post('/api/mfa/verify', json(['123456'])), 400, 'BadRequestError', /JSON object/],
  ['an oversized body (Content-Length)', '/api/mfa/verify', () => post('/api/mfa/verify', json({ userCode: '123456', friendlyDeviceName: big })), 413, 'PayloadTooLargeError', /over 4096 bytes/],
  ['an oversized body sent in chunks, with no Content-Length', '/api/mfa/verify', () => {
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i += 1) controller.enqueue(new TextEncoder().encode(big.slice(0, 1000)));
        controller.close();
      },
    });
    return new Request(new URL('/api/mfa/verify', appOrigin), { method: 'POST', headers: { origin: appOrigin, 'x-mfa-enroll': '1', 'content-type': 'application/json' }, body: chunks, duplex: 'half' } as RequestInit);
  }, 413, 'PayloadTooLargeError', /over 4096 bytes/],
  ['text/plain', '/api/mfa/verify', () => post('/api/mfa/verify', json({ userCode: '123456' }), { 'content-type': 'text/plain' }), 415, 'UnsupportedMediaTypeError', /application\/json/],
  ['a form post', '/api/mfa/enabled', () => post('/api/mfa/enabled', 'enabled=false', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'UnsupportedMediaTypeError', /application\/json/],
  ['no kit header (a plain form or fetch from anywhere)', '/api/mfa/enabled', () => {
    const request = post('/api/mfa/enabled', json({ enabled: false }));
    request.headers.delete('x-mfa-enroll');
    return request;
  }, 403, 'ForbiddenException', /x-mfa-enroll/],
  ['another site’s Origin', '/api/mfa/enabled', () => post('/api/mfa/enabled', json({ enabled: false }), { origin: 'https://evil.example' }), 403, 'ForbiddenException', /does not come from this site/],
  ['a null Origin (sandboxed frame)', '/api/mfa/sign-in/code', () => post('/api/mfa/sign-in/code', json({ userCode: '123456' }), { origin: 'null' }), 403, 'ForbiddenException', /does not come from this site/],
  ['no Origin and Sec-Fetch-Site cross-site', '/api/mfa/associate', () => {
    const request = post('/api/mfa/associate', json({}), { 'sec-fetch-site': 'cross-site' });
    request.headers.delete('origin');
    return request;
  }, 403, 'ForbiddenException', /does not come from this site/],
  ['GET on a state-changing route', '/api/mfa/enabled', () => new Request(new URL('/api/mfa/enabled', appOrigin)), 405, 'MethodNotAllowedError', /Use POST/],
  ['POST to a reading route', '/api/mfa/state', () => post('/api/mfa/state', json({})), 405, 'MethodNotAllowedError', /Use GET/],
  ['an unknown route', '/api/mfa/constructor', () => post('/api/mfa/constructor', json({})), 404, 'NotFoundError', /No MFA handler/],
  ['a route outside the base path', '/other/verify', () => post('/other/verify', json({ userCode: '123456' })), 404, 'NotFoundError', /No MFA handler/],
];

describe('bad requests: a 4xx with a clear error, and nothing touched', () => {
  it.each(refused)('%s (%s)', async (_what, _path, makeRequest, status, name, message) => {
    const { app, cookieHeader } = await signedInBrowser();
    const request = makeRequest();
    request.headers.set('cookie', cookieHeader);
    const response = await app.mfa.handle(request);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    if (status === 405) expect(response.headers.get('allow')).toMatch(/^(GET|POST)$/);
    const { error } = await response.json();
    expect(error).toMatchObject({ name, message: expect.stringMatching(message), kind: expect.any(String), action: expect.any(String) });
    // Nothing reached Cognito and no cookie changed.
    expect(wire.requests).toEqual([]);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('answers a request with no access token as signed out (401), asking Cognito nothing', async () => {
    const app = createTestApp({ region: 'eu-west-1', clientId: 'app-client' });
    const response = await app.mfa.handle(post('/api/mfa/associate', json({})));
    expect(response.status).toBe(401);
    expect((await response.json()).error).toMatchObject({ name: 'NotAuthorizedException', kind: 'signed-out', action: 'sign-in' });
    expect(wire.requests).toEqual([]);
  });

  it('treats an altered sign-in cookie as no sign-in: session expired, start again', async () => {
    const { app, cookieHeader } = await signedInBrowser();
    const altered = cookieHeader.replace(/mfa-sign-in=([^;]{10})/, 'mfa-sign-in=AAAAAAAAAA');
    expect(altered).not.toBe(cookieHeader);
    const request = post('/api/mfa/sign-in/associate', json({}));
    request.headers.set('cookie', altered);
    const response = await app.mfa.handle(request);
    expect(response.status).toBe(401);
    expect((await response.json()).error).toMatchObject({ name: 'NotAuthorizedException', kind: 'session-expired', action: 'restart' });
    expect(wire.requests).toEqual([]);
  });

  it('accepts a request without Origin when the browser says it is same-origin, and origins the app lists', async () => {
    const { app, cookieHeader } = await signedInBrowser();
    const sameOrigin = post('/api/mfa/enabled', json({ enabled: 'no' }), { cookie: cookieHeader, 'sec-fetch-site': 'same-origin' });
    sameOrigin.headers.delete('origin');
    // Past the origin check, it stops at the body: the check let it through.
    expect((await app.mfa.handle(sameOrigin)).status).toBe(400);

    const listed = createTestApp({ region: 'eu-west-1', clientId: 'app-client', allowedOrigins: ['https://www.app.example'] });
    expect((await listed.mfa.handle(post('/api/mfa/enabled', json({ enabled: 'no' }), { origin: 'https://www.app.example' }))).status).toBe(400);
    expect((await listed.mfa.handle(post('/api/mfa/enabled', json({ enabled: 'no' })))).status).toBe(403);
    expect(wire.requests).toEqual([]);
  });

  it('mounts under the base path the app chose', async () => {
    const app = createTestApp({ region: 'eu-west-1', clientId: 'app-client', basePath: '/auth/mfa/' });
    const response = await app.mfa.handle(new Request(new URL('/auth/mfa/sign-in', appOrigin)));
    expect(response.status).toBe(200);
    expect(await response.json()).toBeNull();
  });

  it('refuses options it cannot work with', () => {
    expect(() => createTestApp({ clientId: '' })).toThrow(/clientId/);
    expect(() => createTestApp({ clientId: 'app-client', region: 'not a region' })).toThrow(/region/);
  });
});

describe('createSealedCookieStore', () => {
  const password = 'another test password, 32 characters or more';

  it('sets an httpOnly, Secure, SameSite cookie the browser cannot read, and reads it back', async () => {
    const store = createSealedCookieStore<{ accessToken: string }>({ cookieName: 'tokens', password, ttlSeconds: 600 });
    const headers = new Headers();
    await store.save(requestCookies(new Request(appOrigin), headers), { accessToken: 'access.jwt.token' });
    const [cookie] = headers.getSetCookie();
    expect(cookie).toMatch(/^tokens=[^;]+; Max-Age=600; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    expect(cookie).not.toContain('access.jwt.token');
    const request = new Request(appOrigin, { headers: { cookie: cookie!.split(';')[0]! } });
    expect(await store.load(requestCookies(request, new Headers()))).toEqual({ accessToken: 'access.jwt.token' });
  });

  it('forgets: a Max-Age=0 cookie, and null when read in the same request', async () => {
    const store = createSealedCookieStore<string>({ cookieName: 'kept', password, ttlSeconds: 600, cookie: { sameSite: 'strict' } });
    const headers = new Headers();
    const jar = requestCookies(new Request(appOrigin, { headers: { cookie: 'kept=something' } }), headers);
    await store.save(jar, null);
    expect(headers.getSetCookie()).toEqual(['kept=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Strict']);
    expect(await store.load(jar)).toBeNull();
  });

  it('reads nothing from a seal past its time, made with another password, or altered', async () => {
    const store = createSealedCookieStore<string>({ cookieName: 'kept', password, ttlSeconds: 60 });
    const cookies = new Map<string, string>();
    const jar = { get: (name: string) => (cookies.has(name) ? { value: cookies.get(name)! } : undefined), set: (name: string, value: string) => cookies.set(name, value) };
    await store.save(jar, 'value');
    expect(await store.load(jar)).toBe('value');
    expect(await createSealedCookieStore<string>({ cookieName: 'kept', password: `${password}!`, ttlSeconds: 60 }).load(jar)).toBeNull();
    const sealed = cookies.get('kept')!;
    cookies.set('kept', `${sealed.slice(0, 60)}A${sealed.slice(61)}`);
    expect(await store.load(jar)).toBeNull();
    cookies.set('kept', sealed);
    vi.useFakeTimers({ now: Date.now() + 3 * 60_000, toFake: ['Date'] });
    try {
      expect(await store.load(jar)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses a short password, no lifetime, and a value too large for a cookie', async () => {
    expect(() => createSealedCookieStore({ cookieName: 'x', password: 'short', ttlSeconds: 60 })).toThrow(/at least 32 characters/);
    expect(() => createSealedCookieStore({ cookieName: 'x', password: { 1: password, 2: 'short' }, ttlSeconds: 60 })).toThrow(/at least 32 characters/);
    expect(() => createSealedCookieStore({ cookieName: 'x', password, ttlSeconds: 0 })).toThrow(/ttlSeconds/);
    const store = createSealedCookieStore<string>({ cookieName: 'x', password, ttlSeconds: 60 });
    await expect(store.save(requestCookies(new Request(appOrigin), new Headers()), 'y'.repeat(4000))).rejects.toThrow(/too many for one cookie/);
  });
});
