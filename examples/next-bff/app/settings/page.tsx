import Link from 'next/link';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { appStores } from '@/lib/mfa';
import { AccountSecurity } from '../mfa-screens';

export const dynamic = 'force-dynamic';

export default async function SettingsPage() {
  const jar = await cookies();
  const session = await appStores().session.load(jar);
  if (!session) redirect('/sign-in');
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
