/** The parts of an enrollment UI; each element carries `data-scope="totp-setup"` and its `data-part`. */
export const parts = [
  'root',
  'title',
  'instructions',
  'qr-code',
  'open-in-app',
  'manual-key-intro',
  'secret-key',
  'secret-key-value',
  'secret-key-spoken',
  'copy-secret',
  'copy-status',
  'form',
  'code-label',
  'code-input',
  'code-hint',
  'device-name-label',
  'device-name-input',
  'device-name-hint',
  'submit',
  'status',
  'error-message',
  'retry',
  'restart',
  'countdown',
  'countdown-warning',
] as const;
export type Part = (typeof parts)[number];

export const scope = 'totp-setup';

export function partAttrs(part: Part): { 'data-scope': typeof scope; 'data-part': Part } {
  return { 'data-scope': scope, 'data-part': part };
}

/** Element ids of one enrollment, derived from one base id so several can share a page. */
export function createIds(baseId: string) {
  return {
    root: `${baseId}-root`,
    title: `${baseId}-title`,
    codeInput: `${baseId}-code`,
    codeHint: `${baseId}-code-hint`,
    deviceNameInput: `${baseId}-device-name`,
    deviceNameHint: `${baseId}-device-name-hint`,
    secretKey: `${baseId}-secret`,
    errorMessage: `${baseId}-error`,
  };
}
export type TotpSetupIds = ReturnType<typeof createIds>;
