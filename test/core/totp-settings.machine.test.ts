import { describe, expect, it } from 'vitest';
import { classifyError } from '../../src/core/errors.js';
import { createNamedError } from '../../src/core/named-error.js';
import { classifySettingsError, settingsTransition, startSettings } from '../../src/core/totp-settings.machine.js';
import type { TotpSettingsEvent, TotpSettingsState } from '../../src/core/totp-settings.types.js';

const createSettingsState = () => startSettings().state;
const load = (requestId: number) => ({ type: 'request', operation: 'load', requestId, once: false }) as const;
const on = { totpEnabled: true, totpPreferred: true };
const off = { totpEnabled: false, totpPreferred: false };
const run = (events: TotpSettingsEvent[], start: TotpSettingsState = createSettingsState()) =>
  events.reduce<{ state: TotpSettingsState; effects: unknown[] }>((current, event) => settingsTransition(current.state, event), { state: start, effects: [] });
const loaded = (mfa = on) => run([{ type: 'LOAD.SUCCEEDED', requestId: 1, mfa }]).state;
const failure = (name: string) => classifyError(createNamedError(name, name));

describe('the settings machine', () => {
  it('starts by reading the state; the first read announces nothing and moves no focus', () => {
    expect(startSettings()).toEqual({ state: { status: 'loading', requestId: 1, notice: null, byAdapter: false }, effects: [load(1)] });
    expect(run([{ type: 'LOAD.SUCCEEDED', requestId: 1, mfa: on }])).toEqual({
      state: { status: 'on', requestId: 1, mfa: on, notice: null, error: null },
      effects: [],
    });
    expect(loaded(off).status).toBe('off');
  });

  it('ignores an answer to a request it no longer waits for', () => {
    const state = createSettingsState();
    expect(settingsTransition(state, { type: 'LOAD.SUCCEEDED', requestId: 7, mfa: on })).toEqual({ state, effects: [] });
    expect(settingsTransition(loaded(), { type: 'TURN_OFF.SUCCEEDED', requestId: 1 }).state.status).toBe('on');
  });

  it('turning off: asks, then sends one request; the answer turns it off, tells the app and focuses the heading', () => {
    const asked = settingsTransition(loaded(), { type: 'TURN_OFF' });
    expect(asked).toEqual({ state: { status: 'confirm-turn-off', requestId: 1, mfa: on }, effects: [{ type: 'focus', target: 'confirm' }] });
    const sent = settingsTransition(asked.state, { type: 'CONFIRM' });
    // A change the server makes: its answer is kept for a hidden panel, never asked for twice.
    expect(sent.effects).toEqual([{ type: 'request', operation: 'turn-off', requestId: 2, once: true }]);
    // A second confirm while the request is out does nothing.
    expect(settingsTransition(sent.state, { type: 'CONFIRM' }).effects).toEqual([]);
    expect(settingsTransition(sent.state, { type: 'CANCEL' }).effects).toEqual([]);
    expect(settingsTransition(sent.state, { type: 'TURN_OFF.SUCCEEDED', requestId: 2 })).toEqual({
      state: { status: 'off', requestId: 2, mfa: off, notice: 'turned-off', error: null },
      effects: [{ type: 'notify.change', mfa: off }, { type: 'focus', target: 'title' }],
    });
  });

  it('a refused turn-off where MFA is required keeps it on, with its own kind', () => {
    const sent = run([{ type: 'TURN_OFF' }, { type: 'CONFIRM' }], loaded()).state;
    const { state, effects } = settingsTransition(sent, { type: 'TURN_OFF.FAILED', requestId: 2, error: failure('InvalidParameterException') });
    expect(state).toMatchObject({ status: 'on', error: { kind: 'mfa-required', action: 'none', retryable: false } });
    expect(effects).toEqual([
      { type: 'notify.error', details: expect.objectContaining({ kind: 'mfa-required', step: 'turn-off' }) },
      { type: 'focus', target: 'errorMessage' },
    ]);
    // The same name elsewhere is nothing special.
    expect(classifySettingsError(failure('InvalidParameterException'), 'load').kind).toBe('unknown');
  });

  it('replace: asks, opens the wizard, and after it reads the state again and announces the replacement', () => {
    const enrolling = run([{ type: 'REPLACE' }, { type: 'CONFIRM' }], loaded()).state;
    expect(enrolling).toEqual({ status: 'enrolling', requestId: 1, mfa: on, replacing: true, busy: false });
    const reading = settingsTransition(enrolling, { type: 'ENROLLMENT.VERIFIED' });
    expect(reading).toEqual({ state: { status: 'loading', requestId: 2, notice: 'replaced', byAdapter: false }, effects: [load(2)] });
    expect(settingsTransition(reading.state, { type: 'LOAD.SUCCEEDED', requestId: 2, mfa: on }).effects).toEqual([
      { type: 'notify.change', mfa: on },
      { type: 'focus', target: 'title' },
    ]);
  });

  it('cancel goes back to the button that opened what was cancelled', () => {
    expect(run([{ type: 'REPLACE' }, { type: 'CANCEL' }], loaded()).effects).toEqual([{ type: 'focus', target: 'replace' }]);
    expect(run([{ type: 'TURN_OFF' }, { type: 'CANCEL' }], loaded()).effects).toEqual([{ type: 'focus', target: 'turnOff' }]);
    expect(run([{ type: 'SET_UP' }, { type: 'CANCEL' }], loaded(off)).effects).toEqual([{ type: 'focus', target: 'setUp' }]);
  });

  it('offers only what fits: no set-up while on, no replace or turn-off while off', () => {
    expect(settingsTransition(loaded(), { type: 'SET_UP' }).state.status).toBe('on');
    expect(settingsTransition(loaded(off), { type: 'REPLACE' }).state.status).toBe('off');
    expect(settingsTransition(loaded(off), { type: 'TURN_OFF' }).state.status).toBe('off');
  });

  it('a failed read can be tried again', () => {
    const failed = run([{ type: 'LOAD.FAILED', requestId: 1, error: failure('NetworkError') }]);
    expect(failed.state).toMatchObject({ status: 'error', error: { kind: 'network' } });
    expect(failed.effects).toEqual([{ type: 'notify.error', details: expect.objectContaining({ kind: 'network', step: 'load' }) }]);
    expect(settingsTransition(failed.state, { type: 'RETRY' }).effects).toEqual([load(2)]);
  });
});
