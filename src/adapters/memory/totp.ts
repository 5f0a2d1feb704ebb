import { Secret, TOTP } from 'otpauth';

/** Cognito's TOTP parameters are fixed: SHA-1, 6 digits, 30-second steps. */
const cognitoTotp = (secret: Secret) => new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 });

/** A fresh 160-bit secret, as Cognito hands out, or the fixed one a test or screenshot asks for. */
export function newSecret(fixedBase32?: string): Secret {
  return fixedBase32 === undefined
    ? new Secret({ buffer: crypto.getRandomValues(new Uint8Array(20)).buffer })
    : Secret.fromBase32(fixedBase32);
}

/** The 30-second time step a code belongs to, or null when it matches none (one step of drift either way, as Cognito). */
export function matchingStep(secret: Secret, code: string, now: number): number | null {
  const delta = cognitoTotp(secret).validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 30_000) + delta;
}

/**
 * The code an authenticator app shows for `secretCode` at `time`: for tests that enroll with a fixed
 * secret (`createMemoryBackend({ secretCode })`) and then type what the user's phone would.
 */
export function authenticatorCode(secretCode: string, time = Date.now()): string {
  return cognitoTotp(Secret.fromBase32(secretCode)).generate({ timestamp: time });
}
