import { describe, expect, it } from 'vitest';
import { classifyError, createNamedError } from '../../src/core/errors.js';
import { canRetry, canSubmit, createInitialState, isEditable, transition } from '../../src/core/totp-setup.machine.js';
import type { TotpSetupEvent, TotpSetupState } from '../../src/core/totp-setup.types.js';

const secretCode = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const failure = (name: string, message = '') => classifyError(createNamedError(name, message));

function run(...events: TotpSetupEvent[]): TotpSetupState {
  return events.reduce(transition, createInitialState({ defaultFriendlyDeviceName: 'Phone' }));
}

const ready = (): TotpSetupState => run({ type: 'ASSOCIATE.SUCCEEDED', secretCode });
const verifying = (): TotpSetupState => transition(transition(ready(), { type: 'CODE.CHANGE', value: '123456' }), { type: 'VERIFY.SUBMIT' });

describe('the enrollment machine', () => {
  it('starts loading with the default device name and asks for one request', () => {
    const state = createInitialState({ defaultFriendlyDeviceName: 'Phone' });
    expect(state).toMatchObject({ status: 'loading', secretCode: null, code: '', friendlyDeviceName: 'Phone', requestId: 1 });
  });

  it('becomes ready with the secret once associated', () => {
    expect(ready()).toMatchObject({ status: 'ready', secretCode, requestId: 1 });
  });

  it('fails the associate step into a retryable error that starts a new request', () => {
    const failed = run({ type: 'ASSOCIATE.FAILED', error: failure('NetworkError') });
    expect(failed).toMatchObject({ status: 'error', failedStep: 'associate', error: { kind: 'network' } });
    const retried = transition(failed, { type: 'RETRY' });
    expect(retried).toMatchObject({ status: 'loading', error: null, requestId: 2 });
  });

  it('normalises the code and keeps at most six digits', () => {
    expect(transition(ready(), { type: 'CODE.CHANGE', value: '12 34-5678' }).code).toBe('123456');
  });

  it('ignores edits while loading and verifying', () => {
    expect(transition(createInitialState(), { type: 'CODE.CHANGE', value: '1' }).code).toBe('');
    expect(transition(verifying(), { type: 'CODE.CHANGE', value: '999999' }).code).toBe('123456');
    expect(transition(verifying(), { type: 'NAME.CHANGE', value: 'x' }).friendlyDeviceName).toBe('Phone');
  });

  it('refuses to submit an incomplete code and flags it, without a request', () => {
    const state = transition(transition(ready(), { type: 'CODE.CHANGE', value: '123' }), { type: 'VERIFY.SUBMIT' });
    expect(state).toMatchObject({ status: 'ready', codeInvalid: true, requestId: 1 });
    expect(transition(state, { type: 'CODE.CHANGE', value: '1234' }).codeInvalid).toBe(false);
  });

  it('submits a complete code with the trimmed device name as a new request', () => {
    const named = transition(transition(ready(), { type: 'NAME.CHANGE', value: '  Work phone ' }), { type: 'CODE.CHANGE', value: '123456' });
    expect(canSubmit(named)).toBe(true);
    expect(transition(named, { type: 'VERIFY.SUBMIT' })).toMatchObject({
      status: 'verifying',
      friendlyDeviceName: 'Work phone',
      requestId: 2,
    });
  });

  it('ignores a second submit while verifying', () => {
    const state = verifying();
    expect(transition(state, { type: 'VERIFY.SUBMIT' })).toBe(state);
  });

  it('drops the secret and keeps the tokens once verified', () => {
    const tokens = { accessToken: 'a', idToken: 'i', refreshToken: 'r' };
    const state = transition(verifying(), { type: 'VERIFY.SUCCEEDED', authenticationResult: tokens });
    expect(state).toMatchObject({ status: 'verified', secretCode: null, code: '' });
    expect(state.verified).toEqual({ friendlyDeviceName: 'Phone', authenticationResult: tokens });
  });

  it('clears a wrong code but keeps the device name, and typing again is the retry', () => {
    const failed = transition(verifying(), { type: 'VERIFY.FAILED', error: failure('EnableSoftwareTokenMFAException') });
    expect(failed).toMatchObject({ status: 'error', failedStep: 'verify', code: '', friendlyDeviceName: 'Phone', secretCode });
    expect(isEditable(failed)).toBe(true);
    expect(transition(failed, { type: 'CODE.CHANGE', value: '6' })).toMatchObject({ status: 'ready', code: '6', error: null });
  });

  it('keeps the typed code after a network failure and retries in place', () => {
    const failed = transition(verifying(), { type: 'VERIFY.FAILED', error: failure('NetworkError') });
    expect(failed.code).toBe('123456');
    expect(canRetry(failed)).toBe(true);
    expect(transition(failed, { type: 'RETRY' })).toMatchObject({ status: 'ready', code: '123456', secretCode });
  });

  it('cannot retry in place what needs a restart or the app', () => {
    for (const name of ['ExpiredCodeException', 'NotAuthorizedException', 'SoftwareTokenMFANotFoundException', 'ForbiddenException']) {
      const failed = transition(verifying(), { type: 'VERIFY.FAILED', error: failure(name) });
      expect(canRetry(failed)).toBe(false);
      expect(isEditable(failed)).toBe(false);
      expect(transition(failed, { type: 'RETRY' })).toBe(failed);
      expect(transition(failed, { type: 'CODE.CHANGE', value: '1' })).toBe(failed);
    }
  });

  it('does not let typing restart a failed associate', () => {
    const failed = run({ type: 'ASSOCIATE.FAILED', error: failure('NetworkError') });
    expect(transition(failed, { type: 'CODE.CHANGE', value: '1' })).toBe(failed);
  });

  it('expires the session from any live state, even over a wrong code, and then only restarts', () => {
    const wrongCode = transition(verifying(), { type: 'VERIFY.FAILED', error: failure('CodeMismatchException') });
    for (const state of [createInitialState(), ready(), verifying(), wrongCode]) {
      const expired = transition(state, { type: 'SESSION.EXPIRED' });
      expect(expired).toMatchObject({ status: 'error', code: '', secretCode: null, error: { kind: 'session-expired', action: 'restart' } });
      expect(canRetry(expired)).toBe(false);
      expect(transition(expired, { type: 'SESSION.EXPIRED' })).toBe(expired);
    }
    const verified = transition(verifying(), { type: 'VERIFY.SUCCEEDED' });
    expect(transition(verified, { type: 'SESSION.EXPIRED' })).toBe(verified);
  });

  it('restarts from anywhere with a new request, keeping the device name', () => {
    const named = transition(ready(), { type: 'NAME.CHANGE', value: 'Tablet' });
    expect(transition(named, { type: 'RESTART' })).toMatchObject({
      status: 'loading',
      secretCode: null,
      code: '',
      friendlyDeviceName: 'Tablet',
      requestId: 2,
    });
  });

  it('ignores responses that arrive in the wrong state', () => {
    const state = ready();
    expect(transition(state, { type: 'ASSOCIATE.SUCCEEDED', secretCode: 'OTHERSECRETOTHERSECRET' })).toBe(state);
    expect(transition(state, { type: 'ASSOCIATE.FAILED', error: failure('NetworkError') })).toBe(state);
    expect(transition(state, { type: 'VERIFY.SUCCEEDED' })).toBe(state);
    expect(transition(state, { type: 'VERIFY.FAILED', error: failure('NetworkError') })).toBe(state);
    expect(transition(state, { type: 'RETRY' })).toBe(state);
  });
});
