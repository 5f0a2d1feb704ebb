'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { initiatePasswordAuth } from '@/lib/cognito';
import { appStores, mfaServer } from '@/lib/mfa';

export interface SignInState {
  error?: string;
}

const nextPage: Record<string, string> = { DONE: '/', MFA_SETUP: '/sign-in/mfa-setup', SOFTWARE_TOKEN_MFA: '/sign-in/code' };

/** The password step, on the server: the browser hears only where to go next. */
export async function signIn(_state: SignInState, form: FormData): Promise<SignInState> {
  const username = String(form.get('username') ?? '').trim();
  const password = String(form.get('password') ?? '');
  if (!username || !password) return { error: 'Enter your username and password.' };
  const attempt = await initiatePasswordAuth(username, password);
  if ('error' in attempt) {
    return { error: ['NotAuthorizedException', 'UserNotFoundException'].includes(attempt.error) ? 'Wrong username or password.' : 'Signing in failed; try again.' };
  }
  const progress = await mfaServer().beginSignIn(await cookies(), { username, response: attempt.response });
  const page = nextPage[progress.signInStep];
  if (!page) return { error: 'This sign-in needs a step this app does not offer.' };
  redirect(page);
}

export async function signOut(): Promise<void> {
  const jar = await cookies();
  const { session, refreshToken, signIn: pending } = appStores();
  await Promise.all([session.save(jar, null), refreshToken.save(jar, null), pending.save(jar, null)]);
  redirect('/sign-in');
}
