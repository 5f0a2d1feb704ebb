import { Activity } from 'react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { TotpSetup } from '../../src/index.js';

// React 19.2's <Activity>: hidden unmounts effects and keeps state; visible mounts them again.
// (React 18 has no <Activity>; vite.config.ts leaves this file out of the React 18 run.)
describe('<TotpSetup> inside <Activity>', () => {
  it('fetches a fresh secret when shown again after being hidden during loading', async () => {
    const adapter = createMemoryAdapter({ latency: 30 });
    const page = (mode: 'visible' | 'hidden') => (
      <Activity mode={mode}>
        <TotpSetup adapter={adapter} issuer="Acme" accountName="ana" />
      </Activity>
    );
    const { rerender } = render(page('visible'));
    rerender(page('hidden'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    rerender(page('visible'));
    expect(await screen.findByRole('img', { name: /QR code/ }, { timeout: 2000 })).toBeInTheDocument();
    expect(adapter.calls.associateSoftwareToken).toBe(2);
  });
});
