import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { demoBackend } from './backend.js';
import { MemoryDemo } from './memory-demo.js';
import '../src/styles/index.css';
import './demo.css';

const backend = demoBackend();
// Each client library loads only when the demo runs on it.
const AmplifyDemo = lazy(() => import('./amplify-demo.js').then(({ AmplifyDemo }) => ({ default: AmplifyDemo })));
const CognitoDemo = lazy(() => import('./cognito-demo.js').then(({ CognitoDemo }) => ({ default: CognitoDemo })));
const FetchDemo = lazy(() => import('./fetch-demo.js').then(({ FetchDemo }) => ({ default: FetchDemo })));
const clients = { amplify: 'Amplify JS v6', 'identity-js': 'amazon-cognito-identity-js', fetch: 'fetch (no client library)' } as const;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <header className="demo-bar">
      <span className="demo-brand">Acme</span>
      <span className="demo-backend">
        {backend
          ? `${backend.label}, with ${clients[backend.client]}`
          : 'In-memory backend (no AWS account)'}
      </span>
    </header>
    <main className="demo">
      <h1>Account security</h1>
      {backend ? (
        <Suspense fallback={<p>Loading…</p>}>
          {backend.client === 'amplify' ? <AmplifyDemo backend={backend} /> : backend.client === 'fetch' ? <FetchDemo backend={backend} /> : <CognitoDemo backend={backend} />}
        </Suspense>
      ) : (
        <MemoryDemo />
      )}
    </main>
  </StrictMode>,
);
