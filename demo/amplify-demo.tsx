import { Amplify } from 'aws-amplify';
import { confirmSignIn, getCurrentUser, signIn, signOut, type SignInOutput } from 'aws-amplify/auth';
import { useEffect, useState } from 'react';
import { createAmplifyAdapter, createAmplifyChallengeAdapter, createAmplifySignInAdapter } from '../src/adapters/amplify/index.js';
import { TotpChallenge, TotpSettings, TotpSetup } from '../src/index.js';
import type { TotpChallengeAdapter, TotpSettingsAdapter, TotpSetupAdapter } from '../src/core/adapter.js';
import type { CognitoBackend } from './backend.js';
import { enrolledAtSignIn, expiredSignIn, NewPasswordForm, SignedInPage, SignInForm } from './forms.js';

// Each adapter is created once, when its step arrives, and kept in the step: the kit keeps the first
// adapter it is given for a whole enrollment.
type Step =
  | { name: 'signed-out'; error?: string }
  | { name: 'new-password'; username: string; error?: string }
  | { name: 'mfa-setup'; adapter: TotpSetupAdapter; username: string }
  | { name: 'totp-required'; adapter: TotpChallengeAdapter }
  | { name: 'signed-in'; username: string; adapter: TotpSettingsAdapter; deviceName?: string; note?: string };

const issuer = 'react-mfa-enroll demo';

/**
 * The same journey as the amazon-cognito-identity-js demo, through Amplify JS v6: `signIn`, then
 * whichever `nextStep` Amplify answers (TOTP set-up, the TOTP code, a new password), then the
 * settings page of a signed-in user.
 */
export function AmplifyDemo({ backend }: { backend: CognitoBackend }) {
  const [step, setStep] = useState<Step | null>(null);
  const [busy, setBusy] = useState(false);

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

  const signedIn = async (note?: string) => {
    const { username } = await getCurrentUser();
    setStep({ name: 'signed-in', username, adapter: createAmplifyAdapter(), ...(note && { note }) });
  };

  /** After the kit's component: signed in, or a step this demo does not take. */
  const finish = (nextStep: { signInStep: string } | undefined, note?: string) =>
    nextStep?.signInStep === 'DONE' ? signedIn(note) : setStep({ name: 'signed-out', error: `This demo does not handle ${nextStep?.signInStep}.` });

  /** Where Amplify's answer leads. */
  const follow = async (username: string, run: () => Promise<SignInOutput>) => {
    setBusy(true);
    try {
      const { nextStep } = await run();
      switch (nextStep.signInStep) {
        case 'DONE':
          return await signedIn();
        case 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP':
        case 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION':
          return setStep({ name: 'mfa-setup', adapter: createAmplifySignInAdapter(nextStep), username });
        case 'CONFIRM_SIGN_IN_WITH_TOTP_CODE':
          return setStep({ name: 'totp-required', adapter: createAmplifyChallengeAdapter(nextStep) });
        case 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED':
          return setStep({ name: 'new-password', username });
        default:
          return setStep({ name: 'signed-out', error: `This demo does not handle ${nextStep.signInStep}.` });
      }
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
    case 'totp-required':
      return (
        <TotpChallenge
          adapter={step.adapter}
          onSignedIn={({ nextStep }) => finish(nextStep)}
          onError={({ action }) => {
            if (action === 'sign-in') setStep({ name: 'signed-out', error: expiredSignIn });
          }}
        />
      );
    case 'mfa-setup':
      return (
        <TotpSetup
          adapter={step.adapter}
          issuer={issuer}
          accountName={step.username}
          onVerified={({ nextStep }) => finish(nextStep, enrolledAtSignIn)}
          onRestart={() => setStep({ name: 'signed-out', error: expiredSignIn })}
        />
      );
    case 'signed-in':
      return (
        <SignedInPage username={step.username} note={step.note} onSignOut={() => void signOut().finally(() => setStep({ name: 'signed-out' }))}>
          <TotpSettings
            adapter={step.adapter}
            issuer={issuer}
            accountName={step.username}
            headingLevel={3}
            deviceName={step.deviceName}
            onVerified={({ friendlyDeviceName }) => setStep({ ...step, deviceName: friendlyDeviceName })}
          />
        </SignedInPage>
      );
  }
}
