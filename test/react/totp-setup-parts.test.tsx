import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { TotpSetupParts, useTotpSetup } from '../../src/index.js';
import { expectNoAxeViolations, readSecretFromScreen, totpCode } from './helpers.js';

describe('the unstyled parts', () => {
  it('name the root when a part is used outside it', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<TotpSetupParts.CodeInput />)).toThrow(
      '<TotpSetupParts.CodeInput> must be used within <TotpSetupParts.Root> or <TotpSetupParts.Provider>',
    );
    vi.mocked(console.error).mockReset();
  });

  it('compose into a custom layout around the headless hook', async () => {
    const adapter = createMemoryAdapter();
    const onVerified = vi.fn();
    function CustomLayout() {
      const setup = useTotpSetup({ adapter, issuer: 'Acme', accountName: 'ana', onVerified, autoSubmit: false });
      return (
        <TotpSetupParts.Root setup={setup} className="my-card">
          <section aria-label="Step 1">
            <TotpSetupParts.QrCode size={128} />
            <TotpSetupParts.SecretKey />
          </section>
          <TotpSetupParts.Form>
            <TotpSetupParts.CodeLabel>Code from your app</TotpSetupParts.CodeLabel>
            <TotpSetupParts.CodeInput placeholder="000000" />
            <TotpSetupParts.CodeHint />
            <TotpSetupParts.ErrorMessage />
            <TotpSetupParts.Submit>Confirm</TotpSetupParts.Submit>
          </TotpSetupParts.Form>
          <TotpSetupParts.StatusMessage />
          <p>Status from the hook: {setup.status}</p>
        </TotpSetupParts.Root>
      );
    }
    const user = userEvent.setup();
    const { container } = render(<CustomLayout />);
    const qr = await screen.findByRole('img', { name: /QR code/ });
    expect(qr).toHaveAttribute('width', '128');
    expect(container.firstElementChild).toHaveClass('my-card');
    expect(container.firstElementChild).toHaveAttribute('data-part', 'root');
    expect(screen.getByText('Status from the hook: ready')).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.type(screen.getByRole('textbox', { name: 'Code from your app' }), totpCode(readSecretFromScreen()));
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(screen.getByText('Status from the hook: verified')).toBeInTheDocument();
  });

  it('carry data-part hooks and present-or-absent boolean flags', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <TotpSetupParts.Root adapter={createMemoryAdapter()} issuer="Acme" accountName="ana" autoSubmit={false}>
        <TotpSetupParts.Form>
          <TotpSetupParts.CodeLabel />
          <TotpSetupParts.CodeInput />
          <TotpSetupParts.Submit />
        </TotpSetupParts.Form>
      </TotpSetupParts.Root>,
    );
    const input = await screen.findByRole('textbox', { name: '6-digit code' });
    await waitFor(() => expect(container.firstElementChild).toHaveAttribute('data-state', 'ready'));
    expect(input).toHaveAttribute('data-part', 'code-input');
    expect(input).not.toHaveAttribute('data-invalid');
    expect(input).not.toHaveAttribute('data-complete');
    await user.type(input, '123456');
    expect(input).toHaveAttribute('data-complete', '');
  });
});
