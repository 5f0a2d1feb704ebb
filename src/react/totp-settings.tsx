import type { SettingsPart } from '../core/anatomy.js';
import { ClassNamesContext } from './define-part.js';
import type { HeadingLevel } from './define-root.js';
import type { TotpSetupClassNames } from './totp-setup.js';
import * as Parts from './totp-settings-parts.js';
import type { UseTotpSettingsOptions } from './use-totp-settings.js';

/** A class for any part of the panel, by its `data-part` name. */
export type TotpSettingsClassNames = Partial<Record<Exclude<SettingsPart, 'root'>, string>>;

export interface TotpSettingsProps extends UseTotpSettingsOptions {
  className?: string;
  classNames?: TotpSettingsClassNames;
  /** Classes for the enrollment wizard's parts. */
  setupClassNames?: TotpSetupClassNames;
  /** Level of the panel's heading, and of the wizard's, which takes its place while open. Default 2. */
  headingLevel?: HeadingLevel;
  /** Switch the kit's stylesheet off, here and in the wizard. */
  unstyled?: boolean;
}

const noClassNames: TotpSettingsClassNames = {};

/**
 * The drop-in settings panel for a signed-in user's authenticator app: whether it is on, "Set up"
 * (the enrollment wizard, in place), "Replace" (after saying the current one stops working) and
 * "Turn off" (after asking). Cognito keeps one authenticator per user, so a replacement takes effect
 * only once the new one is verified. Nothing but the parts, each shown while it applies.
 */
export function TotpSettings({ className, classNames = noClassNames, headingLevel = 2, unstyled, setupClassNames, ...options }: TotpSettingsProps) {
  return (
    <Parts.Root {...options} className={className} unstyled={unstyled}>
      <ClassNamesContext.Provider value={classNames}>
        <PanelTitle level={headingLevel} />
        {/* Always mounted, so screen readers hear each change. */}
        <Parts.Notice />
        {/* In the panel's place, under its own heading at the panel's level. */}
        <Parts.Enrollment classNames={setupClassNames} headingLevel={headingLevel} unstyled={unstyled} />
        <Parts.Status />
        <Parts.ErrorMessage />
        <Parts.Confirmation>
          <Parts.Warning />
          <Parts.Confirm />
          <Parts.Cancel />
        </Parts.Confirmation>
        <CancelEnrollment />
        <Parts.Retry />
        <Parts.Actions>
          <Parts.SetUp />
          <Parts.Replace />
          <Parts.TurnOff />
        </Parts.Actions>
      </ClassNamesContext.Provider>
    </Parts.Root>
  );
}

const selectEnrolling = ({ show }: { show: { enrollment: boolean } }) => show.enrollment;

/** The panel's heading, but while the wizard (with its own, saying what it does) is open in its place. */
function PanelTitle({ level }: { level: HeadingLevel }) {
  return Parts.useSettingsSelector('TotpSettings', selectEnrolling) ? null : <Parts.Title level={level} />;
}

/** "Cancel" under the wizard (inside the question, it is the question's). */
function CancelEnrollment() {
  return Parts.useSettingsSelector('TotpSettings', selectEnrolling) ? <Parts.Cancel /> : null;
}
