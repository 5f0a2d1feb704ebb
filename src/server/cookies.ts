import { parseCookie, stringifySetCookie } from 'cookie';

/** The attributes a store sets on its cookie. */
export interface CookieOptions {
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: 'lax' | 'strict' | 'none';
  path?: string;
  domain?: string;
  /** Seconds; 0 deletes the cookie. */
  maxAge?: number;
}

/**
 * Where a session store reads and writes its cookie. Next.js's `await cookies()` (in route handlers
 * and server actions) is one as it is; on any other Request/Response server, `requestCookies`.
 */
export interface CookieJar {
  get(name: string): { value: string } | undefined;
  set(name: string, value: string, options?: CookieOptions): unknown;
}

/**
 * A cookie jar over a request and the headers of the response being built: it reads the request's
 * `Cookie` header and appends a `Set-Cookie` to `responseHeaders` for every write (a later read in the
 * same request sees the write).
 */
export function requestCookies(request: Request, responseHeaders: Headers): CookieJar {
  const values = parseCookie(request.headers.get('cookie') ?? '');
  return {
    get(name) {
      const value = values[name];
      return value === undefined || value === '' ? undefined : { value };
    },
    set(name, value, options = {}) {
      responseHeaders.append('Set-Cookie', stringifySetCookie(name, value, options));
      values[name] = options.maxAge === 0 ? undefined : value;
    },
  };
}
