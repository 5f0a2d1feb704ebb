import { describe, expect, it, vi } from 'vitest';
import { createSetupIds } from '../../src/core/anatomy.js';
import { connectSetup, createSetupHandlers } from '../../src/core/totp-setup.connect.js';
import { setupTransition, startSetup } from '../../src/core/totp-setup.machine.js';
import type { TotpSetupEvent, TotpSetupState } from '../../src/core/totp-setup.types.js';
import { en } from '../../src/i18n/messages.js';

// connect needs no DOM and no framework: plain objects stand in for the events.
const ids = createSetupIds('t');
const secretCode = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const ready = setupTransition(startSetup().state, { type: 'ASSOCIATE.SUCCEEDED', requestId: 1, secretCode }).state;

function connected(state: TotpSetupState) {
  const sent: TotpSetupEvent[] = [];
  const handlers = createSetupHandlers((event) => sent.push(event));
  return { ...connectSetup(state, handlers, en, ids), handlers, sent };
}

describe('connectSetup', () => {
  it('gives the code field one-time-code autofill, a numeric keyboard and a six-character limit', () => {
    expect(connected(ready).parts.codeInput).toMatchObject({
      id: 't-code', autoComplete: 'one-time-code', inputMode: 'numeric', maxLength: 6, readOnly: false, value: '', 'aria-describedby': 't-code-hint',
    });
  });

  it('turns typing, pasting, copying and submitting into machine events', () => {
    const { parts, sent } = connected(ready);
    parts.codeInput.onChange({ currentTarget: { value: '12 3' } });
    const paste = { clipboardData: { getData: () => 'Code: 654 321' }, preventDefault: vi.fn() };
    parts.codeInput.onPaste(paste);
    parts.copySecret.onClick();
    const submit = { preventDefault: vi.fn() };
    parts.form.onSubmit(submit);
    expect(paste.preventDefault).toHaveBeenCalled();
    expect(submit.preventDefault).toHaveBeenCalled();
    expect(sent).toEqual([
      { type: 'CODE.CHANGE', value: '12 3' },
      { type: 'CODE.PASTE', value: 'Code: 654 321' },
      { type: 'SECRET.COPY' },
      { type: 'VERIFY.SUBMIT' },
    ]);
  });

  it('takes a paste with too many digits from the browser too, so it is refused whole rather than cut', () => {
    const { parts, sent } = connected(ready);
    const paste = { clipboardData: { getData: () => '1234567' }, preventDefault: vi.fn() };
    parts.codeInput.onPaste(paste);
    expect(paste.preventDefault).toHaveBeenCalled();
    expect(sent).toEqual([{ type: 'CODE.PASTE', value: '1234567' }]);
    const refused = setupTransition(ready, sent[0]!);
    expect(refused.effects).toEqual([]);
    expect(connected(refused.state).text.error).toBe(en.codeTooLong);
    expect(connected(refused.state).parts.codeInput).toMatchObject({ value: '', 'aria-invalid': true, 'aria-describedby': 't-error t-code-hint' });
  });

  it('leaves a partial paste to the browser, which inserts it where the cursor is', () => {
    const { parts, sent } = connected(ready);
    const paste = { clipboardData: { getData: () => '12' }, preventDefault: vi.fn() };
    parts.codeInput.onPaste(paste);
    expect(paste.preventDefault).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });

  it('makes the fields read-only while verifying, so focus stays but nothing changes', () => {
    const typed = setupTransition(ready, { type: 'CODE.CHANGE', value: '123456' }).state;
    const { parts, text } = connected(setupTransition(typed, { type: 'VERIFY.SUBMIT' }, { autoSubmit: false, restart: 'new-secret' }).state);
    expect(parts.codeInput).toMatchObject({ readOnly: true, value: '123456', 'data-disabled': '' });
    expect(parts.submit).toMatchObject({ 'aria-disabled': true, 'data-loading': '' });
    expect(parts.root['aria-busy']).toBe(true);
    expect(text.submit).toBe('Checking the code…');
  });

  it('ties a failed verify’s message to the code field, and marks the field invalid only for a wrong code', () => {
    const verifying = setupTransition(setupTransition(ready, { type: 'CODE.CHANGE', value: '123456' }).state, { type: 'VERIFY.SUBMIT' }).state;
    const network = setupTransition(verifying, { type: 'VERIFY.FAILED', requestId: 2, error: { kind: 'network', action: 'retry', retryable: true, name: 'NetworkError', message: '' } }).state;
    const { parts, text, show } = connected(network);
    expect(text.error).toBe(en.errors.network);
    expect(parts.codeInput['aria-describedby']).toBe('t-error t-code-hint');
    expect(parts.codeInput['aria-invalid']).toBeUndefined();
    expect(show).toEqual({ secret: true, form: true, retry: false, restart: false });
    const wrong = setupTransition(verifying, { type: 'VERIFY.FAILED', requestId: 2, error: { kind: 'wrong-code', action: 'retry', retryable: true, name: 'CodeMismatchException', message: '' } }).state;
    expect(connected(wrong).parts.codeInput).toMatchObject({ 'aria-invalid': true, 'data-invalid': '' });
  });

  it('keeps every handler’s identity from one state to the next, so parts given the same props do not re-render', () => {
    const { handlers } = connected(ready);
    const before = connectSetup(ready, handlers, en, ids).parts;
    const after = connectSetup(setupTransition(ready, { type: 'CODE.CHANGE', value: '1' }).state, handlers, en, ids).parts;
    for (const part of ['codeInput', 'form', 'copySecret', 'deviceNameInput', 'retry', 'restart'] as const) {
      for (const [key, value] of Object.entries(before[part])) {
        if (typeof value === 'function') expect(Object.entries(after[part]).find(([name]) => name === key)?.[1], `${part}.${key}`).toBe(value);
      }
    }
  });
});
