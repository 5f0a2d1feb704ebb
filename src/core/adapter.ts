/** Tokens Cognito returns when the MFA_SETUP challenge completes. */
export interface AuthenticationResult {
  accessToken: string;
  idToken?: string;
  refreshToken?: string;
  expiresIn?: number;
  tokenType?: string;
}

export interface VerifySoftwareTokenInput {
  /** Exactly six digits. */
  userCode: string;
  friendlyDeviceName?: string;
}

/**
 * A challenge Cognito asked for after MFA_SETUP instead of tokens (a custom auth step, say); the app
 * answers it with RespondToAuthChallenge and this session.
 */
export interface NextChallenge {
  name: string;
  session: string;
  parameters: Record<string, string>;
}

/**
 * How a sign-in went on once the code was accepted. Exactly one of the three is there when a sign-in
 * was being finished; none when a signed-in user enrolled.
 */
export interface SignInResult {
  authenticationResult?: AuthenticationResult;
  nextChallenge?: NextChallenge;
  /**
   * From adapters over a library that keeps the session and the tokens itself (Amplify): the
   * library's own next step, `{ signInStep: 'DONE' }` once the user is signed in.
   */
  nextStep?: { signInStep: string };
}

export type VerifySoftwareTokenResult = ({ status: 'SUCCESS' } & SignInResult) | { status: 'ERROR' };

export interface RequestOptions {
  signal: AbortSignal;
}

/**
 * The boundary between the UI and a backend. The adapter owns the credential (an access token, or a
 * sign-in session it forwards from call to call); the UI never sees it. Failures reject with an Error
 * whose `name` is the Cognito exception name, or `NetworkError` / `TimeoutError` / `AbortError`.
 */
export interface TotpSetupAdapter {
  associateSoftwareToken(options: RequestOptions): Promise<{ secretCode: string }>;
  verifySoftwareToken(
    input: VerifySoftwareTokenInput,
    options: RequestOptions,
  ): Promise<VerifySoftwareTokenResult>;
  /**
   * When the sign-in session the adapter carries stops being accepted (epoch milliseconds), so the UI
   * can show the time left. Absent, or null, when there is no such clock (a signed-in user).
   */
  getSessionExpiry?(): number | null;
}

/** Cognito's default AuthSessionValidity: an MFA_SETUP session lives 3 minutes (3 to 15 configurable). */
export const DEFAULT_SESSION_VALIDITY_MS = 3 * 60_000;

/** What answering the SOFTWARE_TOKEN_MFA challenge gives: tokens, a further challenge, or the library's next step. */
export type RespondToSoftwareTokenMfaResult = SignInResult;

/**
 * The boundary for a sign-in that asks for a code (SOFTWARE_TOKEN_MFA). The adapter owns the session
 * and forwards the newest one; failures reject like `TotpSetupAdapter`'s.
 */
export interface TotpChallengeAdapter {
  respondToSoftwareTokenMfa(input: { userCode: string }, options: RequestOptions): Promise<RespondToSoftwareTokenMfaResult>;
  /** FRIENDLY_DEVICE_NAME, when Cognito sent it with the challenge. */
  readonly friendlyDeviceName?: string;
  /** When the sign-in session stops being accepted (epoch milliseconds), for the countdown. */
  getSessionExpiry?(): number | null;
}

/** Whether the user's authenticator app is on, and whether it is the MFA used at sign-in. */
export interface MfaState {
  totpEnabled: boolean;
  totpPreferred: boolean;
}

/**
 * A signed-in user's settings page: enrollment plus reading and switching the authenticator app.
 * Fails like `TotpSetupAdapter`.
 */
export interface TotpSettingsAdapter extends TotpSetupAdapter {
  /** GetUser: `UserMFASettingList` and `PreferredMfaSetting`. */
  getMfaState(options: RequestOptions): Promise<MfaState>;
  /** SetUserMFAPreference: on and preferred, or off. */
  setTotpEnabled(enabled: boolean, options: RequestOptions): Promise<void>;
}
