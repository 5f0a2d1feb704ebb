import Link from 'next/link';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { appStores } from '@/lib/mfa';
import { signOut } from './actions';

export const dynamic = 'force-dynamic';

export default async function Home() {
  const jar = await cookies();
  const session = await appStores().session.load(jar);
  if (!session) redirect('/sign-in');
  return (
    <>
      <h1>Signed in as {session.username}</h1>
      <p>
        <Link href="/settings">Account security</Link>
      </p>
      <form action={signOut}>
        <button type="submit">Sign out</button>
      </form>
    </>
  );
}
