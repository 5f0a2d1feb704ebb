import { createParts } from './define-part.js';
import { defineProvider, defineRoot, defineTitle, optionNames, type HeadingProps, type PartsRootProps } from './define-root.js';
import { TotpSetup, type TotpSetupProps } from './totp-setup.js';
import { useTotpSettings, type TotpSettingsApi, type UseTotpSettingsOptions } from './use-totp-settings.js';

const [SettingsContext, useSettingsSelector, definePart] = /* @__PURE__ */ createParts<TotpSettingsApi>('TotpSettingsParts');
export { useSettingsSelector };

/** Shares a panel created with `useTotpSettings` with the parts below it, without markup. */
export const Provider = /* @__PURE__ */ defineProvider(SettingsContext);

const optionKeys = /* @__PURE__ */ optionNames<UseTotpSettingsOptions>()([
  'adapter', 'issuer', 'accountName', 'deviceName', 'onVerified', 'onChange', 'onError', 'messages', 'locale', 'id',
]);

export type TotpSettingsRootProps = PartsRootProps<TotpSettingsApi, UseTotpSettingsOptions, 'settings'>;

/** The element that carries `data-state`. Give it either hook options or `settings` from `useTotpSettings`. */
export const Root = /* @__PURE__ */ defineRoot(SettingsContext, useTotpSettings, optionKeys, 'settings', 'TotpSettingsParts');

export type TotpSettingsTitleProps = HeadingProps;

/** The heading; it takes focus after a change, when the control that caused it is gone. */
export const Title = /* @__PURE__ */ defineTitle(useSettingsSelector);

/** On (named, and whether it is preferred) or off; also "checking" and "could not check". */
export const Status = /* @__PURE__ */ definePart('Status', 'p', ({ show, parts, text }) => (show.enrollment ? null : { ...parts.status, children: text.status }));

/** A polite live region: added, replaced, turned off. Keep it mounted. */
export const Notice = /* @__PURE__ */ definePart('Notice', 'p', ({ parts, text }) => ({ ...parts.notice, children: text.notice }));

/** Wraps the panel's buttons; shown while there is one. */
export const Actions = /* @__PURE__ */ definePart('Actions', 'div', ({ show, parts }) => (show.setUp || show.replace ? parts.actions : null));

/** "Set up": shown while the authenticator is off; opens the wizard. */
export const SetUp = /* @__PURE__ */ definePart('SetUp', 'button', ({ show, parts, messages }) => (show.setUp ? { ...parts.setUp, children: messages.setUp } : null));

/** "Replace": shown while it is on; asks first. */
export const Replace = /* @__PURE__ */ definePart('Replace', 'button', ({ show, parts, messages }) => (show.replace ? { ...parts.replace, children: messages.replace } : null));

/** "Turn off": shown while it is on; asks first. */
export const TurnOff = /* @__PURE__ */ definePart('TurnOff', 'button', ({ show, parts, messages }) => (show.turnOff ? { ...parts.turnOff, children: messages.turnOff } : null));

/** The question before replacing or turning off: the warning, the confirming button and "Cancel". */
export const Confirmation = /* @__PURE__ */ definePart('Confirmation', 'div', ({ show, parts }) => (show.confirmation ? parts.confirmation : null));

/** What replacing or turning off means, naming the authenticator when the app did. */
export const Warning = /* @__PURE__ */ definePart('Warning', 'p', ({ parts, text }) => ({ ...parts.warning, children: text.warning }));

/** Repeats the verb: "Replace" or "Turn off". */
export const Confirm = /* @__PURE__ */ definePart('Confirm', 'button', ({ parts, text }) => ({ ...parts.confirm, children: text.confirm }));

/** Leaves the question, or the wizard, with nothing changed; it waits while the wizard checks a code. */
export const Cancel = /* @__PURE__ */ definePart('Cancel', 'button', ({ show, parts, messages }) => (show.cancel ? { ...parts.cancel, children: messages.cancel } : null));

/** What went wrong and what to do. Mounted throughout, but while the wizard (which has its own) is open. */
export const ErrorMessage = /* @__PURE__ */ definePart('ErrorMessage', 'p', ({ show, parts, text }) => (show.enrollment ? null : { ...parts.errorMessage, children: text.error ?? '' }));

/** Reads the state again after it could not be read, when that may work. */
export const Retry = /* @__PURE__ */ definePart('Retry', 'button', ({ show, parts, messages }) => (show.retry ? { ...parts.retry, children: messages.retry } : null));

/** The wizard's props the app may set; the panel sets the rest (adapter, callbacks, texts). */
export type TotpSettingsEnrollmentProps = Omit<TotpSetupProps, keyof UseTotpSettingsOptions | 'onStatusChange'>;

const selectEnrollment = ({ show, setupOptions }: TotpSettingsApi) => (show.enrollment ? setupOptions : null);

/**
 * The enrollment wizard, in place, while the panel has it open: wired to the panel, which learns when
 * it verified and keeps "Cancel" from leaving while it checks a code.
 */
export function Enrollment(props: TotpSettingsEnrollmentProps) {
  const options = useSettingsSelector('Enrollment', selectEnrollment);
  return options === null ? null : <TotpSetup {...options} {...props} />;
}
