import { Secret, TOTP } from 'otpauth';

/** A fresh 160-bit secret, as Cognito hands out, or the fixed one a test or screenshot asks for. */
export function newSecret(fixedBase32?: string): Secret {
  return fixedBase32 === undefined
    ? new Secret({ buffer: crypto.getRandomValues(new Uint8Array(20)).buffer })
    : Secret.fromBase32(fixedBase32);
}

/**
 * The 30-second time step a code belongs to, or null when it matches none. Cognito's parameters are
 * fixed (SHA-1, 6 digits, 30 s) and it accepts one step of clock drift either way.
 */
export function matchingStep(secret: Secret, code: string, now: number): number | null {
  const totp = new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 });
  const delta = totp.validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 30_000) + delta;
}
