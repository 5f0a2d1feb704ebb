import { forwardRef, memo, type ComponentPropsWithoutRef } from 'react';
import { QRCodeSVG } from 'qrcode.react';
import { isolate } from '../core/bidi.js';
import { groupSecret } from '../core/otpauth-uri.js';
import { defineCodeStepParts } from './code-step-parts.js';
import { createParts, useClassName } from './define-part.js';
import { defineProvider, defineRoot, defineTitle, optionNames, type HeadingProps, type PartsRootProps } from './define-root.js';
import { mergeProps } from './merge-props.js';
import { useTotpSetup, type TotpSetupApi, type UseTotpSetupOptions } from './use-totp-setup.js';

const [SetupContext, useSetupSelector, definePart] = /* @__PURE__ */ createParts<TotpSetupApi>('TotpSetupParts');
export { useSetupSelector };

/** Shares an enrollment created with `useTotpSetup` with the parts below it, without markup. */
export const Provider = /* @__PURE__ */ defineProvider(SetupContext);

const optionKeys = /* @__PURE__ */ optionNames<UseTotpSetupOptions>()([
  'adapter', 'issuer', 'accountName', 'defaultFriendlyDeviceName', 'autoSubmit', 'onVerified', 'onError', 'onStatusChange', 'onRestart',
  'messages', 'locale', 'sessionWarningSeconds', 'id',
]);

export type TotpSetupRootProps = PartsRootProps<TotpSetupApi, UseTotpSetupOptions, 'setup'>;

/** The element that carries `data-state`. Give it either hook options or a `setup` from `useTotpSetup`. */
export const Root = /* @__PURE__ */ defineRoot(SetupContext, useTotpSetup, optionKeys, 'setup', 'TotpSetupParts');

export type TotpSetupTitleProps = HeadingProps;

/** The heading; it takes focus when the enrollment is verified, so the news is where the user is. */
export const Title = /* @__PURE__ */ defineTitle(useSetupSelector);

export const Instructions = /* @__PURE__ */ definePart('Instructions', 'p', ({ show, parts, messages }) => (show.secret ? { ...parts.instructions, children: messages.scanInstructions } : null));

export interface TotpSetupQrCodeProps extends Omit<ComponentPropsWithoutRef<'svg'>, 'children'> {
  /** Pixel size of the drawn code (CSS `--mfa-qr-size` may scale it). Default 176. */
  size?: number;
}

const selectQrCode = ({ otpauthUri, issuer, accountName, messages, parts }: TotpSetupApi) =>
  otpauthUri === null ? null : { ...parts.qrCode, 'aria-label': messages.qrCodeLabel({ issuer: isolate(issuer), accountName: isolate(accountName) }), value: otpauthUri };

/**
 * The otpauth URI as an SVG QR code, black on white whatever the theme (qrcode.react's default colours),
 * so every camera can read it. It renders again only when the URI or its label changes.
 */
export const QrCode = /* @__PURE__ */ memo(
  forwardRef<SVGSVGElement, TotpSetupQrCodeProps>(function QrCode({ size = 176, ...props }, ref) {
    const kit = useSetupSelector('QrCode', selectQrCode);
    const className = useClassName('qr-code');
    if (kit === null) return null;
    const { value, ...attrs } = kit;
    return <QRCodeSVG {...mergeProps({ ...attrs, className }, props)} ref={ref} value={value} size={size} level="M" marginSize={4} />;
  }),
);

/**
 * On a phone the QR code is on the very screen that would have to scan it; this link hands the otpauth
 * URI (the one URL the secret may travel in) to the authenticator app instead.
 */
export const OpenInApp = /* @__PURE__ */ definePart('OpenInApp', 'a', ({ otpauthUri, parts, messages }) =>
  otpauthUri === null ? null : { ...parts.openInApp, href: otpauthUri, children: messages.openInApp },
);

export const ManualKeyIntro = /* @__PURE__ */ definePart('ManualKeyIntro', 'p', ({ show, parts, messages }) => (show.secret ? { ...parts.manualKeyIntro, children: messages.manualKeyIntro } : null));

export interface TotpSetupSecretKeyProps extends ComponentPropsWithoutRef<'span'> {
  /**
   * Without the kit's stylesheet, give the spelled-out copy your design system's visually-hidden
   * class (`sr-only`, …): it is for screen readers only.
   */
  spokenClassName?: string;
}

const selectSecretKey = ({ secretCode, parts }: TotpSetupApi) => (secretCode === null ? null : { ...parts.secretKey, secretCode });
const selectKeyValue = ({ parts }: TotpSetupApi) => parts.secretKeyValue;
const selectKeySpoken = ({ parts }: TotpSetupApi) => parts.secretKeySpoken;
const selectSpeech = ({ messages }: TotpSetupApi) => messages.secretKeySpoken;

/** The key for typing by hand: groups of four on screen, spelled out character by character to screen readers. */
export const SecretKey = /* @__PURE__ */ memo(
  forwardRef<HTMLSpanElement, TotpSetupSecretKeyProps>(function SecretKey({ spokenClassName, ...props }, ref) {
    const kit = useSetupSelector('SecretKey', selectSecretKey);
    const value = useSetupSelector('SecretKey', selectKeyValue);
    const spoken = useSetupSelector('SecretKey', selectKeySpoken);
    const speak = useSetupSelector('SecretKey', selectSpeech);
    const className = useClassName('secret-key');
    const spokenClass = useClassName('secret-key-spoken');
    if (kit === null) return null;
    const { secretCode, ...attrs } = kit;
    const groups = groupSecret(secretCode);
    return (
      <span {...mergeProps({ ...attrs, className }, props)} ref={ref}>
        <code {...value}>{groups.join(' ')}</code>
        <span {...spoken} className={spokenClassName ?? spokenClass}>{speak(Array.from(groups.join('')))}</span>
      </span>
    );
  }),
);

export const CopySecret = /* @__PURE__ */ definePart('CopySecret', 'button', ({ show, parts, messages }) => (show.secret ? { ...parts.copySecret, children: messages.copySecret } : null));

/** Announces whether copying worked, and what to do when the browser refused it. */
export const CopyStatus = /* @__PURE__ */ definePart('CopyStatus', 'p', ({ parts, text }) => ({ ...parts.copyStatus, children: text.copyStatus }));

export const { Form, CodeLabel, CodeHint, CodeInput, Submit, StatusMessage, ErrorMessage, Countdown } = /* @__PURE__ */ defineCodeStepParts(definePart, useSetupSelector);

export const DeviceNameLabel = /* @__PURE__ */ definePart('DeviceNameLabel', 'label', ({ show, parts, messages }) =>
  show.form ? { ...parts.deviceNameLabel, children: messages.deviceNameLabel } : null,
);

export const DeviceNameHint = /* @__PURE__ */ definePart('DeviceNameHint', 'p', ({ show, parts, messages }) => (show.form ? { ...parts.deviceNameHint, children: messages.deviceNameHint } : null));

export const DeviceNameInput = /* @__PURE__ */ definePart('DeviceNameInput', 'input', ({ show, parts }) => (show.form ? parts.deviceNameInput : null));

/** Shown when the secret could not be fetched and fetching it again may work. */
export const Retry = /* @__PURE__ */ definePart('Retry', 'button', ({ show, parts, messages }) => (show.retry ? { ...parts.retry, children: messages.retry } : null));

/** Shown when only a fresh start helps (an expired sign-in session that the app can restart). */
export const Restart = /* @__PURE__ */ definePart('Restart', 'button', ({ show, parts, messages }) => (show.restart ? { ...parts.restart, children: messages.restart } : null));
