import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { TotpSetupAdapter } from '../../src/core/adapter.js';
import { TotpSetup } from '../../src/index.js';
import { expectNoAxeViolations, findAlert, readSecretFromScreen, totpCode } from './helpers.js';

// Only the clock is faked: the countdown's interval and Date. React and the requests run for real.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const tick = (ms: number) => act(() => vi.advanceTimersByTime(ms));
const countdown = () => screen.getByRole('timer');

function renderInSignIn(adapter: TotpSetupAdapter = createMemoryAdapter({ flow: 'mfa-setup' })) {
  const onRestart = vi.fn();
  const onError = vi.fn();
  const onVerified = vi.fn();
  const view = render(
    <TotpSetup adapter={adapter} issuer="Acme" accountName="ana" onRestart={onRestart} onError={onError} onVerified={onVerified} />,
  );
  return { ...view, onRestart, onError, onVerified, adapter };
}

describe('the MFA_SETUP session clock', () => {
  it('shows the time left, renewed by every answer that carries a new session', async () => {
    renderInSignIn();
    await screen.findByRole('img', { name: /QR code/ });
    expect(countdown()).toHaveTextContent('Time left to finish: 3:00');
    await tick(65_000);
    expect(countdown()).toHaveTextContent('Time left to finish: 1:55');
    expect(countdown()).not.toHaveAttribute('data-warning');
  });

  it('warns once, in a status region, when 30 seconds are left', async () => {
    const { container } = renderInSignIn();
    await screen.findByRole('img', { name: /QR code/ });
    await tick(150_000);
    expect(countdown()).toHaveAttribute('data-warning', '');
    expect(screen.getByText(/Less than 30 seconds left/)).toHaveAttribute('role', 'status');
    await expectNoAxeViolations(container);
  });

  it('ends in an expired state with "Start again", which hands over to the app', async () => {
    const user = userEvent.setup();
    const { onRestart, onError, adapter, container } = renderInSignIn();
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(screen.getByRole('textbox', { name: '6-digit code' }), '12');
    await tick(180_000);
    await findAlert(/took too long/);
    expect(container.firstElementChild).toHaveAttribute('data-state', 'error');
    expect(onError).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ kind: 'session-expired', action: 'restart' }));
    // No dead secret to scan, no field to type into.
    expect(screen.queryByRole('img', { name: /QR code/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: '6-digit code' })).not.toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(onRestart).toHaveBeenCalledOnce();
    expect((adapter as ReturnType<typeof createMemoryAdapter>).calls.verifySoftwareToken).toBe(0);
  });

  it('aborts a verify still in flight when the session runs out', async () => {
    const memory = createMemoryAdapter({ flow: 'mfa-setup' });
    let verifySignal: AbortSignal | undefined;
    const adapter: TotpSetupAdapter = {
      associateSoftwareToken: (options) => memory.associateSoftwareToken(options),
      verifySoftwareToken: (_input, { signal }) => {
        verifySignal = signal;
        return new Promise(() => {});
      },
      getSessionExpiry: () => memory.getSessionExpiry(),
    };
    const user = userEvent.setup();
    const { onVerified } = renderInSignIn(adapter);
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(screen.getByRole('textbox', { name: '6-digit code' }), totpCode(readSecretFromScreen()));
    await waitFor(() => expect(verifySignal).toBeDefined());
    await tick(180_000);
    await findAlert(/took too long/);
    await waitFor(() => expect(verifySignal?.aborted).toBe(true));
    expect(onVerified).not.toHaveBeenCalled();
  });

  it('without an app handler, "Start again" asks the backend, which refuses the dead session', async () => {
    const user = userEvent.setup();
    const adapter = createMemoryAdapter({ flow: 'mfa-setup', sessionValidityMs: 60_000 });
    render(<TotpSetup adapter={adapter} issuer="Acme" accountName="ana" />);
    await screen.findByRole('img', { name: /QR code/ });
    expect(countdown()).toHaveTextContent('1:00');
    await tick(60_000);
    await user.click(await screen.findByRole('button', { name: 'Start again' }));
    // The memory backend refuses the dead session, as Cognito would.
    await findAlert(/took too long/);
    expect(adapter.calls.associateSoftwareToken).toBe(2);
  });

  it('counts in the locale’s digits and language', async () => {
    render(<TotpSetup adapter={createMemoryAdapter({ flow: 'mfa-setup' })} issuer="Acme" accountName="ana" locale="ar-EG" messages={{ sessionTimeLeft: ({ time }) => `الوقت المتبقي: ${time}` }} />);
    await screen.findByRole('img', { name: /QR code/ });
    expect(countdown()).toHaveTextContent('الوقت المتبقي: ٣:٠٠');
  });

  it('runs no clock for a signed-in user', async () => {
    render(<TotpSetup adapter={createMemoryAdapter()} issuer="Acme" accountName="ana" />);
    await screen.findByRole('img', { name: /QR code/ });
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    await tick(600_000);
    expect(screen.getByRole('textbox', { name: '6-digit code' })).toBeInTheDocument();
  });
});
