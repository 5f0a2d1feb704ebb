import type { VerifiedDetails } from '../core/totp-setup.types.js';
import type { SettingsPart } from '../core/totp-settings.anatomy.js';
import { SettingsStatus } from '../core/totp-settings.types.js';
import { ClassNamesContext } from './define-part.js';
import { TotpSetup, type TotpSetupClassNames } from './totp-setup.js';
import { useTotpSettingsContext } from './totp-settings-context.js';
import * as Parts from './totp-settings-parts.js';
import type { UseTotpSettingsOptions } from './use-totp-settings.js';

/** A class for any part of the panel, by its `data-part` name. */
export type TotpSettingsClassNames = Partial<Record<Exclude<SettingsPart, 'root'>, string>>;

type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface TotpSettingsProps extends UseTotpSettingsOptions {
  /** For the enrollment wizard: the QR code's issuer and account. */
  issuer: string;
  accountName: string;
  /** A new authenticator was verified: keep its `friendlyDeviceName` and pass it back as `deviceName`. */
  onVerified?: (details: VerifiedDetails) => void;
  className?: string;
  classNames?: TotpSettingsClassNames;
  /** Classes for the enrollment wizard's parts. */
  setupClassNames?: TotpSetupClassNames;
  /** Level of the panel's heading; the wizard's is one below. Default 2. */
  headingLevel?: HeadingLevel;
  /** Switch the kit's stylesheet off, here and in the wizard. */
  unstyled?: boolean;
}

type BodyProps = Pick<TotpSettingsProps, 'issuer' | 'accountName' | 'onVerified' | 'onError' | 'setupClassNames' | 'unstyled'> & { headingLevel: HeadingLevel };

/** What the panel shows under its heading in each state. */
function Body({ onVerified, onError, setupClassNames, headingLevel, ...wizard }: BodyProps) {
  const settings = useTotpSettingsContext('TotpSettings');
  if (settings.status === SettingsStatus.Enrolling) {
    return (
      <>
        <TotpSetup
          {...wizard}
          adapter={settings.adapter}
          messages={settings.messages}
          locale={settings.locale}
          classNames={setupClassNames}
          headingLevel={Math.min(headingLevel + 1, 6) as HeadingLevel}
          onVerified={(details) => {
            onVerified?.(details);
            settings.enrolled();
          }}
          onError={onError}
        />
        <Parts.Cancel />
      </>
    );
  }
  return (
    <>
      <Parts.Status />
      <Parts.ErrorMessage />
      <Parts.Confirmation>
        <Parts.Warning />
        <Parts.Confirm />
        <Parts.Cancel />
      </Parts.Confirmation>
      {settings.status === SettingsStatus.Error ? (
        <Parts.Retry />
      ) : settings.parts.show.setUp || settings.parts.show.replace ? (
        <Parts.Actions>
          <Parts.SetUp />
          <Parts.Replace />
          <Parts.TurnOff />
        </Parts.Actions>
      ) : null}
    </>
  );
}

/**
 * The drop-in settings panel for a signed-in user's authenticator app: whether it is on, "Set up"
 * (the enrollment wizard, in place), "Replace" (after saying the current one stops working) and
 * "Turn off" (after asking). Cognito keeps one authenticator per user, so a replacement takes effect
 * only once the new one is verified.
 */
export function TotpSettings({ className, classNames = {}, headingLevel = 2, unstyled, issuer, accountName, onVerified, setupClassNames, ...options }: TotpSettingsProps) {
  return (
    <Parts.Root {...options} className={className} unstyled={unstyled}>
      <ClassNamesContext.Provider value={classNames}>
        <Parts.Title level={headingLevel} />
        {/* Always mounted, so screen readers hear each change. */}
        <Parts.Notice />
        <Body
          issuer={issuer}
          accountName={accountName}
          onVerified={onVerified}
          onError={options.onError}
          setupClassNames={setupClassNames}
          headingLevel={headingLevel}
          unstyled={unstyled}
        />
      </ClassNamesContext.Provider>
    </Parts.Root>
  );
}
