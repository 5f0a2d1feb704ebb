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
 * What an edit of the code field does: null when it changes nothing, else the new code and whether
 * it is the edit that completes it (the one that may submit on its own). More than six digits means a
 * keystroke landed in a full field (the browser's maxLength stops most): cutting it would send a
 * mangled code, so a full code stays as it was, and an overflowing edit never submits.
 */
export function editCode(current: string, raw: string): { code: string; completes: boolean } | null {
  const digits = normalizeCode(raw, CODE_LENGTH + 1);
  const overflow = digits.length > CODE_LENGTH;
  if (overflow && isCompleteCode(current)) return null;
  const code = digits.slice(0, CODE_LENGTH);
  // The same code again (a same-value change event) is no edit, and must not resend it.
  if (code === current) return null;
  return { code, completes: !overflow && isCompleteCode(code) };
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
