import { Secret } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { totpCode } from '../support/totp.js';

const signal = () => new AbortController().signal;
const codeAt = totpCode;

describe('createMemoryAdapter', () => {
  it('hands out a fresh 160-bit Base32 secret on every associate', async () => {
    const adapter = createMemoryAdapter();
    const first = await adapter.associateSoftwareToken({ signal: signal() });
    const second = await adapter.associateSoftwareToken({ signal: signal() });
    expect(first.secretCode).toMatch(/^[A-Z2-7]{32}$/);
    expect(Secret.fromBase32(first.secretCode).bytes).toHaveLength(20);
    expect(second.secretCode).not.toBe(first.secretCode);
  });

  it('verifies a code computed with otpauth and records the device', async () => {
    const now = Date.UTC(2026, 10, 26, 12, 0, 10);
    const adapter = createMemoryAdapter({ now: () => now });
    const { secretCode } = await adapter.associateSoftwareToken({ signal: signal() });
    const result = await adapter.verifySoftwareToken(
      { userCode: codeAt(secretCode, now), friendlyDeviceName: 'Work phone' },
      { signal: signal() },
    );
    expect(result).toEqual({ status: 'SUCCESS' });
    expect(adapter.device).toEqual({ friendlyDeviceName: 'Work phone' });
  });

  it('accepts one 30-second step of clock drift either way, and no more', async () => {
    const now = Date.UTC(2026, 10, 26, 12, 0, 10);
    for (const [offset, accepted] of [[-30_000, true], [30_000, true], [-60_000, false], [60_000, false]] as const) {
      const adapter = createMemoryAdapter({ now: () => now });
      const { secretCode } = await adapter.associateSoftwareToken({ signal: signal() });
      const attempt = adapter.verifySoftwareToken({ userCode: codeAt(secretCode, now + offset) }, { signal: signal() });
      if (accepted) await expect(attempt).resolves.toEqual({ status: 'SUCCESS' });
      else await expect(attempt).rejects.toMatchObject({ name: 'EnableSoftwareTokenMFAException' });
    }
  });

  it('answers a wrong code as real Cognito does', async () => {
    const adapter = createMemoryAdapter({ secretCode: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', now: () => 0 });
    await adapter.associateSoftwareToken({ signal: signal() });
    const wrong = codeAt('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 10 * 60_000);
    await expect(adapter.verifySoftwareToken({ userCode: wrong }, { signal: signal() })).rejects.toMatchObject({
      name: 'EnableSoftwareTokenMFAException',
    });
    expect(adapter.device).toBeNull();
  });

  it('checks the code against the newest secret only', async () => {
    const now = 1_800_000_000_000;
    const adapter = createMemoryAdapter({ now: () => now });
    const { secretCode: old } = await adapter.associateSoftwareToken({ signal: signal() });
    await adapter.associateSoftwareToken({ signal: signal() });
    await expect(adapter.verifySoftwareToken({ userCode: codeAt(old, now) }, { signal: signal() })).rejects.toMatchObject({
      name: 'EnableSoftwareTokenMFAException',
    });
  });

  it('rejects a code that is not six digits and a verify before any associate', async () => {
    const adapter = createMemoryAdapter();
    await expect(adapter.verifySoftwareToken({ userCode: '123456' }, { signal: signal() })).rejects.toMatchObject({
      name: 'SoftwareTokenMFANotFoundException',
    });
    await adapter.associateSoftwareToken({ signal: signal() });
    await expect(adapter.verifySoftwareToken({ userCode: '12345' }, { signal: signal() })).rejects.toMatchObject({
      name: 'InvalidParameterException',
    });
  });

  it('returns tokens in the MFA_SETUP flow', async () => {
    const now = 1_800_000_000_000;
    const adapter = createMemoryAdapter({ flow: 'mfa-setup', now: () => now });
    const { secretCode } = await adapter.associateSoftwareToken({ signal: signal() });
    const result = await adapter.verifySoftwareToken({ userCode: codeAt(secretCode, now) }, { signal: signal() });
    expect(result).toMatchObject({
      status: 'SUCCESS',
      authenticationResult: { accessToken: expect.any(String), idToken: expect.any(String), tokenType: 'Bearer', expiresIn: 3600 },
    });
  });

  it('plays scripted failures in order, per operation, then behaves normally', async () => {
    const adapter = createMemoryAdapter({
      failures: [{ operation: 'associateSoftwareToken', name: 'InternalErrorException' }],
    });
    adapter.failNext('verifySoftwareToken', 'TooManyRequestsException', 'Rate exceeded');
    await expect(adapter.associateSoftwareToken({ signal: signal() })).rejects.toMatchObject({ name: 'InternalErrorException' });
    await adapter.associateSoftwareToken({ signal: signal() });
    await expect(adapter.verifySoftwareToken({ userCode: '000000' }, { signal: signal() })).rejects.toMatchObject({
      name: 'TooManyRequestsException',
      message: 'Rate exceeded',
    });
    expect(adapter.calls).toEqual({ associateSoftwareToken: 2, verifySoftwareToken: 1, getMfaState: 0, setTotpEnabled: 0 });
  });

  it('waits the configured latency and rejects with AbortError when aborted', async () => {
    const adapter = createMemoryAdapter({ latency: Infinity });
    const controller = new AbortController();
    const pending = adapter.associateSoftwareToken({ signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    const already = new AbortController();
    already.abort();
    await expect(createMemoryAdapter().associateSoftwareToken({ signal: already.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('createMemoryAdapter, the settings operations', () => {
  const signal = () => new AbortController().signal;

  it('reads off until a code is verified; on and preferred after; off when turned off, and on again', async () => {
    const adapter = createMemoryAdapter({ secretCode: 'JBSWY3DPEHPK3PXP' });
    await expect(adapter.getMfaState({ signal: signal() })).resolves.toEqual({ totpEnabled: false, totpPreferred: false });
    await expect(adapter.setTotpEnabled(true, { signal: signal() })).rejects.toMatchObject({ name: 'InvalidParameterException' });
    await adapter.associateSoftwareToken({ signal: signal() });
    await adapter.verifySoftwareToken({ userCode: totpCode('JBSWY3DPEHPK3PXP') }, { signal: signal() });
    await expect(adapter.getMfaState({ signal: signal() })).resolves.toEqual({ totpEnabled: true, totpPreferred: true });
    await adapter.setTotpEnabled(false, { signal: signal() });
    expect(adapter.mfa).toEqual({ totpEnabled: false, totpPreferred: false });
    await adapter.setTotpEnabled(true, { signal: signal() });
    expect(adapter.mfa).toEqual({ totpEnabled: true, totpPreferred: true });
  });

  it('starts enrolled when asked, and refuses to turn off where MFA is required', async () => {
    const adapter = createMemoryAdapter({ enrolled: { friendlyDeviceName: 'Phone' }, mfaRequired: true });
    expect(adapter.device).toEqual({ friendlyDeviceName: 'Phone' });
    await expect(adapter.getMfaState({ signal: signal() })).resolves.toEqual({ totpEnabled: true, totpPreferred: true });
    await expect(adapter.setTotpEnabled(false, { signal: signal() })).rejects.toMatchObject({ name: 'InvalidParameterException' });
    expect(adapter.mfa.totpEnabled).toBe(true);
  });
});
