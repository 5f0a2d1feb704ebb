/** The parts of a settings panel; each element carries `data-scope="totp-settings"` and its `data-part`. */
export const settingsParts = [
  'root',
  'title',
  'status',
  'notice',
  'actions',
  'set-up',
  'replace',
  'turn-off',
  'confirmation',
  'warning',
  'confirm',
  'cancel',
  'error-message',
  'retry',
] as const;
export type SettingsPart = (typeof settingsParts)[number];

export const settingsScope = 'totp-settings';

export function settingsPartAttrs(part: SettingsPart): { 'data-scope': typeof settingsScope; 'data-part': SettingsPart } {
  return { 'data-scope': settingsScope, 'data-part': part };
}

/** Element ids of one settings panel, from one base id; the focus targets among them. */
export function createSettingsIds(baseId: string) {
  return {
    root: `${baseId}-root`,
    title: `${baseId}-title`,
    status: `${baseId}-status`,
    warning: `${baseId}-warning`,
    setUp: `${baseId}-set-up`,
    replace: `${baseId}-replace`,
    turnOff: `${baseId}-turn-off`,
    confirm: `${baseId}-confirm`,
    errorMessage: `${baseId}-error`,
  };
}
export type TotpSettingsIds = ReturnType<typeof createSettingsIds>;
