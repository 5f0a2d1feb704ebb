import { StrictMode, Suspense, useState } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCognitoSignInAdapter } from '../../src/adapters/cognito/index.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { TotpSetupAdapter, VerifySoftwareTokenResult } from '../../src/core/adapter.js';
import { TotpSetup, TotpSetupParts, useTotpSetup, type TotpSetupApi } from '../../src/index.js';
import { createCognitoWire, json } from '../adapters/cognito-wire.js';
import { expectNoAxeViolations, findAlert, readSecretFromScreen, totpCode } from './helpers.js';

// The symptoms of issue #10, each as an app would trigger it.
const endpoint = 'https://cognito-idp.eu-west-1.amazonaws.com/';
const wire = createCognitoWire(endpoint);
const session = (n: number) => `AYABeSession${n}`.padEnd(40, `${n}`);
const secretCode = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

beforeAll(() => wire.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  wire.reset();
  vi.useRealTimers();
});
afterAll(() => wire.server.close());

const codeField = () => screen.getByRole('textbox', { name: '6-digit code' });
const rootOf = (container: HTMLElement) => container.firstElementChild as HTMLElement;

/** A verify the test answers when it chooses, however slow the machine is. */
function heldVerify(memory = createMemoryAdapter()) {
  const answers: Array<() => void> = [];
  const adapter: TotpSetupAdapter & { release(): void } = {
    associateSoftwareToken: (options) => memory.associateSoftwareToken(options),
    verifySoftwareToken: (input, options) =>
      new Promise<VerifySoftwareTokenResult>((resolve, reject) => {
        answers.push(() => memory.verifySoftwareToken(input, options).then(resolve, reject));
      }),
    getSessionExpiry: () => memory.getSessionExpiry(),
    release: () => answers.shift()?.(),
  };
  return adapter;
}

describe('an enrollment that survives how apps render it', () => {
  it('verifies with the newest sign-in session when a re-rendering parent builds the adapter inline', async () => {
    wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode, Session: session(2) }));
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS', Session: session(3) }));
    wire.reply('RespondToAuthChallenge', json({ AuthenticationResult: { AccessToken: 'access', IdToken: 'id', RefreshToken: 'refresh', ExpiresIn: 3600, TokenType: 'Bearer' } }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onVerified = vi.fn();
    function SignInPage() {
      const [keystrokes, setKeystrokes] = useState(0);
      return (
        <div onKeyUp={() => setKeystrokes((n) => n + 1)}>
          <p>Keys pressed: {keystrokes}</p>
          <TotpSetup
            adapter={createCognitoSignInAdapter({ endpoint, session: session(1), username: 'ana', clientId: 'client0id' })}
            issuer="Acme"
            accountName="ana"
            onVerified={onVerified}
            onRestart={() => {}}
          />
        </div>
      );
    }
    const user = userEvent.setup();
    render(<SignInPage />);
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), '123456');
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(screen.getByText('Keys pressed: 6')).toBeInTheDocument();
    expect(wire.operations()).toEqual(['AssociateSoftwareToken', 'VerifySoftwareToken', 'RespondToAuthChallenge']);
    expect(wire.requests.map((request) => request.body.Session)).toEqual([session(1), session(2), session(3)]);
    // Said once, in development, however often the parent re-rendered.
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]![0])).toMatch(/adapter/);
  });

  it('resubmits on one "Verify" press after a network error, with the code kept', async () => {
    const adapter = createMemoryAdapter();
    adapter.failNext('verifySoftwareToken', 'NetworkError');
    const onVerified = vi.fn();
    const user = userEvent.setup();
    const { container } = render(<TotpSetup adapter={adapter} issuer="Acme" accountName="ana" onVerified={onVerified} />);
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), totpCode(readSecretFromScreen()));
    const alert = await findAlert(/couldn’t reach/);
    // One primary action: the error sits under the field it is about, with no second button.
    expect(codeField()).toHaveAccessibleDescription(/couldn’t reach/);
    expect(codeField().nextElementSibling).toBe(alert);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(adapter.calls.verifySoftwareToken).toBe(2);
  });

  it('resubmits on Enter after a rate limit', async () => {
    const adapter = createMemoryAdapter();
    adapter.failNext('verifySoftwareToken', 'TooManyRequestsException');
    const onVerified = vi.fn();
    const user = userEvent.setup();
    render(<TotpSetup adapter={adapter} issuer="Acme" accountName="ana" onVerified={onVerified} />);
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), totpCode(readSecretFromScreen()));
    await findAlert(/Too many attempts/);
    await user.type(codeField(), '{Enter}');
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
  });

  it('after a wrong code offers only "Verify", under an empty field', async () => {
    const adapter = createMemoryAdapter();
    adapter.failNext('verifySoftwareToken', 'CodeMismatchException');
    const user = userEvent.setup();
    render(<TotpSetup adapter={adapter} issuer="Acme" accountName="ana" />);
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), '123456');
    await findAlert(/didn’t match/);
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Copy key', 'Verify']);
  });

  it('lets the server decide when the session clock runs out during a verify', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const adapter = heldVerify(createMemoryAdapter({ flow: 'mfa-setup' }));
    const onVerified = vi.fn();
    const onError = vi.fn();
    const user = userEvent.setup();
    const { container } = render(
      <TotpSetup adapter={adapter} issuer="Acme" accountName="ana" onVerified={onVerified} onError={onError} onRestart={() => {}} />,
    );
    await screen.findByRole('img', { name: /QR code/ });
    const code = totpCode(readSecretFromScreen());
    await user.type(codeField(), code);
    await waitFor(() => expect(rootOf(container)).toHaveAttribute('data-state', 'verifying'));
    // Three minutes pass with the request open; the memory backend's clock is the faked Date too, so
    // turn it back to when the request arrived: Cognito accepted the code in time.
    await act(async () => {
      vi.advanceTimersByTime(200_000);
    });
    expect(rootOf(container)).toHaveAttribute('data-state', 'verifying');
    vi.setSystemTime(Date.now() - 200_000);
    adapter.release();
    await waitFor(() => expect(rootOf(container)).toHaveAttribute('data-state', 'verified'));
    expect(onVerified).toHaveBeenCalledOnce();
    expect(onError).not.toHaveBeenCalled();
    expect(screen.queryByText(/took too long/)).not.toBeInTheDocument();
  });

  it('ends an expired sign-in session without onRestart in "sign in again", never a button that cannot work', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const adapter = createMemoryAdapter({ flow: 'mfa-setup', sessionValidityMs: 60_000 });
    const onError = vi.fn();
    render(<TotpSetup adapter={adapter} issuer="Acme" accountName="ana" onError={onError} />);
    await screen.findByRole('img', { name: /QR code/ });
    await act(async () => {
      vi.advanceTimersByTime(61_000);
    });
    await findAlert(/Sign in again/);
    expect(onError).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ kind: 'session-expired', action: 'sign-in' }));
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(adapter.calls.associateSoftwareToken).toBe(1);
  });

  it('keeps the tokens out of the state it returns; only onVerified gets them', async () => {
    let api: TotpSetupApi | undefined;
    const onVerified = vi.fn();
    const adapter = createMemoryAdapter({ flow: 'mfa-setup' });
    const verified = vi.fn((details: { friendlyDeviceName: string }) => `“${details.friendlyDeviceName}” is set up.`);
    function Custom() {
      const setup = useTotpSetup({ adapter, issuer: 'Acme', accountName: 'ana', onVerified, messages: { verified } });
      api = setup;
      return (
        <TotpSetupParts.Root setup={setup}>
          <TotpSetupParts.SecretKey />
          <TotpSetupParts.Form>
            <TotpSetupParts.CodeLabel />
            <TotpSetupParts.CodeInput />
          </TotpSetupParts.Form>
          <TotpSetupParts.StatusMessage />
        </TotpSetupParts.Root>
      );
    }
    const user = userEvent.setup();
    render(<Custom />);
    await screen.findByText(/character by character/);
    await user.type(codeField(), totpCode(readSecretFromScreen()));
    await waitFor(() => expect(api?.status).toBe('verified'));
    const [details] = onVerified.mock.calls[0]!;
    expect(details.authenticationResult.refreshToken).toMatch(/^memory-refresh\./);
    const everything = JSON.stringify(api);
    expect(everything).not.toContain(details.authenticationResult.refreshToken);
    expect(everything).not.toContain(details.authenticationResult.accessToken);
    expect(everything).not.toContain('memory-');
    // Message functions are the app's code too: they hear the device name, not the tokens.
    expect(verified).toHaveBeenCalled();
    expect(JSON.stringify(verified.mock.calls)).not.toContain('memory-');
  });

  it('does not send a mangled code when a digit is typed into a full field', async () => {
    const adapter = createMemoryAdapter();
    adapter.failNext('verifySoftwareToken', 'NetworkError');
    const verify = vi.spyOn(adapter, 'verifySoftwareToken');
    const user = userEvent.setup();
    render(<TotpSetup adapter={adapter} issuer="Acme" accountName="ana" />);
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), '123456');
    await findAlert(/couldn’t reach/);
    await user.type(codeField(), '9', { initialSelectionStart: 0, initialSelectionEnd: 0 });
    expect(codeField()).toHaveValue('123456');
    expect(verify).toHaveBeenCalledOnce();
    expect(verify.mock.calls.map(([input]) => input.userCode)).toEqual(['123456']);
  });

  it('leaves focus alone when the first secret cannot be fetched', async () => {
    const adapter = createMemoryAdapter({ failures: [{ operation: 'associateSoftwareToken', name: 'NetworkError' }] });
    render(<TotpSetup adapter={adapter} issuer="Acme" accountName="ana" />);
    await findAlert(/couldn’t reach the sign-in service/);
    expect(document.body).toHaveFocus();
  });

  it('verifies once under StrictMode with an inline adapter and a double click', async () => {
    const memory = createMemoryAdapter();
    const verify = vi.spyOn(memory, 'verifySoftwareToken');
    const onVerified = vi.fn();
    function Page() {
      const [, setTicks] = useState(0);
      return (
        <div onClick={() => setTicks((n) => n + 1)}>
          <TotpSetup
            adapter={{ associateSoftwareToken: (o) => memory.associateSoftwareToken(o), verifySoftwareToken: (i, o) => memory.verifySoftwareToken(i, o) }}
            issuer="Acme"
            accountName="ana"
            autoSubmit={false}
            onVerified={onVerified}
          />
        </div>
      );
    }
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const user = userEvent.setup();
    render(<StrictMode><Page /></StrictMode>);
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), totpCode(readSecretFromScreen()));
    await user.dblClick(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(verify).toHaveBeenCalledOnce();
  });

  it('asks for one secret when a sibling suspends the first render', async () => {
    const adapter = createMemoryAdapter();
    let loaded = false;
    let finishLoading!: () => void;
    const profile = new Promise<void>((resolve) => (finishLoading = resolve));
    function Profile() {
      if (!loaded) throw profile;
      return <p>Profile loaded</p>;
    }
    render(
      <Suspense fallback={<p>Loading the page…</p>}>
        <Profile />
        <TotpSetup adapter={adapter} issuer="Acme" accountName="ana" />
      </Suspense>,
    );
    expect(screen.getByText('Loading the page…')).toBeInTheDocument();
    await act(async () => {
      loaded = true;
      finishLoading();
    });
    await screen.findByRole('img', { name: /QR code/ });
    expect(adapter.calls.associateSoftwareToken).toBe(1);
  });
});

