import { CODE_LENGTH, isCompleteCode, normalizeCode } from './code.js';

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

// Boolean data flags are present or absent, never "false", so `[data-invalid]` selectors just work.
export const flag = (on: boolean): '' | undefined => (on ? '' : undefined);

/**
 * The one code field both enrollment and sign-in use: one real input, because one-time-code autofill,
 * paste, password managers and screen readers all expect a single field.
 */
export function codeFieldProps(
  id: string,
  code: string,
  editable: boolean,
  invalid: boolean,
  describedBy: string,
  setCode: (value: string) => void,
) {
  return {
    id,
    type: 'text' as const,
    name: 'totp-code',
    value: code,
    maxLength: CODE_LENGTH,
    autoComplete: 'one-time-code',
    inputMode: 'numeric' as const,
    pattern: '[0-9]*',
    enterKeyHint: 'done' as const,
    spellCheck: false,
    autoCorrect: 'off',
    autoCapitalize: 'off',
    dir: 'ltr',
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
    'data-invalid': flag(invalid),
    'data-disabled': flag(!editable),
    'data-complete': flag(isCompleteCode(code)),
    // Read-only rather than disabled while a request is out, so focus stays in the field.
    readOnly: !editable,
    onChange: (event: ValueEvent) => setCode(event.currentTarget.value),
    onPaste(event: PasteEvent) {
      // A whole pasted code replaces what is there; inserted into a half-typed one it would be cut wrong.
      const pasted = normalizeCode(event.clipboardData.getData('text'));
      if (pasted.length === CODE_LENGTH) {
        event.preventDefault();
        setCode(pasted);
      }
    },
  };
}
