import type { ReactNode } from 'react';
import type { SetupPart } from '../core/anatomy.js';
import { SetupStatus } from '../core/totp-setup.types.js';
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
const selectLayout = ({ status, show }: TotpSetupApi) => ({ status, secret: show.secret });

/** What the wizard shows under its heading in each state. */
function Steps({ verifiedContent }: { verifiedContent: ReactNode }) {
  const { status, secret } = Parts.useSetupSelector('TotpSetup', selectLayout);
  if (status === SetupStatus.Verified) return verifiedContent;
  if (status === SetupStatus.Loading) return null;
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
        <Parts.Instructions />
        <Parts.QrCode />
        <Parts.OpenInApp />
        <Parts.ManualKeyIntro />
        <Parts.SecretKey />
        <Parts.CopySecret />
        <Parts.CopyStatus />
      </div>
      <Parts.Form>
        <Parts.CodeLabel />
        <Parts.CodeInput />
        {/* Right under the field it is about; "Verify" is the one way on from a failed verify. */}
        <Parts.ErrorMessage />
        <Parts.CodeHint />
        <Parts.DeviceNameLabel />
        <Parts.DeviceNameInput />
        <Parts.DeviceNameHint />
        <Parts.Submit />
      </Parts.Form>
    </>
  );
}

/** The drop-in wizard: nothing but the parts, composed; each part finds its class in `classNames`. */
export function TotpSetup({ className, classNames = noClassNames, headingLevel = 2, verifiedContent, unstyled, ...options }: TotpSetupProps) {
  return (
    <Parts.Root {...options} className={className} unstyled={unstyled}>
      <ClassNamesContext.Provider value={classNames}>
        <Parts.Title level={headingLevel} />
        {/* Always mounted, so screen readers hear each change of status. */}
        <Parts.StatusMessage />
        <Parts.Countdown />
        <Steps verifiedContent={verifiedContent} />
      </ClassNamesContext.Provider>
    </Parts.Root>
  );
}
