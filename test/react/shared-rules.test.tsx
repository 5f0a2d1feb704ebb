// Issue #19: the rules the three screens share, each as an app would trigger it.
import { Profiler, useState, type ProfilerOnRenderCallback } from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter, createMemoryChallengeAdapter } from '../../src/adapters/memory/index.js';
import type { SignInResult, TotpChallengeAdapter, TotpSetupAdapter, VerifySoftwareTokenResult } from '../../src/core/adapter.js';
import { TotpChallenge, TotpSettings, TotpSetup, TotpSetupParts, useTotpSetup, type TotpSetupApi } from '../../src/index.js';
import { findAlert, fixedSecret, readSecretFromScreen, totpCode } from './helpers.js';

afterEach(() => {
  vi.useRealTimers();
});

const codeField = () => screen.getByRole('textbox', { name: '6-digit code' });

/** A verify (or a sign-in code) the test answers when it chooses. */
function held<T>() {
  let release: (value: T) => void = () => {};
  const answer = new Promise<T>((resolve) => (release = resolve));
  return { answer, release: (value: T) => act(async () => release(value)) };
}

/** Pastes `text` into the focused field, as a browser's paste event carries it. */
function paste(field: HTMLElement, text: string) {
  fireEvent.paste(field, { clipboardData: { getData: () => text } });
}

describe('settings keep the truth', () => {
  it('"Cancel" waits while the wizard inside checks the code; Cognito’s yes turns the panel on and reaches onChange', async () => {
    const memory = createMemoryAdapter({ secretCode: fixedSecret });
    const verify = held<VerifySoftwareTokenResult>();
    const adapter = { ...memory, verifySoftwareToken: (...args: Parameters<typeof memory.verifySoftwareToken>) => memory.verifySoftwareToken(...args).then(() => verify.answer) };
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<TotpSettings adapter={adapter} issuer="Acme" accountName="ana" onChange={onChange} />);
    await user.click(await screen.findByRole('button', { name: 'Set up' }));
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), totpCode(fixedSecret));
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    await waitFor(() => expect(cancel).toHaveAttribute('aria-disabled', 'true'));
    await user.click(cancel);
    expect(screen.getByRole('img', { name: /QR code/ })).toBeInTheDocument();
    await verify.release({ status: 'SUCCESS' });
    await waitFor(() => expect(onChange).toHaveBeenCalledWith({ totpEnabled: true, totpPreferred: true }));
    expect(screen.getByText(/^On/)).toBeInTheDocument();
  });

  it('a read after a change that fails once: "Try again" still tells the app and announces the change', async () => {
    const adapter = createMemoryAdapter({ secretCode: fixedSecret });
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<TotpSettings adapter={adapter} issuer="Acme" accountName="ana" onChange={onChange} />);
    await user.click(await screen.findByRole('button', { name: 'Set up' }));
    await screen.findByRole('img', { name: /QR code/ });
    adapter.failNext('getMfaState', 'NetworkError');
    await user.type(codeField(), totpCode(fixedSecret));
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(onChange).toHaveBeenCalledExactlyOnceWith({ totpEnabled: true, totpPreferred: true }));
    expect(screen.getByText('Authenticator app added.')).toHaveAttribute('role', 'status');
  });
});

describe('"signed in" only when Cognito says so', () => {
  it.each<[string, SignInResult]>([
    ['a further challenge (nextChallenge)', { nextChallenge: { name: 'DEVICE_SRP_AUTH', session: 'S', parameters: {} } }],
    ['a library step that is not DONE', { nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED' } }],
  ])('after %s, says the code was accepted, not "You are signed in"', async (_label, result) => {
    const onSignedIn = vi.fn();
    const adapter: TotpChallengeAdapter = { respondToSoftwareTokenMfa: async () => result };
    const user = userEvent.setup();
    render(<TotpChallenge adapter={adapter} onSignedIn={onSignedIn} />);
    await user.type(codeField(), '123456');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(result));
    expect(screen.getByRole('status')).toHaveTextContent('Code accepted. One more step to finish signing in.');
    expect(screen.queryByText(/You are signed in/)).not.toBeInTheDocument();
  });
});

describe('a paste with more than six digits', () => {
  it.each([
    ['<TotpChallenge>', () => render(<TotpChallenge adapter={createMemoryChallengeAdapter({ secretCode: fixedSecret })} />)],
    ['<TotpSetup>', () => render(<TotpSetup adapter={createMemoryAdapter()} issuer="Acme" accountName="ana" />)],
  ])('%s refuses it whole, keeps what was typed, says why, and sends nothing', async (_name, renderScreen) => {
    renderScreen();
    const user = userEvent.setup();
    const field = await screen.findByRole('textbox', { name: '6-digit code' });
    await user.type(field, '12');
    paste(field, '123 456 7');
    await findAlert('That has more than 6 digits. Paste or type only the 6-digit code.');
    expect(field).toHaveValue('12');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field.closest('[data-part="root"]')).not.toHaveAttribute('data-state', 'verifying');
    // A whole code pasted next replaces it, and goes out.
    paste(field, '654 321');
    await waitFor(() => expect(field.closest('[data-part="root"]')).toHaveAttribute('data-state', 'error'));
    expect(field).toHaveValue('');
  });
});

describe('no idle work', () => {
  it('a signed-in wizard showing its QR renders 0 times in 5 idle seconds', async () => {
    const renders: string[] = [];
    const onRender: ProfilerOnRenderCallback = (id, phase) => renders.push(`${id} ${phase}`);
    render(
      <Profiler id="wizard" onRender={onRender}>
        <TotpSetup adapter={createMemoryAdapter()} issuer="Acme" accountName="ana" />
      </Profiler>,
    );
    await screen.findByRole('img', { name: /QR code/ });
    vi.useFakeTimers();
    renders.length = 0;
    await act(async () => {
      vi.advanceTimersByTime(5000);
    });
    expect(renders).toEqual([]);
  });

  it('a keystroke re-renders the field, not the QR code or the key', async () => {
    const rendered = { qr: 0, key: 0, field: 0 };
    const count = (part: keyof typeof rendered): ProfilerOnRenderCallback => () => void (rendered[part] += 1);
    const user = userEvent.setup();
    render(
      <TotpSetupParts.Root adapter={createMemoryAdapter()} issuer="Acme" accountName="ana" autoSubmit={false}>
        <Profiler id="qr" onRender={count('qr')}>
          <TotpSetupParts.QrCode />
        </Profiler>
        <Profiler id="key" onRender={count('key')}>
          <TotpSetupParts.SecretKey />
        </Profiler>
        <TotpSetupParts.Form>
          <TotpSetupParts.CodeLabel />
          <Profiler id="field" onRender={count('field')}>
            <TotpSetupParts.CodeInput />
          </Profiler>
          <TotpSetupParts.Submit />
        </TotpSetupParts.Form>
      </TotpSetupParts.Root>,
    );
    await screen.findByRole('img', { name: /QR code/ });
    const before = { ...rendered };
    await user.type(codeField(), '123');
    expect(rendered.qr - before.qr).toBe(0);
    expect(rendered.key - before.key).toBe(0);
    expect(rendered.field - before.field).toBe(3);
  });
});

describe('restart only where it can help', () => {
  it('api.restart() after verified and while verifying fetches no new secret', async () => {
    const memory = createMemoryAdapter();
    const verify = held<VerifySoftwareTokenResult>();
    const adapter: TotpSetupAdapter = { ...memory, verifySoftwareToken: (input, options) => memory.verifySoftwareToken(input, options).then(() => verify.answer) };
    let api: TotpSetupApi | undefined;
    function Headless() {
      api = useTotpSetup({ adapter, issuer: 'Acme', accountName: 'ana' });
      return <p role="status">{api.status}</p>;
    }
    render(<Headless />);
    await waitFor(() => expect(api?.secretCode).not.toBeNull());
    act(() => api!.setCode(totpCode(api!.secretCode!)));
    await waitFor(() => expect(api?.status).toBe('verifying'));
    act(() => api!.restart());
    expect(api!.status).toBe('verifying');
    await verify.release({ status: 'SUCCESS' });
    await waitFor(() => expect(api?.status).toBe('verified'));
    act(() => api!.restart());
    expect(api!.status).toBe('verified');
    expect(memory.calls.associateSoftwareToken).toBe(1);
  });
});

describe('the app’s handlers beside the kit’s', () => {
  it('an onSubmit that calls preventDefault() (a React reflex) still verifies', async () => {
    const adapter = createMemoryAdapter();
    const onVerified = vi.fn();
    const user = userEvent.setup();
    render(
      <TotpSetupParts.Root adapter={adapter} issuer="Acme" accountName="ana" autoSubmit={false} onVerified={onVerified}>
        <TotpSetupParts.SecretKey />
        <TotpSetupParts.Form onSubmit={(event) => event.preventDefault()}>
          <TotpSetupParts.CodeLabel />
          <TotpSetupParts.CodeInput />
          <TotpSetupParts.Submit />
        </TotpSetupParts.Form>
      </TotpSetupParts.Root>,
    );
    await screen.findByRole('textbox', { name: '6-digit code' });
    await user.type(codeField(), `${totpCode(readSecretFromScreen())}{Enter}`);
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
  });
});

describe('focus and busy state, as the machines declare them', () => {
  it('a sign-in session that runs out takes focus to the message only if the user was working in the wizard', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    function Page({ onRestart }: { onRestart: () => void }) {
      const [adapter] = useState(() => createMemoryAdapter({ flow: 'mfa-setup', sessionValidityMs: 60_000 }));
      return (
        <>
          <button type="button">Elsewhere on the page</button>
          <TotpSetup adapter={adapter} issuer="Acme" accountName="ana" onRestart={onRestart} />
        </>
      );
    }
    const { unmount } = render(<Page onRestart={() => {}} />);
    await screen.findByRole('img', { name: /QR code/ });
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere on the page' });
    act(() => elsewhere.focus());
    await act(async () => {
      vi.advanceTimersByTime(61_000);
    });
    await findAlert(/took too long/);
    expect(elsewhere).toHaveFocus();
    unmount();

    render(<Page onRestart={() => {}} />);
    await screen.findByRole('img', { name: /QR code/ });
    act(() => codeField().focus());
    await act(async () => {
      vi.advanceTimersByTime(61_000);
    });
    expect(await findAlert(/took too long/)).toHaveFocus();
  });

  it('<TotpChallenge> says it is busy while the code is checked', async () => {
    const respond = held<SignInResult>();
    const user = userEvent.setup();
    const { container } = render(<TotpChallenge adapter={{ respondToSoftwareTokenMfa: () => respond.answer }} />);
    const root = container.firstElementChild!;
    expect(root).not.toHaveAttribute('aria-busy');
    await user.type(codeField(), '123456');
    expect(root).toHaveAttribute('aria-busy', 'true');
    expect(within(root as HTMLElement).getByRole('button', { name: 'Checking the code…' })).toHaveAttribute('aria-disabled', 'true');
    await respond.release({ authenticationResult: { accessToken: 'a' } });
    expect(root).not.toHaveAttribute('aria-busy');
  });
});
