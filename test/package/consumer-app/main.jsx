// An app that installed the packed tarball and uses only the public entry points.
import { createRoot } from 'react-dom/client';
import { TotpSetup } from 'react-mfa-enroll';
import { createMemoryAdapter } from 'react-mfa-enroll/adapters/memory';
import 'react-mfa-enroll/styles.css';

const adapter = createMemoryAdapter();
createRoot(document.getElementById('root')).render(
  <TotpSetup adapter={adapter} issuer="Consumer App & Co" accountName="ana+mfa@example.com" />,
);
