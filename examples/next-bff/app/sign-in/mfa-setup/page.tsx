import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { mfaServer } from '@/lib/mfa';
import { EnrollAtSignIn } from '../../mfa-screens';

export const dynamic = 'force-dynamic';

/** MFA_SETUP: the server holds the session; the page gets only when it expires. */
export default async function MfaSetupPage() {
  const jar = await cookies();
  const progress = await mfaServer().readSignIn(jar);
  if (progress?.signInStep !== 'MFA_SETUP') redirect('/sign-in');
  return <EnrollAtSignIn accountName={progress.username} sessionExpiresAt={progress.sessionExpiresAt} />;
}
