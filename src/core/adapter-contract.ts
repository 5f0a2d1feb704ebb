// The boundary every adapter implements, re-exported by each adapter entry point (and core) so an app
// can type its own wrappers without another import: one list, so the entry points cannot drift apart.
export type {
  AuthenticationResult,
  MfaState,
  NextChallenge,
  RequestOptions,
  RespondToSoftwareTokenMfaResult,
  SignInResult,
  TotpChallengeAdapter,
  TotpSettingsAdapter,
  TotpSetupAdapter,
  VerifySoftwareTokenInput,
  VerifySoftwareTokenResult,
} from './adapter.js';
