import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { mfaServer } from '@/lib/mfa';
import { CodeAtSignIn } from '../../mfa-screens';

export const dynamic = 'force-dynamic';

/** SOFTWARE_TOKEN_MFA: the code from the authenticator, answered by the server in its session. */
export default async function CodePage() {
  const jar = await cookies();
  const progress = await mfaServer().readSignIn(jar);
  if (progress?.signInStep !== 'SOFTWARE_TOKEN_MFA') redirect('/sign-in');
  return <CodeAtSignIn sessionExpiresAt={progress.sessionExpiresAt} friendlyDeviceName={progress.friendlyDeviceName} />;
}
