import axe from 'axe-core';
import { useState, type ReactElement, type ReactNode } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import { expect, vi } from 'vitest';

export const fixedSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export { staleCode, totpCode } from '../support/totp.js';

/**
 * Finds a sentence by its whole text, names included: the kit puts each name it did not write in a
 * `<bdi>`, which Testing Library's default text matcher (an element's own text nodes) does not reach.
 */
export const sentence = (text: string) => (_content: string, element: Element | null) =>
  element?.textContent === text && !Array.from(element.children).some((child) => child.textContent === text);

/** The key as a screen reader user hears it, put back together. */
export function readSecretFromScreen(): string {
  const spoken = screen.getByText(/character by character/).textContent ?? '';
  return spoken.replace(/^.*:\s*/, '').replace(/\s+/g, '');
}

/** Every id an ARIA reference or a label names, that no element in the document has. */
function danglingReferences(container: Element): string[] {
  const references = ['aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-errormessage', 'aria-owns', 'aria-activedescendant', 'aria-details', 'headers', 'for'];
  return Array.from(container.querySelectorAll(references.map((name) => `[${name}]`).join(','))).flatMap((element) =>
    references.flatMap((name) =>
      (element.getAttribute(name) ?? '').split(/\s+/).filter((id) => id !== '' && !element.ownerDocument.getElementById(id)).map((id) => `${name}="${id}" on <${element.tagName.toLowerCase()}>`),
    ),
  );
}

/**
 * axe-core on the rendered tree, and every ARIA reference pointing at an element that exists (axe only
 * lists a missing one as "needs review"). Colour contrast needs layout, which jsdom lacks; the browser
 * tests cover it.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
  expect(danglingReferences(container)).toEqual([]);
}

/** The error region is always mounted (so screen readers hear it change): wait for its text. */
export async function findAlert(text: RegExp | string): Promise<HTMLElement> {
  return waitFor(() => {
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(text);
    return alert;
  });
}

/**
 * Rendering `element` throws `message`. React reports the error on its way out (console.error, and
 * React 18 also as an uncaught error event, which jsdom prints with its stack): both are expected
 * here, so both are caught and checked rather than printed.
 */
export function expectRenderError(element: ReactElement, message: string): void {
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  const reported: unknown[] = [];
  const onError = (event: ErrorEvent) => {
    reported.push(event.error);
    event.preventDefault();
  };
  window.addEventListener('error', onError);
  try {
    expect(() => render(element)).toThrow(message);
    for (const error of reported) expect(error).toMatchObject({ message });
  } finally {
    window.removeEventListener('error', onError);
    // The setup's own check (no console.error in a test) then sees none of the expected ones.
    consoleError.mockReset();
  }
}

/**
 * Runs `body` expecting the kit's development warning about a new adapter passed while another
 * carries a sign-in session (caught and checked), or, with `warns: false`, no warning at all.
 */
export async function expectingAdapterWarning(body: () => Promise<void>, { warns = true } = {}): Promise<void> {
  const consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  try {
    await body();
    if (warns) expect(consoleWarn).toHaveBeenCalledWith(expect.stringContaining('a new adapter was passed during a sign-in session'));
    else expect(consoleWarn).not.toHaveBeenCalled();
  } finally {
    consoleWarn.mockRestore();
  }
}

/**
 * A parent that re-renders on every click and key press inside it, calling `children` afresh each
 * time: what an app does when it builds an adapter inline.
 */
export function RerenderingParent({ children }: { children: () => ReactNode }) {
  const [, setRenders] = useState(0);
  const rerender = () => setRenders((renders) => renders + 1);
  return <div onKeyDown={rerender} onClick={rerender}>{children()}</div>;
}
