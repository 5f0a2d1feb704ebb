import { defineProvider, defineRoot, defineTitle, type HeadingProps, type PartsRootProps } from './define-root.js';
import { defineSettingsPart, TotpSettingsContext, useTotpSettingsContext } from './totp-settings-context.js';
import { useTotpSettings, type TotpSettingsApi, type UseTotpSettingsOptions } from './use-totp-settings.js';

/** Shares a panel created with `useTotpSettings` with the parts below it, without markup. */
export const Provider = /* @__PURE__ */ defineProvider(TotpSettingsContext);

const optionKeys = ['adapter', 'deviceName', 'onChange', 'onError', 'messages', 'locale', 'id'] as const satisfies ReadonlyArray<keyof UseTotpSettingsOptions>;
// Fails to compile when an option is added to the hook but not listed above.
const everyOptionListed: Exclude<keyof UseTotpSettingsOptions, (typeof optionKeys)[number]> extends never ? true : never = true;
void everyOptionListed;

export type SettingsRootProps = PartsRootProps<TotpSettingsApi, UseTotpSettingsOptions, 'settings'>;

/** The element that carries `data-state`. Give it either hook options or `settings` from `useTotpSettings`. */
export const Root = /* @__PURE__ */ defineRoot(TotpSettingsContext, useTotpSettings, optionKeys, 'settings');

export type SettingsTitleProps = HeadingProps;

/** The heading; it takes focus after a change, when the control that caused it is gone. */
export const Title = /* @__PURE__ */ defineTitle(useTotpSettingsContext);

/** On (named, and whether it is preferred) or off; also "checking" and "could not check". */
export const Status = /* @__PURE__ */ defineSettingsPart('Status', 'p', ({ parts }) => ({ ...parts.status, children: parts.statusText }));

/** A polite live region: added, replaced, turned off. */
export const Notice = /* @__PURE__ */ defineSettingsPart('Notice', 'p', ({ parts }) => ({ ...parts.notice, children: parts.noticeText }));

/** Wraps the panel's buttons. */
export const Actions = /* @__PURE__ */ defineSettingsPart('Actions', 'div', ({ parts }) => parts.actions);

/** "Set up": shown while the authenticator is off; opens the wizard. */
export const SetUp = /* @__PURE__ */ defineSettingsPart('SetUp', 'button', ({ parts, messages }) => (parts.show.setUp ? { ...parts.setUp, children: messages.setUp } : null));

/** "Replace": shown while it is on; asks first. */
export const Replace = /* @__PURE__ */ defineSettingsPart('Replace', 'button', ({ parts, messages }) => (parts.show.replace ? { ...parts.replace, children: messages.replace } : null));

/** "Turn off": shown while it is on; asks first. */
export const TurnOff = /* @__PURE__ */ defineSettingsPart('TurnOff', 'button', ({ parts, messages }) => (parts.show.turnOff ? { ...parts.turnOff, children: messages.turnOff } : null));

/** The question before replacing or turning off: the warning, the confirming button and "Cancel". */
export const Confirmation = /* @__PURE__ */ defineSettingsPart('Confirmation', 'div', ({ parts }) => (parts.show.confirmation ? parts.confirmation : null));

/** What replacing or turning off means, naming the authenticator when the app did. */
export const Warning = /* @__PURE__ */ defineSettingsPart('Warning', 'p', ({ parts }) => ({ ...parts.warning, children: parts.warningText }));

/** Repeats the verb: "Replace" or "Turn off". */
export const Confirm = /* @__PURE__ */ defineSettingsPart('Confirm', 'button', ({ parts }) => ({ ...parts.confirm, children: parts.confirmText }));

/** Leaves the question, or the wizard, with nothing changed. */
export const Cancel = /* @__PURE__ */ defineSettingsPart('Cancel', 'button', ({ parts, messages }) => ({ ...parts.cancel, children: messages.cancel }));

/** What went wrong and what to do. */
export const ErrorMessage = /* @__PURE__ */ defineSettingsPart('ErrorMessage', 'p', ({ parts }) => ({ ...parts.errorMessage, children: parts.errorText ?? '' }));

/** Reads the state again after it could not be read. */
export const Retry = /* @__PURE__ */ defineSettingsPart('Retry', 'button', ({ parts, messages }) => (parts.show.retry ? { ...parts.retry, children: messages.retry } : null));
