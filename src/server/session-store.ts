import { sealData, unsealData } from 'iron-session';
import type { CookieJar, CookieOptions } from './cookies.js';

/**
 * Where the server keeps something for one browser between requests: the pending sign-in for the
 * kit's handlers, and (in the app's choice) its tokens. The default keeps it in a sealed cookie; an
 * app with a server-side session (a database, Redis) implements these two methods over it.
 */
export interface SessionStore<T> {
  /** What was saved for this browser, or null (none, expired, or not readable). */
  load(cookies: CookieJar): Promise<T | null>;
  /** Keeps `value` for this browser; null forgets it. */
  save(cookies: CookieJar, value: T | null): Promise<void>;
}

export interface SealedCookieStoreOptions {
  cookieName: string;
  /**
   * At least 32 characters, from the app's secrets (never in the code). A map `{ 1: old, 2: new }`
   * rotates it: the highest id seals, any of them unseals.
   */
  password: string | Record<string, string>;
  /** How long a saved value is accepted, in seconds; also the cookie's Max-Age. */
  ttlSeconds: number;
  /** Defaults: `secure: true`, `sameSite: 'lax'`, `path: '/'`. The cookie is always httpOnly. */
  cookie?: Pick<CookieOptions, 'secure' | 'sameSite' | 'path' | 'domain'>;
}

// Browsers drop cookies over 4096 bytes (name, value and attributes); fail loudly on the server instead.
const MAX_SEAL_LENGTH = 3800;

/**
 * A session store in one httpOnly cookie, sealed (encrypted and signed, with an expiry) by
 * iron-session: the browser holds it but can neither read nor alter it.
 */
export function createSealedCookieStore<T>(options: SealedCookieStoreOptions): SessionStore<T> {
  const { cookieName, password, ttlSeconds } = options;
  const passwords = typeof password === 'string' ? [password] : Object.values(password);
  if (passwords.length === 0 || passwords.some((each) => typeof each !== 'string' || each.length < 32)) {
    throw new TypeError('createSealedCookieStore needs a password of at least 32 characters');
  }
  if (!(ttlSeconds > 0)) throw new TypeError('createSealedCookieStore needs ttlSeconds above 0');
  const cookieOptions: CookieOptions = { secure: true, sameSite: 'lax', path: '/', ...options.cookie, httpOnly: true, maxAge: ttlSeconds };
  const seal = { password, ttl: ttlSeconds };

  return {
    async load(cookies) {
      const sealed = cookies.get(cookieName)?.value;
      if (!sealed) return null;
      try {
        const data = await unsealData<{ value?: T }>(sealed, seal);
        return data.value ?? null;
      } catch {
        // A cookie that is not a seal of ours (altered, or from elsewhere) is no session.
        return null;
      }
    },
    async save(cookies, value) {
      if (value === null) {
        cookies.set(cookieName, '', { ...cookieOptions, maxAge: 0 });
        return;
      }
      const sealed = await sealData({ value }, seal);
      if (sealed.length > MAX_SEAL_LENGTH) {
        throw new RangeError(`${cookieName}: ${sealed.length} characters sealed, too many for one cookie; keep less in it, or keep it on the server`);
      }
      cookies.set(cookieName, sealed, cookieOptions);
    },
  };
}
