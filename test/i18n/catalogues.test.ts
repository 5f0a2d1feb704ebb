import { describe, expect, it } from 'vitest';
import { catalogues, en, messagesFor } from '../../src/i18n/index.js';
import { formatInteger, formatTimeLeft } from '../../src/i18n/format.js';
import type { TotpMessages } from '../../src/i18n/messages.js';

// Sample arguments for every interpolated message, so each function can be called and checked.
const samples = {
  qrCodeLabel: [{ issuer: 'ISSUER', accountName: 'ACCOUNT' }],
  secretKeySpoken: [['A', 'B', '7']],
  verified: [{ friendlyDeviceName: 'DEVICE' }],
  sessionTimeLeft: [{ time: '2:05' }],
  sessionEndingSoon: [{ seconds: '30' }],
  challengeInstructionsForDevice: [{ deviceName: 'DEVICE' }],
  settingsOn: [{ deviceName: 'DEVICE' }],
  replaceWarning: [{ deviceName: 'DEVICE' }],
  turnOffWarning: [{ deviceName: 'DEVICE' }],
} as const;
const expectedInOutput: Record<keyof typeof samples, string[]> = {
  qrCodeLabel: ['ISSUER', 'ACCOUNT'],
  secretKeySpoken: ['A B 7'],
  verified: ['DEVICE'],
  sessionTimeLeft: ['2:05'],
  sessionEndingSoon: ['30'],
  challengeInstructionsForDevice: ['DEVICE'],
  settingsOn: ['DEVICE'],
  replaceWarning: ['DEVICE'],
  turnOffWarning: ['DEVICE'],
};

// Settings strings that name the device only when the app passed one: without, they still say something.
const unnamed = ['settingsOn', 'replaceWarning', 'turnOffWarning'] as const;

function keysOf(messages: TotpMessages): string[] {
  return [...Object.keys(messages).filter((key) => key !== 'errors'), ...Object.keys(messages.errors).map((key) => `errors.${key}`)].sort();
}

describe.each(Object.entries(catalogues))('the %s catalogue', (language, messages) => {
  it('has exactly the keys of the English one', () => {
    expect(keysOf(messages)).toEqual(keysOf(en));
  });

  it('has a non-empty text for every key, and every interpolation shows its values', () => {
    for (const [key, value] of Object.entries(messages)) {
      if (key === 'errors') {
        for (const text of Object.values(value as Record<string, string>)) expect(text.trim()).not.toBe('');
      } else if (typeof value === 'function') {
        const args = samples[key as keyof typeof samples];
        expect(args, `no sample arguments for ${key}`).toBeDefined();
        const text = (value as (...a: unknown[]) => string)(...args);
        for (const part of expectedInOutput[key as keyof typeof samples]) expect(text).toContain(part);
        if ((unnamed as readonly string[]).includes(key)) {
          const general = (value as (details: { deviceName: undefined }) => string)({ deviceName: undefined });
          expect(general, `${language}.${key} without a name`).not.toMatch(/undefined|DEVICE|“”|„“|«»/);
          expect(general.trim()).not.toBe('');
        }
      } else {
        expect((value as string).trim(), `${language}.${key}`).not.toBe('');
      }
    }
  });

});

describe.each(Object.entries(catalogues).filter(([language]) => language !== 'en'))('the %s catalogue', (_language, messages) => {
  it('is translated, not a copy of English', () => {
    const same = Object.keys(en).filter((key) => typeof en[key as keyof TotpMessages] === 'string' && en[key as keyof TotpMessages] === messages[key as keyof TotpMessages]);
    expect(same).toEqual([]);
  });
});

describe('messagesFor', () => {
  it('picks the catalogue of the tag’s language, else English', () => {
    expect(messagesFor('de-AT')).toBe(catalogues.de);
    expect(messagesFor('ja')).toBe(catalogues.ja);
    expect(messagesFor('FR_ca')).toBe(catalogues.fr);
    expect(messagesFor('pt-BR')).toBe(en);
    expect(messagesFor('constructor')).toBe(en);
  });
});

describe('Intl formatting', () => {
  it('formats the time left with the locale’s digits', () => {
    expect(formatTimeLeft(125, 'en')).toBe('2:05');
    expect(formatTimeLeft(9, 'ja')).toBe('0:09');
    expect(formatTimeLeft(125, 'ar-EG')).toBe('٢:٠٥');
    expect(formatInteger(30, 'ar-EG')).toBe('٣٠');
    expect(formatInteger(30, 'de')).toBe('30');
  });
});
