import { useMemo, useRef, useState } from 'react';
import { AuthenticationDetails, CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';
import { createCognitoIdentityJsAdapter, createCognitoIdentityJsSignInSteps, type CognitoIdentityJsSignInSteps } from '../src/adapters/cognito-identity-js/index.js';
import { TotpSettings, TotpSignIn } from '../src/index.js';
import type { CognitoBackend } from './backend.js';
import { enrolledAtSignIn, expiredSignIn, NewPasswordForm, SignedInPage, SignInForm, useDeviceName } from './forms.js';

type Step =
  | { name: 'signed-out'; error?: string }
  | { name: 'new-password'; user: CognitoUser; error?: string }
  | { name: 'signing-in'; user: CognitoUser; steps: CognitoIdentityJsSignInSteps }
  | { name: 'signed-in'; user: CognitoUser; deviceName?: string; note?: string };

/** The settings panel of a signed-in user, naming the authenticator the sign-in reported or the user gave. */
function Settings({ user, deviceName: reported }: { user: CognitoUser; deviceName?: string | undefined }) {
  const adapter = useMemo(() => createCognitoIdentityJsAdapter(user), [user]);
  const deviceName = useDeviceName(user.getUsername(), reported);
  return <TotpSettings adapter={adapter} issuer="react-mfa-enroll demo" accountName={user.getUsername()} headingLevel={3} {...deviceName} />;
}

/**
 * Signs in with amazon-cognito-identity-js; `<TotpSignIn>` follows whatever Cognito asks (MFA_SETUP,
 * SOFTWARE_TOKEN_MFA, SELECT_MFA_TYPE) and hands back what it does not handle (a new password). Once
 * signed in, the user manages the authenticator on the settings panel.
 */
export function CognitoDemo({ backend }: { backend: CognitoBackend }) {
  const pool = useMemo(
    () => new CognitoUserPool({ UserPoolId: backend.userPoolId, ClientId: backend.clientId, endpoint: backend.endpoint }),
    [backend],
  );
  const [step, setStep] = useState<Step>({ name: 'signed-out' });
  // Set during the sign-in, read when it ends: a ref, so the callback sees it at once.
  const enrolled = useRef(false);

  /** The steps of this sign-in: their callbacks go to the library, and the steps to `<TotpSignIn>`. */
  const follow = (user: CognitoUser, answer: (callbacks: CognitoIdentityJsSignInSteps['callbacks']) => void) => {
    const steps = createCognitoIdentityJsSignInSteps(user);
    answer(steps.callbacks);
    setStep({ name: 'signing-in', user, steps });
  };

  const signIn = (username: string, password: string) => {
    const user = new CognitoUser({ Username: username, Pool: pool });
    user.setAuthenticationFlowType(backend.authFlow);
    enrolled.current = false;
    follow(user, (callbacks) => user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), callbacks));
  };

  switch (step.name) {
    case 'signed-out':
      return <SignInForm prefill={backend.prefill} error={step.error} busy={false} onSubmit={signIn} />;
    case 'new-password':
      return (
        <NewPasswordForm error={step.error} busy={false} onSubmit={(password) => follow(step.user, (callbacks) => step.user.completeNewPasswordChallenge(password, {}, callbacks))} />
      );
    case 'signing-in':
      return (
        <TotpSignIn
          steps={step.steps}
          issuer="react-mfa-enroll demo"
          accountName={step.user.getUsername()}
          onEnrolled={() => (enrolled.current = true)}
          onSignedIn={(_result, { friendlyDeviceName }) =>
            setStep({ name: 'signed-in', user: step.user, ...(friendlyDeviceName && { deviceName: friendlyDeviceName }), ...(enrolled.current && { note: enrolledAtSignIn }) })
          }
          onStep={({ name }) =>
            setStep(name === 'NEW_PASSWORD_REQUIRED' ? { name: 'new-password', user: step.user } : { name: 'signed-out', error: `This demo does not handle ${name}.` })
          }
          onError={({ action, kind, error }) => {
            // Only a new sign-in helps: a wrong password (Cognito's words), or a sign-in that expired.
            if (action === 'sign-in') setStep({ name: 'signed-out', error: kind === 'session-expired' ? expiredSignIn : error.message || 'Sign-in failed' });
          }}
        />
      );
    case 'signed-in':
      return (
        <SignedInPage
          username={step.user.getUsername()}
          note={step.note}
          onSignOut={() => {
            step.user.signOut();
            setStep({ name: 'signed-out' });
          }}
        >
          <Settings user={step.user} deviceName={step.deviceName} />
        </SignedInPage>
      );
  }
}
