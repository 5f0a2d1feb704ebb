import { useRef, useState } from 'react';
import { createMemoryBackend, type MemoryBackend, type MemoryBackendOptions } from '../src/adapters/memory/index.js';
import type { TotpSettingsAdapter } from '../src/core/adapter.js';
import { TotpSettings, TotpSignIn } from '../src/index.js';
import { expiredSignIn, SignedInPage, SignInForm } from './forms.js';

const issuer = 'react-mfa-enroll demo';
const demoUser = { username: 'demo@example.com', password: 'any password works' };

const scriptable = [
  'EnableSoftwareTokenMFAException',
  'NotAuthorizedException',
  'TooManyRequestsException',
  'SoftwareTokenMFANotFoundException',
  'ForbiddenException',
  'NetworkError',
] as const;

const knows = (backend: MemoryBackend, username: string) => {
  try {
    backend.user(username);
    return true;
  } catch {
    return false;
  }
};

type Step =
  | { name: 'signed-out'; error?: string }
  | { name: 'signing-in'; username: string; steps: ReturnType<MemoryBackend['signInSteps']> }
  | { name: 'signed-in'; username: string };

/**
 * The whole journey on the in-memory backend, with real secrets and real TOTP checks (a phone can scan
 * the QR): sign in, set up the authenticator app on the settings page, sign out, and the next sign-in
 * asks for its code through `<TotpSignIn>`; replace it or turn it off. Any username and password sign
 * in; the backend is forgotten on reload. `clock` is for tests (codes at a moved time).
 */
export function MemoryDemo({ latency = 400, clock }: { latency?: number; clock?: MemoryBackendOptions['now'] }) {
  const [backend] = useState(() => createMemoryBackend({ latency, users: [demoUser.username], ...(clock && { now: clock }) }));
  const [step, setStep] = useState<Step>({ name: 'signed-out' });
  const [busy, setBusy] = useState(false);

  const signIn = async (username: string) => {
    setBusy(true);
    try {
      // Any name signs in: a new one is a new user of the pool.
      if (!knows(backend, username)) backend.addUser(username);
      setStep({ name: 'signing-in', username, steps: backend.signInSteps(await backend.signIn(username)) });
    } catch (error) {
      setStep({ name: 'signed-out', error: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };
  const signOut = (error?: string) => setStep({ name: 'signed-out', ...(error && { error }) });

  switch (step.name) {
    case 'signed-out':
      return <SignInForm prefill={demoUser} error={step.error} busy={busy} onSubmit={(username) => void signIn(username)} />;
    case 'signing-in':
      return (
        <TotpSignIn
          steps={step.steps}
          issuer={issuer}
          accountName={step.username}
          onSignedIn={() => setStep({ name: 'signed-in', username: step.username })}
          onStep={({ name }) => signOut(`This demo does not handle ${name}.`)}
          onError={({ action }) => action === 'sign-in' && signOut(expiredSignIn)}
        />
      );
    case 'signed-in':
      return (
        <SignedInPage username={step.username} onSignOut={() => signOut()}>
          <Settings backend={backend} username={step.username} onSignedOut={() => signOut(expiredSignIn)} />
        </SignedInPage>
      );
  }
}

/** The settings panel over the same backend, and a simulator that scripts the next verify's failure. */
function Settings({ backend, username, onSignedOut }: { backend: MemoryBackend; username: string; onSignedOut: () => void }) {
  // The failure chosen is scripted only as the verify goes out, so choosing another, or nothing, first
  // takes it back.
  const chosenFailure = useRef('');
  const [adapter] = useState((): TotpSettingsAdapter => {
    const own = backend.adapter(username);
    return {
      associateSoftwareToken: (options) => own.associateSoftwareToken(options),
      verifySoftwareToken(input, options) {
        if (chosenFailure.current !== '') backend.failNext('verifySoftwareToken', chosenFailure.current);
        chosenFailure.current = '';
        return own.verifySoftwareToken(input, options);
      },
      getMfaState: (options) => own.getMfaState(options),
      setTotpEnabled: (enabled, options) => own.setTotpEnabled(enabled, options),
    };
  });
  // The backend knows the name the user gave at enrollment, as a real app's user attribute would.
  const [deviceName, setDeviceName] = useState(() => backend.user(username).device?.friendlyDeviceName);
  const [nextFailure, setNextFailure] = useState('');

  return (
    <>
      <TotpSettings
        adapter={adapter}
        issuer={issuer}
        accountName={username}
        headingLevel={3}
        deviceName={deviceName}
        onVerified={({ friendlyDeviceName }) => {
          setDeviceName(friendlyDeviceName);
          setNextFailure('');
        }}
        onChange={({ totpEnabled }) => totpEnabled || setDeviceName(undefined)}
        onError={({ step, action }) => {
          // The scripted failure is spent on the verify it failed: the list no longer offers it as next.
          if (step === 'verify') setNextFailure('');
          if (action === 'sign-in') onSignedOut();
        }}
      />
      <details className="demo-simulator">
        <summary>Simulate a failure</summary>
        <form onSubmit={(event) => event.preventDefault()}>
          <label htmlFor="next-failure">Make the next verify fail with</label>
          <select
            id="next-failure"
            value={nextFailure}
            onChange={(event) => {
              const name = event.currentTarget.value;
              setNextFailure(name);
              chosenFailure.current = name;
            }}
          >
            <option value="">(nothing: verify for real)</option>
            {scriptable.map((name) => <option key={name} value={name}>{name}</option>)}
          </select>
        </form>
      </details>
    </>
  );
}
