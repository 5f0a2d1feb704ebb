import { requireSignInStep } from '@/lib/mfa';
import { CodeAtSignIn } from '../../mfa-screens';

export const dynamic = 'force-dynamic';

/** SOFTWARE_TOKEN_MFA: the code from the authenticator, answered by the server in its session. */
export default async function CodePage() {
  const { sessionExpiresAt, friendlyDeviceName } = await requireSignInStep('SOFTWARE_TOKEN_MFA');
  return <CodeAtSignIn sessionExpiresAt={sessionExpiresAt} friendlyDeviceName={friendlyDeviceName} />;
}
