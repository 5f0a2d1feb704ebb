import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { TotpSetup } from '../../src/index.js';
import { readSecretFromScreen, staleCode, totpCode } from './helpers.js';

describe('the secret', () => {
  it('is never written to the console, storage, cookies or the URL, and leaves the DOM once verified', async () => {
    const consoleSpies = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((method) => vi.spyOn(console, method));
    const storageWrites = vi.spyOn(Storage.prototype, 'setItem');
    const urlBefore = window.location.href;
    const historyBefore = window.history.length;
    const onVerified = vi.fn();
    const user = userEvent.setup();
    const { container } = render(<TotpSetup adapter={createMemoryAdapter()} issuer="Acme" accountName="ana" onVerified={onVerified} />);

    await screen.findByRole('img', { name: /QR code/ });
    const secret = readSecretFromScreen();
    const otpauthLinks = [...container.querySelectorAll('[href], [src]')]
      .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
      .filter((url) => url.includes(secret));
    expect(otpauthLinks).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Copy key' }));
    await user.type(screen.getByRole('textbox', { name: '6-digit code' }), staleCode(secret));
    await waitFor(() => expect(screen.getByRole('alert')).not.toBeEmptyDOMElement());
    await user.type(screen.getByRole('textbox', { name: '6-digit code' }), totpCode(secret));
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());

    for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
    expect(storageWrites).not.toHaveBeenCalled();
    expect(localStorage.length + sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
    expect(window.location.href).toBe(urlBefore);
    expect(window.history.length).toBe(historyBefore);
    // No URL but the otpauth URI ever carried it (checked while it was on screen, below), and no
    // href or src carries it now.
    expect(otpauthLinks.every((href) => href.startsWith('otpauth://totp/'))).toBe(true);
    for (const element of container.querySelectorAll('[href], [src]')) {
      expect(`${element.getAttribute('href')}${element.getAttribute('src')}`).not.toContain(secret);
    }
    // Gone from the DOM: neither the key, nor its groups, nor the spelled-out form.
    const text = container.innerHTML;
    expect(text).not.toContain(secret);
    expect(text).not.toContain(secret.slice(0, 8));
    expect(text).not.toContain(Array.from(secret.slice(0, 8)).join(' '));
    expect(onVerified.mock.calls[0]![0]).not.toHaveProperty('secretCode');
    storageWrites.mockRestore();
    for (const spy of consoleSpies) spy.mockRestore();
  });
});
