import { isCompleteCode } from './code.js';
import { isEditable, isRequesting } from './totp-setup.machine.js';
import { partAttrs, type TotpSetupIds } from './totp-setup.anatomy.js';
import { Status, type TotpSetupState } from './totp-setup.types.js';

// Boolean data flags are present or absent, never "false", so `[data-invalid]` selectors just work.
const flag = (on: boolean): '' | undefined => (on ? '' : undefined);

/**
 * The ARIA, id and data-* attributes of each part for a given state, with no framework: the React
 * parts spread these and add their handlers, and CSS styles them through the data attributes.
 */
export function connect(state: TotpSetupState, ids: TotpSetupIds) {
  const editable = isEditable(state);
  const codeInvalid = state.codeInvalid || (state.status === Status.Error && state.error?.kind === 'wrong-code');
  const errorShown = state.status === Status.Error || state.codeInvalid;
  const describedBy = [ids.codeHint, errorShown ? ids.errorMessage : null].filter(Boolean).join(' ');

  return {
    // Focusable from script (not by Tab), so focus can land here when the step it was on disappears.
    title: { ...partAttrs('title'), id: ids.title, tabIndex: -1 },
    instructions: partAttrs('instructions'),
    root: {
      ...partAttrs('root'),
      id: ids.root,
      'data-state': state.status,
      'aria-busy': isRequesting(state) || undefined,
    },
    qrCode: { ...partAttrs('qr-code'), role: 'img' },
    openInApp: partAttrs('open-in-app'),
    manualKeyIntro: partAttrs('manual-key-intro'),
    secretKey: partAttrs('secret-key'),
    // The grouped key is hidden from screen readers, which get it spelled out instead.
    // Keys and codes are Latin letters and digits, read left to right in every language.
    secretKeyValue: { ...partAttrs('secret-key-value'), id: ids.secretKey, translate: 'no' as const, 'aria-hidden': true, dir: 'ltr' },
    secretKeySpoken: partAttrs('secret-key-spoken'),
    copySecret: { ...partAttrs('copy-secret'), type: 'button' as const },
    copyStatus: { ...partAttrs('copy-status'), role: 'status' },
    form: { ...partAttrs('form'), noValidate: true },
    codeLabel: partAttrs('code-label'),
    codeHint: { ...partAttrs('code-hint'), id: ids.codeHint },
    codeInput: {
      ...partAttrs('code-input'),
      id: ids.codeInput,
      dir: 'ltr',
      'aria-invalid': codeInvalid || undefined,
      'aria-describedby': describedBy,
      'data-invalid': flag(codeInvalid),
      'data-disabled': flag(!editable),
      'data-complete': flag(isCompleteCode(state.code)),
      // Read-only rather than disabled while verifying, so focus stays in the field.
      readOnly: !editable,
    },
    deviceNameLabel: partAttrs('device-name-label'),
    deviceNameInput: {
      ...partAttrs('device-name-input'),
      id: ids.deviceNameInput,
      'aria-describedby': ids.deviceNameHint,
      'data-disabled': flag(!editable),
      readOnly: !editable,
    },
    deviceNameHint: { ...partAttrs('device-name-hint'), id: ids.deviceNameHint },
    submit: {
      ...partAttrs('submit'),
      type: 'submit' as const,
      'aria-disabled': !editable || undefined,
      'data-loading': flag(state.status === Status.Verifying),
    },
    status: { ...partAttrs('status'), role: 'status', 'data-state': state.status },
    errorMessage: {
      ...partAttrs('error-message'),
      id: ids.errorMessage,
      role: 'alert',
      tabIndex: -1,
      'data-kind': state.error?.kind ?? (state.codeInvalid ? 'incomplete-code' : undefined),
    },
    retry: { ...partAttrs('retry'), type: 'button' as const },
    restart: { ...partAttrs('restart'), type: 'button' as const },
    // The ticking text is not a live region (a screen reader would hear every second); the warning is.
    countdown: { ...partAttrs('countdown'), role: 'timer', 'aria-live': 'off' as const },
    countdownWarning: { ...partAttrs('countdown-warning'), role: 'status' },
  };
}
export type TotpSetupPartProps = ReturnType<typeof connect>;
