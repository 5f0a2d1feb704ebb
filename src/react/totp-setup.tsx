import type { ReactNode } from 'react';
import type { Part } from '../core/totp-setup.anatomy.js';
import { Status } from '../core/totp-setup.types.js';
import { useTotpSetupContext } from './totp-setup-context.js';
import * as Parts from './totp-setup-parts.js';
import type { UseTotpSetupOptions } from './use-totp-setup.js';

/** The parts the wizard renders itself, each of which takes a class (inner spans style through their part). */
export type TotpSetupClassNamePart = Exclude<Part, 'root' | 'secret-key-value' | 'countdown-warning'>;

/** A class for any part of the wizard, by its `data-part` name. */
export type TotpSetupClassNames = Partial<Record<TotpSetupClassNamePart, string>>;

export interface TotpSetupProps extends UseTotpSetupOptions {
  /** The root element's class. */
  className?: string;
  /** Classes for the other parts, e.g. `{ submit: 'btn btn-primary', 'secret-key-spoken': 'sr-only' }`. */
  classNames?: TotpSetupClassNames;
  /** Level of the wizard's heading, to fit the page's outline. Default 2. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Shown under the success message, e.g. a "Continue" link. */
  verifiedContent?: ReactNode;
  /** Switch the kit's stylesheet off for this wizard, even where it is loaded. */
  unstyled?: boolean;
}

function Steps({ classNames: c = {} }: { classNames?: TotpSetupClassNames }) {
  const { status, secretCode } = useTotpSetupContext('TotpSetup');
  if (status === Status.Verified || status === Status.Loading) return null;
  // Without a secret (it could not be fetched, or only a fresh start helps): the error and its way out.
  if (secretCode === null) {
    return (
      <>
        <Parts.ErrorMessage className={c['error-message']} />
        <Parts.Retry className={c.retry} />
        <Parts.Restart className={c.restart} />
      </>
    );
  }
  return (
    <>
      <Parts.Instructions className={c.instructions} />
      <Parts.QrCode className={c['qr-code']} />
      <Parts.OpenInApp className={c['open-in-app']} />
      <Parts.ManualKeyIntro className={c['manual-key-intro']} />
      <Parts.SecretKey className={c['secret-key']} spokenClassName={c['secret-key-spoken']} />
      <Parts.CopySecret className={c['copy-secret']} />
      <Parts.CopyStatus className={c['copy-status']} />
      <Parts.Form className={c.form}>
        <Parts.CodeLabel className={c['code-label']} />
        <Parts.CodeInput className={c['code-input']} />
        {/* Right under the field it is about; "Verify" is the one way on from a failed verify. */}
        <Parts.ErrorMessage className={c['error-message']} />
        <Parts.CodeHint className={c['code-hint']} />
        <Parts.DeviceNameLabel className={c['device-name-label']} />
        <Parts.DeviceNameInput className={c['device-name-input']} />
        <Parts.DeviceNameHint className={c['device-name-hint']} />
        <Parts.Submit className={c.submit} />
      </Parts.Form>
    </>
  );
}

function Verified({ children }: { children?: ReactNode }) {
  const { status } = useTotpSetupContext('TotpSetup');
  return status === Status.Verified ? children : null;
}

/** The drop-in wizard: nothing but the parts, composed. */
export function TotpSetup({ className, classNames, headingLevel = 2, verifiedContent, unstyled, ...options }: TotpSetupProps) {
  return (
    <Parts.Root {...options} className={className} unstyled={unstyled}>
      <Parts.Title level={headingLevel} className={classNames?.title} />
      {/* Always mounted, so screen readers hear each change of status. */}
      <Parts.StatusMessage className={classNames?.status} />
      <Parts.Countdown className={classNames?.countdown} />
      <Steps classNames={classNames} />
      <Verified>{verifiedContent}</Verified>
    </Parts.Root>
  );
}
