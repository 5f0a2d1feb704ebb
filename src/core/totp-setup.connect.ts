import { DEVICE_NAME_MAX_LENGTH } from './code.js';
import { codeFieldProps, flag, type CancelableEvent, type ValueEvent } from './code-field.connect.js';
import { canRetry, editableDraft, isRequesting, shownDraft } from './totp-setup.machine.js';
import { partAttrs, type TotpSetupIds } from './totp-setup.anatomy.js';
import type { CommonErrorKind, TotpSetupMessages } from './totp-setup.messages.js';
import { ErrorKind, Status, type TotpSetupEvent, type TotpSetupState } from './totp-setup.types.js';

// Enrollment never reports `code-used`: that is the sign-in challenge's reading of ExpiredCodeException.

export interface ConnectContext {
  ids: TotpSetupIds;
  /** Copies the secret (clipboard I/O is the host's). */
  copySecret: () => void;
}

/**
 * Every part's attributes, accessible names and event handlers for a state, with no framework: the
 * parts spread these (composing the app's own handlers first), and CSS styles the data attributes.
 */
export function connect(state: TotpSetupState, send: (event: TotpSetupEvent) => void, messages: TotpSetupMessages, { ids, copySecret }: ConnectContext) {
  const draft = shownDraft(state);
  const editable = editableDraft(state) !== null;
  const error = state.status === Status.Error ? state.error : null;
  const codeInvalid = (draft?.codeInvalid ?? false) || error?.kind === ErrorKind.WrongCode;
  const errorText = error
    ? `${state.status === Status.Error && state.step === 'associate' ? `${messages.associateFailed} ` : ''}${
        error.kind === ErrorKind.SessionExpired && error.action === 'sign-in' ? messages.sessionExpiredSignIn : messages.errors[error.kind as CommonErrorKind]
      }`
    : draft?.codeInvalid ? messages.codeIncomplete : null;
  // The message under the field is about the field: a failed verify, or an incomplete code.
  const errorAboutCode = errorText !== null && draft !== null;

  return {
    errorText,
    canRetry: canRetry(state),
    canRestart: error?.action === 'restart',
    root: {
      ...partAttrs('root'),
      id: ids.root,
      'data-state': state.status,
      'aria-busy': isRequesting(state) || undefined,
    },
    // Focusable from script (not by Tab), so focus can land here when the step it was on disappears.
    title: { ...partAttrs('title'), id: ids.title, tabIndex: -1 },
    titleText: state.status === Status.Verified ? messages.verifiedTitle : messages.title,
    instructions: partAttrs('instructions'),
    qrCode: { ...partAttrs('qr-code'), role: 'img' },
    openInApp: partAttrs('open-in-app'),
    manualKeyIntro: partAttrs('manual-key-intro'),
    secretKey: partAttrs('secret-key'),
    // The grouped key is hidden from screen readers, which get it spelled out instead.
    // Keys and codes are Latin letters and digits, read left to right in every language.
    secretKeyValue: { ...partAttrs('secret-key-value'), id: ids.secretKey, translate: 'no' as const, 'aria-hidden': true, dir: 'ltr' },
    secretKeySpoken: partAttrs('secret-key-spoken'),
    copySecret: { ...partAttrs('copy-secret'), type: 'button' as const, onClick: copySecret },
    copyStatus: { ...partAttrs('copy-status'), role: 'status' },
    form: {
      ...partAttrs('form'),
      noValidate: true,
      onSubmit(event: CancelableEvent) {
        event.preventDefault();
        send({ type: 'VERIFY.SUBMIT' });
      },
    },
    codeLabel: { ...partAttrs('code-label'), htmlFor: ids.codeInput },
    codeHint: { ...partAttrs('code-hint'), id: ids.codeHint },
    codeInput: {
      ...partAttrs('code-input'),
      ...codeFieldProps(
        ids.codeInput,
        draft?.code ?? '',
        editable,
        codeInvalid,
        errorAboutCode ? `${ids.errorMessage} ${ids.codeHint}` : ids.codeHint,
        (value) => send({ type: 'CODE.CHANGE', value }),
      ),
    },
    deviceNameLabel: { ...partAttrs('device-name-label'), htmlFor: ids.deviceNameInput },
    deviceNameInput: {
      ...partAttrs('device-name-input'),
      id: ids.deviceNameInput,
      type: 'text' as const,
      name: 'device-name',
      value: state.friendlyDeviceName,
      maxLength: DEVICE_NAME_MAX_LENGTH,
      autoComplete: 'off',
      'aria-describedby': ids.deviceNameHint,
      'data-disabled': flag(!editable),
      readOnly: !editable,
      onChange: (event: ValueEvent) => send({ type: 'NAME.CHANGE', value: event.currentTarget.value }),
    },
    deviceNameHint: { ...partAttrs('device-name-hint'), id: ids.deviceNameHint },
    submit: {
      ...partAttrs('submit'),
      type: 'submit' as const,
      'aria-disabled': !editable || undefined,
      'data-loading': flag(state.status === Status.Verifying),
    },
    submitText: state.status === Status.Verifying ? messages.verifying : messages.submit,
    status: { ...partAttrs('status'), role: 'status', 'data-state': state.status },
    statusText: state.status === Status.Loading ? messages.loading
      : state.status === Status.Verifying ? messages.verifying
      : state.status === Status.Verified ? messages.verified({ friendlyDeviceName: state.friendlyDeviceName })
      : '',
    errorMessage: {
      ...partAttrs('error-message'),
      id: ids.errorMessage,
      role: 'alert',
      tabIndex: -1,
      'data-kind': error?.kind ?? (draft?.codeInvalid ? 'incomplete-code' : undefined),
    },
    retry: { ...partAttrs('retry'), type: 'button' as const, onClick: () => send({ type: 'RETRY' }) },
    restart: { ...partAttrs('restart'), type: 'button' as const, onClick: () => send({ type: 'RESTART' }) },
    // The ticking text is not a live region (a screen reader would hear every second); the warning is.
    countdown: { ...partAttrs('countdown'), role: 'timer', 'aria-live': 'off' as const },
    countdownWarning: { ...partAttrs('countdown-warning'), role: 'status' },
  };
}
export type TotpSetupPartProps = ReturnType<typeof connect>;
