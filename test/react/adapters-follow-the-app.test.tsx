// Issue #19, point 2: adapters follow the app. A token-bound screen uses the newest adapter the app
// passes (a refreshed access token); a sign-in session's adapter stays for that session; a screen that
// ended in "sign in again" starts afresh with a new adapter, no `key` needed.
import { useMemo, useState } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCognitoAdapter } from '../../src/adapters/cognito/index.js';
import { createMemoryAdapter, createMemoryChallengeAdapter } from '../../src/adapters/memory/index.js';
import type { TotpChallengeAdapter, TotpSetupAdapter } from '../../src/core/adapter.js';
import { createNamedError } from '../../src/core/named-error.js';
import { TotpChallenge, TotpSettings, TotpSetup } from '../../src/index.js';
import { cognitoError, createCognitoWire, json } from '../adapters/cognito-wire.js';
import { findAlert, fixedSecret, readSecretFromScreen, totpCode } from './helpers.js';

const endpoint = 'https://cognito-idp.follow.test/';
const wire = createCognitoWire(endpoint);
beforeAll(() => wire.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => wire.reset());
afterAll(() => wire.server.close());

const codeField = () => screen.getByRole('textbox', { name: '6-digit code' });
const tokensSent = () => wire.requests.map((request) => [request.target?.split('.')[1], request.body.AccessToken]);
const expiredSession = () => createNamedError('NotAuthorizedException', 'Invalid session for the user, session is expired.');

/** An app page that refreshes its access token on a button, and builds the adapter from the newest. */
function RefreshingPage({ children }: { children: (adapter: ReturnType<typeof createCognitoAdapter>) => React.ReactNode }) {
  const [token, setToken] = useState('token-1');
  const adapter = useMemo(() => createCognitoAdapter({ endpoint, accessToken: token }), [token]);
  return (
    <>
      <button type="button" onClick={() => setToken('token-2')}>
        Refresh token
      </button>
      {children(adapter)}
    </>
  );
}

describe('a token-bound screen uses the newest adapter the app passes', () => {
  it('<TotpSettings>: after a token refresh, "Turn off" goes out with the new token', async () => {
    wire.reply('GetUser', json({ UserMFASettingList: ['SOFTWARE_TOKEN_MFA'], PreferredMfaSetting: 'SOFTWARE_TOKEN_MFA' }));
    wire.reply('SetUserMFAPreference', json({}));
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<RefreshingPage>{(adapter) => <TotpSettings adapter={adapter} issuer="Acme" accountName="ana" onChange={onChange} />}</RefreshingPage>);
    await user.click(await screen.findByRole('button', { name: 'Turn off' }));
    await user.click(screen.getByRole('button', { name: 'Refresh token' }));
    await user.click(screen.getByRole('button', { name: 'Turn off' }));
    await waitFor(() => expect(onChange).toHaveBeenCalledWith({ totpEnabled: false, totpPreferred: false }));
    expect(tokensSent()).toEqual([
      ['GetUser', 'token-1'],
      ['SetUserMFAPreference', 'token-2'],
    ]);
  });

  it('<TotpSetup> for a signed-in user: verifies with the refreshed token, not "You have been signed out"', async () => {
    wire.reply('AssociateSoftwareToken', json({ SecretCode: fixedSecret }));
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS' }));
    wire.reply('SetUserMFAPreference', json({}));
    const onVerified = vi.fn();
    const user = userEvent.setup();
    render(<RefreshingPage>{(adapter) => <TotpSetup adapter={adapter} issuer="Acme" accountName="ana" onVerified={onVerified} />}</RefreshingPage>);
    await screen.findByRole('img', { name: /QR code/ });
    await user.click(screen.getByRole('button', { name: 'Refresh token' }));
    await user.type(codeField(), '123456');
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(tokensSent()).toEqual([
      ['AssociateSoftwareToken', 'token-1'],
      ['VerifySoftwareToken', 'token-2'],
      ['SetUserMFAPreference', 'token-2'],
    ]);
  });

  it('sends the same code again, after a network fault, to the adapter that may still owe the step after it', async () => {
    wire.reply('AssociateSoftwareToken', json({ SecretCode: fixedSecret }));
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS' }));
    // Cognito accepted the code; turning TOTP on failed on the way. The code is spent.
    wire.reply('SetUserMFAPreference', cognitoError('InternalErrorException', 'Internal error'), json({}));
    const onVerified = vi.fn();
    const user = userEvent.setup();
    render(<RefreshingPage>{(adapter) => <TotpSetup adapter={adapter} issuer="Acme" accountName="ana" onVerified={onVerified} />}</RefreshingPage>);
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), '123456');
    await findAlert(/couldn’t reach/);
    await user.click(screen.getByRole('button', { name: 'Refresh token' }));
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    // Only the step that failed, never VerifySoftwareToken with the spent code.
    expect(wire.operations()).toEqual(['AssociateSoftwareToken', 'VerifySoftwareToken', 'SetUserMFAPreference', 'SetUserMFAPreference']);
  });

  it('tries an adapter created on every render once after "signed out", then waits (no loop of requests)', async () => {
    const calls = { associate: 0 };
    const revoked: TotpSetupAdapter = {
      associateSoftwareToken: async () => {
        calls.associate += 1;
        throw createNamedError('NotAuthorizedException', 'Access Token has been revoked');
      },
      verifySoftwareToken: async () => ({ status: 'ERROR' }),
    };
    function Page() {
      const [errors, setErrors] = useState(0);
      // A new object every render, and a render after every error: the pattern that must not loop.
      return (
        <>
          <p>Errors: {errors}</p>
          <TotpSetup adapter={{ ...revoked }} issuer="Acme" accountName="ana" onError={() => setErrors((n) => n + 1)} />
        </>
      );
    }
    render(<Page />);
    await screen.findByText('Errors: 2');
    await findAlert(/signed out/);
    expect(calls.associate).toBe(2);
  });
});

describe('after "sign in again", the new sign-in starts the screen afresh', () => {
  it('<TotpChallenge>: an adapter made on every render keeps "sign in again" on screen; a new sign-in (a new key) signs in', async () => {
    const expired: TotpChallengeAdapter = { respondToSoftwareTokenMfa: async () => Promise.reject(expiredSession()) };
    const fresh = createMemoryChallengeAdapter({ secretCode: fixedSecret });
    const onSignedIn = vi.fn();
    function SignInPage() {
      const [signIn, setSignIn] = useState({ adapter: expired, attempt: 1 });
      const [errors, setErrors] = useState(0);
      return (
        <>
          <p>Errors: {errors}</p>
          <button type="button" onClick={() => setSignIn({ adapter: fresh, attempt: 2 })}>
            Sign in again
          </button>
          {/* A new object every render, and a render after every error. */}
          <TotpChallenge key={signIn.attempt} adapter={{ ...signIn.adapter }} onSignedIn={onSignedIn} onError={() => setErrors((n) => n + 1)} />
        </>
      );
    }
    const user = userEvent.setup();
    render(<SignInPage />);
    await user.type(codeField(), '123456');
    await screen.findByText('Errors: 1');
    await findAlert(/took too long/);
    expect(screen.queryByRole('textbox', { name: '6-digit code' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    await user.type(await screen.findByRole('textbox', { name: '6-digit code' }), totpCode(fixedSecret));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    expect(fresh.calls).toBe(1);
  });

  it('<TotpSetup> inside sign-in: a new MFA_SETUP session brings a new key', async () => {
    const first = createMemoryAdapter({ flow: 'mfa-setup' });
    first.failNext('verifySoftwareToken', 'NotAuthorizedException', 'Invalid session for the user, session is expired.');
    const second = createMemoryAdapter({ flow: 'mfa-setup' });
    const onVerified = vi.fn();
    function SignInPage() {
      const [adapter, setAdapter] = useState(first);
      return (
        <>
          <button type="button" onClick={() => setAdapter(second)}>
            Sign in again
          </button>
          <TotpSetup adapter={adapter} issuer="Acme" accountName="ana" onVerified={onVerified} />
        </>
      );
    }
    const user = userEvent.setup();
    render(<SignInPage />);
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), '123456');
    await findAlert(/Sign in again to continue/);
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), totpCode(readSecretFromScreen()));
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(second.calls).toMatchObject({ associateSoftwareToken: 1, verifySoftwareToken: 1 });
  });

  it('<TotpSettings>: a signed-out read is read again with the new token', async () => {
    const signedOut = createMemoryAdapter();
    signedOut.failNext('getMfaState', 'NotAuthorizedException');
    const signedIn = createMemoryAdapter({ enrolled: { friendlyDeviceName: 'Phone' } });
    function SettingsPage() {
      const [adapter, setAdapter] = useState(signedOut);
      return (
        <>
          <button type="button" onClick={() => setAdapter(signedIn)}>
            Sign in again
          </button>
          <TotpSettings adapter={adapter} issuer="Acme" accountName="ana" />
        </>
      );
    }
    const user = userEvent.setup();
    render(<SettingsPage />);
    await findAlert(/signed out/);
    // Only a new sign-in helps: nothing here offers to read again.
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(await screen.findByRole('button', { name: 'Replace' })).toBeInTheDocument();
    expect(signedIn.calls.getMfaState).toBe(1);
  });
});
