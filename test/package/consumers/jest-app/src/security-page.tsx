import { useState } from 'react';
import { TotpSetup } from 'react-mfa-enroll';
import { createMemoryAdapter } from 'react-mfa-enroll/adapters/memory';
import 'react-mfa-enroll/styles.css';

// An app's own component, importing the kit and its stylesheet as the README says.
export function SecurityPage() {
  const [adapter] = useState(() => createMemoryAdapter());
  return <TotpSetup adapter={adapter} issuer="Acme" accountName="ana@example.com" />;
}
