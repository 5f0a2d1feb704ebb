import { useMemo, useState } from 'react';
import { createMemoryAdapter } from '../src/adapters/memory/index.js';
import { TotpSetup } from '../src/index.js';

const scriptable = [
  'EnableSoftwareTokenMFAException',
  'NotAuthorizedException',
  'TooManyRequestsException',
  'SoftwareTokenMFANotFoundException',
  'ForbiddenException',
  'NetworkError',
] as const;

/**
 * The wizard on the in-memory backend: a real secret and real TOTP checks, so a phone can scan the
 * QR and verify. The panel below scripts the backend's next answer to show the error states.
 */
export function MemoryDemo() {
  const [round, setRound] = useState(0);
  const adapter = useMemo(() => createMemoryAdapter({ latency: 400 }), [round]);
  const [nextFailure, setNextFailure] = useState('');

  return (
    <>
      <p>
        In-memory backend: no AWS account. Scan the code with an authenticator app on your phone, then type the code it
        shows.
      </p>
      <TotpSetup
        key={round}
        adapter={adapter}
        issuer="react-mfa-enroll demo"
        accountName="demo@example.com"
        verifiedContent={<button type="button" onClick={() => setRound((n) => n + 1)}>Enroll another device</button>}
      />
      <form className="demo-panel" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="next-failure">Make the next verify fail with</label>
        <select
          id="next-failure"
          value={nextFailure}
          onChange={(event) => {
            const name = event.currentTarget.value;
            setNextFailure(name);
            if (name !== '') adapter.failNext('verifySoftwareToken', name);
          }}
        >
          <option value="">(nothing: verify for real)</option>
          {scriptable.map((name) => <option key={name} value={name}>{name}</option>)}
        </select>
      </form>
    </>
  );
}
