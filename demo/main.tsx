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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <header className="demo-bar">
      <span className="demo-brand">Acme</span>
      <span className="demo-backend">
        {backend
          ? `${backend.label}, with ${backend.client === 'amplify' ? 'Amplify JS v6' : 'amazon-cognito-identity-js'}`
          : 'In-memory backend (no AWS account)'}
      </span>
    </header>
    <main className="demo">
      <h1>Account security</h1>
      {backend ? (
        <Suspense fallback={<p>Loading…</p>}>
          {backend.client === 'amplify' ? <AmplifyDemo backend={backend} /> : <CognitoDemo backend={backend} />}
        </Suspense>
      ) : (
        <MemoryDemo />
      )}
    </main>
  </StrictMode>,
);
