import { StrictMode } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryChallengeAdapter, type MemoryChallengeAdapter } from '../../src/adapters/memory/index.js';
import type { TotpChallengeAdapter } from '../../src/core/adapter.js';
import { de } from '../../src/i18n/index.js';
import { TotpChallenge, TotpChallengeParts, useTotpChallenge, type TotpChallengeProps } from '../../src/index.js';
import { expectNoAxeViolations, expectRenderError, findAlert, fixedSecret, sentence, staleCode, totpCode } from './helpers.js';

function renderChallenge(props: Partial<TotpChallengeProps> = {}, adapter: TotpChallengeAdapter = createMemoryChallengeAdapter({ secretCode: fixedSecret, friendlyDeviceName: 'Ana’s Pixel 8' })) {
  const onSignedIn = vi.fn();
  const onError = vi.fn();
  const user = userEvent.setup();
  const view = render(<TotpChallenge onSignedIn={onSignedIn} onError={onError} {...props} adapter={adapter} />);
  return { ...view, adapter: adapter as MemoryChallengeAdapter, onSignedIn, onError, user, root: () => view.container.firstElementChild as HTMLElement };
}

const codeField = () => screen.getByRole('textbox', { name: '6-digit code' });

afterEach(() => {
  vi.useRealTimers();
});

describe('<TotpChallenge> on the memory backend', () => {
  it('names the enrolled device, focuses the one code field, and signs in on the sixth digit', async () => {
    const { user, onSignedIn, root, container } = renderChallenge();
    expect(screen.getByRole('heading', { name: 'Two-step verification' })).toBeInTheDocument();
    expect(screen.getByText(sentence('Enter the code from “Ana’s Pixel 8”.'))).toBeInTheDocument();
    expect(codeField()).toHaveFocus();
    expect(codeField()).toHaveAttribute('autocomplete', 'one-time-code');
    expect(codeField()).toHaveAttribute('inputmode', 'numeric');
    expect(codeField()).toHaveAccessibleDescription(/Ana’s Pixel 8/);
    expect(root()).toHaveAttribute('data-scope', 'totp-challenge');
    expect(root()).toHaveAttribute('data-state', 'ready');
    await expectNoAxeViolations(container);

    await user.type(codeField(), totpCode(fixedSecret));
    await waitFor(() => expect(root()).toHaveAttribute('data-state', 'verified'));
    expect(screen.getByRole('status')).toHaveTextContent('Code accepted. You are signed in.');
    const [details] = onSignedIn.mock.calls[0]!;
    expect(details.authenticationResult.tokenType).toBe('Bearer');
    expect(screen.getByRole('heading')).toHaveFocus();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByText(sentence('Enter the code from “Ana’s Pixel 8”.'))).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('says what to do in general words when Cognito sent no device name', () => {
    renderChallenge({}, createMemoryChallengeAdapter({ secretCode: fixedSecret }));
    expect(screen.getByText('Enter the code from your authenticator app.')).toBeInTheDocument();
  });

  it('cleans a pasted code and signs in with it', async () => {
    const { user, onSignedIn } = renderChallenge();
    await user.click(codeField());
    const code = totpCode(fixedSecret);
    await user.paste(`Your code: ${code.slice(0, 3)} ${code.slice(3)}`);
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
  });

  it('after a wrong code keeps the session: the message sits under the field, and the next code signs in', async () => {
    const { user, onSignedIn, onError, adapter, container } = renderChallenge();
    await user.type(codeField(), staleCode(fixedSecret));
    const alert = await findAlert(/didn’t match/);
    expect(codeField()).toHaveValue('');
    expect(codeField()).toHaveFocus();
    expect(codeField()).toHaveAttribute('aria-invalid', 'true');
    expect(codeField().nextElementSibling).toBe(alert);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'wrong-code', action: 'retry' }));
    await expectNoAxeViolations(container);
    await user.type(codeField(), totpCode(fixedSecret));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    expect(adapter.calls).toBe(2);
  });

  it('says to wait for the next code when this one was already used', async () => {
    const adapter = createMemoryChallengeAdapter({ secretCode: fixedSecret, failures: ['ExpiredCodeException'] });
    const { user, onError } = renderChallenge({}, adapter);
    await user.type(codeField(), totpCode(fixedSecret));
    await findAlert('That code was already used or has expired. Enter the next one your app shows.');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'code-used', action: 'wait' }));
    expect(codeField()).toHaveValue('');
  });

  it('refuses the same code twice, as Cognito does', async () => {
    const adapter = createMemoryChallengeAdapter({ secretCode: fixedSecret });
    const code = totpCode(fixedSecret);
    await adapter.respondToSoftwareTokenMfa({ userCode: code }, { signal: new AbortController().signal });
    await expect(adapter.respondToSoftwareTokenMfa({ userCode: code }, { signal: new AbortController().signal })).rejects.toMatchObject({ name: 'ExpiredCodeException' });
  });

  it('keeps the code after a network fault and sends it again on one press of "Verify"', async () => {
    const adapter = createMemoryChallengeAdapter({ secretCode: fixedSecret, failures: ['NetworkError'] });
    const { user, onSignedIn } = renderChallenge({}, adapter);
    const code = totpCode(fixedSecret);
    await user.type(codeField(), code);
    await findAlert(/couldn’t reach/);
    expect(codeField()).toHaveValue(code);
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
  });

  it('ends an expired session in "sign in again" for the app, with no field left', async () => {
    const adapter = createMemoryChallengeAdapter({ secretCode: fixedSecret, failures: ['NotAuthorizedException'] });
    const { user, onError, container } = renderChallenge({}, adapter);
    await user.type(codeField(), totpCode(fixedSecret));
    const alert = await findAlert('This sign-in took too long and has expired. Sign in again to continue.');
    expect(onError).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ kind: 'session-expired', action: 'sign-in' }));
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(alert).toHaveFocus();
    await expectNoAxeViolations(container);
  });

  it('asks the user to wait when Cognito rate-limits', async () => {
    const adapter = createMemoryChallengeAdapter({ secretCode: fixedSecret, failures: ['TooManyRequestsException'] });
    const { user } = renderChallenge({}, adapter);
    await user.type(codeField(), totpCode(fixedSecret));
    await findAlert(/Too many attempts/);
  });

  it('shows the session clock and ends in "sign in again" when it runs out', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const adapter = createMemoryChallengeAdapter({ secretCode: fixedSecret, sessionValidityMs: 60_000 });
    const { onError } = renderChallenge({}, adapter);
    expect(screen.getByRole('timer')).toHaveTextContent('Time left to finish: 1:00');
    await act(async () => {
      vi.advanceTimersByTime(61_000);
    });
    await findAlert(/Sign in again/);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'session-expired', action: 'sign-in' }));
  });

  it('sends one answer however often the user submits, also under StrictMode', async () => {
    let release: () => void = () => {};
    const memory = createMemoryChallengeAdapter({ secretCode: fixedSecret });
    const adapter: TotpChallengeAdapter = {
      respondToSoftwareTokenMfa: (input, options) =>
        new Promise((resolve, reject) => {
          release = () => memory.respondToSoftwareTokenMfa(input, options).then(resolve, reject);
        }),
    };
    const respond = vi.spyOn(adapter, 'respondToSoftwareTokenMfa');
    const onSignedIn = vi.fn();
    const user = userEvent.setup();
    render(<StrictMode><TotpChallenge adapter={adapter} autoSubmit={false} onSignedIn={onSignedIn} /></StrictMode>);
    await user.type(codeField(), totpCode(fixedSecret));
    await user.dblClick(screen.getByRole('button', { name: 'Verify' }));
    await user.type(codeField(), '{Enter}');
    expect(codeField()).toHaveAttribute('readonly');
    release();
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    expect(respond).toHaveBeenCalledOnce();
  });

  it('lets a code that was sent run to its end when unmounted, and calls nothing after', async () => {
    let signal: AbortSignal | undefined;
    let answer: (value: object) => void = () => {};
    const adapter: TotpChallengeAdapter = {
      respondToSoftwareTokenMfa: (_input, options) => {
        signal = options.signal;
        return new Promise((resolve) => (answer = resolve));
      },
    };
    const { user, unmount, onSignedIn, onError } = renderChallenge({}, adapter);
    await user.type(codeField(), '123456');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    unmount();
    vi.runAllTimers();
    expect(signal?.aborted).toBe(false);
    await act(async () => answer({ authenticationResult: { accessToken: 'a' } }));
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
  });

  it('speaks German with the German catalogue', () => {
    renderChallenge({ messages: de, locale: 'de-DE' });
    expect(screen.getByRole('heading', { name: 'Bestätigung in zwei Schritten' })).toBeInTheDocument();
    expect(screen.getByText(sentence('Geben Sie den Code von „Ana’s Pixel 8“ ein.'))).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '6-stelliger Code' })).toBeInTheDocument();
  });

  it('keeps the tokens out of the state the hook returns', async () => {
    let api: ReturnType<typeof useTotpChallenge> | undefined;
    const onSignedIn = vi.fn();
    const adapter = createMemoryChallengeAdapter({ secretCode: fixedSecret });
    function Custom() {
      const challenge = useTotpChallenge({ adapter, onSignedIn });
      api = challenge;
      return (
        <TotpChallengeParts.Root challenge={challenge}>
          <TotpChallengeParts.Form>
            <TotpChallengeParts.CodeLabel />
            <TotpChallengeParts.CodeInput />
          </TotpChallengeParts.Form>
        </TotpChallengeParts.Root>
      );
    }
    const user = userEvent.setup();
    render(<Custom />);
    await user.type(codeField(), totpCode(fixedSecret));
    await waitFor(() => expect(api?.status).toBe('verified'));
    expect(JSON.stringify(api)).not.toContain('memory-');
    expect(onSignedIn.mock.calls[0]![0].authenticationResult.accessToken).toMatch(/^memory-access\./);
  });

  it('names its parts when one is used outside a root', () => {
    expectRenderError(<TotpChallengeParts.CodeInput />, '<TotpChallengeParts.CodeInput> must be used within <TotpChallengeParts.Root> or <TotpChallengeParts.Provider>');
  });
});
