export const CODE_LENGTH = 6;

// Phones set to Arabic locales type and copy Arabic-Indic digits; NFKC alone leaves them as they are.
const arabicIndicZeros = [0x0660, 0x06f0];

function toAsciiDigit(char: string): string {
  const codePoint = char.codePointAt(0)!;
  for (const zero of arabicIndicZeros) {
    if (codePoint >= zero && codePoint <= zero + 9) return String(codePoint - zero);
  }
  return char;
}

/**
 * What the code field keeps of anything typed or pasted: "123 456", "123-456", "Code: 123456" and
 * full-width or Arabic-Indic digits all become "123456". Only ASCII digits, at most `limit` (six).
 */
export function normalizeCode(raw: string, limit = CODE_LENGTH): string {
  let digits = '';
  // NFKC folds full-width digits (common with Japanese and Chinese input methods) to ASCII.
  for (const char of raw.normalize('NFKC')) {
    const digit = toAsciiDigit(char);
    if (digit >= '0' && digit <= '9') digits += digit;
    if (digits.length === limit) break;
  }
  return digits;
}

export function isCompleteCode(code: string): boolean {
  return code.length === CODE_LENGTH && /^\d+$/.test(code);
}

/**
 * What an edit of the code field does: null when it changes nothing; `too-long` when more than six
 * digits arrived at once, which is refused whole (cut to six it would be a mangled code that spends
 * an attempt); else the new code, and whether this edit completes it (the one that may submit on its
 * own).
 */
export type CodeEdit = { code: string; completes: boolean } | 'too-long' | null;

function toEdit(current: string, code: string): CodeEdit {
  // The same code again (a same-value change event) is no edit, and must not resend it.
  return code === current ? null : { code, completes: isCompleteCode(code) };
}

/**
 * A change of the field's value. A seventh digit typed into a full field is refused silently, as the
 * browser's maxLength refuses it; more than six digits at once otherwise (an input method, a drop)
 * are refused with a message.
 */
export function editCode(current: string, raw: string): CodeEdit {
  const digits = normalizeCode(raw, CODE_LENGTH + 1);
  if (digits.length <= CODE_LENGTH) return toEdit(current, digits);
  return isCompleteCode(current) ? null : 'too-long';
}

/**
 * A paste that holds a whole code replaces what is there (inserted into a half-typed code it would be
 * cut wrong); one with more than six digits is refused, by the same rule as typing.
 */
export function pasteCode(current: string, raw: string): CodeEdit {
  const digits = normalizeCode(raw, CODE_LENGTH + 1);
  return digits.length > CODE_LENGTH ? 'too-long' : toEdit(current, digits);
}

/** Whether a paste is the kit's to handle (a whole code, or too much); a shorter one the browser inserts. */
export function isWholeCodePaste(raw: string): boolean {
  return normalizeCode(raw, CODE_LENGTH).length === CODE_LENGTH;
}

/**
 * Cognito accepts up to 131,072 characters, but the name is for people to recognise a device in a
 * list, so the kit keeps it short.
 */
export const DEVICE_NAME_MAX_LENGTH = 64;

/** The device name as sent: trimmed, cut to the limit without splitting a character. */
export function normalizeDeviceName(raw: string): string {
  return Array.from(raw.trim()).slice(0, DEVICE_NAME_MAX_LENGTH).join('').trim();
}
