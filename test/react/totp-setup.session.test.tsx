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

// An async act, so Testing Library keeps React's act environment on until React has flushed what the
// ticks scheduled (an awaited sync act flushes afterwards, outside it, and React 18 then warns).
const tick = (ms: number) =>
  act(async () => {
    vi.advanceTimersByTime(ms);
  });
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

  it('keeps a verify open past the clock and lets the server’s expired-session answer end it', async () => {
    const memory = createMemoryAdapter({ flow: 'mfa-setup' });
    let answer: (() => void) | undefined;
    let verifySignal: AbortSignal | undefined;
    const adapter: TotpSetupAdapter = {
      associateSoftwareToken: (options) => memory.associateSoftwareToken(options),
      // The memory backend checks the session when it answers: after three minutes it refuses.
      verifySoftwareToken: (input, options) => {
        verifySignal = options.signal;
        return new Promise((resolve, reject) => (answer = () => memory.verifySoftwareToken(input, options).then(resolve, reject)));
      },
      getSessionExpiry: () => memory.getSessionExpiry(),
    };
    const user = userEvent.setup();
    const { onVerified, onError, onRestart, container } = renderInSignIn(adapter);
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(screen.getByRole('textbox', { name: '6-digit code' }), totpCode(readSecretFromScreen()));
    await waitFor(() => expect(answer).toBeDefined());
    await tick(180_000);
    expect(container.firstElementChild).toHaveAttribute('data-state', 'verifying');
    expect(verifySignal?.aborted).toBe(false);
    // The countdown stands still while the server decides.
    expect(countdown()).toHaveTextContent('Time left to finish: 3:00');
    answer!();
    await findAlert(/took too long/);
    expect(onVerified).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ kind: 'session-expired', action: 'restart' }));
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(onRestart).toHaveBeenCalledOnce();
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
