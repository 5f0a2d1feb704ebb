import { describe, expect, it } from 'vitest';
import { classifyError, createNamedError } from '../../src/core/errors.js';
import { challengeRequestOf, challengeTransition, startChallenge } from '../../src/core/totp-challenge.machine.js';
import type { TotpChallengeEvent, TotpChallengeState } from '../../src/core/totp-challenge.types.js';

const createChallengeState = () => startChallenge().state;
const respond = (requestId: number, userCode: string) => ({ type: 'request', operation: 'respond', requestId, once: true, userCode }) as const;
const failure = (name: string, message = '') => classifyError(createNamedError(name, message));
const step = (state: TotpChallengeState, event: TotpChallengeEvent, autoSubmit = true) => challengeTransition(state, event, { autoSubmit });
const typed = (code: string) => step(createChallengeState(), { type: 'CODE.CHANGE', value: code }, false).state;
const verifying = () => step(createChallengeState(), { type: 'CODE.CHANGE', value: '123456' }).state;
const failed = (name: string, message = '') => step(verifying(), { type: 'VERIFY.FAILED', requestId: 1, error: failure(name, message) });

describe('the sign-in code machine', () => {
  it('starts ready for a code, with no request: the clock runs and the field takes focus', () => {
    expect(startChallenge()).toEqual({
      state: { status: 'ready', requestId: 0, draft: { code: '', problem: null } },
      effects: [{ type: 'clock.start' }, { type: 'focus', target: 'codeInput' }],
    });
    expect(challengeRequestOf(createChallengeState())).toBeNull();
  });

  it('answers on the edit that completes the code, stopping the clock', () => {
    const { state, effects } = step(typed('12345'), { type: 'CODE.CHANGE', value: '123456' });
    expect(state).toMatchObject({ status: 'verifying', requestId: 1 });
    expect(effects).toEqual([{ type: 'clock.stop' }, respond(1, '123456')]);
  });

  it('asks for all six digits before answering', () => {
    const { state, effects } = step(typed('123'), { type: 'VERIFY.SUBMIT' });
    expect(state).toMatchObject({ status: 'ready', draft: { code: '123', problem: 'incomplete' } });
    expect(effects).toEqual([]);
  });

  it('ignores a second submit, and edits, while the code is checked', () => {
    const busy = verifying();
    expect(step(busy, { type: 'VERIFY.SUBMIT' })).toEqual({ state: busy, effects: [] });
    expect(step(busy, { type: 'CODE.CHANGE', value: '654321' })).toEqual({ state: busy, effects: [] });
  });

  it('hands the tokens to onSignedIn alone and focuses the heading', () => {
    const tokens = { accessToken: 'a', refreshToken: 'r' };
    const { state, effects } = step(verifying(), { type: 'VERIFY.SUCCEEDED', requestId: 1, result: { authenticationResult: tokens } });
    expect(state).toEqual({ status: 'verified', requestId: 1, furtherStep: false });
    expect(effects).toEqual([{ type: 'notify.signed-in', details: { authenticationResult: tokens } }, { type: 'focus', target: 'title' }]);
  });

  it('after a wrong code keeps the session: the field is emptied and focused for the next code', () => {
    const { state, effects } = failed('CodeMismatchException');
    expect(state).toMatchObject({ status: 'error', draft: { code: '' }, error: { kind: 'wrong-code', action: 'retry' } });
    expect(effects).toEqual([
      { type: 'notify.error', details: expect.objectContaining({ kind: 'wrong-code' }) },
      { type: 'clock.start' },
      { type: 'focus', target: 'codeInput' },
    ]);
    expect(step(state, { type: 'CODE.CHANGE', value: '654321' }).effects).toContainEqual(respond(2, '654321'));
  });

  it('reads ExpiredCodeException as a code already used: wait for the next one', () => {
    const { state } = failed('ExpiredCodeException', 'Your MFA code has expired or has been used already');
    expect(state).toMatchObject({ status: 'error', draft: { code: '' }, error: { kind: 'code-used', action: 'wait', retryable: true } });
  });

  it('keeps the code after a network fault, and one submit sends it again', () => {
    const { state } = failed('NetworkError');
    expect(state).toMatchObject({ status: 'error', draft: { code: '123456' } });
    expect(step(state, { type: 'VERIFY.SUBMIT' }).effects).toContainEqual(respond(2, '123456'));
  });

  it('ends an invalid or expired session in "sign in again", with nothing left to type into', () => {
    for (const [name, message, kind] of [
      ['NotAuthorizedException', 'Invalid session for the user, session is expired.', 'session-expired'],
      ['NotAuthorizedException', 'User is disabled.', 'signed-out'],
    ] as const) {
      const { state, effects } = failed(name, message);
      expect(state).toMatchObject({ status: 'error', draft: null, error: { kind, action: 'sign-in' } });
      expect(effects).toEqual([{ type: 'notify.error', details: expect.objectContaining({ kind, action: 'sign-in' }) }, { type: 'focus', target: 'errorMessage' }]);
      expect(step(state, { type: 'CODE.CHANGE', value: '1' }).state).toBe(state);
    }
  });

  it('lets the server decide while a code is out, and expires a code step the user can act in', () => {
    expect(step(verifying(), { type: 'SESSION.EXPIRED' }).effects).toEqual([]);
    const { state, effects } = step(typed('12'), { type: 'SESSION.EXPIRED' });
    expect(state).toMatchObject({ status: 'error', draft: null, error: { kind: 'session-expired', action: 'sign-in' } });
    expect(effects).toEqual([
      { type: 'notify.error', details: expect.objectContaining({ kind: 'session-expired', action: 'sign-in' }) },
      { type: 'clock.stop' },
      { type: 'focus', target: 'errorMessage', ifFocusWithin: true },
    ]);
  });

  it('ignores stale answers', () => {
    const busy = verifying();
    expect(step(busy, { type: 'VERIFY.SUCCEEDED', requestId: 0, result: {} })).toEqual({ state: busy, effects: [] });
    expect(step(typed('1'), { type: 'VERIFY.FAILED', requestId: 1, error: failure('NetworkError') }).effects).toEqual([]);
  });
});
