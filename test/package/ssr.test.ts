import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

describe('server rendering', () => {
  it('renders TotpSetup to a string in Node, with no window', async () => {
    expect(typeof window).toBe('undefined');
    // The built package, as a server would import it.
    const { TotpSetup } = await import(`${dist}index.js`);
    const { createMemoryAdapter } = await import(`${dist}adapters/memory/index.js`);
    const html = renderToString(createElement(TotpSetup, { adapter: createMemoryAdapter(), issuer: 'Acme', accountName: 'ana' }));
    expect(html).toContain('data-state="loading"');
    expect(html).toContain('Preparing your authenticator key');
    expect(html).not.toContain('style=');
  });

  it('keeps the use client directive first in the React entry, for Next.js server components', () => {
    expect(readFileSync(`${dist}index.js`, 'utf8')).toMatch(/^"use client";/);
    // The other entries are usable from server code as they are.
    expect(readFileSync(`${dist}core/index.js`, 'utf8')).not.toContain('use client');
  });
});
