import { flag } from './code-field.connect.js';
import { settingsRequestOf } from './totp-settings.machine.js';
import { settingsPartAttrs as attrs, type TotpSettingsIds } from './totp-settings.anatomy.js';
import { SettingsStatus, type TotpSettingsEvent, type TotpSettingsState } from './totp-settings.types.js';
import type { CommonErrorKind, TotpSettingsMessages } from './totp-setup.messages.js';
import { ErrorKind } from './totp-setup.types.js';

/** Every part's attributes, texts and handlers for the settings panel, with no framework. */
export function connectSettings(
  state: TotpSettingsState,
  send: (event: TotpSettingsEvent) => void,
  messages: TotpSettingsMessages,
  { ids, deviceName }: { ids: TotpSettingsIds; deviceName?: string | undefined },
) {
  const { status } = state;
  const mfa = 'mfa' in state ? state.mfa : null;
  const error = 'error' in state ? state.error : null;
  const turningOff = status === SettingsStatus.TurningOff;
  const confirming = status === SettingsStatus.ConfirmReplace || status === SettingsStatus.ConfirmTurnOff || turningOff;
  const panel = status === SettingsStatus.On || status === SettingsStatus.Off;
  const replacing = status === SettingsStatus.ConfirmReplace;
  const button = (id: string, event: TotpSettingsEvent['type']) => ({ id, type: 'button' as const, onClick: () => send({ type: event } as TotpSettingsEvent) });
  const notice = state.status === SettingsStatus.On || state.status === SettingsStatus.Off ? state.notice : null;

  return {
    /** Which parts have something to show now. */
    show: {
      setUp: panel && !mfa!.totpEnabled,
      replace: panel && mfa!.totpEnabled,
      turnOff: panel && mfa!.totpEnabled,
      confirmation: confirming,
      retry: status === SettingsStatus.Error,
      enrollment: status === SettingsStatus.Enrolling,
    },
    titleText: messages.settingsTitle,
    statusText:
      status === SettingsStatus.Loading ? messages.settingsLoading
        : status === SettingsStatus.Error ? messages.settingsLoadFailed
        : mfa!.totpEnabled ? `${messages.settingsOn({ deviceName })}${mfa!.totpPreferred ? '' : ` ${messages.settingsNotPreferred}`}`
        : messages.settingsOff,
    noticeText: notice === 'added' ? messages.settingsAdded : notice === 'replaced' ? messages.settingsReplaced : notice ? messages.settingsTurnedOff : '',
    errorText: error ? (error.kind === ErrorKind.MfaRequired ? messages.mfaRequired : messages.errors[error.kind as CommonErrorKind]) : null,
    warningText: confirming ? (replacing ? messages.replaceWarning : messages.turnOffWarning)({ deviceName }) : '',
    confirmText: replacing ? messages.replace : turningOff ? messages.turningOff : messages.turnOff,
    root: { ...attrs('root'), id: ids.root, 'data-state': status, 'aria-busy': settingsRequestOf(state) !== null || undefined },
    title: { ...attrs('title'), id: ids.title, tabIndex: -1 },
    status: { ...attrs('status'), id: ids.status, 'data-enabled': flag(mfa?.totpEnabled ?? false), 'data-preferred': flag(mfa?.totpPreferred ?? false) },
    notice: { ...attrs('notice'), role: 'status' },
    actions: { ...attrs('actions'), role: 'group', 'aria-labelledby': ids.title },
    setUp: { ...attrs('set-up'), ...button(ids.setUp, 'SET_UP') },
    replace: { ...attrs('replace'), ...button(ids.replace, 'REPLACE') },
    turnOff: { ...attrs('turn-off'), ...button(ids.turnOff, 'TURN_OFF') },
    confirmation: { ...attrs('confirmation'), role: 'group', 'aria-labelledby': ids.warning },
    warning: { ...attrs('warning'), id: ids.warning },
    confirm: {
      ...attrs('confirm'),
      ...button(ids.confirm, 'CONFIRM'),
      'aria-describedby': ids.warning,
      'aria-disabled': turningOff || undefined,
      'data-loading': flag(turningOff),
    },
    cancel: { ...attrs('cancel'), type: 'button' as const, 'aria-disabled': turningOff || undefined, onClick: () => send({ type: 'CANCEL' }) },
    errorMessage: { ...attrs('error-message'), id: ids.errorMessage, role: 'alert', tabIndex: -1, 'data-kind': error?.kind },
    retry: { ...attrs('retry'), type: 'button' as const, onClick: () => send({ type: 'RETRY' }) },
  };
}
export type TotpSettingsPartProps = ReturnType<typeof connectSettings>;
