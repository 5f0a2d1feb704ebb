import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEVICE_NAME_MAX_LENGTH, normalizeCode, normalizeDeviceName } from '../../src/core/code.js';

describe('normalizeCode over any input', () => {
  it('keeps at most six ASCII digits, in the order they came', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        const code = normalizeCode(raw);
        expect(code).toMatch(/^[0-9]{0,6}$/);
        // Plain ASCII input: exactly its first six digits, nothing invented, nothing reordered.
        if (/^[\x20-\x7e]*$/.test(raw)) expect(code).toBe(raw.replace(/[^0-9]/g, '').slice(0, 6));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a code wherever it sits among other characters', () => {
    const noise = fc.string({ unit: fc.constantFrom(' ', '-', '.', 'a', 'Z', ':', '\u200f', '\t') });
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{6}$/), fc.array(noise, { minLength: 7, maxLength: 7 }), (code, gaps) => {
        const decorated = gaps.map((gap, i) => gap + (code[i] ?? '')).join('');
        expect(normalizeCode(decorated)).toBe(code);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        expect(normalizeCode(normalizeCode(raw))).toBe(normalizeCode(raw));
      }),
    );
  });
});

describe('normalizeDeviceName over any input', () => {
  it('trims, stays within the limit, and never splits a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        const name = normalizeDeviceName(raw);
        expect(Array.from(name).length).toBeLessThanOrEqual(DEVICE_NAME_MAX_LENGTH);
        expect(name).toBe(name.trim());
        expect(raw.trim().startsWith(name.trimEnd())).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
