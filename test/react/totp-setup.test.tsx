import { StrictMode } from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { TotpSetupAdapter } from '../../src/core/adapter.js';
import { buildOtpauthUri } from '../../src/core/otpauth-uri.js';
import { COPIED_FEEDBACK_MS } from '../../src/core/totp-setup.machine.js';
import { de } from '../../src/i18n/index.js';
import { TotpSetup, type TotpSetupProps } from '../../src/index.js';
import { expectNoAxeViolations, findAlert, fixedSecret, readSecretFromScreen, sentence, staleCode, totpCode } from './helpers.js';

function renderWizard(props: Partial<TotpSetupProps> = {}) {
  const adapter = (props.adapter ?? createMemoryAdapter()) as TotpSetupAdapter;
  const onVerified = vi.fn();
  const onError = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <TotpSetup issuer="Acme" accountName="ana@example.com" onVerified={onVerified} onError={onError} {...props} adapter={adapter} />,
  );
  return { ...view, adapter, onVerified, onError, user };
}

afterEach(() => {
  vi.useRealTimers();
});

const codeField = () => screen.getByRole('textbox', { name: '6-digit code' });
const deviceField = () => screen.getByRole('textbox', { name: 'Device name' });

describe('<TotpSetup> on the memory backend', () => {
  it('announces loading, then shows the QR code, the key and the fields', async () => {
    const { container } = renderWizard({ adapter: createMemoryAdapter({ latency: 20 }) });
    expect(screen.getByRole('status')).toHaveTextContent('Preparing your authenticator key');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'loading');

    const qr = await screen.findByRole('img', { name: /QR code .*\u2068ana@example\.com\u2069 at \u2068Acme\u2069/ });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(readSecretFromScreen()).toMatch(/^[A-Z2-7]{32}$/);
    expect(container.firstElementChild).toHaveAttribute('data-state', 'ready');
    expect(codeField()).toHaveAttribute('autocomplete', 'one-time-code');
    expect(codeField()).toHaveAttribute('inputmode', 'numeric');
    expect(deviceField()).toHaveValue('Authenticator app');
    expect(screen.getByRole('button', { name: 'Verify' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('offers the otpauth URI as a link, for a phone that cannot scan its own screen', async () => {
    const { user, container } = renderWizard({ adapter: createMemoryAdapter({ secretCode: fixedSecret }) });
    const link = await screen.findByRole('link', { name: 'Open in my authenticator app (on this phone)' });
    expect(link).toHaveAttribute('href', buildOtpauthUri({ issuer: 'Acme', accountName: 'ana@example.com', secretCode: fixedSecret }));
    await user.type(codeField(), totpCode(fixedSecret));
    await waitFor(() => expect(container.firstElementChild).toHaveAttribute('data-state', 'verified'));
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows the key in groups of four', async () => {
    const { container } = renderWizard({ adapter: createMemoryAdapter({ secretCode: fixedSecret }) });
    await screen.findByRole('img', { name: /QR code/ });
    expect(container.querySelector('[data-part="secret-key-value"]')).toHaveTextContent('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
  });

  it('verifies as soon as the sixth digit is typed and then hides the secret', async () => {
    const { user, onVerified, container } = renderWizard();
    await screen.findByRole('img', { name: /QR code/ });
    const secret = readSecretFromScreen();
    await user.clear(deviceField());
    await user.type(deviceField(), '  Work phone  ');
    await user.type(codeField(), totpCode(secret));

    expect(await screen.findByText(sentence('From now on, sign-in asks for a code from “Work phone”.'))).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-state', 'verified');
    expect(onVerified).toHaveBeenCalledExactlyOnceWith({ friendlyDeviceName: 'Work phone' });
    expect(screen.queryByRole('img', { name: /QR code/ })).not.toBeInTheDocument();
    // The field the user typed in is gone; focus lands on the news, not on the page.
    expect(screen.getByRole('heading', { name: 'Authenticator app added' })).toHaveFocus();
    expect(container.innerHTML).not.toContain(secret);
    expect(container.innerHTML).not.toContain(secret.slice(0, 4) + ' ');
    await expectNoAxeViolations(container);
  });

  it('keeps only digits of a pasted code and submits it', async () => {
    const { user, onVerified } = renderWizard();
    await screen.findByRole('img', { name: /QR code/ });
    const code = totpCode(readSecretFromScreen());
    await user.click(codeField());
    await user.paste(`Code: ${code.slice(0, 3)} ${code.slice(3)}`);
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
  });

  it('replaces a half-typed code with a whole pasted one', async () => {
    const { user, onVerified } = renderWizard();
    await screen.findByRole('img', { name: /QR code/ });
    const code = totpCode(readSecretFromScreen());
    await user.type(codeField(), '98');
    await user.paste(code);
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
  });

  it('turns full-width digits into a code', async () => {
    const { user, onVerified } = renderWizard();
    await screen.findByRole('img', { name: /QR code/ });
    const code = totpCode(readSecretFromScreen());
    const fullWidth = Array.from(code, (d) => String.fromCharCode(0xff10 + Number(d))).join('');
    await user.click(codeField());
    await user.paste(fullWidth);
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
  });

  it('waits for the button when auto-submit is off, and asks for all six digits first', async () => {
    const adapter = createMemoryAdapter();
    const { user, onVerified } = renderWizard({ adapter, autoSubmit: false });
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), '12a3');
    expect(codeField()).toHaveValue('123');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter all 6 digits of the code.');
    expect(codeField()).toHaveAttribute('aria-invalid', 'true');
    expect(codeField()).toHaveAccessibleDescription(/Enter all 6 digits/);
    expect(adapter.calls.verifySoftwareToken).toBe(0);

    await user.clear(codeField());
    await user.type(codeField(), totpCode(readSecretFromScreen()));
    expect(adapter.calls.verifySoftwareToken).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
  });

  it('shows a wrong-code message, keeps the device name, clears the code, then accepts the right code', async () => {
    const { user, onVerified, onError, container } = renderWizard();
    await screen.findByRole('img', { name: /QR code/ });
    const secret = readSecretFromScreen();
    await user.clear(deviceField());
    await user.type(deviceField(), 'Pixel');
    await user.type(codeField(), staleCode(secret));

    await findAlert('That code didn’t match. Enter the newest code from your app.');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'error');
    expect(deviceField()).toHaveValue('Pixel');
    expect(codeField()).toHaveValue('');
    expect(codeField()).toHaveFocus();
    expect(codeField()).toHaveAttribute('aria-invalid', 'true');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'wrong-code', step: 'verify', action: 'retry' }));
    await expectNoAxeViolations(container);

    await user.type(codeField(), totpCode(secret));
    await waitFor(() => expect(onVerified).toHaveBeenCalledExactlyOnceWith({ friendlyDeviceName: 'Pixel' }));
  });

  it('puts the cursor back in the code field after a wrong code submitted with the button', async () => {
    const adapter = createMemoryAdapter();
    adapter.failNext('verifySoftwareToken', 'CodeMismatchException');
    const { user } = renderWizard({ adapter, autoSubmit: false });
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), '123456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await findAlert(/didn’t match/);
    expect(codeField()).toHaveFocus();
  });

  it('holds the fields still while the code is checked', async () => {
    const memory = createMemoryAdapter({ latency: { verifySoftwareToken: Infinity } });
    const { user, container } = renderWizard({ adapter: memory });
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), '123456');
    await waitFor(() => expect(container.firstElementChild).toHaveAttribute('data-state', 'verifying'));
    expect(codeField()).toHaveAttribute('readonly');
    expect(deviceField()).toHaveAttribute('readonly');
    await user.type(deviceField(), 'x');
    expect(deviceField()).toHaveValue('Authenticator app');
  });

  it('verifies only once however often the user submits', async () => {
    const memory = createMemoryAdapter();
    let release: () => void = () => {};
    const adapter: TotpSetupAdapter = {
      associateSoftwareToken: (options) => memory.associateSoftwareToken(options),
      // Held open until the test has clicked and pressed Enter, however slow the machine is.
      verifySoftwareToken: (input, options) =>
        new Promise((resolve, reject) => {
          release = () => memory.verifySoftwareToken(input, options).then(resolve, reject);
        }),
    };
    const verify = vi.spyOn(adapter, 'verifySoftwareToken');
    const { user, onVerified } = renderWizard({ adapter, autoSubmit: false });
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), totpCode(readSecretFromScreen()));
    const button = screen.getByRole('button', { name: 'Verify' });
    await user.click(button);
    await user.click(button);
    await user.type(codeField(), '{Enter}');
    expect(screen.getByRole('button', { name: 'Checking the code…' })).toHaveAttribute('aria-disabled', 'true');
    release();
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(verify).toHaveBeenCalledOnce();
  });

  it('asks for one secret under StrictMode', async () => {
    const adapter = createMemoryAdapter({ latency: 10 });
    render(
      <StrictMode>
        <TotpSetup adapter={adapter} issuer="Acme" accountName="ana" />
      </StrictMode>,
    );
    // The commit that shows the QR code has run its effects (inside act): a second request would be counted.
    await screen.findByRole('img', { name: /QR code/ });
    expect(adapter.calls.associateSoftwareToken).toBe(1);
  });

  it('verifies once under StrictMode', async () => {
    const adapter = createMemoryAdapter({ latency: 10 });
    const onVerified = vi.fn();
    const user = userEvent.setup();
    render(
      <StrictMode>
        <TotpSetup adapter={adapter} issuer="Acme" accountName="ana" onVerified={onVerified} />
      </StrictMode>,
    );
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), totpCode(readSecretFromScreen()));
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(adapter.calls.verifySoftwareToken).toBe(1);
  });

  it('lets a verify that spent the code run to its end when unmounted, and calls nothing after', async () => {
    let verifySignal: AbortSignal | undefined;
    let answer: (value: { status: 'SUCCESS' }) => void = () => {};
    const memory = createMemoryAdapter();
    const adapter: TotpSetupAdapter = {
      associateSoftwareToken: (options) => memory.associateSoftwareToken(options),
      verifySoftwareToken: (_input, options) => {
        verifySignal = options.signal;
        return new Promise((resolve) => (answer = resolve));
      },
    };
    const { user, onVerified, onError, unmount } = renderWizard({ adapter });
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), '123456');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    unmount();
    // The runner drops repeatable requests a tick after an unmount; a spent code's is never cut off.
    vi.runAllTimers();
    expect(verifySignal?.aborted).toBe(false);
    await act(async () => answer({ status: 'SUCCESS' }));
    expect(onVerified).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
  });

  it('drops the secret request when unmounted while loading', async () => {
    let associateSignal: AbortSignal | undefined;
    const adapter: TotpSetupAdapter = {
      associateSoftwareToken: (options) => {
        associateSignal = options.signal;
        return new Promise(() => {});
      },
      verifySoftwareToken: async () => ({ status: 'ERROR' }),
    };
    const { unmount, onError } = renderWizard({ adapter });
    await waitFor(() => expect(associateSignal).toBeDefined());
    unmount();
    await waitFor(() => expect(associateSignal?.aborted).toBe(true));
    expect(onError).not.toHaveBeenCalled();
  });

  it('treats a verify answer of Status ERROR as a wrong code', async () => {
    const memory = createMemoryAdapter();
    const adapter: TotpSetupAdapter = {
      associateSoftwareToken: (options) => memory.associateSoftwareToken(options),
      verifySoftwareToken: async () => ({ status: 'ERROR' }),
    };
    const { user, onError } = renderWizard({ adapter });
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), '123456');
    await findAlert(/didn’t match/);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'wrong-code' }));
  });

  it('refuses a secret that is not Base32 without showing it', async () => {
    const adapter: TotpSetupAdapter = {
      associateSoftwareToken: async () => ({ secretCode: '<img src=x onerror=alert(1)>' }),
      verifySoftwareToken: async () => ({ status: 'ERROR' }),
    };
    const { container, onError } = renderWizard({ adapter });
    await findAlert('We couldn’t create your setup key. Try again.');
    expect(container.innerHTML).not.toContain('onerror');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ step: 'associate', kind: 'unknown' }));
  });

  it('retries a failed associate with "Try again"', async () => {
    const adapter = createMemoryAdapter({ failures: [{ operation: 'associateSoftwareToken', name: 'NetworkError' }] });
    const { user, container } = renderWizard({ adapter });
    await findAlert('We couldn’t reach the sign-in service. Check your connection and try again.');
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('img', { name: /QR code/ });
    expect(adapter.calls.associateSoftwareToken).toBe(2);
  });

  it('keeps the typed code after a network failure and retries it in place', async () => {
    const adapter = createMemoryAdapter();
    adapter.failNext('verifySoftwareToken', 'NetworkError');
    const { user, onVerified } = renderWizard({ adapter });
    await screen.findByRole('img', { name: /QR code/ });
    const code = totpCode(readSecretFromScreen());
    await user.type(codeField(), code);
    await findAlert(/couldn’t reach/);
    expect(codeField()).toHaveValue(code);
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
  });

  // "Verify": the form stays, with the error under the code field, and verifying again is the way on.
  describe.each([
    ['CodeMismatchException', 'wrong-code', /didn’t match/, 'Verify'],
    // Cognito's refusal of a sign-in session: a new key in that session would be refused too.
    ['NotAuthorizedException', 'session-expired', /[Ss]ign in again/, 'none'],
    ['ExpiredCodeException', 'session-expired', /took too long/, 'Start again'],
    ['TooManyRequestsException', 'rate-limited', /Too many attempts/, 'Verify'],
    ['SoftwareTokenMFANotFoundException', 'totp-not-enabled', /not enabled/, 'none'],
    ['ForbiddenException', 'blocked', /blocked/, 'none'],
    ['InternalErrorException', 'network', /couldn’t reach/, 'Verify'],
    ['InvalidUserPoolConfigurationException', 'configuration', /not set up correctly/, 'none'],
    ['SomethingNewException', 'unknown', /Something went wrong/, 'Verify'],
  ])('when verify fails with %s', (name, kind, message, action) => {
    it(`shows the ${kind} message and offers ${action === 'none' ? 'no button' : `"${action}"`}`, async () => {
      const adapter = createMemoryAdapter();
      // Cognito's expired-session message; for a signed-in user the memory backend's default is a revoked token.
      adapter.failNext('verifySoftwareToken', name, name === 'NotAuthorizedException' ? 'Invalid session for the user, session is expired.' : undefined);
      const { user, onError, container } = renderWizard({ adapter });
      await screen.findByRole('img', { name: /QR code/ });
      await user.type(codeField(), '123456');
      await findAlert(message);
      expect(onError).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ kind, step: 'verify' }));
      const buttons = ['Try again', 'Start again', 'Verify'].filter((label) => screen.queryByRole('button', { name: label }));
      expect(buttons).toEqual(action === 'none' ? [] : [action]);
      if (action === 'Verify') {
        expect(deviceField()).toHaveValue('Authenticator app');
        expect(codeField()).toHaveAccessibleDescription(message);
      } else {
        // Nothing to retry in place: the key and the fields give way to the message, which takes focus.
        expect(screen.queryByRole('img', { name: /QR code/ })).not.toBeInTheDocument();
        expect(screen.queryByRole('textbox', { name: '6-digit code' })).not.toBeInTheDocument();
        expect(screen.getByRole('alert')).toHaveFocus();
      }
      await expectNoAxeViolations(container);
    });
  });

  it('signed out: says so and offers no button the kit cannot honour', async () => {
    const adapter = createMemoryAdapter();
    adapter.failNext('verifySoftwareToken', 'NotAuthorizedException', 'Access Token has been revoked');
    const { user, onError } = renderWizard({ adapter });
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), '123456');
    await findAlert(/signed out/);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'signed-out', action: 'sign-in' }));
    expect(screen.queryByRole('button', { name: /again/ })).not.toBeInTheDocument();
  });

  it('a sign-in session that expired before the key came: "sign in again", no "Start again" that fails the same way', async () => {
    const adapter = createMemoryAdapter({ flow: 'mfa-setup' });
    adapter.failNext('associateSoftwareToken', 'NotAuthorizedException', 'Invalid session for the user, session is expired.');
    const { onError, container } = renderWizard({ adapter });
    await findAlert(/[Ss]ign in again/);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'session-expired', action: 'sign-in', step: 'associate' }));
    expect(screen.queryByRole('button', { name: /again/ })).not.toBeInTheDocument();
    expect(adapter.calls.associateSoftwareToken).toBe(1);
    await expectNoAxeViolations(container);
  });

  it('"Start again" fetches a new secret, or hands over to the app when it restarts sign-in', async () => {
    const adapter = createMemoryAdapter();
    adapter.failNext('verifySoftwareToken', 'ExpiredCodeException');
    const { user } = renderWizard({ adapter });
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), '123456');
    await user.click(await screen.findByRole('button', { name: 'Start again' }));
    await screen.findByRole('img', { name: /QR code/ });
    expect(adapter.calls.associateSoftwareToken).toBe(2);

    const onRestart = vi.fn();
    const second = createMemoryAdapter();
    second.failNext('verifySoftwareToken', 'ExpiredCodeException');
    const view = renderWizard({ adapter: second, onRestart, id: 'second' });
    await waitFor(() => expect(view.container.querySelector('#second-code')).not.toBeNull());
    await user.type(view.container.querySelector<HTMLInputElement>('#second-code')!, '123456');
    await waitFor(() => expect(view.container.querySelector('[data-part="restart"]')).not.toBeNull());
    await user.click(view.container.querySelector<HTMLButtonElement>('[data-part="restart"]')!);
    expect(onRestart).toHaveBeenCalledOnce();
    expect(second.calls.associateSoftwareToken).toBe(1);
  });

  it('copies the key, says so, and clears the message after two seconds', async () => {
    const { container } = renderWizard({ adapter: createMemoryAdapter({ secretCode: fixedSecret }) });
    const copy = await screen.findByRole('button', { name: 'Copy key' });
    // The two seconds on a clock the test moves, not waited out on a loaded machine. (Testing Library's
    // async helpers wait on a real setTimeout, so the click is a plain event and the copy settles in act.)
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await act(async () => fireEvent.click(copy));
    expect(await navigator.clipboard.readText()).toBe(fixedSecret);
    expect(screen.getByText('Setup key copied')).toBeInTheDocument();
    expect(container.querySelector('[data-part="copy-secret"]')).toHaveAttribute('data-copied', '');
    act(() => vi.advanceTimersByTime(COPIED_FEEDBACK_MS - 1));
    expect(screen.getByText('Setup key copied')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.queryByText('Setup key copied')).not.toBeInTheDocument();
    expect(container.querySelector('[data-part="copy-secret"]')).not.toHaveAttribute('data-copied');
  });

  it('selects the key for the user when the clipboard is refused', async () => {
    const { user, container } = renderWizard({ adapter: createMemoryAdapter({ secretCode: fixedSecret }) });
    const copy = await screen.findByRole('button', { name: 'Copy key' });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'));
    await user.click(copy);
    expect(await screen.findByText(/Copying is blocked here/)).toBeInTheDocument();
    const selected = window.getSelection()?.toString().replace(/\s/g, '');
    expect(selected).toBe(fixedSecret);
    expect(container.querySelector('[data-part="copy-secret"]')).not.toHaveAttribute('data-copied');
  });

  it('takes every visible string and accessible name from the messages', async () => {
    renderWizard({
      messages: {
        title: 'Authenticator einrichten',
        codeLabel: 'Code',
        qrCodeLabel: ({ issuer }) => `QR-Code für ${issuer}`,
        submit: 'Prüfen',
        errors: { 'wrong-code': 'Falscher Code' },
      },
    });
    expect(screen.getByRole('heading', { name: 'Authenticator einrichten' })).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: 'QR-Code für \u2068Acme\u2069' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Code' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Prüfen' })).toBeInTheDocument();
  });

  it('speaks German with the German catalogue, accessible names and QR description included', async () => {
    const { container } = renderWizard({ locale: 'de-DE', messages: de });
    expect(screen.getByRole('heading', { name: 'Authenticator-App einrichten' })).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: 'QR-Code, der \u2068ana@example.com\u2069 bei \u2068Acme\u2069 zu einer Authenticator-App hinzufügt' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '6-stelliger Code' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Gerätename' })).toHaveValue('Authenticator-App');
    expect(screen.getByRole('button', { name: 'Schlüssel kopieren' })).toBeInTheDocument();
    expect(screen.getByText(/Zeichen für Zeichen/)).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('lang', 'de-DE');
    await expectNoAxeViolations(container);
  });

  it('renders a hostile device name as text and sends it as typed', async () => {
    const adapter = createMemoryAdapter();
    const { user, container, onVerified } = renderWizard({ adapter });
    await screen.findByRole('img', { name: /QR code/ });
    const hostile = '<img src=x onerror=alert(1)> \u202Eenohp';
    await user.clear(deviceField());
    await user.type(deviceField(), hostile.replace(/[{[]/g, '$&$&'));
    await user.type(codeField(), totpCode(readSecretFromScreen()));
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(adapter.device).toEqual({ friendlyDeviceName: hostile });
    expect(container.querySelector('img')).toBeNull();
  });
});
