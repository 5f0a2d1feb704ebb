import type {
  MfaState,
  RespondToSoftwareTokenMfaResult,
  TotpChallengeAdapter,
  TotpSettingsAdapter,
  TotpSetupAdapter,
  VerifySoftwareTokenResult,
} from '../../core/index.js';
import { createFinalStep } from '../../core/final-step.js';
import { createNamedError } from '../../core/named-error.js';

export interface ServerAdapterOptions {
  /** Where the app mounted the kit's server handlers. Default `/api/mfa`. */
  basePath?: string;
  /** Default: the global `fetch`. */
  fetch?: typeof fetch;
}

export interface ServerSignInAdapterOptions extends ServerAdapterOptions {
  /** When the sign-in session stops being accepted (epoch ms), as the server's `readSignIn` gave it. */
  sessionExpiresAt?: number;
}

export interface ServerChallengeAdapterOptions extends ServerSignInAdapterOptions {
  /** FRIENDLY_DEVICE_NAME, as the server's `readSignIn` gave it. */
  friendlyDeviceName?: string;
}

type Call = <T>(path: string, body: object | undefined, signal: AbortSignal) => Promise<T>;

/**
 * Requests to the app's own server, authorised by its cookie (the page holds no token). A failure
 * rejects with the Error name the server sent (Cognito's exception name), as the other adapters do.
 */
function createCall({ basePath = '/api/mfa', fetch: send = (input, init) => fetch(input, init) }: ServerAdapterOptions): Call {
  return async (path, body, signal) => {
    let response: Response;
    let data: { error?: { name?: string; message?: string } };
    try {
      response = await send(`${basePath}/${path}`, {
        method: body ? 'POST' : 'GET',
        // The header (with JSON) is what the server's cross-site request check looks for.
        headers: body ? { 'x-mfa-enroll': '1', 'content-type': 'application/json' } : { 'x-mfa-enroll': '1' },
        body: body && JSON.stringify(body),
        credentials: 'same-origin',
        cache: 'no-store',
        signal,
      });
      data = await response.json();
    } catch (cause) {
      throw createNamedError(signal.aborted ? 'AbortError' : 'NetworkError', `${path}: no answer from the server`, cause);
    }
    if (!response.ok) throw createNamedError(data.error?.name ?? 'UnknownError', data.error?.message ?? `HTTP ${response.status}`);
    return data as never;
  };
}

/** A signed-in user's settings page and enrollment (`<TotpSettings>`, `<TotpSetup>`). */
export function createServerAdapter(options: ServerAdapterOptions = {}): TotpSettingsAdapter {
  const call = createCall(options);
  const setTotpEnabled = async (enabled: boolean, { signal }: { signal: AbortSignal }) => {
    await call('enabled', { enabled }, signal);
  };
  // Verified but not yet preferred: the code is spent, so the next attempt only sets the preference.
  const setPreference = createFinalStep((signal) => setTotpEnabled(true, { signal }));
  return {
    getMfaState: ({ signal }) => call<MfaState>('state', undefined, signal),
    setTotpEnabled,
    associateSoftwareToken({ signal }) {
      setPreference.reset();
      return call('associate', {}, signal);
    },
    async verifySoftwareToken(input, { signal }) {
      if (!setPreference.pending && (await call<VerifySoftwareTokenResult>('verify', input, signal)).status !== 'SUCCESS') return { status: 'ERROR' };
      await setPreference.run(signal);
      return { status: 'SUCCESS' };
    },
  };
}

/** Enrollment inside sign-in (MFA_SETUP): the server keeps the session and the tokens. */
export function createServerSignInAdapter(options: ServerSignInAdapterOptions = {}): TotpSetupAdapter {
  const call = createCall(options);
  let expiry = options.sessionExpiresAt ?? null;
  // Each answer says when the newest session expires; the rest is the adapter's result.
  const track = <T>({ sessionExpiresAt, ...result }: T & { sessionExpiresAt?: number }) => {
    expiry = sessionExpiresAt ?? expiry;
    return result as T;
  };
  return {
    getSessionExpiry: () => expiry,
    associateSoftwareToken: async ({ signal }) => track(await call<{ secretCode: string }>('sign-in/associate', {}, signal)),
    verifySoftwareToken: async (input, { signal }) => track(await call<VerifySoftwareTokenResult>('sign-in/verify', input, signal)),
  };
}

/** The code at a later sign-in (SOFTWARE_TOKEN_MFA): the server keeps the session and the tokens. */
export function createServerChallengeAdapter(options: ServerChallengeAdapterOptions = {}): TotpChallengeAdapter {
  const call = createCall(options);
  return {
    ...(options.friendlyDeviceName && { friendlyDeviceName: options.friendlyDeviceName }),
    getSessionExpiry: () => options.sessionExpiresAt ?? null,
    respondToSoftwareTokenMfa: (input, { signal }) => call<RespondToSoftwareTokenMfaResult>('sign-in/code', input, signal),
  };
}

// The boundary these adapters implement, so an app can type its own wrappers without another import.
export type * from '../../core/adapter-contract.js';
