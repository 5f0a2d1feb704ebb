import { describe, expect, it } from 'vitest';
import {
  authenticatorCode,
  createMemoryBackend,
  createMemoryChallengeAdapter,
  type MemoryBackendOperation,
  type MemorySignInAnswer,
} from '../../src/adapters/memory/index.js';
import { totpCode } from '../support/totp.js';

const signal = () => new AbortController().signal;
const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const start = Date.UTC(2026, 10, 30, 12, 0, 5);

/** A clock the test moves: codes belong to 30-second steps, sessions live 3 minutes. */
function clock() {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

function challengeOf(answer: MemorySignInAnswer) {
  if (answer.AuthenticationResult) throw new Error('expected a challenge, got tokens');
  return answer;
}

describe('createMemoryBackend: signing in', () => {
  it('signs a user with no MFA straight in, with Cognito-shaped tokens', async () => {
    const backend = createMemoryBackend({ users: ['ana'] });
    const answer = await backend.signIn('ana');
    expect(answer).toEqual({
      ChallengeParameters: {},
      AuthenticationResult: {
        AccessToken: expect.stringMatching(/^memory-access\./),
        IdToken: expect.stringMatching(/^memory-id\./),
        RefreshToken: expect.stringMatching(/^memory-refresh\./),
        ExpiresIn: 3600,
        TokenType: 'Bearer',
      },
    });
  });

  it('asks a user with no MFA to set it up when the pool requires MFA', async () => {
    const backend = createMemoryBackend({ users: ['ana'], mfaRequired: true });
    expect(await backend.signIn('ana')).toEqual({
      ChallengeName: 'MFA_SETUP',
      Session: expect.any(String),
      ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
    });
  });

  it('asks an enrolled user for the code, naming the device when it has a name', async () => {
    const backend = createMemoryBackend({
      users: [{ username: 'ana', enrolled: { secretCode: secret, friendlyDeviceName: 'Pixel' } }, { username: 'bo', enrolled: { secretCode: secret } }],
    });
    expect(await backend.signIn('ana')).toEqual({
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: expect.any(String),
      ChallengeParameters: { USER_ID_FOR_SRP: 'ana', FRIENDLY_DEVICE_NAME: 'Pixel' },
    });
    expect((await backend.signIn('bo')).ChallengeParameters).toEqual({ USER_ID_FOR_SRP: 'bo' });
  });

  it('refuses a user it does not have, and a second user of the same name', async () => {
    const backend = createMemoryBackend({ users: ['ana'] });
    await expect(backend.signIn('nobody')).rejects.toMatchObject({ name: 'UserNotFoundException' });
    expect(() => backend.addUser('ana')).toThrow(expect.objectContaining({ name: 'UsernameExistsException' }));
    backend.addUser({ username: 'bo', enrolled: { secretCode: secret } });
    expect(backend.user('bo')).toEqual({ username: 'bo', device: { friendlyDeviceName: '' }, mfa: { totpEnabled: true, totpPreferred: true } });
  });

  it('waits its latency, and an abort cuts the wait short', async () => {
    const backend = createMemoryBackend({ users: ['ana'], latency: { signIn: Infinity } });
    const controller = new AbortController();
    const pending = backend.signIn('ana', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('createMemoryBackend: one user across screens', () => {
  it('enrolls on the settings page, then signs in with that authenticator; the code spent enrolling is refused as used', async () => {
    const time = clock();
    const backend = createMemoryBackend({ users: ['ana'], now: time.now });
    const settings = backend.adapter('ana');
    const { secretCode } = await settings.associateSoftwareToken({ signal: signal() });
    const enrollmentCode = totpCode(secretCode, time.now());
    await expect(settings.verifySoftwareToken({ userCode: enrollmentCode, friendlyDeviceName: 'Pixel' }, { signal: signal() })).resolves.toEqual({ status: 'SUCCESS' });
    expect(backend.user('ana')).toEqual({ username: 'ana', device: { friendlyDeviceName: 'Pixel' }, mfa: { totpEnabled: true, totpPreferred: true } });

    const answer = challengeOf(await backend.signIn('ana'));
    expect(answer.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    const challenge = backend.challengeAdapter(answer);
    expect(challenge.friendlyDeviceName).toBe('Pixel');
    await expect(challenge.respondToSoftwareTokenMfa({ userCode: enrollmentCode }, { signal: signal() })).rejects.toMatchObject({
      name: 'ExpiredCodeException',
      message: 'Your MFA code has expired or has been used already',
    });
    time.advance(30_000);
    const result = await challenge.respondToSoftwareTokenMfa({ userCode: totpCode(secretCode, time.now()) }, { signal: signal() });
    expect(result.authenticationResult).toMatchObject({ accessToken: expect.stringMatching(/^memory-access\./), tokenType: 'Bearer' });
  });

  it('sets up MFA inside sign-in where the pool requires it: new session per answer, tokens at the end, the code asked for next time', async () => {
    const time = clock();
    const backend = createMemoryBackend({ users: ['ana'], mfaRequired: true, now: time.now });
    const answer = challengeOf(await backend.signIn('ana'));
    const setup = backend.signInAdapter(answer);
    expect(setup.getSessionExpiry()).toBe(start + 180_000);

    time.advance(60_000);
    const { secretCode } = await setup.associateSoftwareToken({ signal: signal() });
    // Each answer carries a new session with its own validity; the first one no longer works.
    expect(setup.getSessionExpiry()).toBe(start + 240_000);
    await expect(backend.signInAdapter(answer).associateSoftwareToken({ signal: signal() })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Invalid session for the user.',
    });

    const verified = await setup.verifySoftwareToken({ userCode: totpCode(secretCode, time.now()), friendlyDeviceName: 'Pixel' }, { signal: signal() });
    expect(verified).toMatchObject({ status: 'SUCCESS', authenticationResult: { accessToken: expect.stringMatching(/^memory-access\./) } });

    const next = challengeOf(await backend.signIn('ana'));
    expect(next).toMatchObject({ ChallengeName: 'SOFTWARE_TOKEN_MFA', ChallengeParameters: { FRIENDLY_DEVICE_NAME: 'Pixel' } });
    time.advance(30_000);
    await expect(backend.challengeAdapter(next).respondToSoftwareTokenMfa({ userCode: totpCode(secretCode, time.now()) }, { signal: signal() }))
      .resolves.toHaveProperty('authenticationResult');
  });

  it('refuses an MFA_SETUP session once its validity has passed', async () => {
    const time = clock();
    const backend = createMemoryBackend({ users: ['ana'], mfaRequired: true, now: time.now, sessionValidityMs: 60_000 });
    const setup = backend.signInAdapter(challengeOf(await backend.signIn('ana')));
    time.advance(60_000);
    await expect(setup.associateSoftwareToken({ signal: signal() })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Invalid session for the user, session is expired.',
    });
  });

  it('keeps the sign-in session after a wrong code, refuses the code once spent, and the session once expired', async () => {
    const time = clock();
    const backend = createMemoryBackend({ users: [{ username: 'ana', enrolled: { secretCode: secret } }], now: time.now });
    const challenge = backend.challengeAdapter(challengeOf(await backend.signIn('ana')));
    expect(challenge.getSessionExpiry()).toBe(start + 180_000);
    expect(challenge.friendlyDeviceName).toBeUndefined();
    await expect(challenge.respondToSoftwareTokenMfa({ userCode: totpCode(secret, start - 600_000) }, { signal: signal() })).rejects.toMatchObject({
      name: 'CodeMismatchException',
    });
    await challenge.respondToSoftwareTokenMfa({ userCode: totpCode(secret, time.now()) }, { signal: signal() });
    await expect(challenge.respondToSoftwareTokenMfa({ userCode: totpCode(secret, time.now()) }, { signal: signal() })).rejects.toMatchObject({
      name: 'ExpiredCodeException',
    });

    const late = backend.challengeAdapter(challengeOf(await backend.signIn('ana')));
    time.advance(180_000);
    await expect(late.respondToSoftwareTokenMfa({ userCode: totpCode(secret, time.now()) }, { signal: signal() })).rejects.toMatchObject({
      message: 'Invalid session for the user, session is expired.',
    });
  });

  it('replaces the authenticator only once the new one is verified; the old one then stops working', async () => {
    const time = clock();
    const backend = createMemoryBackend({ users: [{ username: 'ana', enrolled: { secretCode: secret, friendlyDeviceName: 'Old' } }], now: time.now });
    const settings = backend.adapter('ana');
    const { secretCode: replacement } = await settings.associateSoftwareToken({ signal: signal() });
    // Not verified yet: sign-in still takes the old app's codes.
    await backend.challengeAdapter(challengeOf(await backend.signIn('ana'))).respondToSoftwareTokenMfa({ userCode: totpCode(secret, time.now()) }, { signal: signal() });

    time.advance(30_000);
    await settings.verifySoftwareToken({ userCode: totpCode(replacement, time.now()), friendlyDeviceName: 'New' }, { signal: signal() });
    time.advance(30_000);
    const answer = challengeOf(await backend.signIn('ana'));
    expect(answer.ChallengeParameters.FRIENDLY_DEVICE_NAME).toBe('New');
    await expect(backend.challengeAdapter(answer).respondToSoftwareTokenMfa({ userCode: totpCode(secret, time.now()) }, { signal: signal() })).rejects.toMatchObject({
      name: 'CodeMismatchException',
    });
  });

  it('signs a user straight in once the authenticator is turned off; where MFA is required it cannot be', async () => {
    const optional = createMemoryBackend({ users: [{ username: 'ana', enrolled: { secretCode: secret } }] });
    await optional.adapter('ana').setTotpEnabled(false, { signal: signal() });
    expect(await optional.signIn('ana')).toHaveProperty('AuthenticationResult');

    const required = createMemoryBackend({ users: [{ username: 'ana', enrolled: { secretCode: secret } }], mfaRequired: true });
    await expect(required.adapter('ana').setTotpEnabled(false, { signal: signal() })).rejects.toMatchObject({ name: 'InvalidParameterException' });
    expect(required.user('ana').mfa.totpEnabled).toBe(true);
  });

  it('hands out adapters only for what it knows', async () => {
    const backend = createMemoryBackend({ users: ['ana'] });
    const tokens = await backend.signIn('ana');
    expect(() => backend.challengeAdapter(tokens)).toThrow(/SOFTWARE_TOKEN_MFA answer/);
    expect(() => backend.signInAdapter({ ChallengeName: 'MFA_SETUP', Session: 'not-from-this-backend' })).toThrow(TypeError);
    expect(() => backend.adapter('nobody')).toThrow(expect.objectContaining({ name: 'UserNotFoundException' }));
  });
});

describe('createMemoryBackend: <TotpSignIn>’s steps', () => {
  it('follows a required enrollment to tokens, then the code at the next sign-in, naming the device', async () => {
    const time = clock();
    const backend = createMemoryBackend({ users: ['ana'], mfaRequired: true, now: time.now });
    const steps = backend.signInSteps(await backend.signIn('ana'));
    const setup = await steps.start({ signal: signal() });
    if (setup.type !== 'setup') throw new Error(`expected enrollment, got ${setup.type}`);
    expect(setup.alternatives).toEqual([]);
    expect(setup.handover).toMatchObject({ name: 'MFA_SETUP', session: expect.any(String) });
    const { secretCode } = await setup.adapter.associateSoftwareToken({ signal: signal() });
    const verified = await setup.adapter.verifySoftwareToken({ userCode: totpCode(secretCode, time.now()), friendlyDeviceName: 'Pixel' }, { signal: signal() });
    if (verified.status !== 'SUCCESS') throw new Error('the code was refused');
    expect(steps.next(verified)).toMatchObject({ type: 'signed-in', result: { authenticationResult: { accessToken: expect.stringMatching(/^memory-access\./) } } });

    const again = backend.signInSteps(await backend.signIn('ana'));
    const code = await again.start({ signal: signal() });
    if (code.type !== 'code') throw new Error(`expected the code, got ${code.type}`);
    expect(code.adapter.friendlyDeviceName).toBe('Pixel');
    time.advance(30_000);
    const answered = await code.adapter.respondToSoftwareTokenMfa({ userCode: totpCode(secretCode, time.now()) }, { signal: signal() });
    expect(again.next(answered)).toMatchObject({ type: 'signed-in', result: { authenticationResult: { tokenType: 'Bearer' } } });
  });

  it('signs a user with no MFA straight in with the answer’s tokens, read as often as asked', async () => {
    const backend = createMemoryBackend({ users: ['ana'] });
    const answer = await backend.signIn('ana');
    const steps = backend.signInSteps(answer);
    const expected = { type: 'signed-in', result: { authenticationResult: { accessToken: answer.AuthenticationResult!.AccessToken, refreshToken: answer.AuthenticationResult!.RefreshToken, expiresIn: 3600 } } };
    await expect(steps.start({ signal: signal() })).resolves.toMatchObject(expected);
    await expect(steps.start({ signal: signal() })).resolves.toMatchObject(expected);
    expect(backend.calls.signIn).toBe(1);
  });

  it('hands any other challenge to the app, and refuses an answer it did not give', async () => {
    const backend = createMemoryBackend({ users: ['ana'] });
    const steps = backend.signInSteps(await backend.signIn('ana'));
    const handover = { name: 'NEW_PASSWORD_REQUIRED', session: 's', parameters: {} };
    expect(steps.next({ nextChallenge: handover })).toEqual({ type: 'handover', handover });
    const foreign = backend.signInSteps({ ChallengeName: 'MFA_SETUP', Session: 'not-from-this-backend', ChallengeParameters: {} });
    await expect(foreign.start({ signal: signal() })).rejects.toThrow(TypeError);
  });
});

describe('createMemoryBackend: scripted failures', () => {
  const cases: Array<{
    operation: MemoryBackendOperation;
    name: string;
    message: string;
    run: (backend: ReturnType<typeof createMemoryBackend>) => Promise<unknown>;
  }> = [
    { operation: 'signIn', name: 'NotAuthorizedException', message: 'Incorrect username or password.', run: (b) => b.signIn('ana') },
    { operation: 'associateSoftwareToken', name: 'NotAuthorizedException', message: 'Access Token has been revoked', run: (b) => b.adapter('ana').associateSoftwareToken({ signal: signal() }) },
    { operation: 'verifySoftwareToken', name: 'EnableSoftwareTokenMFAException', message: 'Code mismatch', run: (b) => b.adapter('ana').verifySoftwareToken({ userCode: '123456' }, { signal: signal() }) },
    { operation: 'getMfaState', name: 'NetworkError', message: 'NetworkError', run: (b) => b.adapter('ana').getMfaState({ signal: signal() }) },
    { operation: 'setTotpEnabled', name: 'TooManyRequestsException', message: 'TooManyRequestsException', run: (b) => b.adapter('ana').setTotpEnabled(true, { signal: signal() }) },
    {
      operation: 'respondToSoftwareTokenMfa',
      name: 'NotAuthorizedException',
      message: 'Invalid session for the user, session is expired.',
      run: async (b) => b.challengeAdapter(challengeOf(await b.signIn('bo'))).respondToSoftwareTokenMfa({ userCode: totpCode(secret) }, { signal: signal() }),
    },
  ];

  it.each(cases)('$operation answers $name once, with Cognito’s message, then behaves normally', async ({ operation, name, message, run }) => {
    const backend = createMemoryBackend({ users: ['ana', { username: 'bo', enrolled: { secretCode: secret } }], failures: [{ operation, name }] });
    await expect(run(backend)).rejects.toMatchObject({ name, message });
    backend.failNext(operation, 'InternalErrorException', 'scripted');
    await expect(run(backend)).rejects.toMatchObject({ name: 'InternalErrorException', message: 'scripted' });
    // Then the backend's own rules answer again (some operations refuse on their own merits here).
    await run(backend).catch((error: Error) => expect(error.name).not.toBe('InternalErrorException'));
    expect(backend.calls[operation]).toBeGreaterThanOrEqual(3);
  });

  it('plays failures per operation in order, whichever adapter calls', async () => {
    const backend = createMemoryBackend({ users: ['ana'] });
    const first = backend.adapter('ana');
    first.failNext('associateSoftwareToken', 'InternalErrorException');
    backend.failNext('associateSoftwareToken', 'TooManyRequestsException');
    backend.failNext('getMfaState', 'NetworkError');
    const second = backend.adapter('ana');
    await expect(second.associateSoftwareToken({ signal: signal() })).rejects.toMatchObject({ name: 'InternalErrorException' });
    await expect(first.associateSoftwareToken({ signal: signal() })).rejects.toMatchObject({ name: 'TooManyRequestsException' });
    await expect(first.associateSoftwareToken({ signal: signal() })).resolves.toHaveProperty('secretCode');
    expect(first.calls.associateSoftwareToken).toBe(2);
    expect(second.calls.associateSoftwareToken).toBe(1);
    expect(backend.calls).toMatchObject({ associateSoftwareToken: 3, getMfaState: 0 });
  });
});

describe('createMemoryChallengeAdapter', () => {
  it('signs in once with the secret it was given; a wrong code keeps the session; a used one is refused; failures play first', async () => {
    const time = clock();
    const adapter = createMemoryChallengeAdapter({ secretCode: secret, friendlyDeviceName: 'Pixel', now: time.now, failures: ['TooManyRequestsException'] });
    expect(adapter.friendlyDeviceName).toBe('Pixel');
    expect(adapter.getSessionExpiry()).toBe(start + 180_000);
    const code = totpCode(secret, time.now());
    await expect(adapter.respondToSoftwareTokenMfa({ userCode: code }, { signal: signal() })).rejects.toMatchObject({ name: 'TooManyRequestsException' });
    adapter.failNext('NetworkError');
    await expect(adapter.respondToSoftwareTokenMfa({ userCode: code }, { signal: signal() })).rejects.toMatchObject({ name: 'NetworkError' });
    await expect(adapter.respondToSoftwareTokenMfa({ userCode: '000000' }, { signal: signal() })).rejects.toMatchObject({ name: 'CodeMismatchException' });
    await expect(adapter.respondToSoftwareTokenMfa({ userCode: code }, { signal: signal() })).resolves.toHaveProperty('authenticationResult.tokenType', 'Bearer');
    expect(adapter.calls).toBe(4);
  });

  it('refuses a code whose time step was already spent', async () => {
    const time = clock();
    const backend = createMemoryBackend({ users: [{ username: 'ana', enrolled: { secretCode: secret } }], now: time.now });
    const code = totpCode(secret, time.now());
    await backend.challengeAdapter(challengeOf(await backend.signIn('ana'))).respondToSoftwareTokenMfa({ userCode: code }, { signal: signal() });
    await expect(backend.challengeAdapter(challengeOf(await backend.signIn('ana'))).respondToSoftwareTokenMfa({ userCode: code }, { signal: signal() }))
      .rejects.toMatchObject({ name: 'ExpiredCodeException' });
  });
});

describe('authenticatorCode', () => {
  it('shows what an authenticator app shows for the key, now or at another time', () => {
    expect(authenticatorCode(secret)).toBe(totpCode(secret));
    expect(authenticatorCode(secret, start + 30_000)).toBe(totpCode(secret, start + 30_000));
    expect(authenticatorCode(secret, start)).toMatch(/^\d{6}$/);
  });
});
