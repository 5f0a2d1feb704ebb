import { createElement, type ReactNode } from 'react';
import type { SetupPart } from '../core/anatomy.js';
import { SetupStatus } from '../core/totp-setup.types.js';
import { formatInteger } from '../i18n/format.js';
import { ClassNamesContext } from './define-part.js';
import type { HeadingLevel } from './define-root.js';
import * as Parts from './totp-setup-parts.js';
import type { TotpSetupApi, UseTotpSetupOptions } from './use-totp-setup.js';

/** The parts the wizard renders that take a class (the grouped key is styled through `secret-key`). */
export type TotpSetupClassNamePart = Exclude<SetupPart, 'root' | 'secret-key-value' | 'countdown-warning'>;

/** A class for any part of the wizard, by its `data-part` name. */
export type TotpSetupClassNames = Partial<Record<TotpSetupClassNamePart, string>>;

export interface TotpSetupProps extends UseTotpSetupOptions {
  /** The root element's class. */
  className?: string;
  /** Classes for the other parts, e.g. `{ submit: 'btn btn-primary', 'secret-key-spoken': 'sr-only' }`. */
  classNames?: TotpSetupClassNames;
  /** Level of the wizard's heading, to fit the page's outline. Default 2. */
  headingLevel?: HeadingLevel;
  /** Shown under the success message, e.g. a "Continue" link. */
  verifiedContent?: ReactNode;
  /** Switch the kit's stylesheet off for this wizard, even where it is loaded. */
  unstyled?: boolean;
}

const noClassNames: TotpSetupClassNames = {};

// Re-renders only when the layout changes (a secret arrives, the outcome), not on every keystroke.
const selectLayout = ({ status, show, locale }: TotpSetupApi) => ({ status, secret: show.secret, locale });
const selectMessages = ({ messages }: TotpSetupApi) => messages;

/** The three steps' numbers, in the order they are shown and done, in the locale's digits. */
const stepNumbers = (locale: string | undefined) => [1, 2, 3].map((step) => formatInteger(step, locale));

/**
 * What the wizard shows under its heading in each state. The steps come in the order they are done:
 * scan, name the device, then the code, whose sixth digit may verify since nothing follows it.
 */
function Steps({ verifiedContent }: { verifiedContent: ReactNode }) {
  const { status, secret, locale } = Parts.useSetupSelector('TotpSetup', selectLayout);
  if (status === SetupStatus.Verified) return verifiedContent;
  const [scan, name, code] = stepNumbers(locale);
  if (status === SetupStatus.Loading) return <Placeholder steps={[scan!, name!, code!]} />;
  // Without a secret (it could not be fetched, or only a fresh start helps): the error and its way out.
  if (!secret) {
    return (
      <>
        <Parts.ErrorMessage />
        <Parts.Retry />
        <Parts.Restart />
      </>
    );
  }
  return (
    <>
      <div data-part="scan">
        <Parts.Instructions data-step={scan} />
        <Parts.QrCode />
        <Parts.OpenInApp />
        <Parts.ManualKeyIntro />
        <Parts.SecretKey />
        <Parts.CopySecret />
        <Parts.CopyStatus />
      </div>
      <Parts.Form>
        <Parts.DeviceNameLabel data-step={name} />
        <Parts.DeviceNameHint />
        <Parts.DeviceNameInput />
        <Parts.CodeLabel data-step={code} />
        <Parts.CodeHint />
        <Parts.CodeInput />
        {/* Right under the field it is about, moving nothing above it; "Verify" is the way on. */}
        <Parts.ErrorMessage />
        <Parts.Submit />
        <Parts.Countdown />
      </Parts.Form>
    </>
  );
}

// A box (no text) takes the size of what will be there; a field's holds a line of its own text size.
const placeholder = (tag: 'p' | 'label' | 'div', part: string, text?: string, step?: string) =>
  createElement(
    tag,
    { key: part, 'data-scope': 'totp-setup', 'data-part': part, 'data-step': step, 'data-placeholder': text === undefined ? '' : undefined },
    text ?? (part.endsWith('input') ? '\u00a0' : undefined),
  );

/**
 * While the secret loads: the steps' own words where they will be, and boxes where the QR code, the key
 * and the fields will appear, so the card keeps its size and nothing moves when they arrive. Hidden
 * from screen readers, which hear the status instead.
 */
function Placeholder({ steps: [scan, name, code] }: { steps: [string, string, string] }) {
  const messages = Parts.useSetupSelector('TotpSetup', selectMessages);
  return (
    <>
      <div data-part="scan" aria-hidden="true">
        {placeholder('p', 'instructions', messages.scanInstructions, scan)}
        {placeholder('div', 'qr-code')}
        {placeholder('p', 'manual-key-intro', messages.manualKeyIntro)}
        {placeholder('div', 'secret-key')}
      </div>
      <div data-scope="totp-setup" data-part="form" aria-hidden="true">
        {placeholder('label', 'device-name-label', messages.deviceNameLabel, name)}
        {placeholder('p', 'device-name-hint', messages.deviceNameHint)}
        {placeholder('div', 'device-name-input')}
        {placeholder('label', 'code-label', messages.codeLabel, code)}
        {placeholder('p', 'code-hint', messages.codeHint)}
        {placeholder('div', 'code-input')}
        {placeholder('div', 'submit')}
      </div>
    </>
  );
}

/** The drop-in wizard: nothing but the parts, composed; each part finds its class in `classNames`. */
export function TotpSetup({ className, classNames = noClassNames, headingLevel = 2, verifiedContent, unstyled, ...options }: TotpSetupProps) {
  return (
    <Parts.Root {...options} className={className} unstyled={unstyled}>
      <ClassNamesContext.Provider value={classNames}>
        <Parts.Title level={headingLevel} />
        {/* Always mounted, so screen readers hear each change of status; seen only once verified. */}
        <Parts.StatusMessage />
        <Steps verifiedContent={verifiedContent} />
      </ClassNamesContext.Provider>
    </Parts.Root>
  );
}
