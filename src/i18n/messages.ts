import type { TotpSetupMessages } from '../core/totp-setup.messages.js';

export type { TotpSetupMessages };

export const en: TotpSetupMessages = {
  title: 'Set up an authenticator app',
  loading: 'Preparing your authenticator key…',
  scanInstructions:
    'Scan this QR code with an authenticator app, such as Google Authenticator, Microsoft Authenticator or 1Password.',
  qrCodeLabel: ({ issuer, accountName }) =>
    `QR code that adds ${accountName || 'your account'} at ${issuer} to an authenticator app`,
  openInApp: 'Open in my authenticator app (on this phone)',
  manualKeyIntro: 'Can’t scan it? Enter this setup key in the app instead:',
  secretKeySpoken: (characters) => `Setup key, character by character: ${characters.join(' ')}`,
  copySecret: 'Copy key',
  secretCopied: 'Setup key copied',
  copyFailed: 'Copying is blocked here. The key is selected: press Ctrl+C (or ⌘C) to copy it.',
  codeLabel: '6-digit code',
  codeHint: 'Enter the code your authenticator app shows for this account.',
  codeIncomplete: 'Enter all 6 digits of the code.',
  deviceNameLabel: 'Device name',
  deviceNameHint: 'A name that helps you recognise this authenticator later.',
  defaultDeviceName: 'Authenticator app',
  submit: 'Verify',
  verifying: 'Checking the code…',
  verifiedTitle: 'Authenticator app added',
  verified: ({ friendlyDeviceName }) =>
    `“${friendlyDeviceName}” is set up. From now on you will enter a code from it when you sign in.`,
  errors: {
    'wrong-code': 'That code didn’t match. Codes change every 30 seconds: enter the newest one from your app.',
    'session-expired': 'This sign-in took too long and has expired. Start again to get a new key.',
    'signed-out': 'You have been signed out. Sign in again, then set up the app.',
    'rate-limited': 'Too many attempts. Wait a minute, then try again.',
    'totp-not-enabled': 'Authenticator apps are not enabled for this account. Contact support.',
    blocked: 'This request was blocked. Contact support if this keeps happening.',
    network: 'We couldn’t reach the sign-in service. Check your connection and try again.',
    configuration: 'Sign-in is not set up correctly for authenticator apps. Contact support.',
    unknown: 'Something went wrong. Try again.',
  },
  sessionExpiredSignIn: 'This sign-in took too long and has expired. Sign in again to continue.',
  associateFailed: 'We couldn’t create your setup key.',
  retry: 'Try again',
  restart: 'Start again',
  sessionTimeLeft: ({ time }) => `Time left to finish: ${time}`,
  sessionEndingSoon: ({ seconds }) => `Less than ${seconds} seconds left. Enter the code now, or you will have to sign in again.`,
};

export type TotpSetupMessageOverrides = Partial<Omit<TotpSetupMessages, 'errors'>> & {
  errors?: Partial<TotpSetupMessages['errors']>;
};

export function resolveMessages(overrides?: TotpSetupMessageOverrides, base: TotpSetupMessages = en): TotpSetupMessages {
  if (!overrides) return base;
  return { ...base, ...overrides, errors: { ...base.errors, ...overrides.errors } };
}
