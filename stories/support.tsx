import { Secret, TOTP } from 'otpauth';
import { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterOptions, type ScriptedFailure } from '../src/adapters/memory/index.js';

/** A fresh memory backend for each story render, so scripted failures never leak between stories. */
export function memoryBackend(options: MemoryAdapterOptions = {}) {
  return async () => ({ adapter: createMemoryAdapter(options) });
}

export function failingVerify(name: string, message?: string): MemoryAdapterOptions {
  const failure: ScriptedFailure = message === undefined ? { operation: 'verifySoftwareToken', name } : { operation: 'verifySoftwareToken', name, message };
  return { failures: [failure] };
}

export type Loaded = { adapter: MemoryAdapter };

/** The key as a screen reader spells it out, put back together: what a user would type into the app. */
export function readSecret(root: HTMLElement): string {
  const spoken = root.querySelector('[data-part="secret-key-spoken"]')?.textContent ?? '';
  return spoken.replace(/^.*:\s*/, '').replace(/\s+/g, '');
}

export function totpNow(secretCode: string, offsetMs = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secretCode), algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp: Date.now() + offsetMs,
  });
}

export const fixedSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/**
 * Finds a sentence by its whole text, names included: the kit puts each name it did not write in a
 * `<bdi>`, which Testing Library's default text matcher (an element's own text nodes) does not reach.
 */
export const sentence = (text: string) => (_content: string, element: Element | null) =>
  element?.textContent === text && !Array.from(element.children).some((child) => child.textContent === text);
