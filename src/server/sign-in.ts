import type { AuthenticationResult, SignInResult } from '../core/index.js';
import { createNamedError } from '../core/named-error.js';
import { readSignInResult, respondToChallenge, type CognitoAuthAnswer } from '../adapters/cognito/respond.js';
import { callCognito, requireString } from '../adapters/cognito/transport.js';
import type { CookieJar } from './cookies.js';
import { readCode, readDeviceName } from './fields.js';
import { appCode, noAbort, RequestError } from './http.js';
import type { CognitoContext } from './signed-in.js';
import type { SessionStore } from './session-store.js';

/** The challenges the kit's screens answer. */
export type KitChallenge = 'MFA_SETUP' | 'SOFTWARE_TOKEN_MFA';

/** A sign-in waiting for the authenticator, as the server keeps it between requests. */
export interface PendingSignIn {
  username: string;
  challenge: KitChallenge;
  /** The newest Session Cognito issued: it rejects any older one. */
  session: string;
  /** When `session` was issued (epoch ms); it is accepted for the app client's AuthSessionValidity. */
  issuedAt: number;
  /** SOFTWARE_TOKEN_MFA: FRIENDLY_DEVICE_NAME, when Cognito sent it. */
  friendlyDeviceName?: string;
  /** MFA_SETUP: the code was accepted and is spent; only RespondToAuthChallenge is left to do. */
  verified?: boolean;
}

/** Where a sign-in stands, as the browser may know it: never a token, never a session. */
export type SignInProgress =
  | { signInStep: 'DONE' }
  | { signInStep: KitChallenge; username: string; sessionExpiresAt: number; friendlyDeviceName?: string }
  /** A challenge the kit does not answer (a custom auth step, say); the sign-in was dropped. */
  | { signInStep: 'UNSUPPORTED_CHALLENGE'; challengeName: string };

export interface SignedInDetails {
  /** The tokens to keep on the server (a sealed cookie, a session database); never send them to the browser. */
  authenticationResult: AuthenticationResult;
  username: string;
  cookies: CookieJar;
}

export interface SignInContext extends CognitoContext {
  store: SessionStore<PendingSignIn>;
  sessionValidityMs: number;
  onSignedIn(details: SignedInDetails): unknown;
  cookies: CookieJar;
}


function canSetUpTotp(parameters: Record<string, string>): boolean {
  try {
    const methods: unknown = JSON.parse(parameters.MFAS_CAN_SETUP ?? '[]');
    return Array.isArray(methods) && methods.includes('SOFTWARE_TOKEN_MFA');
  } catch {
    return false;
  }
}

function progressOf(pending: PendingSignIn, sessionValidityMs: number): SignInProgress {
  return {
    signInStep: pending.challenge,
    username: pending.username,
    sessionExpiresAt: pending.issuedAt + sessionValidityMs,
    ...(pending.friendlyDeviceName !== undefined && { friendlyDeviceName: pending.friendlyDeviceName }),
  };
}

const save = (context: SignInContext, pending: PendingSignIn | null) => appCode(() => context.store.save(context.cookies, pending));

/**
 * Where a sign-in goes from Cognito's answer: the tokens go to the app's `onSignedIn` (and the
 * pending sign-in is forgotten); MFA_SETUP with an authenticator app, or SOFTWARE_TOKEN_MFA, is kept
 * for the kit's handlers; any other challenge is the app's to answer.
 */
export async function settleSignIn(context: SignInContext, username: string, result: SignInResult): Promise<SignInProgress> {
  if (result.authenticationResult) {
    await save(context, null);
    await appCode(() => context.onSignedIn({ authenticationResult: result.authenticationResult!, username, cookies: context.cookies }));
    return { signInStep: 'DONE' };
  }
  const { name, session, parameters } = result.nextChallenge!;
  if (name === 'SOFTWARE_TOKEN_MFA' || (name === 'MFA_SETUP' && canSetUpTotp(parameters))) {
    const pending: PendingSignIn = {
      username,
      challenge: name,
      session,
      issuedAt: Date.now(),
      ...(name === 'SOFTWARE_TOKEN_MFA' && parameters.FRIENDLY_DEVICE_NAME ? { friendlyDeviceName: parameters.FRIENDLY_DEVICE_NAME } : {}),
    };
    await save(context, pending);
    return progressOf(pending, context.sessionValidityMs);
  }
  await save(context, null);
  return { signInStep: 'UNSUPPORTED_CHALLENGE', challengeName: name };
}

/** Hands the app's own InitiateAuth (or RespondToAuthChallenge) answer to `settleSignIn`. */
export async function beginSignIn(context: SignInContext, username: string, response: CognitoAuthAnswer): Promise<SignInProgress> {
  return settleSignIn(context, username, readSignInResult(response, 'InitiateAuth'));
}

async function loadPending(context: SignInContext, challenge: KitChallenge): Promise<PendingSignIn> {
  const pending = await appCode(() => context.store.load(context.cookies));
  // Worded so that classifyError reads it as an expired session: the way out is a new sign-in.
  if (!pending) throw createNamedError('NotAuthorizedException', 'No sign-in in progress: the sign-in session is expired or was never started');
  if (pending.challenge !== challenge) {
    throw new RequestError(409, 'WrongSignInStepError', `The sign-in waits for ${pending.challenge}, not ${challenge}`);
  }
  return pending;
}

export async function readProgress(context: SignInContext): Promise<SignInProgress | null> {
  const pending = await appCode(() => context.store.load(context.cookies));
  return pending && progressOf(pending, context.sessionValidityMs);
}

const renewed = (pending: PendingSignIn, session: string): PendingSignIn => ({ ...pending, session, issuedAt: Date.now() });

/** MFA_SETUP, step 1: a new secret for the authenticator (its Session replaces the kept one). */
export async function associateInSignIn(context: SignInContext) {
  const pending = await loadPending(context, 'MFA_SETUP');
  const body = await callCognito<Record<string, unknown>>(context.transport, 'AssociateSoftwareToken', { Session: pending.session }, noAbort);
  const secretCode = requireString(body, 'SecretCode', 'AssociateSoftwareToken');
  const next: PendingSignIn = { ...renewed(pending, requireString(body, 'Session', 'AssociateSoftwareToken')), verified: false };
  await save(context, next);
  return { secretCode, sessionExpiresAt: next.issuedAt + context.sessionValidityMs };
}

/**
 * MFA_SETUP, step 2: VerifySoftwareToken, then RespondToAuthChallenge. When verify succeeded but the
 * answer failed, the kept sign-in says so, and the next attempt only answers again.
 */
export async function verifyInSignIn(context: SignInContext, body: Record<string, unknown>) {
  const userCode = readCode(body);
  const friendlyDeviceName = readDeviceName(body);
  let pending = await loadPending(context, 'MFA_SETUP');
  if (!pending.verified) {
    const verified = await callCognito<Record<string, unknown>>(context.transport, 'VerifySoftwareToken', {
      Session: pending.session,
      UserCode: userCode,
      FriendlyDeviceName: friendlyDeviceName,
    }, noAbort);
    if (verified.Status !== 'SUCCESS') {
      if (typeof verified.Session === 'string' && verified.Session !== '') {
        pending = renewed(pending, verified.Session);
        await save(context, pending);
      }
      return { status: 'ERROR' as const, sessionExpiresAt: pending.issuedAt + context.sessionValidityMs };
    }
    pending = { ...renewed(pending, requireString(verified, 'Session', 'VerifySoftwareToken')), verified: true };
    await save(context, pending);
  }
  const result = await respondToChallenge(context.transport, { ...context.cognito, username: pending.username, session: pending.session }, 'MFA_SETUP', pending.session, {}, noAbort);
  return { status: 'SUCCESS' as const, nextStep: await settleSignIn(context, pending.username, result) };
}

/** SOFTWARE_TOKEN_MFA: the code from the authenticator. A wrong code leaves the session as it was. */
export async function answerCode(context: SignInContext, body: Record<string, unknown>) {
  const userCode = readCode(body);
  const pending = await loadPending(context, 'SOFTWARE_TOKEN_MFA');
  const result = await respondToChallenge(context.transport, { ...context.cognito, username: pending.username, session: pending.session }, 'SOFTWARE_TOKEN_MFA', pending.session, { SOFTWARE_TOKEN_MFA_CODE: userCode }, noAbort);
  return { nextStep: await settleSignIn(context, pending.username, result) };
}
