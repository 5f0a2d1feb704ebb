// Issue #19, point 6: a server render, then hydration a second later, as a Next.js page does it. The
// countdown's seconds may not be computed on the server: one second later they would differ, and React
// 19 reports a hydration error while React 18 throws the root back to client rendering.
import { createElement, type ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter, createMemoryChallengeAdapter } from '../../src/adapters/memory/index.js';
import { TotpChallenge, TotpSettings, TotpSetup } from '../../src/index.js';
import { fixedSecret } from './helpers.js';

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  vi.useRealTimers();
});

/** Runs `render` as on a server: no DOM. */
function onServer<T>(render: () => T): T {
  vi.stubGlobal('document', undefined);
  try {
    return render();
  } finally {
    vi.unstubAllGlobals();
  }
}

/** Server-renders `element`, lets `ms` pass, then hydrates it; returns the recoverable errors React reported. */
async function serverThenHydrate(element: () => ReactElement, ms: number) {
  const container = document.createElement('div');
  container.innerHTML = onServer(() => renderToString(element()));
  document.body.append(container);
  vi.setSystemTime(Date.now() + ms);
  const recovered: unknown[] = [];
  await act(async () => {
    root = hydrateRoot(container, element(), { onRecoverableError: (error) => void recovered.push(error) });
  });
  return { container, recovered };
}

describe('server render, then hydration a second later', () => {
  it('<TotpChallenge> in a sign-in session hydrates without a mismatch, then counts down', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const adapter = createMemoryChallengeAdapter({ secretCode: fixedSecret, friendlyDeviceName: 'Phone' });
    const { container, recovered } = await serverThenHydrate(() => createElement(TotpChallenge, { adapter }), 1000);
    expect(recovered).toEqual([]);
    // The server sent no time (it would be a second stale); the client shows it once hydrated.
    expect(onServer(() => renderToString(createElement(TotpChallenge, { adapter })))).not.toMatch(/left to finish/);
    await waitFor(() => expect(screen.getByRole('timer')).toHaveTextContent('Time left to finish: 2:59'));
    expect(container.querySelector('[data-part="root"]')).toHaveAttribute('data-state', 'ready');
  });

  it.each([
    ['<TotpSetup> in MFA_SETUP', () => createElement(TotpSetup, { adapter: createMemoryAdapter({ flow: 'mfa-setup' }), issuer: 'Acme', accountName: 'ana' })],
    ['<TotpSettings>', () => createElement(TotpSettings, { adapter: createMemoryAdapter(), issuer: 'Acme', accountName: 'ana' })],
  ])('%s hydrates without a mismatch', async (_name, element) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { recovered } = await serverThenHydrate(element, 1000);
    expect(recovered).toEqual([]);
  });
});
