import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { demoBackend } from './backend.js';
import { CognitoDemo } from './cognito-demo.js';
import { MemoryDemo } from './memory-demo.js';
import '../src/styles/index.css';
import './demo.css';

const backend = demoBackend();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main className="demo">
      <h1>react-mfa-enroll</h1>
      {backend ? (
        <>
          <p>Backend: {backend.label}.</p>
          <CognitoDemo backend={backend} />
        </>
      ) : (
        <MemoryDemo />
      )}
    </main>
  </StrictMode>,
);
