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
 * Cognito accepts up to 131,072 characters, but the name is for people to recognise a device in a
 * list, so the kit keeps it short.
 */
export const DEVICE_NAME_MAX_LENGTH = 64;

/** The device name as sent: trimmed, cut to the limit without splitting a character. */
export function normalizeDeviceName(raw: string): string {
  return Array.from(raw.trim()).slice(0, DEVICE_NAME_MAX_LENGTH).join('').trim();
}
