import { useMemo, useState, type FormEvent } from 'react';
import {
  AuthenticationDetails,
  CognitoUser,
  CognitoUserPool,
  type IAuthenticationCallback,
} from 'amazon-cognito-identity-js';
import { createCognitoIdentityJsAdapter, createCognitoIdentityJsChallengeAdapter } from '../src/adapters/cognito-identity-js/index.js';
import type { TotpChallengeAdapter } from '../src/core/adapter.js';
import { TotpChallenge, TotpSetup, type TotpSetupProps } from '../src/index.js';
import type { CognitoBackend } from './backend.js';

type Step =
  | { name: 'signed-out'; error?: string }
  | { name: 'new-password'; user: CognitoUser; error?: string }
  | { name: 'mfa-setup'; user: CognitoUser }
  | { name: 'totp-required'; user: CognitoUser; adapter: TotpChallengeAdapter }
  | { name: 'signed-in'; user: CognitoUser; enrolling: boolean; note?: string };

/** One adapter per user for the life of the enrollment. */
function Enroll({ user, ...props }: { user: CognitoUser } & Omit<TotpSetupProps, 'adapter' | 'issuer' | 'accountName'>) {
  const adapter = useMemo(() => createCognitoIdentityJsAdapter(user), [user]);
  return <TotpSetup {...props} adapter={adapter} issuer="react-mfa-enroll demo" accountName={user.getUsername()} />;
}

/**
 * Signs in with amazon-cognito-identity-js and follows whatever Cognito asks: MFA_SETUP (enroll inside
 * sign-in), SOFTWARE_TOKEN_MFA (a code from the enrolled app), a new password; once signed in, the
 * user can enroll an authenticator from "settings".
 */
export function CognitoDemo({ backend }: { backend: CognitoBackend }) {
  const pool = useMemo(
    () => new CognitoUserPool({ UserPoolId: backend.userPoolId, ClientId: backend.clientId, endpoint: backend.endpoint }),
    [backend],
  );
  const [step, setStep] = useState<Step>({ name: 'signed-out' });
  const [busy, setBusy] = useState(false);

  const callbacks = (user: CognitoUser): IAuthenticationCallback => ({
    onSuccess: () => {
      setBusy(false);
      setStep({ name: 'signed-in', user, enrolling: false });
    },
    onFailure: (error: { message?: string }) => {
      setBusy(false);
      setStep((current) => ({ ...current, error: error.message ?? 'Sign-in failed' }));
    },
    newPasswordRequired: () => {
      setBusy(false);
      setStep({ name: 'new-password', user });
    },
    mfaSetup: () => {
      setBusy(false);
      setStep({ name: 'mfa-setup', user });
    },
    totpRequired: (_name, parameters: Record<string, string>) => {
      setBusy(false);
      // One adapter for this sign-in's code step: it answers on the CognitoUser, which holds the session.
      setStep({ name: 'totp-required', user, adapter: createCognitoIdentityJsChallengeAdapter(user, { challengeParameters: parameters }) });
    },
    selectMFAType: () => user.sendMFASelectionAnswer('SOFTWARE_TOKEN_MFA', callbacks(user)),
  });

  const signIn = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get('username'));
    const user = new CognitoUser({ Username: username, Pool: pool });
    user.setAuthenticationFlowType(backend.authFlow);
    setBusy(true);
    user.authenticateUser(new AuthenticationDetails({ Username: username, Password: String(form.get('password')) }), callbacks(user));
  };

  const answer = (event: FormEvent<HTMLFormElement>, run: (user: CognitoUser, value: string) => void) => {
    event.preventDefault();
    if (!('user' in step)) return;
    setBusy(true);
    run(step.user, String(new FormData(event.currentTarget).get('value')));
  };

  const error = 'error' in step && step.error ? <p role="alert" className="demo-error">{step.error}</p> : null;

  switch (step.name) {
    case 'signed-out':
      return (
        <form className="demo-form" onSubmit={signIn}>
          <h2>Sign in</h2>
          <label htmlFor="username">Username</label>
          <input id="username" name="username" autoComplete="username" defaultValue={backend.prefill?.username} required />
          <label htmlFor="password">Password</label>
          <input id="password" name="password" type="password" autoComplete="current-password" defaultValue={backend.prefill?.password} required />
          {error}
          <button type="submit" disabled={busy}>Sign in</button>
        </form>
      );
    case 'new-password':
      return (
        <form className="demo-form" onSubmit={(event) => answer(event, (user, value) => user.completeNewPasswordChallenge(value, {}, callbacks(user)))}>
          <h2>Choose a new password</h2>
          <label htmlFor="new-password">New password</label>
          <input id="new-password" name="value" type="password" autoComplete="new-password" required />
          {error}
          <button type="submit" disabled={busy}>Continue</button>
        </form>
      );
    case 'totp-required':
      return (
        <TotpChallenge
          adapter={step.adapter}
          onSignedIn={() => setStep({ name: 'signed-in', user: step.user, enrolling: false })}
          onError={({ action }) => {
            if (action === 'sign-in') setStep({ name: 'signed-out', error: 'The sign-in expired. Sign in again.' });
          }}
        />
      );
    case 'mfa-setup':
      // Enrollment inside sign-in: the adapter forwards the session and finishes the challenge.
      return (
        <Enroll
          user={step.user}
          onVerified={() => setStep({ name: 'signed-in', user: step.user, enrolling: false, note: 'Authenticator added; you are signed in.' })}
          onRestart={() => setStep({ name: 'signed-out', error: 'The sign-in expired. Sign in again.' })}
        />
      );
    case 'signed-in':
      return (
        <section className="demo-form" aria-labelledby="signed-in-title">
          <h2 id="signed-in-title">Signed in as {step.user.getUsername()}</h2>
          {step.note ? <p role="status">{step.note}</p> : null}
          {step.enrolling ? (
            // The wizard stays up on success, so its "added" heading takes the focus the form had.
            <Enroll
              user={step.user}
              headingLevel={3}
              onVerified={() => setStep({ ...step, note: 'Authenticator added. Sign out and in again: you will be asked for a code.' })}
              verifiedContent={<button type="button" onClick={() => setStep({ ...step, enrolling: false })}>Done</button>}
            />
          ) : (
            <button type="button" onClick={() => setStep({ ...step, enrolling: true, note: undefined })}>Set up an authenticator app</button>
          )}
          <button type="button" onClick={() => {
            step.user.signOut();
            setStep({ name: 'signed-out' });
          }}>Sign out</button>
        </section>
      );
  }
}
