import axe from 'axe-core';
import { screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';

export const fixedSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export { staleCode, totpCode } from '../support/totp.js';

/** The key as a screen reader user hears it, put back together. */
export function readSecretFromScreen(): string {
  const spoken = screen.getByText(/character by character/).textContent ?? '';
  return spoken.replace(/^.*:\s*/, '').replace(/\s+/g, '');
}

/** axe-core on the rendered tree. Colour contrast needs layout, which jsdom lacks; the browser tests cover it. */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** The error region is always mounted (so screen readers hear it change): wait for its text. */
export async function findAlert(text: RegExp | string): Promise<HTMLElement> {
  return waitFor(() => {
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(text);
    return alert;
  });
}
