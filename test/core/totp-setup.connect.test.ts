import { describe, expect, it, vi } from 'vitest';
import { createIds } from '../../src/core/totp-setup.anatomy.js';
import { connect } from '../../src/core/totp-setup.connect.js';
import { createInitialState, transition } from '../../src/core/totp-setup.machine.js';
import type { TotpSetupEvent, TotpSetupState } from '../../src/core/totp-setup.types.js';
import { en } from '../../src/i18n/messages.js';

// connect needs no DOM and no framework: plain objects stand in for the events.
const ids = createIds('t');
const secretCode = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const ready = transition(createInitialState(), { type: 'ASSOCIATE.SUCCEEDED', requestId: 1, secretCode }).state;

function connected(state: TotpSetupState) {
  const sent: TotpSetupEvent[] = [];
  const parts = connect(state, (event) => sent.push(event), en, { ids, copySecret: vi.fn() });
  return { parts, sent };
}

describe('connect', () => {
  it('gives the code field one-time-code autofill, a numeric keyboard and a six-character limit', () => {
    expect(connected(ready).parts.codeInput).toMatchObject({
      id: 't-code', autoComplete: 'one-time-code', inputMode: 'numeric', maxLength: 6, readOnly: false, value: '', 'aria-describedby': 't-code-hint',
    });
  });

  it('turns typing, pasting and submitting into machine events', () => {
    const { parts, sent } = connected(ready);
    parts.codeInput.onChange({ currentTarget: { value: '12 3' } });
    const paste = { clipboardData: { getData: () => 'Code: 654 321' }, preventDefault: vi.fn() };
    parts.codeInput.onPaste(paste);
    const submit = { preventDefault: vi.fn() };
    parts.form.onSubmit(submit);
    expect(paste.preventDefault).toHaveBeenCalled();
    expect(submit.preventDefault).toHaveBeenCalled();
    expect(sent).toEqual([{ type: 'CODE.CHANGE', value: '12 3' }, { type: 'CODE.CHANGE', value: '654321' }, { type: 'VERIFY.SUBMIT' }]);
  });

  it('leaves a partial paste to the browser, which inserts it where the cursor is', () => {
    const { parts, sent } = connected(ready);
    const paste = { clipboardData: { getData: () => '12' }, preventDefault: vi.fn() };
    parts.codeInput.onPaste(paste);
    expect(paste.preventDefault).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });

  it('makes the fields read-only while verifying, so focus stays but nothing changes', () => {
    const typed = transition(ready, { type: 'CODE.CHANGE', value: '123456' }).state;
    const { parts } = connected(transition(typed, { type: 'VERIFY.SUBMIT' }, { autoSubmit: false, restart: 'new-secret' }).state);
    expect(parts.codeInput).toMatchObject({ readOnly: true, value: '123456', 'data-disabled': '' });
    expect(parts.submit).toMatchObject({ 'aria-disabled': true, 'data-loading': '' });
    expect(parts.submitText).toBe('Checking the code…');
  });

  it('ties a failed verify’s message to the code field, and marks the field invalid only for a wrong code', () => {
    const verifying = transition(transition(ready, { type: 'CODE.CHANGE', value: '123456' }).state, { type: 'VERIFY.SUBMIT' }).state;
    const network = transition(verifying, { type: 'VERIFY.FAILED', requestId: 2, error: { kind: 'network', action: 'retry', retryable: true, name: 'NetworkError', message: '' } }).state;
    const { parts } = connected(network);
    expect(parts.errorText).toBe(en.errors.network);
    expect(parts.codeInput['aria-describedby']).toBe('t-error t-code-hint');
    expect(parts.codeInput['aria-invalid']).toBeUndefined();
    expect(parts.canRetry).toBe(false);
    const wrong = transition(verifying, { type: 'VERIFY.FAILED', requestId: 2, error: { kind: 'wrong-code', action: 'retry', retryable: true, name: 'CodeMismatchException', message: '' } }).state;
    expect(connected(wrong).parts.codeInput).toMatchObject({ 'aria-invalid': true, 'data-invalid': '' });
  });
});
