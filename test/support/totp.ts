import { Secret, TOTP } from 'otpauth';

/** The code an authenticator app shows for this secret at this moment (Cognito's SHA-1, 6 digits, 30 s). */
export function totpCode(secretCode: string, timestamp = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secretCode), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp });
}

/** A code that is certainly not accepted now (ten minutes away). */
export function staleCode(secretCode: string): string {
  return totpCode(secretCode, Date.now() - 10 * 60_000);
}
