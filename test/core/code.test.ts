import { describe, expect, it } from 'vitest';
import { DEVICE_NAME_MAX_LENGTH, isCompleteCode, normalizeCode, normalizeDeviceName } from '../../src/core/code.js';

describe('normalizeCode', () => {
  it.each([
    ['123456', '123456'],
    ['123 456', '123456'],
    ['123-456', '123456'],
    ['Code: 123456', '123456'],
    [' 12 34 56 \n', '123456'],
    ['１２３４５６', '123456'],
    ['١٢٣٤٥٦', '123456'],
    ['۱۲۳۴۵۶', '123456'],
    ['1234567890', '123456'],
    ['123456 (expires in 30s)', '123456'],
    ['12a', '12'],
    ['abc', ''],
    ['', ''],
    ['①②③', '123'],
  ])('keeps only digits of %j', (raw, expected) => {
    expect(normalizeCode(raw)).toBe(expected);
  });

  it('says when a code is complete', () => {
    expect(isCompleteCode('123456')).toBe(true);
    expect(isCompleteCode('12345')).toBe(false);
    expect(isCompleteCode('12345a')).toBe(false);
  });
});

describe('normalizeDeviceName', () => {
  it('trims and cuts to the limit without splitting an emoji', () => {
    expect(normalizeDeviceName('  Work phone  ')).toBe('Work phone');
    const long = '🙂'.repeat(DEVICE_NAME_MAX_LENGTH + 5);
    const cut = normalizeDeviceName(long);
    expect(Array.from(cut)).toHaveLength(DEVICE_NAME_MAX_LENGTH);
    expect(cut).toBe('🙂'.repeat(DEVICE_NAME_MAX_LENGTH));
  });

  it('keeps markup and right-to-left marks as typed', () => {
    expect(normalizeDeviceName('<b>x</b>\u200Fهاتف')).toBe('<b>x</b>\u200Fهاتف');
  });
});
