import Link from 'next/link';
import { requireSession } from '@/lib/mfa';
import { signOut } from './actions';

export const dynamic = 'force-dynamic';

export default async function Home() {
  const session = await requireSession();
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
