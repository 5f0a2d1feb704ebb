import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryDemo } from './memory-demo.js';
import '../src/styles/index.css';
import './demo.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MemoryDemo />
  </StrictMode>,
);
