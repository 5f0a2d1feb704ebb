import { useContext, type ReactNode } from 'react';
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
const selectMessages = ({ messages }: TotpSetupApi) => messages;

/**
 * What the wizard shows under its heading in each state. The steps come in the order they are done:
 * scan, name the device, then the code, whose sixth digit may verify since nothing follows it.
 */
function Steps({ verifiedContent }: { verifiedContent: ReactNode }) {
  const { status, secret } = Parts.useSetupSelector('TotpSetup', selectLayout);
  if (status === SetupStatus.Verified) return verifiedContent;
  if (status === SetupStatus.Loading) return <Placeholder />;
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
        <Parts.Instructions data-step="1" />
        <Parts.QrCode />
        <Parts.OpenInApp />
        <Parts.ManualKeyIntro />
        <Parts.SecretKey />
        <Parts.CopySecret />
        <Parts.CopyStatus />
      </div>
      <Parts.Form>
        <Parts.DeviceNameLabel data-step="2" />
        <Parts.DeviceNameHint />
        <Parts.DeviceNameInput />
        <Parts.CodeLabel data-step="3" />
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

const scope = { 'data-scope': 'totp-setup' } as const;

/**
 * While the secret loads: the steps' own words where they will be, and empty boxes (styled as
 * placeholders) where the QR code, the key and the fields will appear, so the card keeps its size and
 * nothing moves when they arrive. Hidden from screen readers, which hear the status instead.
 */
function Placeholder() {
  const messages = Parts.useSetupSelector('TotpSetup', selectMessages);
  const classNames = useContext(ClassNamesContext);
  // Each placeholder as the part it stands for, with the app's class for that part, so a themed wizard
  // keeps its size too; an empty box is marked, so selectors for the real field can tell them apart.
  const part = (name: TotpSetupClassNamePart) => ({ ...scope, 'data-part': name, className: classNames[name] });
  const box = (name: TotpSetupClassNamePart) => <div {...part(name)} data-placeholder="" />;
  return (
    <>
      <div data-part="scan" aria-hidden="true">
        <p {...part('instructions')} data-step="1">{messages.scanInstructions}</p>
        {box('qr-code')}
        <p {...part('manual-key-intro')}>{messages.manualKeyIntro}</p>
        {box('secret-key')}
      </div>
      <div {...part('form')} aria-hidden="true">
        <label {...part('device-name-label')} data-step="2">{messages.deviceNameLabel}</label>
        <p {...part('device-name-hint')}>{messages.deviceNameHint}</p>
        {box('device-name-input')}
        <label {...part('code-label')} data-step="3">{messages.codeLabel}</label>
        <p {...part('code-hint')}>{messages.codeHint}</p>
        {box('code-input')}
        {box('submit')}
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
