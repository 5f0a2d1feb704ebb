import { Amplify } from 'aws-amplify';
import { confirmSignIn, getCurrentUser, signIn, signOut, type SignInOutput } from 'aws-amplify/auth';
import { useEffect, useRef, useState } from 'react';
import { createAmplifyAdapter, createAmplifySignInSteps, type AmplifyHandover } from '../src/adapters/amplify/index.js';
import type { TotpSettingsAdapter } from '../src/core/adapter.js';
import type { TotpSignInSteps } from '../src/core/totp-sign-in.types.js';
import { TotpSettings, TotpSignIn } from '../src/index.js';
import type { CognitoBackend } from './backend.js';
import { enrolledAtSignIn, expiredSignIn, NewPasswordForm, SignedInPage, SignInForm, useDeviceName } from './forms.js';

// Each adapter and the sign-in's steps are created once, when their step arrives, and kept in the step.
type Step =
  | { name: 'signed-out'; error?: string }
  | { name: 'new-password'; username: string; error?: string }
  | { name: 'signing-in'; username: string; steps: TotpSignInSteps<AmplifyHandover> }
  | { name: 'signed-in'; username: string; adapter: TotpSettingsAdapter; deviceName?: string; note?: string };

const issuer = 'react-mfa-enroll demo';

/**
 * The same journey as the amazon-cognito-identity-js demo, through Amplify JS v6: `signIn`, then
 * `<TotpSignIn>` on the `nextStep` Amplify answers (TOTP set-up, the TOTP code, MFA selection), a new
 * password from the app's own form, then the settings page of a signed-in user.
 */
/** The settings panel of a signed-in user, naming the authenticator the sign-in reported or the user gave. */
function Settings({ adapter, username, deviceName: reported }: { adapter: TotpSettingsAdapter; username: string; deviceName?: string | undefined }) {
  const deviceName = useDeviceName(username, reported);
  return <TotpSettings adapter={adapter} issuer={issuer} accountName={username} headingLevel={3} {...deviceName} />;
}

export function AmplifyDemo({ backend }: { backend: CognitoBackend }) {
  const [step, setStep] = useState<Step | null>(null);
  const [busy, setBusy] = useState(false);
  const enrolled = useRef(false);

  useEffect(() => {
    Amplify.configure({
      Auth: { Cognito: { userPoolId: backend.userPoolId, userPoolClientId: backend.clientId, ...(backend.endpoint && { userPoolEndpoint: backend.endpoint }) } },
    });
    // Amplify keeps a signed-in user across reloads.
    getCurrentUser().then(
      ({ username }) => setStep({ name: 'signed-in', username, adapter: createAmplifyAdapter() }),
      () => setStep({ name: 'signed-out' }),
    );
  }, [backend]);

  const signedIn = async (deviceName?: string) => {
    const { username } = await getCurrentUser();
    setStep({ name: 'signed-in', username, adapter: createAmplifyAdapter(), ...(deviceName && { deviceName }), ...(enrolled.current && { note: enrolledAtSignIn }) });
  };

  /** Amplify's answer to the password: the kit follows it from here. */
  const follow = async (username: string, run: () => Promise<SignInOutput>) => {
    setBusy(true);
    enrolled.current = false;
    try {
      const { nextStep } = await run();
      setStep({ name: 'signing-in', username, steps: createAmplifySignInSteps(nextStep) });
    } catch (error) {
      setStep((current) => ({ ...(current ?? { name: 'signed-out' }), error: (error as Error).message || 'Sign-in failed' }));
    } finally {
      setBusy(false);
    }
  };

  if (step === null) return <p>Loading…</p>;
  switch (step.name) {
    case 'signed-out':
      return (
        <SignInForm
          prefill={backend.prefill}
          error={step.error}
          busy={busy}
          onSubmit={(username, password) => follow(username, () => signIn({ username, password, options: { authFlowType: backend.authFlow } }))}
        />
      );
    case 'new-password':
      return <NewPasswordForm error={step.error} busy={busy} onSubmit={(password) => follow(step.username, () => confirmSignIn({ challengeResponse: password }))} />;
    case 'signing-in':
      return (
        <TotpSignIn
          steps={step.steps}
          issuer={issuer}
          accountName={step.username}
          onEnrolled={() => (enrolled.current = true)}
          onSignedIn={(_result, { friendlyDeviceName }) => void signedIn(friendlyDeviceName)}
          onStep={({ nextStep }) =>
            setStep(nextStep.signInStep === 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED'
              ? { name: 'new-password', username: step.username }
              : { name: 'signed-out', error: `This demo does not handle ${nextStep.signInStep}.` })
          }
          onError={({ action }) => {
            if (action === 'sign-in') setStep({ name: 'signed-out', error: expiredSignIn });
          }}
        />
      );
    case 'signed-in':
      return (
        <SignedInPage username={step.username} note={step.note} onSignOut={() => void signOut().finally(() => setStep({ name: 'signed-out' }))}>
          <Settings adapter={step.adapter} username={step.username} deviceName={step.deviceName} />
        </SignedInPage>
      );
  }
}
