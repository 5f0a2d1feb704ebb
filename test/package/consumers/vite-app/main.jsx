// An app that installed the packed tarball and uses only the public entry points: a user enrolls
// on the settings screen, then signs in again with that authenticator, on one memory backend.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { TotpChallenge, TotpSetup } from 'react-mfa-enroll';
import { createMemoryBackend } from 'react-mfa-enroll/adapters/memory';
import 'react-mfa-enroll/styles.css';

const backend = createMemoryBackend({ users: ['ana+mfa@example.com'] });

function App() {
  const [screen, setScreen] = useState(() => ({ name: 'settings', adapter: backend.adapter('ana+mfa@example.com') }));
  const signInAgain = async () => {
    const answer = await backend.signIn('ana+mfa@example.com');
    setScreen({ name: 'sign-in', adapter: backend.challengeAdapter(answer) });
  };
  if (screen.name === 'sign-in') return <TotpChallenge adapter={screen.adapter} />;
  return (
    <>
      <TotpSetup adapter={screen.adapter} issuer="Consumer App & Co" accountName="ana+mfa@example.com" />
      <button type="button" onClick={signInAgain}>Sign out and in again</button>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
