import type {
  TotpChallengeMessages,
  TotpSignInMessages,
  TotpMessages,
  TotpSettingsMessages,
  TotpSetupMessages,
  TotpSharedMessages,
} from '../core/messages.js';

export type { TotpChallengeMessages, TotpMessages, TotpSettingsMessages, TotpSetupMessages, TotpSharedMessages, TotpSignInMessages };

// A call the bundler may drop when its result is unused, which a spread in an object literal is not.
/*#__NO_SIDE_EFFECTS__*/
function join<A extends object, B extends object>(a: A, b: B): A & B {
  return { ...a, ...b };
}

// English in three objects, so an app that uses one component bundles only that component's strings.
const enShared: TotpSharedMessages = {
  codeLabel: '6-digit code',
  codeHint: 'Your app shows a new code every 30 seconds.',
  codeIncomplete: 'Enter all 6 digits of the code.',
  codeTooLong: 'That has more than 6 digits. Paste or type only the 6-digit code.',
  submit: 'Verify',
  verifying: 'Checking the code…',
  errors: {
    'wrong-code': 'That code didn’t match. Enter the newest code from your app.',
    'session-expired': 'This sign-in took too long and has expired. Start again to get a new key.',
    'signed-out': 'You have been signed out. Sign in again to continue.',
    'rate-limited': 'Too many attempts. Wait a minute, then try again.',
    'totp-not-enabled': 'Authenticator apps are not enabled for this account. Contact support.',
    blocked: 'This request was blocked. Contact support if this keeps happening.',
    network: 'We couldn’t reach the sign-in service. Check your connection and try again.',
    configuration: 'Sign-in is not set up correctly for authenticator apps. Contact support.',
    unknown: 'Something went wrong. Try again.',
  },
  sessionExpiredSignIn: 'This sign-in took too long and has expired. Sign in again to continue.',
  sessionTimeLeft: ({ time }) => `Time left to finish: ${time}`,
  sessionEndingSoon: ({ seconds }) => `Less than ${seconds} seconds left. Enter the code now, or you will have to sign in again.`,
};

/** English for enrollment (the fallback of `<TotpSetup>`). */
export const enSetup: TotpSetupMessages = /* @__PURE__ */ join<TotpSharedMessages, Omit<TotpSetupMessages, keyof TotpSharedMessages>>(enShared, {
  title: 'Set up an authenticator app',
  loading: 'Preparing your authenticator key…',
  scanInstructions: 'Scan this QR code with your authenticator app',
  qrCodeLabel: ({ issuer, accountName }) =>
    `QR code that adds ${accountName || 'your account'} at ${issuer} to an authenticator app`,
  openInApp: 'Open in my authenticator app (on this phone)',
  manualKeyIntro: 'Can’t scan it? Enter this setup key in the app instead:',
  secretKeySpoken: (characters) => `Setup key, character by character: ${characters.join(' ')}`,
  copySecret: 'Copy key',
  secretCopied: 'Setup key copied',
  copyFailed: 'Copying is blocked here. The key is selected: press Ctrl+C (or ⌘C) to copy it.',
  deviceNameLabel: 'Device name',
  deviceNameHint: 'A name that helps you recognise this authenticator later.',
  defaultDeviceName: 'Authenticator app',
  verifiedTitle: 'Authenticator app added',
  verified: ({ friendlyDeviceName }) => `From now on, sign-in asks for a code from “${friendlyDeviceName}”.`,
  associateFailed: 'We couldn’t create your setup key. Try again.',
  retry: 'Try again',
  restart: 'Start again',
});

/** English for the sign-in code step (the fallback of `<TotpChallenge>`). */
export const enChallenge: TotpChallengeMessages = /* @__PURE__ */ join<TotpSharedMessages, Omit<TotpChallengeMessages, keyof TotpSharedMessages>>(enShared, {
  codeUsed: 'That code was already used or has expired. Enter the next one your app shows.',
  challengeTitle: 'Two-step verification',
  challengeInstructions: 'Enter the code from your authenticator app.',
  challengeInstructionsForDevice: ({ deviceName }) => `Enter the code from “${deviceName}”.`,
  challengeVerified: 'Code accepted. You are signed in.',
  challengeAccepted: 'Code accepted. One more step to finish signing in.',
  signInAgain: 'This sign-in can’t continue. Sign in again.',
});

/** English for `<TotpSignIn>`'s own strings; it shows enrollment and the code step in turn. */
export const enSignIn: TotpSignInMessages = /* @__PURE__ */ join(join(enSetup, enChallenge), {
  signInStarting: 'Signing in…',
  choiceTitle: 'Set up two-step verification',
  choiceInstructions: 'Choose where your sign-in codes come from.',
  choiceAuthenticator: 'Authenticator app',
  choiceEmail: 'Email',
});

/** English for the settings panel (the fallback of `<TotpSettings>`), with enrollment's. */
export const enSettings: TotpSettingsMessages = /* @__PURE__ */ join<TotpSetupMessages, Omit<TotpSettingsMessages, keyof TotpSetupMessages>>(enSetup, {
  settingsTitle: 'Authenticator app',
  settingsLoading: 'Checking your authenticator app…',
  settingsLoadFailed: 'We couldn’t check your authenticator app.',
  settingsOff: 'Off. Add an authenticator app to sign in with a code from your phone.',
  settingsOn: ({ deviceName }) =>
    deviceName ? `On: “${deviceName}”. You enter a code from it when you sign in.` : 'On. You enter a code from your authenticator app when you sign in.',
  settingsNotPreferred: 'Another method is preferred when you sign in.',
  setUp: 'Set up',
  replace: 'Replace',
  turnOff: 'Turn off',
  cancel: 'Cancel',
  replaceWarning: ({ deviceName }) =>
    `${deviceName ? `“${deviceName}”` : 'Your current authenticator app'} stops working as soon as the new one is verified.`,
  turnOffWarning: ({ deviceName }) =>
    `Sign-in will no longer ask for a code from ${deviceName ? `“${deviceName}”` : 'your authenticator app'}. Your account is less protected without it.`,
  turningOff: 'Turning off…',
  settingsAdded: 'Authenticator app added.',
  settingsReplaced: 'Authenticator app replaced. The old one no longer works.',
  settingsTurnedOff: 'Authenticator app turned off.',
  mfaRequired: 'Your account requires an authenticator app, so it can’t be turned off. You can replace it instead.',
});

/** The whole English catalogue. */
export const en: TotpMessages = /* @__PURE__ */ join(enSettings, enSignIn);


/** A partial catalogue: any strings to replace, the rest from the base. */
export type MessageOverrides<M extends TotpSharedMessages> = Partial<Omit<M, 'errors'>> & { errors?: Partial<M['errors']> };
export type TotpSetupMessageOverrides = MessageOverrides<TotpSetupMessages>;
export type TotpChallengeMessageOverrides = MessageOverrides<TotpChallengeMessages>;
export type TotpSettingsMessageOverrides = MessageOverrides<TotpSettingsMessages>;
export type TotpSignInMessageOverrides = MessageOverrides<TotpSignInMessages>;

/** The base catalogue with the overrides on top (errors merged key by key). */
export function resolveMessages<M extends TotpSharedMessages>(overrides: MessageOverrides<M> | undefined, base: M): M {
  if (!overrides) return base;
  return { ...base, ...overrides, errors: { ...base.errors, ...overrides.errors } };
}
