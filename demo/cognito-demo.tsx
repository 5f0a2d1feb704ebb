import { useMemo, useState } from 'react';
import {
  AuthenticationDetails,
  CognitoUser,
  CognitoUserPool,
  type IAuthenticationCallback,
} from 'amazon-cognito-identity-js';
import { createCognitoIdentityJsAdapter, createCognitoIdentityJsChallengeAdapter } from '../src/adapters/cognito-identity-js/index.js';
import type { TotpChallengeAdapter } from '../src/core/adapter.js';
import { TotpChallenge, TotpSettings, TotpSetup, type TotpSetupProps } from '../src/index.js';
import type { CognitoBackend } from './backend.js';
import { enrolledAtSignIn, expiredSignIn, NewPasswordForm, SignedInPage, SignInForm } from './forms.js';

type Step =
  | { name: 'signed-out'; error?: string }
  | { name: 'new-password'; user: CognitoUser; error?: string }
  | { name: 'mfa-setup'; user: CognitoUser }
  | { name: 'totp-required'; user: CognitoUser; adapter: TotpChallengeAdapter }
  | { name: 'signed-in'; user: CognitoUser; note?: string };

/** One adapter per user for the life of the enrollment. */
function Enroll({ user, ...props }: { user: CognitoUser } & Omit<TotpSetupProps, 'adapter' | 'issuer' | 'accountName'>) {
  const adapter = useMemo(() => createCognitoIdentityJsAdapter(user), [user]);
  return <TotpSetup {...props} adapter={adapter} issuer="react-mfa-enroll demo" accountName={user.getUsername()} />;
}

/**
 * The settings panel of a signed-in user. Cognito returns the device name only at sign-in, so the
 * demo keeps the one the user gave (an app would store it, e.g. in a user attribute).
 */
function Settings({ user }: { user: CognitoUser }) {
  const adapter = useMemo(() => createCognitoIdentityJsAdapter(user), [user]);
  const [deviceName, setDeviceName] = useState<string>();
  return (
    <TotpSettings
      adapter={adapter}
      issuer="react-mfa-enroll demo"
      accountName={user.getUsername()}
      headingLevel={3}
      deviceName={deviceName}
      onVerified={({ friendlyDeviceName }) => setDeviceName(friendlyDeviceName)}
    />
  );
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
      setStep({ name: 'signed-in', user });
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

  const signIn = (username: string, password: string) => {
    const user = new CognitoUser({ Username: username, Pool: pool });
    user.setAuthenticationFlowType(backend.authFlow);
    setBusy(true);
    user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), callbacks(user));
  };

  switch (step.name) {
    case 'signed-out':
      return <SignInForm prefill={backend.prefill} error={step.error} busy={busy} onSubmit={signIn} />;
    case 'new-password':
      return (
        <NewPasswordForm error={step.error} busy={busy} onSubmit={(password) => {
          setBusy(true);
          step.user.completeNewPasswordChallenge(password, {}, callbacks(step.user));
        }} />
      );
    case 'totp-required':
      return (
        <TotpChallenge
          adapter={step.adapter}
          onSignedIn={() => setStep({ name: 'signed-in', user: step.user })}
          onError={({ action }) => {
            if (action === 'sign-in') setStep({ name: 'signed-out', error: expiredSignIn });
          }}
        />
      );
    case 'mfa-setup':
      // Enrollment inside sign-in: the adapter forwards the session and finishes the challenge.
      return (
        <Enroll
          user={step.user}
          onVerified={() => setStep({ name: 'signed-in', user: step.user, note: enrolledAtSignIn })}
          onRestart={() => setStep({ name: 'signed-out', error: expiredSignIn })}
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
          <Settings user={step.user} />
        </SignedInPage>
      );
  }
}
