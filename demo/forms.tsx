import { useEffect, useState, type FormEvent, type ReactNode } from 'react';

/** The demo's sign-in form, the same for every client library. */
export function SignInForm({ prefill, error, busy, onSubmit }: {
  prefill?: { username: string; password: string };
  error?: string;
  busy: boolean;
  onSubmit: (username: string, password: string) => void;
}) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onSubmit(String(form.get('username')), String(form.get('password')));
  };
  return (
    <form className="demo-card demo-form" onSubmit={submit}>
      <h2>Sign in</h2>
      <label htmlFor="username">Username</label>
      <input id="username" name="username" autoComplete="username" defaultValue={prefill?.username} required />
      <label htmlFor="password">Password</label>
      <input id="password" name="password" type="password" autoComplete="current-password" defaultValue={prefill?.password} required />
      <DemoError message={error} />
      <button className="demo-button" type="submit" disabled={busy}>Sign in</button>
    </form>
  );
}

export function NewPasswordForm({ error, busy, onSubmit }: { error?: string; busy: boolean; onSubmit: (password: string) => void }) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(String(new FormData(event.currentTarget).get('value')));
  };
  return (
    <form className="demo-card demo-form" onSubmit={submit}>
      <h2>Choose a new password</h2>
      <label htmlFor="new-password">New password</label>
      <input id="new-password" name="value" type="password" autoComplete="new-password" required />
      <DemoError message={error} />
      <button className="demo-button" type="submit" disabled={busy}>Continue</button>
    </form>
  );
}

/** The signed-in page: a note, the settings panel (the authenticator app), and sign-out. */
export function SignedInPage({ username, note, onSignOut, children }: {
  username: string;
  note?: string;
  onSignOut: () => void;
  children: ReactNode;
}) {
  return (
    <section className="demo-form" aria-labelledby="signed-in-title">
      <h2 id="signed-in-title">Signed in as {username}</h2>
      {note ? <p role="status">{note}</p> : null}
      {children}
      <button className="demo-button demo-button-quiet" type="button" onClick={onSignOut}>Sign out</button>
    </section>
  );
}

export function DemoError({ message }: { message?: string | undefined }) {
  return message ? <p role="alert" className="demo-error">{message}</p> : null;
}

export const expiredSignIn = 'The sign-in expired. Sign in again.';
export const enrolledAtSignIn = 'Authenticator added; you are signed in.';

/**
 * The authenticator's name for a user's settings panel, kept as an app would keep it (here in this
 * browser's storage; an app might use a user attribute): Cognito names it only at sign-in, and not
 * through every library. The name this sign-in reported wins; else the one the user last gave. Spread
 * it on `<TotpSettings>`.
 */
export function useDeviceName(username: string, reported: string | undefined) {
  const key = `react-mfa-enroll-demo:device-name:${username}`;
  const [deviceName, setDeviceName] = useState(() => reported ?? localStorage.getItem(key) ?? undefined);
  useEffect(() => {
    if (reported) localStorage.setItem(key, reported);
  }, [key, reported]);
  return {
    deviceName,
    onVerified({ friendlyDeviceName }: { friendlyDeviceName: string }) {
      localStorage.setItem(key, friendlyDeviceName);
      setDeviceName(friendlyDeviceName);
    },
    onChange({ totpEnabled }: { totpEnabled: boolean }) {
      if (totpEnabled) return;
      localStorage.removeItem(key);
      setDeviceName(undefined);
    },
  };
}
