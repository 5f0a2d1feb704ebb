import { useMemo, useRef, useState } from 'react';
import { createCognitoAdapter, createCognitoSignInSteps, initiatePasswordAuth, type CognitoAuthAnswer } from '../src/adapters/cognito/index.js';
import { TotpSettings, TotpSignIn } from '../src/index.js';
import type { CognitoBackend } from './backend.js';
import { enrolledAtSignIn, expiredSignIn, SignedInPage, SignInForm, useDeviceName } from './forms.js';

type Step =
  | { name: 'signed-out'; error?: string }
  | { name: 'signing-in'; username: string; answer: CognitoAuthAnswer }
  | { name: 'signed-in'; username: string; accessToken: string; deviceName?: string; note?: string };

const issuer = 'react-mfa-enroll demo';
/** Where the fetch adapters call: the emulator's endpoint, or the pool's region. */
const pool = (backend: CognitoBackend) => ({ endpoint: backend.endpoint, region: backend.userPoolId.split('_')[0], clientId: backend.clientId });

/** The settings panel, on the access token the sign-in handed over (a real app refreshes it; see the README). */
function Settings({ backend, username, accessToken, deviceName: reported }: { backend: CognitoBackend; username: string; accessToken: string; deviceName?: string | undefined }) {
  const adapter = useMemo(() => createCognitoAdapter({ ...pool(backend), accessToken }), [backend, accessToken]);
  const deviceName = useDeviceName(username, reported);
  return <TotpSettings adapter={adapter} issuer={issuer} accountName={username} headingLevel={3} {...deviceName} />;
}

/**
 * The journey with no client library at all: the password step over fetch (`initiatePasswordAuth`), then
 * `<TotpSignIn>` on the fetch steps, then the settings panel on the access token it returned.
 */
export function FetchDemo({ backend }: { backend: CognitoBackend }) {
  const [step, setStep] = useState<Step>({ name: 'signed-out' });
  const [busy, setBusy] = useState(false);
  const enrolled = useRef(false);

  const signIn = async (username: string, password: string) => {
    setBusy(true);
    enrolled.current = false;
    try {
      const answer = await initiatePasswordAuth({ ...pool(backend), username, password });
      setStep({ name: 'signing-in', username, answer });
    } catch (error) {
      setStep({ name: 'signed-out', error: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  switch (step.name) {
    case 'signed-out':
      return <SignInForm prefill={backend.prefill} error={step.error} busy={busy} onSubmit={(username, password) => void signIn(username, password)} />;
    case 'signing-in':
      return (
        <SignInSteps
          backend={backend}
          username={step.username}
          answer={step.answer}
          onEnrolled={() => (enrolled.current = true)}
          onSignedIn={(accessToken, deviceName) =>
            setStep({ name: 'signed-in', username: step.username, accessToken, ...(deviceName && { deviceName }), ...(enrolled.current && { note: enrolledAtSignIn }) })
          }
          onStop={(error) => setStep({ name: 'signed-out', error })}
        />
      );
    case 'signed-in':
      return (
        <SignedInPage username={step.username} note={step.note} onSignOut={() => setStep({ name: 'signed-out' })}>
          <Settings backend={backend} username={step.username} accessToken={step.accessToken} deviceName={step.deviceName} />
        </SignedInPage>
      );
  }
}

function SignInSteps({ backend, username, answer, onEnrolled, onSignedIn, onStop }: {
  backend: CognitoBackend;
  username: string;
  answer: CognitoAuthAnswer;
  onEnrolled: () => void;
  onSignedIn: (accessToken: string, deviceName: string | undefined) => void;
  onStop: (error: string) => void;
}) {
  // Once per answer: the steps carry the sign-in session.
  const [steps] = useState(() => createCognitoSignInSteps({ ...pool(backend), username, answer }));
  return (
    <TotpSignIn
      steps={steps}
      issuer={issuer}
      accountName={username}
      onEnrolled={onEnrolled}
      onSignedIn={({ authenticationResult }, { friendlyDeviceName }) => onSignedIn(authenticationResult!.accessToken, friendlyDeviceName)}
      onStep={({ name }) => onStop(`This demo does not handle ${name}.`)}
      onError={({ action }) => {
        if (action === 'sign-in') onStop(expiredSignIn);
      }}
    />
  );
}
