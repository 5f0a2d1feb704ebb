import type { ErrorKind } from './totp-setup.types.js';

/** The strings enrollment and sign-in share: the code field, outcomes and the session clock. */
export interface TotpSharedMessages {
  codeLabel: string;
  codeHint: string;
  codeIncomplete: string;
  submit: string;
  verifying: string;
  /** By what went wrong; a code already used (`code-used`) happens only at sign-in: `codeUsed`. */
  errors: Record<Exclude<ErrorKind, 'code-used'>, string>;
  /** An expired sign-in session where only a new sign-in helps (no `onRestart`). */
  sessionExpiredSignIn: string;
  /** The MFA_SETUP session clock, shown while it runs; `time` is "m:ss" in the locale's digits. */
  sessionTimeLeft: (details: { time: string }) => string;
  /** Announced once when the warning threshold is reached; `seconds` is formatted for the locale. */
  sessionEndingSoon: (details: { seconds: string }) => string;
}

/** Every string enrollment (`<TotpSetup>`) shows or announces. Interpolations are functions. */
export interface TotpSetupMessages extends TotpSharedMessages {
  title: string;
  loading: string;
  scanInstructions: string;
  qrCodeLabel: (details: { issuer: string; accountName: string }) => string;
  /** The link that hands the otpauth URI to an authenticator app on the same phone. */
  openInApp: string;
  manualKeyIntro: string;
  /** Read out to screen readers instead of the grouped key. */
  secretKeySpoken: (characters: string[]) => string;
  copySecret: string;
  secretCopied: string;
  copyFailed: string;
  deviceNameLabel: string;
  deviceNameHint: string;
  defaultDeviceName: string;
  verifiedTitle: string;
  verified: (details: { friendlyDeviceName: string }) => string;
  /** Said when the secret itself could not be fetched. */
  associateFailed: string;
  retry: string;
  restart: string;
}

/** Every string the sign-in code step (`<TotpChallenge>`) shows or announces. */
export interface TotpChallengeMessages extends TotpSharedMessages {
  /** The code was already used, or fell out of its window: wait for the next one. */
  codeUsed: string;
  /** The sign-in code step (`<TotpChallenge>`): its heading. */
  challengeTitle: string;
  /** What to do when Cognito did not name the device. */
  challengeInstructions: string;
  /** What to do, naming the device the user enrolled (Cognito's FRIENDLY_DEVICE_NAME). */
  challengeInstructionsForDevice: (details: { deviceName: string }) => string;
  challengeVerified: string;
  /** The sign-in cannot go on (an invalid or expired session, a disabled user): only a new one helps. */
  signInAgain: string;
}

/** A whole catalogue: what each built-in language provides, for every component. */
export type TotpMessages = TotpSetupMessages & TotpChallengeMessages;
