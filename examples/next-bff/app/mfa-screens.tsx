'use client';

// The kit's screens on the server adapters: every request goes to /api/mfa with the cookie; the page
// never holds a token or a Cognito session.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { TotpChallenge, TotpSettings, TotpSetup } from 'react-mfa-enroll';
import { createServerAdapter, createServerChallengeAdapter, createServerSignInAdapter } from 'react-mfa-enroll/adapters/server';

const issuer = 'Next BFF example';

export function EnrollAtSignIn({ accountName, sessionExpiresAt }: { accountName: string; sessionExpiresAt: number }) {
  const router = useRouter();
  const [adapter] = useState(() => createServerSignInAdapter({ sessionExpiresAt }));
  return (
    <TotpSetup
      adapter={adapter}
      issuer={issuer}
      accountName={accountName}
      headingLevel={1}
      onVerified={() => router.replace('/')}
      onRestart={() => router.replace('/sign-in')}
    />
  );
}

export function CodeAtSignIn({ sessionExpiresAt, friendlyDeviceName }: { sessionExpiresAt: number; friendlyDeviceName?: string }) {
  const router = useRouter();
  const [adapter] = useState(() => createServerChallengeAdapter({ sessionExpiresAt, friendlyDeviceName }));
  return <TotpChallenge adapter={adapter} headingLevel={1} onSignedIn={() => router.replace('/')} />;
}

export function AccountSecurity({ accountName }: { accountName: string }) {
  const [adapter] = useState(() => createServerAdapter());
  return <TotpSettings adapter={adapter} issuer={issuer} accountName={accountName} headingLevel={2} />;
}
