import { useState } from 'react';
import { createMemoryAdapter } from '../src/adapters/memory/index.js';
import { TotpSettings } from '../src/index.js';

const scriptable = [
  'EnableSoftwareTokenMFAException',
  'NotAuthorizedException',
  'TooManyRequestsException',
  'SoftwareTokenMFANotFoundException',
  'ForbiddenException',
  'NetworkError',
] as const;

/**
 * The settings page on the in-memory backend: a real secret and real TOTP checks, so a phone can scan
 * the QR and verify. "Simulate a failure" scripts the backend's next verify to show the error states.
 */
export function MemoryDemo() {
  const [adapter] = useState(() => createMemoryAdapter({ latency: 400 }));
  const [deviceName, setDeviceName] = useState<string>();
  const [nextFailure, setNextFailure] = useState('');

  return (
    <>
      <TotpSettings
        adapter={adapter}
        issuer="react-mfa-enroll demo"
        accountName="demo@example.com"
        deviceName={deviceName}
        onVerified={({ friendlyDeviceName }) => {
          setDeviceName(friendlyDeviceName);
          setNextFailure('');
        }}
        // The scripted failure is spent on the verify it failed: the list no longer offers it as next.
        onError={({ step }) => step === 'verify' && setNextFailure('')}
      />
      <details className="demo-simulator">
        <summary>Simulate a failure</summary>
        <form onSubmit={(event) => event.preventDefault()}>
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
      </details>
    </>
  );
}
