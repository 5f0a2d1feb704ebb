import type { CodeStepPart, PartAttrs } from './anatomy.js';
import { CODE_LENGTH, isCompleteCode, isWholeCodePaste } from './code.js';
import type { CodeDraft, CodeStepEvent } from './code-step.machine.js';
import { ErrorKind, type ClassifiedError } from './errors.js';
import type { CommonErrorKind, TotpSharedMessages } from './messages.js';

// The few fields of DOM events the handlers read, so core needs no DOM or framework types.
export interface ValueEvent {
  currentTarget: { value: string };
}
export interface PasteEvent {
  clipboardData: { getData(format: string): string };
  preventDefault(): void;
}
export interface CancelableEvent {
  preventDefault(): void;
}

/** A boolean data flag: present or absent, never "false", so `[data-invalid]` selectors just work. */
export type Flag = '' | undefined;
export const flag = (on: boolean): Flag => (on ? '' : undefined);

/** The code step's handlers, made once per component so they keep their identity across renders. */
export interface CodeStepHandlers {
  onCodeChange(event: ValueEvent): void;
  onCodePaste(event: PasteEvent): void;
  onSubmit(event: CancelableEvent): void;
}

export function createCodeStepHandlers(send: (event: CodeStepEvent) => void): CodeStepHandlers {
  return {
    onCodeChange: (event) => send({ type: 'CODE.CHANGE', value: event.currentTarget.value }),
    onCodePaste(event) {
      // A whole pasted code (or too many digits) is the kit's to handle; a shorter paste the browser inserts.
      const text = event.clipboardData.getData('text');
      if (!isWholeCodePaste(text)) return;
      event.preventDefault();
      send({ type: 'CODE.PASTE', value: text });
    },
    onSubmit(event) {
      event.preventDefault();
      send({ type: 'VERIFY.SUBMIT' });
    },
  };
}

/** The one code field: one real input, because autofill, paste, password managers and screen readers expect one. */
export interface CodeInputProps<Scope extends string> extends PartAttrs<Scope, 'code-input'> {
  id: string;
  type: 'text';
  name: 'totp-code';
  value: string;
  maxLength: number;
  autoComplete: 'one-time-code';
  inputMode: 'numeric';
  pattern: '[0-9]*';
  enterKeyHint: 'done';
  spellCheck: false;
  autoCorrect: 'off';
  autoCapitalize: 'off';
  dir: 'ltr';
  'aria-invalid': true | undefined;
  'aria-describedby': string;
  'data-invalid': Flag;
  'data-disabled': Flag;
  'data-complete': Flag;
  readOnly: boolean;
  onChange(event: ValueEvent): void;
  onPaste(event: PasteEvent): void;
}

/** Props of the parts every code step has, in either component's scope. */
export interface CodeStepPartProps<Scope extends string> {
  form: PartAttrs<Scope, 'form'> & { noValidate: true; 'aria-labelledby': string; onSubmit(event: CancelableEvent): void };
  codeLabel: PartAttrs<Scope, 'code-label'> & { htmlFor: string };
  codeHint: PartAttrs<Scope, 'code-hint'> & { id: string };
  codeInput: CodeInputProps<Scope>;
  submit: PartAttrs<Scope, 'submit'> & { type: 'submit'; 'aria-disabled': true | undefined; 'data-loading': Flag };
  status: PartAttrs<Scope, 'status'> & { role: 'status'; 'data-state': string };
  errorMessage: PartAttrs<Scope, 'error-message'> & { id: string; role: 'alert'; tabIndex: -1; 'data-kind': string | undefined };
  /** The ticking text is not a live region (a screen reader would hear every second); the warning is. */
  countdown: PartAttrs<Scope, 'countdown'> & { role: 'timer'; 'aria-live': 'off' };
  countdownWarning: PartAttrs<Scope, 'countdown-warning'> & { role: 'status' };
}

/** What a code step shows, from its component's state. */
export interface CodeStepView {
  /** The root's `data-state`. */
  status: string;
  /** The code on screen (editable, or being verified); null when there is no field. */
  draft: CodeDraft | null;
  editable: boolean;
  verifying: boolean;
  error: ClassifiedError | null;
  /** Whether the error (or the code's problem) is about the field, so the field is described by it. */
  errorAboutCode: boolean;
}

export interface CodeStepIds {
  title: string;
  codeInput: string;
  codeHint: string;
  errorMessage: string;
}

/** Refused codes mark the field invalid; so do an incomplete code and a paste with too many digits. */
export function isCodeInvalid({ draft, error }: CodeStepView): boolean {
  return (draft?.problem ?? null) !== null || error?.kind === ErrorKind.WrongCode || error?.kind === ErrorKind.CodeUsed;
}

/** The message for a problem with what was typed, when there is no error. */
export function codeProblemText(draft: CodeDraft | null, messages: TotpSharedMessages): string | null {
  if (draft?.problem === 'incomplete') return messages.codeIncomplete;
  return draft?.problem === 'too-long' ? messages.codeTooLong : null;
}

/** The words for a failure, by its kind; an expired session the user cannot restart here says "sign in again". */
export function errorText(error: ClassifiedError, messages: TotpSharedMessages): string {
  return error.kind === ErrorKind.SessionExpired && error.action === 'sign-in' ? messages.sessionExpiredSignIn : messages.errors[error.kind as CommonErrorKind];
}

/**
 * Every code-step part's attributes and handlers, in the component's scope. `describedBy`: what the
 * field is described by besides the error (its hint, and the instructions where they name the device).
 */
export function connectCodeStep<Scope extends string>(
  view: CodeStepView,
  attrs: <P extends CodeStepPart>(part: P) => PartAttrs<Scope, P>,
  ids: CodeStepIds,
  handlers: CodeStepHandlers,
  describedBy: string,
): CodeStepPartProps<Scope> {
  const invalid = isCodeInvalid(view);
  const code = view.draft?.code ?? '';
  return {
    form: { ...attrs('form'), noValidate: true, 'aria-labelledby': ids.title, onSubmit: handlers.onSubmit },
    codeLabel: { ...attrs('code-label'), htmlFor: ids.codeInput },
    codeHint: { ...attrs('code-hint'), id: ids.codeHint },
    codeInput: {
      ...attrs('code-input'),
      id: ids.codeInput,
      type: 'text',
      name: 'totp-code',
      value: code,
      maxLength: CODE_LENGTH,
      autoComplete: 'one-time-code',
      inputMode: 'numeric',
      pattern: '[0-9]*',
      enterKeyHint: 'done',
      spellCheck: false,
      autoCorrect: 'off',
      autoCapitalize: 'off',
      // Codes are digits, read left to right in every language.
      dir: 'ltr',
      'aria-invalid': invalid || undefined,
      'aria-describedby': view.errorAboutCode ? `${ids.errorMessage} ${describedBy}` : describedBy,
      'data-invalid': flag(invalid),
      'data-disabled': flag(!view.editable),
      'data-complete': flag(isCompleteCode(code)),
      // Read-only rather than disabled while a request is out, so focus stays in the field.
      readOnly: !view.editable,
      onChange: handlers.onCodeChange,
      onPaste: handlers.onCodePaste,
    },
    submit: { ...attrs('submit'), type: 'submit', 'aria-disabled': !view.editable || undefined, 'data-loading': flag(view.verifying) },
    status: { ...attrs('status'), role: 'status', 'data-state': view.status },
    errorMessage: {
      ...attrs('error-message'),
      id: ids.errorMessage,
      role: 'alert',
      tabIndex: -1,
      'data-kind': view.error?.kind ?? view.draft?.problem ?? undefined,
    },
    countdown: { ...attrs('countdown'), role: 'timer', 'aria-live': 'off' },
    countdownWarning: { ...attrs('countdown-warning'), role: 'status' },
  };
}
