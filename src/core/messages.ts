import type { ErrorKind } from './errors.js';

/** The kinds every component words the same way (two have a string of their own component's). */
export type CommonErrorKind = Exclude<ErrorKind, 'code-used' | 'mfa-required'>;

/** The strings enrollment and sign-in share: the code field, outcomes and the session clock. */
export interface TotpSharedMessages {
  codeLabel: string;
  codeHint: string;
  codeIncomplete: string;
  /** A paste (or drop) held more than six digits, so it was not put in the field. */
  codeTooLong: string;
  submit: string;
  verifying: string;
  /**
   * By what went wrong. Two kinds belong to one component and have their own string: a code already
   * used at sign-in (`codeUsed`), and turning off an authenticator the pool requires (`mfaRequired`).
   */
  errors: Record<CommonErrorKind, string>;
  /** An expired sign-in session where only a new sign-in helps (no `onRestart`). */
  sessionExpiredSignIn: string;
  /** The MFA_SETUP session clock, shown while it runs; `time` is "m:ss" in the locale's digits. */
  sessionTimeLeft: (details: { time: string }) => string;
  /** Announced once when the warning threshold is reached; `seconds` is formatted for the locale. */
  sessionEndingSoon: (details: { seconds: string }) => string;
}

/**
 * Every string enrollment (`<TotpSetup>`) shows or announces. Interpolations are functions; the names
 * they receive (device name, account name, issuer) come wrapped in Unicode isolates (U+2068 … U+2069),
 * so a right-to-left or overriding name cannot reorder the sentence around it (the parts render each
 * as `<bdi>`). Put them in the sentence as they are.
 */
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
  /** Said instead of `errors.unknown` when the secret itself could not be fetched: "Try again" follows. */
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
  /** Signed in. */
  challengeVerified: string;
  /** The code was accepted but Cognito (or the library) asks for a further step, which the app handles. */
  challengeAccepted: string;
  /** The sign-in cannot go on (an invalid or expired session, a disabled user): only a new one helps. */
  signInAgain: string;
}

/**
 * Every string the settings panel (`<TotpSettings>`) shows or announces, beside enrollment's (the
 * panel opens the wizard in place).
 */
export interface TotpSettingsMessages extends TotpSetupMessages {
  settingsTitle: string;
  settingsLoading: string;
  /** Could not read whether the authenticator is on; the error's own text follows. */
  settingsLoadFailed: string;
  settingsOff: string;
  /** `deviceName`: the name the app kept from `onVerified`, when it passed one. */
  settingsOn: (details: { deviceName: string | undefined }) => string;
  /** Said beside "on" when another MFA is the one sign-in asks for. */
  settingsNotPreferred: string;
  setUp: string;
  replace: string;
  turnOff: string;
  cancel: string;
  replaceWarning: (details: { deviceName: string | undefined }) => string;
  turnOffWarning: (details: { deviceName: string | undefined }) => string;
  turningOff: string;
  /** Announced once the change is made. */
  settingsAdded: string;
  settingsReplaced: string;
  settingsTurnedOff: string;
  /** The pool requires MFA and this is the user's only factor: it stays on. */
  mfaRequired: string;
}

/**
 * Every string `<TotpSignIn>` shows of its own, beside enrollment's and sign-in's (it shows those
 * screens in turn).
 */
export interface TotpSignInMessages extends TotpSetupMessages, TotpChallengeMessages {
  /** While the sign-in's first answer is read, or SELECT_MFA_TYPE is answered. */
  signInStarting: string;
  /** MFA_SETUP offers other factors beside the authenticator app, and the user chooses. */
  choiceTitle: string;
  choiceInstructions: string;
  choiceAuthenticator: string;
  choiceEmail: string;
}

/** A whole catalogue: what each built-in language provides, for every component. */
export type TotpMessages = TotpSettingsMessages & TotpSignInMessages;
