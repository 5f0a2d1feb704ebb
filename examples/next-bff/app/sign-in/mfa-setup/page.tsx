import { requireSignInStep } from '@/lib/mfa';
import { EnrollAtSignIn } from '../../mfa-screens';

export const dynamic = 'force-dynamic';

/** MFA_SETUP: the server holds the session; the page gets only when it expires. */
export default async function MfaSetupPage() {
  const { username, sessionExpiresAt } = await requireSignInStep('MFA_SETUP');
  return <EnrollAtSignIn accountName={username} sessionExpiresAt={sessionExpiresAt} />;
}
