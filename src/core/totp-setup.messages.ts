import type { ErrorKind } from './totp-setup.types.js';

/** Every string the kit shows or announces. Interpolations are functions. */
export interface TotpSetupMessages {
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
  codeLabel: string;
  codeHint: string;
  codeIncomplete: string;
  deviceNameLabel: string;
  deviceNameHint: string;
  defaultDeviceName: string;
  submit: string;
  verifying: string;
  verifiedTitle: string;
  verified: (details: { friendlyDeviceName: string }) => string;
  errors: Record<ErrorKind, string>;
  /** An expired sign-in session where only a new sign-in helps (no `onRestart`). */
  sessionExpiredSignIn: string;
  /** Said when the secret itself could not be fetched. */
  associateFailed: string;
  retry: string;
  restart: string;
  /** The MFA_SETUP session clock, shown while it runs; `time` is "m:ss" in the locale's digits. */
  sessionTimeLeft: (details: { time: string }) => string;
  /** Announced once when the warning threshold is reached; `seconds` is formatted for the locale. */
  sessionEndingSoon: (details: { seconds: string }) => string;
}
