import { describe, expect, it } from 'vitest';
import { classifyError, createNamedError } from '../../src/core/errors.js';
import {
  canRetrySetup,
  isSetupEditable,
  setupDraft,
  setupRequestOf,
  setupTransition,
  setupVerifyEvent,
  startSetup,
} from '../../src/core/totp-setup.machine.js';
import type { TotpSetupConfig, TotpSetupEffect, TotpSetupEvent, TotpSetupState } from '../../src/core/totp-setup.types.js';

const createInitialState = (options?: { defaultFriendlyDeviceName?: string }) => startSetup(options).state;
const verifyRequest = (requestId: number, userCode: string, friendlyDeviceName: string, retry = false) =>
  ({ type: 'request', operation: 'verify', requestId, once: true, retry, userCode, friendlyDeviceName }) as const;
const associateRequest = (requestId: number) => ({ type: 'request', operation: 'associate', requestId, once: false }) as const;

const secretCode = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const failure = (name: string, message = '') => classifyError(createNamedError(name, message));
const manual: TotpSetupConfig = { autoSubmit: false, restart: 'new-secret' };
const auto: TotpSetupConfig = { autoSubmit: true, restart: 'new-secret' };

/** Runs events from the first load, returning the last state and every effect asked for on the way. */
function run(events: TotpSetupEvent[], config = manual, from = createInitialState({ defaultFriendlyDeviceName: 'Phone' })) {
  const effects: TotpSetupEffect[] = [];
  const state = events.reduce((current, event) => {
    const next = setupTransition(current, event, config);
    effects.push(...next.effects);
    return next.state;
  }, from);
  return { state, effects };
}
const step = (state: TotpSetupState, event: TotpSetupEvent, config = manual) => setupTransition(state, event, config);

const ready = () => run([{ type: 'ASSOCIATE.SUCCEEDED', requestId: 1, secretCode }]).state;
const typed = (code = '123456') => step(ready(), { type: 'CODE.CHANGE', value: code }).state;
const verifying = () => step(typed(), { type: 'VERIFY.SUBMIT' }).state;
const failedVerify = (name: string, message = '') => step(verifying(), { type: 'VERIFY.FAILED', requestId: 2, error: failure(name, message) });

describe('the enrollment machine: states', () => {
  it('starts loading the first secret, with the default device name, as request 1', () => {
    const { state, effects } = startSetup({ defaultFriendlyDeviceName: 'Phone' });
    expect(state).toEqual({ status: 'loading', friendlyDeviceName: 'Phone', requestId: 1, trigger: 'mount' });
    expect(setupRequestOf(state)).toEqual(associateRequest(1));
    expect(effects).toEqual([associateRequest(1)]);
  });

  it('becomes ready with the secret, normalised, and nothing typed', () => {
    const { state } = run([{ type: 'ASSOCIATE.SUCCEEDED', requestId: 1, secretCode: 'jbsw y3dp ehpk 3pxp jbsw y3dp ehpk 3pxp' }]);
    expect(state).toEqual({ status: 'ready', friendlyDeviceName: 'Phone', requestId: 1, secret: { secretCode, copy: 'idle' }, draft: { code: '', problem: null } });
    expect(setupRequestOf(state)).toBeNull();
  });

  it('refuses a secret that is not Base32, without keeping it', () => {
    const { state } = run([{ type: 'ASSOCIATE.SUCCEEDED', requestId: 1, secretCode: '<img src=x>' }]);
    expect(state).toMatchObject({ status: 'error', step: 'associate', secret: null, draft: null, error: { name: 'InvalidSecretError', kind: 'unknown' } });
    expect(JSON.stringify(state)).not.toContain('img');
  });

  it('normalises the code, and refuses more than six digits at once instead of cutting them', () => {
    expect(typed('12 34-56')).toMatchObject({ status: 'ready', draft: { code: '123456', problem: null } });
    const refused = step(typed('12'), { type: 'CODE.CHANGE', value: '12 34-5678' }, auto);
    expect(refused).toEqual({ state: expect.objectContaining({ draft: { code: '12', problem: 'too-long' } }), effects: [] });
  });

  it('leaves a full code as it is when a seventh digit lands in it, rather than cutting a mangled one', () => {
    const full = typed('123456');
    expect(step(full, { type: 'CODE.CHANGE', value: '9123456' })).toEqual({ state: full, effects: [] });
    expect(step(full, { type: 'CODE.CHANGE', value: '1234569' }, auto)).toEqual({ state: full, effects: [] });
  });

  it('ignores edits while loading, verifying and verified', () => {
    const loading = createInitialState();
    expect(step(loading, { type: 'CODE.CHANGE', value: '1' }).state).toBe(loading);
    const busy = verifying();
    expect(step(busy, { type: 'CODE.CHANGE', value: '999999' }).state).toBe(busy);
    expect(step(busy, { type: 'NAME.CHANGE', value: 'x' }).state).toBe(busy);
  });

  it('refuses to submit an incomplete code and flags it, without a request', () => {
    const { state, effects } = step(typed('123'), { type: 'VERIFY.SUBMIT' });
    expect(state).toMatchObject({ status: 'ready', requestId: 1, draft: { code: '123', problem: 'incomplete' } });
    expect(effects).toEqual([]);
    expect(step(state, { type: 'CODE.CHANGE', value: '1234' }).state).toMatchObject({ draft: { problem: null } });
  });

  it('ignores a second submit while verifying', () => {
    const busy = verifying();
    expect(step(busy, { type: 'VERIFY.SUBMIT' })).toEqual({ state: busy, effects: [] });
  });

  it('keeps the device name that was verified, and neither the secret nor the tokens', () => {
    const tokens = { accessToken: 'a', idToken: 'i', refreshToken: 'r' };
    const { state } = step(verifying(), { type: 'VERIFY.SUCCEEDED', requestId: 2, result: { authenticationResult: tokens } });
    expect(state).toEqual({ status: 'verified', friendlyDeviceName: 'Phone', requestId: 2 });
  });

  it('after a wrong code keeps the secret and the device name, empties the code, and lets typing retry', () => {
    const { state } = failedVerify('EnableSoftwareTokenMFAException');
    expect(state).toMatchObject({ status: 'error', step: 'verify', friendlyDeviceName: 'Phone', secret: { secretCode }, draft: { code: '' } });
    expect(isSetupEditable(state)).toBe(true);
    expect(canRetrySetup(state)).toBe(false);
    expect(step(state, { type: 'CODE.CHANGE', value: '6' }).state).toMatchObject({ status: 'ready', draft: { code: '6' } });
  });

  it('after a network failure keeps the code, and one submit sends it again', () => {
    const { state } = failedVerify('NetworkError');
    expect(state).toMatchObject({ status: 'error', draft: { code: '123456' } });
    expect(isSetupEditable(state) && setupDraft(state)?.code).toBe('123456');
    const again = step(state, { type: 'VERIFY.SUBMIT' });
    expect(again.state).toMatchObject({ status: 'verifying', requestId: 3 });
    // The same code again goes to the adapter that had it, where a final step may be pending.
    expect(again.effects).toContainEqual(verifyRequest(3, '123456', 'Phone', true));
  });

  it('does not resend when an edit leaves the same code (the same-code guard)', () => {
    const { state } = failedVerify('NetworkError');
    expect(step(state, { type: 'CODE.CHANGE', value: '123456' }, auto)).toEqual({ state, effects: [] });
  });

  it('drops the secret when only a fresh start, the user or the app can help', () => {
    for (const name of ['ExpiredCodeException', 'NotAuthorizedException', 'SoftwareTokenMFANotFoundException', 'ForbiddenException']) {
      const { state } = failedVerify(name);
      expect(state).toMatchObject({ status: 'error', secret: null, draft: null });
      expect(isSetupEditable(state)).toBe(false);
      expect(step(state, { type: 'VERIFY.SUBMIT' }).state).toBe(state);
      expect(step(state, { type: 'RETRY' }).state).toBe(state);
      expect(step(state, { type: 'CODE.CHANGE', value: '1' }).state).toBe(state);
    }
  });

  it('retries a failed associate with a new request asked for by the user', () => {
    const failed = run([{ type: 'ASSOCIATE.FAILED', requestId: 1, error: failure('NetworkError') }]).state;
    expect(canRetrySetup(failed)).toBe(true);
    expect(step(failed, { type: 'CODE.CHANGE', value: '1' }).state).toBe(failed);
    const retried = step(failed, { type: 'RETRY' });
    expect(retried.state).toEqual({ status: 'loading', friendlyDeviceName: 'Phone', requestId: 2, trigger: 'user' });
    expect(retried.effects).toEqual([{ type: 'clock.stop' }, associateRequest(2)]);
  });

  it('restarts with a new request where only that helps, keeping the device name', () => {
    const named = step(typed(), { type: 'NAME.CHANGE', value: 'Tablet' }).state;
    const expired = step(step(named, { type: 'VERIFY.SUBMIT' }).state, { type: 'VERIFY.FAILED', requestId: 2, error: failure('ExpiredCodeException') }).state;
    const { state, effects } = step(expired, { type: 'RESTART' });
    expect(state).toEqual({ status: 'loading', friendlyDeviceName: 'Tablet', requestId: 3, trigger: 'user' });
    expect(effects).toEqual([{ type: 'clock.stop' }, associateRequest(3)]);
  });

  it('refuses a restart where nothing calls for one: loading, ready, verifying, verified (a new secret would replace a good one)', () => {
    const verified = step(verifying(), { type: 'VERIFY.SUCCEEDED', requestId: 2, result: {} }).state;
    for (const state of [createInitialState(), ready(), verifying(), verified, failedVerify('NetworkError').state]) {
      expect(step(state, { type: 'RESTART' })).toEqual({ state, effects: [] });
    }
  });

  it('ignores stale answers: another request’s id, or a state that awaits none', () => {
    const busy = verifying();
    for (const event of [
      { type: 'VERIFY.SUCCEEDED', requestId: 1, result: {} },
      { type: 'VERIFY.FAILED', requestId: 1, error: failure('NetworkError') },
      { type: 'ASSOCIATE.SUCCEEDED', requestId: 1, secretCode },
      { type: 'ASSOCIATE.FAILED', requestId: 2, error: failure('NetworkError') },
    ] satisfies TotpSetupEvent[]) {
      expect(step(busy, event)).toEqual({ state: busy, effects: [] });
      expect(step(ready(), event).state).toEqual(ready());
    }
  });
});

describe('the enrollment machine: effects', () => {
  it('asks for the secret on a restart, then starts the clock and puts focus on the news', () => {
    const { effects } = run([
      { type: 'ASSOCIATE.SUCCEEDED', requestId: 1, secretCode },
      { type: 'CODE.CHANGE', value: '123456' },
      { type: 'VERIFY.SUBMIT' },
      { type: 'VERIFY.FAILED', requestId: 2, error: failure('ExpiredCodeException') },
      { type: 'RESTART' },
      { type: 'ASSOCIATE.SUCCEEDED', requestId: 3, secretCode },
    ]);
    expect(effects).toEqual([
      { type: 'clock.start' },
      { type: 'clock.stop' },
      verifyRequest(2, '123456', 'Phone'),
      { type: 'notify.error', details: expect.objectContaining({ kind: 'session-expired', action: 'restart' }) },
      { type: 'focus', target: 'errorMessage' },
      { type: 'clock.stop' },
      associateRequest(3),
      { type: 'clock.start' },
      { type: 'focus', target: 'title' },
    ]);
  });

  it('moves no focus when the first secret cannot be fetched: the user has done nothing yet', () => {
    const { effects } = run([{ type: 'ASSOCIATE.FAILED', requestId: 1, error: failure('NetworkError') }]);
    expect(effects).toEqual([
      { type: 'notify.error', details: { kind: 'network', action: 'retry', step: 'associate', error: expect.objectContaining({ name: 'NetworkError' }) } },
    ]);
  });

  it('focuses the error when a secret the user asked for cannot be fetched', () => {
    const failed = run([{ type: 'ASSOCIATE.FAILED', requestId: 1, error: failure('NetworkError') }, { type: 'RETRY' }]).state;
    expect(step(failed, { type: 'ASSOCIATE.FAILED', requestId: 2, error: failure('NetworkError') }).effects).toContainEqual({ type: 'focus', target: 'errorMessage' });
  });

  it('submits on the edit that completes the code when auto-submit is on, stopping the clock', () => {
    const { state, effects } = step(typed('12345'), { type: 'CODE.CHANGE', value: '123456' }, auto);
    expect(state).toMatchObject({ status: 'verifying', requestId: 2, draft: { code: '123456' } });
    expect(effects).toEqual([{ type: 'clock.stop' }, verifyRequest(2, '123456', 'Phone')]);
    expect(step(typed('12345'), { type: 'CODE.CHANGE', value: '123456' }, manual).effects).toEqual([]);
  });

  it('sends the trimmed device name', () => {
    const named = step(typed(), { type: 'NAME.CHANGE', value: '  Work phone ' }).state;
    expect(step(named, { type: 'VERIFY.SUBMIT' }).effects).toContainEqual(verifyRequest(2, '123456', 'Work phone'));
  });

  it('hands the tokens to onVerified alone and focuses the heading', () => {
    const tokens = { accessToken: 'a', refreshToken: 'r' };
    const nextChallenge = { name: 'CUSTOM_CHALLENGE', session: 's', parameters: {} };
    const { effects } = step(verifying(), { type: 'VERIFY.SUCCEEDED', requestId: 2, result: { authenticationResult: tokens, nextChallenge } });
    expect(effects).toEqual([
      { type: 'notify.verified', details: { friendlyDeviceName: 'Phone', authenticationResult: tokens, nextChallenge } },
      { type: 'focus', target: 'title' },
    ]);
  });

  it('hands a library’s next sign-in step (Amplify keeps the tokens) to onVerified, and keeps no status', () => {
    const event = setupVerifyEvent(2, { status: 'SUCCESS', nextStep: { signInStep: 'DONE' } });
    expect(step(verifying(), event).effects[0]).toEqual({ type: 'notify.verified', details: { friendlyDeviceName: 'Phone', nextStep: { signInStep: 'DONE' } } });
  });

  it('after a wrong code: tells the app, restarts the clock and puts the cursor back in the code field', () => {
    expect(failedVerify('CodeMismatchException').effects).toEqual([
      { type: 'notify.error', details: expect.objectContaining({ kind: 'wrong-code', action: 'retry', step: 'verify' }) },
      { type: 'clock.start' },
      { type: 'focus', target: 'codeInput' },
    ]);
  });

  it('after a network failure: tells the app and restarts the clock, leaving focus where it is', () => {
    expect(failedVerify('NetworkError').effects).toEqual([
      { type: 'notify.error', details: expect.objectContaining({ kind: 'network', action: 'retry', step: 'verify' }) },
      { type: 'clock.start' },
    ]);
  });

  it('sends a kept code again as a retry (to the adapter that had it), but a new code after a refused one as new', () => {
    const afterFault = failedVerify('NetworkError').state;
    const request = (transition: { effects: TotpSetupEffect[] }) => transition.effects.find((effect) => effect.type === 'request');
    expect(request(step(afterFault, { type: 'VERIFY.SUBMIT' }))).toEqual(verifyRequest(3, '123456', 'Phone', true));
    // A whole code pasted (or autofilled) into the emptied field submits straight from the failure.
    const afterRefusal = failedVerify('CodeMismatchException').state;
    expect(request(step(afterRefusal, { type: 'CODE.PASTE', value: '222222' }, auto))).toEqual(verifyRequest(3, '222222', 'Phone'));
    expect(request(step(afterFault, { type: 'CODE.PASTE', value: '222222' }, auto))).toEqual(verifyRequest(3, '222222', 'Phone'));
  });

  it('after a failure nothing here can fix: tells the app and focuses the message that replaces the form', () => {
    expect(failedVerify('ForbiddenException').effects).toEqual([
      { type: 'notify.error', details: expect.objectContaining({ kind: 'blocked', action: 'none' }) },
      { type: 'focus', target: 'errorMessage' },
    ]);
  });

  it('reads Status ERROR as a wrong code', () => {
    expect(setupVerifyEvent(4, { status: 'ERROR' })).toMatchObject({ type: 'VERIFY.FAILED', requestId: 4, error: { kind: 'wrong-code' } });
    expect(setupVerifyEvent(4, { status: 'SUCCESS' })).toEqual({ type: 'VERIFY.SUCCEEDED', requestId: 4, result: {} });
  });
});

describe('the enrollment machine: the sign-in session clock', () => {
  it('lets the server decide while a request is out: expiry is ignored while loading or verifying', () => {
    for (const state of [createInitialState(), verifying()]) {
      expect(step(state, { type: 'SESSION.EXPIRED' })).toEqual({ state, effects: [] });
    }
  });

  it('expires a secret on screen, even over a wrong code, and drops it', () => {
    for (const state of [ready(), failedVerify('CodeMismatchException').state]) {
      const { state: expired, effects } = step(state, { type: 'SESSION.EXPIRED' }, { autoSubmit: true, restart: 'app' });
      expect(expired).toMatchObject({ status: 'error', secret: null, draft: null, error: { kind: 'session-expired', action: 'restart' } });
      expect(effects).toEqual([
        { type: 'notify.error', details: expect.objectContaining({ kind: 'session-expired', action: 'restart', step: 'verify' }) },
        { type: 'clock.stop' },
        // Only if the user was working in it: the field they typed in is gone.
        { type: 'focus', target: 'errorMessage', ifFocusWithin: true },
      ]);
      expect(step(expired, { type: 'SESSION.EXPIRED' }).state).toBe(expired);
    }
  });

  it('without anything that can restart a sign-in, an expired session means "sign in again"', () => {
    const signIn: TotpSetupConfig = { autoSubmit: true, restart: 'sign-in' };
    expect(step(ready(), { type: 'SESSION.EXPIRED' }, signIn).state).toMatchObject({ error: { kind: 'session-expired', action: 'sign-in' } });
    const serverSaid = step(verifying(), { type: 'VERIFY.FAILED', requestId: 2, error: failure('NotAuthorizedException', 'Invalid session for the user, session is expired.') }, signIn);
    expect(serverSaid.effects[0]).toEqual({ type: 'notify.error', details: expect.objectContaining({ kind: 'session-expired', action: 'sign-in' }) });
  });

  it('a session that expired while the key was fetched means "sign in again" too, not a "Start again" that fails the same way', () => {
    const expired = failure('NotAuthorizedException', 'Invalid session for the user, session is expired.');
    const signIn: TotpSetupConfig = { autoSubmit: true, restart: 'sign-in' };
    const first = run([{ type: 'ASSOCIATE.FAILED', requestId: 1, error: expired }], signIn);
    expect(first.state).toMatchObject({ status: 'error', error: { kind: 'session-expired', action: 'sign-in' } });
    expect(first.effects[0]).toEqual({ type: 'notify.error', details: expect.objectContaining({ action: 'sign-in', step: 'associate' }) });
    // An adapter that has not said when its session ends (a server's, before its first answer) is still in a sign-in.
    expect(run([{ type: 'ASSOCIATE.FAILED', requestId: 1, error: expired }], auto).state).toMatchObject({ error: { action: 'sign-in' } });
    // A signed-in enrollment's expired code restarts with a new key.
    expect(run([{ type: 'ASSOCIATE.FAILED', requestId: 1, error: failure('ExpiredCodeException') }], auto).state).toMatchObject({ error: { action: 'restart' } });
  });

  it('hands "Start again" to the app when it restarts sign-in itself', () => {
    const expired = step(ready(), { type: 'SESSION.EXPIRED' }, { autoSubmit: true, restart: 'app' }).state;
    expect(step(expired, { type: 'RESTART' }, { autoSubmit: true, restart: 'app' })).toEqual({ state: expired, effects: [{ type: 'notify.restart' }] });
  });

  it('leaves a verified enrollment alone', () => {
    const verified = step(verifying(), { type: 'VERIFY.SUCCEEDED', requestId: 2, result: {} }).state;
    expect(step(verified, { type: 'SESSION.EXPIRED' })).toEqual({ state: verified, effects: [] });
  });
});
