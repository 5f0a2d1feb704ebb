import {
  useEffect,
  useRef,
  type ClipboardEvent,
  type ComponentPropsWithoutRef,
  type FormEvent,
  type ReactNode,
} from 'react';
import { QRCodeSVG } from 'qrcode.react';
import { DEVICE_NAME_MAX_LENGTH, normalizeCode, CODE_LENGTH } from '../core/code.js';
import { groupSecret } from '../core/otpauth-uri.js';
import { formatInteger, formatTimeLeft } from '../i18n/format.js';
import { Status } from '../core/totp-setup.types.js';
import { TotpSetupContext, useTotpSetupContext } from './totp-setup-context.js';
import { useTotpSetup, type TotpSetupApi, type UseTotpSetupOptions } from './use-totp-setup.js';

// The hook's options (`onError`, `id`) win over the div attributes of the same name.
type DivProps = Omit<ComponentPropsWithoutRef<'div'>, 'children' | keyof UseTotpSetupOptions> & { children?: ReactNode };

/** Shares an enrollment created with `useTotpSetup` with the parts below it, without markup. */
export function Provider({ value, children }: { value: TotpSetupApi; children?: ReactNode }) {
  return <TotpSetupContext.Provider value={value}>{children}</TotpSetupContext.Provider>;
}

interface RootOwnProps {
  /** Switch the kit's stylesheet off for this enrollment, even where it is loaded. */
  unstyled?: boolean;
}

function RootElement({ api, unstyled, ...props }: DivProps & RootOwnProps & { api: TotpSetupApi }) {
  return (
    <TotpSetupContext.Provider value={api}>
      <div {...props} {...api.parts.root} lang={api.locale} data-unstyled={unstyled ? '' : undefined} />
    </TotpSetupContext.Provider>
  );
}

function RootWithHook({ options, ...props }: DivProps & RootOwnProps & { options: UseTotpSetupOptions }) {
  return <RootElement {...props} api={useTotpSetup(options)} />;
}

export type RootProps = DivProps & RootOwnProps & ({ setup: TotpSetupApi } | UseTotpSetupOptions);

const optionKeys = [
  'adapter', 'issuer', 'accountName', 'defaultFriendlyDeviceName', 'autoSubmit', 'onVerified', 'onError', 'onRestart',
  'messages', 'locale', 'sessionWarningSeconds', 'id',
] as const satisfies ReadonlyArray<keyof UseTotpSetupOptions>;
// Fails to compile when an option is added to the hook but not listed above.
const everyOptionListed: Exclude<keyof UseTotpSetupOptions, (typeof optionKeys)[number]> extends never ? true : never = true;
void everyOptionListed;

function splitOptions(props: DivProps & RootOwnProps & UseTotpSetupOptions): [UseTotpSetupOptions, DivProps & RootOwnProps] {
  const options: Record<string, unknown> = {};
  const rest: Record<string, unknown> = { ...props };
  for (const key of optionKeys) {
    options[key] = props[key];
    delete rest[key];
  }
  return [options as unknown as UseTotpSetupOptions, rest as DivProps & RootOwnProps];
}

/** The element that carries `data-state`. Give it either hook options or a `setup` from `useTotpSetup`. */
export function Root(props: RootProps) {
  if ('setup' in props) {
    const { setup, ...rest } = props;
    return <RootElement {...rest} api={setup} />;
  }
  const [options, rest] = splitOptions(props);
  return <RootWithHook {...rest} options={options} />;
}

export function Title({ level = 2, className, children }: { level?: 1 | 2 | 3 | 4 | 5 | 6; className?: string; children?: ReactNode }) {
  const { status, messages, parts } = useTotpSetupContext('Title');
  const Heading = `h${level}` as const;
  return (
    <Heading {...parts.title} className={className}>
      {children ?? (status === Status.Verified ? messages.verifiedTitle : messages.title)}
    </Heading>
  );
}

export function Instructions({ className, children }: { className?: string; children?: ReactNode }) {
  const { messages, parts } = useTotpSetupContext('Instructions');
  return <p {...parts.instructions} className={className}>{children ?? messages.scanInstructions}</p>;
}

export interface QrCodeProps {
  className?: string;
  /** Pixel size of the drawn code (CSS `--mfa-qr-size` may scale it). Default 176. */
  size?: number;
}

/** The otpauth URI as an SVG QR code, dark on light whatever the theme, so every camera can read it. */
export function QrCode({ className, size = 176 }: QrCodeProps) {
  const { otpauthUri, issuer, accountName, messages, parts } = useTotpSetupContext('QrCode');
  if (otpauthUri === null) return null;
  return (
    <QRCodeSVG
      {...parts.qrCode}
      className={className}
      aria-label={messages.qrCodeLabel({ issuer, accountName })}
      value={otpauthUri}
      size={size}
      level="M"
      marginSize={4}
      bgColor="#ffffff"
      fgColor="#000000"
    />
  );
}

/**
 * On a phone the QR code is on the very screen that would have to scan it; this link hands the otpauth
 * URI (the one URL the secret may travel in) to the authenticator app instead.
 */
export function OpenInApp({ className, children }: { className?: string; children?: ReactNode }) {
  const { otpauthUri, messages, parts } = useTotpSetupContext('OpenInApp');
  if (otpauthUri === null) return null;
  return <a {...parts.openInApp} className={className} href={otpauthUri}>{children ?? messages.openInApp}</a>;
}

export function ManualKeyIntro({ className, children }: { className?: string; children?: ReactNode }) {
  const { messages, parts } = useTotpSetupContext('ManualKeyIntro');
  return <p {...parts.manualKeyIntro} className={className}>{children ?? messages.manualKeyIntro}</p>;
}

export interface SecretKeyProps {
  className?: string;
  /**
   * Without the kit's stylesheet, give the spelled-out copy your design system's visually-hidden
   * class (`sr-only`, …): it is for screen readers only.
   */
  spokenClassName?: string;
}

/** The key for typing by hand: groups of four on screen, spelled out character by character to screen readers. */
export function SecretKey({ className, spokenClassName }: SecretKeyProps) {
  const { secretCode, messages, parts } = useTotpSetupContext('SecretKey');
  if (secretCode === null) return null;
  const groups = groupSecret(secretCode);
  return (
    <span {...parts.secretKey} className={className}>
      <code {...parts.secretKeyValue}>{groups.join(' ')}</code>
      <span {...parts.secretKeySpoken} className={spokenClassName}>{messages.secretKeySpoken(Array.from(groups.join('')))}</span>
    </span>
  );
}

export function CopySecret({ className, children }: { className?: string; children?: ReactNode }) {
  const { secretCode, copySecret, copyStatus, messages, parts } = useTotpSetupContext('CopySecret');
  if (secretCode === null) return null;
  return (
    <button {...parts.copySecret} className={className} data-copied={copyStatus === 'copied' ? '' : undefined} onClick={() => void copySecret()}>
      {children ?? messages.copySecret}
    </button>
  );
}

/** Announces whether copying worked, and what to do when the browser refused it. */
export function CopyStatus({ className }: { className?: string }) {
  const { copyStatus, messages, parts } = useTotpSetupContext('CopyStatus');
  const text = copyStatus === 'copied' ? messages.secretCopied : copyStatus === 'failed' ? messages.copyFailed : '';
  return <p {...parts.copyStatus} className={className} data-status={copyStatus}>{text}</p>;
}

type FormProps = Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit'>;

/** Submitting (Enter in a field, or the button) verifies. */
export function Form({ className, children, ...props }: FormProps) {
  const { submit, parts } = useTotpSetupContext('Form');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit();
  };
  return <form {...props} {...parts.form} className={className} onSubmit={onSubmit}>{children}</form>;
}

export function CodeLabel({ className, children }: { className?: string; children?: ReactNode }) {
  const { ids, messages, parts } = useTotpSetupContext('CodeLabel');
  return <label {...parts.codeLabel} className={className} htmlFor={ids.codeInput}>{children ?? messages.codeLabel}</label>;
}

export function CodeHint({ className, children }: { className?: string; children?: ReactNode }) {
  const { messages, parts } = useTotpSetupContext('CodeHint');
  return <p {...parts.codeHint} className={className}>{children ?? messages.codeHint}</p>;
}

export interface CodeInputProps {
  className?: string;
  name?: string;
  autoFocus?: boolean;
  placeholder?: string;
}

/**
 * One real input, not six: autofill from SMS-style suggestions, paste, password managers and screen
 * readers all expect a single field.
 */
export function CodeInput({ className, name = 'totp-code', autoFocus, placeholder }: CodeInputProps) {
  const { code, setCode, status, error, failedStep, parts } = useTotpSetupContext('CodeInput');
  const input = useRef<HTMLInputElement>(null);

  // After a wrong code the field is emptied; put the cursor back so the next code can go straight in.
  const wrongCode = status === Status.Error && failedStep === 'verify' && error?.kind === 'wrong-code';
  useEffect(() => {
    if (wrongCode) input.current?.focus();
  }, [wrongCode]);

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    // A whole pasted code replaces what is there; appended to a half-typed one it would be cut wrong.
    const pasted = normalizeCode(event.clipboardData.getData('text'));
    if (pasted.length === CODE_LENGTH) {
      event.preventDefault();
      setCode(pasted);
    }
  };

  return (
    <input
      {...parts.codeInput}
      ref={input}
      className={className}
      name={name}
      type="text"
      value={code}
      onChange={(event) => setCode(event.currentTarget.value)}
      onPaste={onPaste}
      autoComplete="one-time-code"
      inputMode="numeric"
      pattern="[0-9]*"
      enterKeyHint="done"
      spellCheck={false}
      autoCorrect="off"
      autoCapitalize="off"
      autoFocus={autoFocus}
      placeholder={placeholder}
    />
  );
}

export function DeviceNameLabel({ className, children }: { className?: string; children?: ReactNode }) {
  const { ids, messages, parts } = useTotpSetupContext('DeviceNameLabel');
  return <label {...parts.deviceNameLabel} className={className} htmlFor={ids.deviceNameInput}>{children ?? messages.deviceNameLabel}</label>;
}

export function DeviceNameHint({ className, children }: { className?: string; children?: ReactNode }) {
  const { messages, parts } = useTotpSetupContext('DeviceNameHint');
  return <p {...parts.deviceNameHint} className={className}>{children ?? messages.deviceNameHint}</p>;
}

export function DeviceNameInput({ className, name = 'device-name' }: { className?: string; name?: string }) {
  const { friendlyDeviceName, setFriendlyDeviceName, parts } = useTotpSetupContext('DeviceNameInput');
  return (
    <input
      {...parts.deviceNameInput}
      className={className}
      name={name}
      type="text"
      value={friendlyDeviceName}
      onChange={(event) => setFriendlyDeviceName(event.currentTarget.value)}
      maxLength={DEVICE_NAME_MAX_LENGTH}
      autoComplete="off"
    />
  );
}

export function Submit({ className, children }: { className?: string; children?: ReactNode }) {
  const { status, messages, parts } = useTotpSetupContext('Submit');
  return (
    <button {...parts.submit} className={className}>
      {children ?? (status === Status.Verifying ? messages.verifying : messages.submit)}
    </button>
  );
}

/** A polite live region that says what is happening: loading, checking, verified. */
export function StatusMessage({ className }: { className?: string }) {
  const { status, verified, messages, parts } = useTotpSetupContext('StatusMessage');
  const text = status === Status.Loading ? messages.loading
    : status === Status.Verifying ? messages.verifying
    : status === Status.Verified && verified ? messages.verified(verified)
    : '';
  return <p {...parts.status} className={className}>{text}</p>;
}

/** What went wrong and what to do, announced as it appears. */
export function ErrorMessage({ className }: { className?: string }) {
  const { errorText, failedStep, messages, parts } = useTotpSetupContext('ErrorMessage');
  const text = errorText === null ? '' : failedStep === 'associate' ? `${messages.associateFailed} ${errorText}` : errorText;
  return <p {...parts.errorMessage} className={className}>{text}</p>;
}

/** Shown when trying again in place can work. */
export function Retry({ className, children }: { className?: string; children?: ReactNode }) {
  const { canRetry, retry, messages, parts } = useTotpSetupContext('Retry');
  if (!canRetry) return null;
  return <button {...parts.retry} className={className} onClick={retry}>{children ?? messages.retry}</button>;
}

/** Shown when only a fresh start helps (an expired sign-in session). */
export function Restart({ className, children }: { className?: string; children?: ReactNode }) {
  const { error, restart, messages, parts } = useTotpSetupContext('Restart');
  if (error?.action !== 'restart') return null;
  return <button {...parts.restart} className={className} onClick={restart}>{children ?? messages.restart}</button>;
}

/** The time left in an MFA_SETUP sign-in session; nothing when there is no such clock. */
export function Countdown({ className }: { className?: string }) {
  const { sessionSecondsLeft, sessionEndingSoon, sessionWarningSeconds, locale, messages, parts } = useTotpSetupContext('Countdown');
  if (sessionSecondsLeft === null) return null;
  const warning = sessionEndingSoon ? messages.sessionEndingSoon({ seconds: formatInteger(sessionWarningSeconds, locale) }) : '';
  return (
    <div {...parts.countdown} className={className} data-warning={sessionEndingSoon ? '' : undefined}>
      <span>{messages.sessionTimeLeft({ time: formatTimeLeft(sessionSecondsLeft, locale) })}</span>
      <span {...parts.countdownWarning}>{warning}</span>
    </div>
  );
}
