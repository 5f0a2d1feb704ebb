import type { FormEvent, ReactNode } from 'react';

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
