export interface OtpauthUriInput {
  issuer: string;
  accountName: string;
  secretCode: string;
}

// A lone surrogate makes encodeURIComponent throw.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// The label uses ":" between issuer and account, and authenticator apps split on the first one.
function cleanPart(value: string): string {
  return value.replace(loneSurrogate, '\uFFFD').replace(/:/g, '').trim();
}

/** Base32 as authenticator apps expect it: upper case, no padding, no spaces. */
export function normalizeSecret(secretCode: string): string {
  return secretCode.replace(/[\s=]/g, '').toUpperCase();
}

export function isBase32Secret(secretCode: string): boolean {
  return /^[A-Z2-7]{16,}$/.test(normalizeSecret(secretCode));
}

/**
 * The Google Authenticator key URI. Issuer and account are each encoded with encodeURIComponent:
 * form encoding would show "+" literally in Google and Microsoft Authenticator, and encodeURI on the
 * whole string would leave "&", "#" and "+" raw and break the query.
 */
export function buildOtpauthUri({ issuer, accountName, secretCode }: OtpauthUriInput): string {
  const cleanIssuer = cleanPart(issuer);
  const cleanAccount = cleanPart(accountName);
  const secret = normalizeSecret(secretCode);
  if (!isBase32Secret(secret)) throw new TypeError('secretCode must be Base32 of at least 16 characters');
  const encodedIssuer = encodeURIComponent(cleanIssuer);
  const encodedAccount = encodeURIComponent(cleanAccount);
  // Apps show an empty account as a blank row; the issuer alone reads better.
  const label = cleanIssuer === '' ? encodedAccount
    : cleanAccount === '' ? encodedIssuer
    : `${encodedIssuer}:${encodedAccount}`;
  const issuerParam = cleanIssuer === '' ? '' : `&issuer=${encodedIssuer}`;
  return `otpauth://totp/${label}?secret=${secret}${issuerParam}`;
}

/** The manual key as people copy it: groups of four. */
export function groupSecret(secretCode: string, size = 4): string[] {
  return normalizeSecret(secretCode).match(new RegExp(`.{1,${size}}`, 'g')) ?? [];
}
