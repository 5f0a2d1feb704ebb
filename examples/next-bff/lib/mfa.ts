// The app's server side: where it keeps the sign-in session and the tokens (sealed, httpOnly
// cookies), and the kit's handlers wired to them. Built on first use, so that `next build` needs none
// of the secrets.
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { createMfaServer, createSealedCookieStore, type MfaServer, type PendingSignIn, type SessionStore, type SignInProgress } from 'react-mfa-enroll/server';
import { cognitoConfig } from './cognito';

/** What the app keeps for a signed-in user. The refresh token gets a cookie of its own (a cookie holds about 4 KB). */
export interface AppSession {
  username: string;
  accessToken: string;
}

interface Stores {
  session: SessionStore<AppSession>;
  refreshToken: SessionStore<string>;
  signIn: SessionStore<PendingSignIn>;
}

let stores: Stores | undefined;
let server: MfaServer | undefined;

export function appStores(): Stores {
  if (!stores) {
    const password = process.env.SESSION_PASSWORD ?? '';
    // Secure in production (browsers accept Secure cookies from http://localhost too); `next dev` may be reached by IP.
    const cookie = { secure: process.env.NODE_ENV === 'production' };
    stores = {
      session: createSealedCookieStore({ cookieName: 'app-session', password, ttlSeconds: 60 * 60, cookie }),
      refreshToken: createSealedCookieStore({ cookieName: 'app-refresh', password, ttlSeconds: 30 * 24 * 60 * 60, cookie }),
      // Lives as long as the app client's AuthSessionValidity (3 minutes by default), and is only for the MFA API.
      signIn: createSealedCookieStore({ cookieName: 'mfa-sign-in', password, ttlSeconds: 15 * 60, cookie: { ...cookie, sameSite: 'strict' } }),
    };
  }
  return stores;
}

export function mfaServer(): MfaServer {
  if (!server) {
    const { session, refreshToken, signIn } = appStores();
    server = createMfaServer({
      ...cognitoConfig(),
      signInStore: signIn,
      getAccessToken: async ({ cookies }) => (await session.load(cookies))?.accessToken,
      async onSignedIn({ authenticationResult, username, cookies }) {
        await session.save(cookies, { username, accessToken: authenticationResult.accessToken });
        if (authenticationResult.refreshToken) await refreshToken.save(cookies, authenticationResult.refreshToken);
      },
    });
  }
  return server;
}

/** The signed-in user's session, for a page that needs one; anyone else goes to the sign-in form. */
export async function requireSession(): Promise<AppSession> {
  const jar = await cookies();
  const session = await appStores().session.load(jar);
  if (!session) redirect('/sign-in');
  return session;
}

/** Where the sign-in stands, for the page of `step`; a sign-in elsewhere (or none) starts again. */
export async function requireSignInStep<Step extends 'MFA_SETUP' | 'SOFTWARE_TOKEN_MFA'>(step: Step) {
  const jar = await cookies();
  const progress = await mfaServer().readSignIn(jar);
  if (progress?.signInStep !== step) redirect('/sign-in');
  return progress as Extract<SignInProgress, { signInStep: Step }>;
}
