import type { ReactNode } from 'react';
import { Status } from '../core/totp-setup.types.js';
import { useTotpSetupContext } from './totp-setup-context.js';
import * as Parts from './totp-setup-parts.js';
import type { UseTotpSetupOptions } from './use-totp-setup.js';

export interface TotpSetupProps extends UseTotpSetupOptions {
  className?: string;
  /** Level of the wizard's heading, to fit the page's outline. Default 2. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Shown under the success message, e.g. a "Continue" link. */
  verifiedContent?: ReactNode;
}

function Steps() {
  const { status, secretCode, canRetry } = useTotpSetupContext('TotpSetup');
  if (status === Status.Verified || status === Status.Loading) return null;
  // Without a secret, or after an error that retrying cannot fix, only the error and its way out.
  if (secretCode === null || (status === Status.Error && !canRetry)) {
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
      <Parts.Instructions />
      <Parts.QrCode />
      <ManualKey />
      <Parts.Form>
        <Parts.CodeLabel />
        <Parts.CodeInput />
        <Parts.CodeHint />
        <Parts.DeviceNameLabel />
        <Parts.DeviceNameInput />
        <Parts.DeviceNameHint />
        <Parts.ErrorMessage />
        <Parts.Submit />
        <Parts.Retry />
        <Parts.Restart />
      </Parts.Form>
    </>
  );
}

function ManualKey() {
  const { messages } = useTotpSetupContext('TotpSetup');
  return (
    <>
      <p>{messages.manualKeyIntro}</p>
      <Parts.SecretKey />
      <Parts.CopySecret />
      <Parts.CopyStatus />
    </>
  );
}

function Verified({ children }: { children?: ReactNode }) {
  const { status } = useTotpSetupContext('TotpSetup');
  return status === Status.Verified ? children : null;
}

/** The drop-in wizard: nothing but the parts, composed. */
export function TotpSetup({ className, headingLevel = 2, verifiedContent, ...options }: TotpSetupProps) {
  return (
    <Parts.Root {...options} className={className}>
      <Parts.Title level={headingLevel} />
      {/* Always mounted, so screen readers hear each change of status. */}
      <Parts.StatusMessage />
      <Parts.Countdown />
      <Steps />
      <Verified>{verifiedContent}</Verified>
    </Parts.Root>
  );
}
