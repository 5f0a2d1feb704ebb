import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { QRCodeSVG } from 'qrcode.react';
import { groupSecret } from '../core/otpauth-uri.js';
import { useClassName } from './define-part.js';
import { mergeProps } from './merge-props.js';
import { definePart, useTotpSetupContext } from './totp-setup-context.js';

export type QrCodeProps = Omit<ComponentPropsWithoutRef<'svg'>, 'children'> & {
  /** Pixel size of the drawn code (CSS `--mfa-qr-size` may scale it). Default 176. */
  size?: number;
};

/**
 * The otpauth URI as an SVG QR code, black on white whatever the theme (qrcode.react's default colours),
 * so every camera can read it.
 */
export const QrCode = /* @__PURE__ */ forwardRef<SVGSVGElement, QrCodeProps>(function QrCode({ size = 176, ...props }, ref) {
  const { otpauthUri, issuer, accountName, messages, parts } = useTotpSetupContext('QrCode');
  const className = useClassName('qr-code');
  if (otpauthUri === null) return null;
  return (
    <QRCodeSVG
      {...mergeProps({ ...parts.qrCode, className, 'aria-label': messages.qrCodeLabel({ issuer, accountName }) }, props)}
      ref={ref}
      value={otpauthUri}
      size={size}
      level="M"
      marginSize={4}
    />
  );
});

/**
 * On a phone the QR code is on the very screen that would have to scan it; this link hands the otpauth
 * URI (the one URL the secret may travel in) to the authenticator app instead.
 */
export const OpenInApp = /* @__PURE__ */ definePart('OpenInApp', 'a', ({ otpauthUri, parts, messages }) =>
  otpauthUri === null ? null : { ...parts.openInApp, href: otpauthUri, children: messages.openInApp },
);

export const ManualKeyIntro = /* @__PURE__ */ definePart('ManualKeyIntro', 'p', ({ parts, messages }) => ({ ...parts.manualKeyIntro, children: messages.manualKeyIntro }));

export type SecretKeyProps = ComponentPropsWithoutRef<'span'> & {
  /**
   * Without the kit's stylesheet, give the spelled-out copy your design system's visually-hidden
   * class (`sr-only`, …): it is for screen readers only.
   */
  spokenClassName?: string;
};

/** The key for typing by hand: groups of four on screen, spelled out character by character to screen readers. */
export const SecretKey = /* @__PURE__ */ forwardRef<HTMLSpanElement, SecretKeyProps>(function SecretKey({ spokenClassName, ...props }, ref) {
  const { secretCode, messages, parts } = useTotpSetupContext('SecretKey');
  const className = useClassName('secret-key');
  const spokenClass = useClassName('secret-key-spoken');
  if (secretCode === null) return null;
  const groups = groupSecret(secretCode);
  return (
    <span {...mergeProps({ ...parts.secretKey, className }, props)} ref={ref}>
      <code {...parts.secretKeyValue}>{groups.join(' ')}</code>
      <span {...parts.secretKeySpoken} className={spokenClassName ?? spokenClass}>{messages.secretKeySpoken(Array.from(groups.join('')))}</span>
    </span>
  );
});

export const CopySecret = /* @__PURE__ */ definePart('CopySecret', 'button', ({ secretCode, copyStatus, parts, messages }) =>
  secretCode === null ? null : { ...parts.copySecret, 'data-copied': copyStatus === 'copied' ? '' : undefined, children: messages.copySecret },
);

/** Announces whether copying worked, and what to do when the browser refused it. */
export const CopyStatus = /* @__PURE__ */ definePart('CopyStatus', 'p', ({ copyStatus, parts, messages }) => ({
  ...parts.copyStatus,
  'data-status': copyStatus,
  children: copyStatus === 'copied' ? messages.secretCopied : copyStatus === 'failed' ? messages.copyFailed : '',
}));
