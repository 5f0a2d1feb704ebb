import { settingsAnatomy, type ButtonProps, type PartAttrs, type SettingsPart, type TotpSettingsIds } from './anatomy.js';
import { isolate } from './bidi.js';
import { errorText, flag, type Flag } from './code-step.connect.js';
import { ErrorKind } from './errors.js';
import type { TotpSettingsMessages } from './messages.js';
import { canCancelSettings, canRetrySettings, settingsRequestOf } from './totp-settings.machine.js';
import { SettingsStatus, type TotpSettingsEvent, type TotpSettingsState } from './totp-settings.types.js';


/** Which parts have something to show now. */
export interface TotpSettingsShow {
  setUp: boolean;
  replace: boolean;
  turnOff: boolean;
  /** The question before replacing or turning off. */
  confirmation: boolean;
  /** "Try again": the state could not be read, and reading it again may work. */
  retry: boolean;
  /** The enrollment wizard, for a first authenticator or a replacement. */
  enrollment: boolean;
  /** "Cancel": beside the question, and beside the wizard. */
  cancel: boolean;
}

export interface TotpSettingsText {
  title: string;
  status: string;
  notice: string;
  error: string | null;
  warning: string;
  confirm: string;
}

export interface TotpSettingsPartProps {
  root: PartAttrs<'totp-settings', 'root'> & { id: string; 'data-state': SettingsStatus; 'aria-busy': true | undefined };
  title: PartAttrs<'totp-settings', 'title'> & { id: string; tabIndex: -1 };
  status: PartAttrs<'totp-settings', 'status'> & { id: string; 'data-enabled': Flag; 'data-preferred': Flag };
  notice: PartAttrs<'totp-settings', 'notice'> & { role: 'status' };
  actions: PartAttrs<'totp-settings', 'actions'> & { role: 'group'; 'aria-labelledby': string };
  setUp: ButtonProps<'totp-settings', 'set-up'> & { id: string };
  replace: ButtonProps<'totp-settings', 'replace'> & { id: string };
  turnOff: ButtonProps<'totp-settings', 'turn-off'> & { id: string };
  confirmation: PartAttrs<'totp-settings', 'confirmation'> & { role: 'group'; 'aria-labelledby': string };
  warning: PartAttrs<'totp-settings', 'warning'> & { id: string };
  confirm: ButtonProps<'totp-settings', 'confirm'> & { id: string; 'aria-describedby': string; 'aria-disabled': true | undefined; 'data-loading': Flag };
  /** Disabled (not removed) while the wizard checks a code, so focus and layout stay. */
  cancel: ButtonProps<'totp-settings', 'cancel'> & { 'aria-disabled': true | undefined };
  errorMessage: PartAttrs<'totp-settings', 'error-message'> & { id: string; role: 'alert'; tabIndex: -1; 'data-kind': string | undefined };
  retry: ButtonProps<'totp-settings', 'retry'>;
}

export interface TotpSettingsView {
  show: TotpSettingsShow;
  text: TotpSettingsText;
  parts: TotpSettingsPartProps;
}

export interface TotpSettingsHandlers {
  onSetUp(): void;
  onReplace(): void;
  onTurnOff(): void;
  onConfirm(): void;
  onCancel(): void;
  onRetry(): void;
}

/** The panel's handlers, made once so they keep their identity across renders. */
export function createSettingsHandlers(send: (event: TotpSettingsEvent) => void): TotpSettingsHandlers {
  return {
    onSetUp: () => send({ type: 'SET_UP' }),
    onReplace: () => send({ type: 'REPLACE' }),
    onTurnOff: () => send({ type: 'TURN_OFF' }),
    onConfirm: () => send({ type: 'CONFIRM' }),
    onCancel: () => send({ type: 'CANCEL' }),
    onRetry: () => send({ type: 'RETRY' }),
  };
}

function settingsStatusText(state: TotpSettingsState, messages: TotpSettingsMessages, deviceName: string | undefined): string {
  if (state.status === SettingsStatus.Loading) return messages.settingsLoading;
  if (state.status === SettingsStatus.Error) return messages.settingsLoadFailed;
  const { totpEnabled, totpPreferred } = state.mfa;
  if (!totpEnabled) return messages.settingsOff;
  return `${messages.settingsOn({ deviceName })}${totpPreferred ? '' : ` ${messages.settingsNotPreferred}`}`;
}

const noticeTexts = { added: 'settingsAdded', replaced: 'settingsReplaced', 'turned-off': 'settingsTurnedOff' } as const;

/** Every part's attributes, texts and handlers for the settings panel, with no framework. */
export function connectSettings(
  state: TotpSettingsState,
  handlers: TotpSettingsHandlers,
  messages: TotpSettingsMessages,
  ids: TotpSettingsIds,
  /** The authenticator's name, as the app kept it from `onVerified`. */
  deviceName: string | undefined,
): TotpSettingsView {
  const attrs = settingsAnatomy.attrs;
  const { status } = state;
  const name = isolate(deviceName);
  const mfa = 'mfa' in state ? state.mfa : null;
  const error = 'error' in state ? state.error : null;
  const turningOff = status === SettingsStatus.TurningOff;
  const replacing = status === SettingsStatus.ConfirmReplace;
  const confirming = replacing || status === SettingsStatus.ConfirmTurnOff || turningOff;
  const panel = status === SettingsStatus.On || status === SettingsStatus.Off;
  const notice = panel ? state.notice : null;
  const button = <P extends SettingsPart>(part: P, onClick: () => void): ButtonProps<'totp-settings', P> => ({ ...attrs(part), type: 'button', onClick });

  return {
    show: {
      setUp: panel && !mfa!.totpEnabled,
      replace: panel && mfa!.totpEnabled,
      turnOff: panel && mfa!.totpEnabled,
      confirmation: confirming,
      retry: canRetrySettings(state),
      enrollment: status === SettingsStatus.Enrolling,
      cancel: confirming || status === SettingsStatus.Enrolling,
    },
    text: {
      title: messages.settingsTitle,
      status: settingsStatusText(state, messages, name),
      notice: notice ? messages[noticeTexts[notice]] : '',
      error: error ? (error.kind === ErrorKind.MfaRequired ? messages.mfaRequired : errorText(error, messages)) : null,
      warning: confirming ? (replacing ? messages.replaceWarning : messages.turnOffWarning)({ deviceName: name }) : '',
      confirm: replacing ? messages.replace : turningOff ? messages.turningOff : messages.turnOff,
    },
    parts: {
      root: { ...attrs('root'), id: ids.root, 'data-state': status, 'aria-busy': settingsRequestOf(state) !== null || undefined },
      title: { ...attrs('title'), id: ids.title, tabIndex: -1 },
      status: { ...attrs('status'), id: ids.status, 'data-enabled': flag(mfa?.totpEnabled ?? false), 'data-preferred': flag(mfa?.totpPreferred ?? false) },
      notice: { ...attrs('notice'), role: 'status' },
      actions: { ...attrs('actions'), role: 'group', 'aria-labelledby': ids.title },
      setUp: { ...button('set-up', handlers.onSetUp), id: ids.setUp },
      replace: { ...button('replace', handlers.onReplace), id: ids.replace },
      turnOff: { ...button('turn-off', handlers.onTurnOff), id: ids.turnOff },
      confirmation: { ...attrs('confirmation'), role: 'group', 'aria-labelledby': ids.warning },
      warning: { ...attrs('warning'), id: ids.warning },
      confirm: {
        ...button('confirm', handlers.onConfirm),
        id: ids.confirm,
        'aria-describedby': ids.warning,
        'aria-disabled': turningOff || undefined,
        'data-loading': flag(turningOff),
      },
      cancel: { ...button('cancel', handlers.onCancel), 'aria-disabled': !canCancelSettings(state) || undefined },
      errorMessage: { ...attrs('error-message'), id: ids.errorMessage, role: 'alert', tabIndex: -1, 'data-kind': error?.kind },
      retry: button('retry', handlers.onRetry),
    },
  };
}
