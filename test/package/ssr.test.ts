import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { consumers } from '../support/consumers.js';

// The installed package (test/support/packed-package.ts), as a server would load it.
const installed = join(consumers, 'node_modules/react-mfa-enroll');
const requireFromApp = createRequire(join(consumers, 'server.cjs'));

interface Kit {
  TotpSetup: ComponentType<Record<string, unknown>>;
  createMemoryAdapter: () => unknown;
}

function renderWizard({ TotpSetup, createMemoryAdapter }: Kit): string {
  return renderToString(createElement(TotpSetup, { adapter: createMemoryAdapter(), issuer: 'Acme', accountName: 'ana' }));
}

describe('server rendering', () => {
  it('renders TotpSetup to a string in Node, with no window, from the ES modules and from require', async () => {
    expect(typeof window).toBe('undefined');
    const resolve = (entry: string) => pathToFileURL(requireFromApp.resolve(entry).replace(/\.cjs$/, '.js')).href;
    const esm = { ...(await import(resolve('react-mfa-enroll'))), ...(await import(resolve('react-mfa-enroll/adapters/memory'))) } as Kit;
    const cjs = { ...requireFromApp('react-mfa-enroll'), ...requireFromApp('react-mfa-enroll/adapters/memory') } as Kit;
    for (const kit of [esm, cjs]) {
      const html = renderWizard(kit);
      expect(html).toContain('data-state="loading"');
      expect(html).toContain('Preparing your authenticator key');
      expect(html).not.toContain('style=');
    }
  });

  it('keeps the use client directive first in both React entries, for Next.js server components', () => {
    for (const file of ['dist/index.js', 'dist/index.cjs']) expect(readFileSync(join(installed, file), 'utf8')).toMatch(/^"use client";/);
    // The other entries are usable from server code as they are.
    expect(readFileSync(join(installed, 'dist/core/index.js'), 'utf8')).not.toContain('use client');
  });

  it('runs the memory backend under require in Node, with otpauth’s Node build', async () => {
    const { createMemoryBackend, authenticatorCode } = requireFromApp('react-mfa-enroll/adapters/memory');
    // package.json's `imports` sends the CommonJS build to otpauth's own CommonJS build in Node.
    expect(Object.keys(requireFromApp.cache).some((file) => file.endsWith('otpauth/dist/otpauth.node.cjs'))).toBe(true);
    const backend = createMemoryBackend({ users: ['ana'], secretCode: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' });
    const settings = backend.adapter('ana');
    await settings.associateSoftwareToken({ signal: new AbortController().signal });
    const code = authenticatorCode('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    await expect(settings.verifySoftwareToken({ userCode: code }, { signal: new AbortController().signal })).resolves.toEqual({ status: 'SUCCESS' });
  });
});
