import Link from 'next/link';
import { requireSession } from '@/lib/mfa';
import { AccountSecurity } from '../mfa-screens';

export const dynamic = 'force-dynamic';

export default async function SettingsPage() {
  const session = await requireSession();
  return (
    <>
      <p>
        <Link href="/">Back</Link>
      </p>
      <h1>Account security</h1>
      <AccountSecurity accountName={session.username} />
    </>
  );
}
