import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { cognitoLocalPlugin } from './scripts/vite-plugin-cognito-local.js';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));
// React 18 for the second run of the component tests, installed by `npm test` (pretest).
const react18 = (name: string) => fileURLToPath(new URL(`./test/react18/node_modules/${name}`, import.meta.url));

// Peers and dependencies stay imports in the library build, so apps dedupe them.
const external = [/^react($|\/)/, /^react-dom($|\/)/, /^qrcode\.react$/, /^otpauth$/, /^amazon-cognito-identity-js$/, /^aws-amplify($|\/)/];
// The server entry's: iron-session (an optional peer) and cookie.
external.push(/^iron-session$/, /^cookie$/);

export default defineConfig(({ command, mode }) => ({
  plugins: [
    react(),
    ...(mode === 'cognito-local' ? [cognitoLocalPlugin('identity-js')] : []),
    ...(mode === 'amplify-local' ? [cognitoLocalPlugin('amplify')] : []),
    ...(mode === 'fetch-local' ? [cognitoLocalPlugin('fetch')] : []),
  ],
  // The dev server scans the demo alone (not the test apps), so its dependencies are pre-bundled once,
  // with no error and no reload on first load.
  optimizeDeps: { entries: ['index.html'] },
  // amazon-cognito-identity-js (used by the demo) bundles a `buffer` that reads `global`.
  define: command === 'serve' || mode === 'demo' ? { global: 'globalThis' } : {},
  // The demo (index.html + demo/) is what `vite` serves; `vite build` makes the library, and
  // `vite build --mode demo` the static demo.
  build: mode === 'demo'
    ? { outDir: 'dist-demo' }
    : {
        outDir: 'dist',
        emptyOutDir: true,
        cssCodeSplit: true,
        cssMinify: true,
        copyPublicDir: false,
        sourcemap: true,
        minify: false,
        lib: {
          // Named after their src/ folders, so each JS file lands beside the .d.ts tsc emits.
          entry: {
            index: src('index.ts'),
            'core/index': src('core/index.ts'),
            'adapters/cognito/index': src('adapters/cognito/index.ts'),
            'adapters/cognito-identity-js/index': src('adapters/cognito-identity-js/index.ts'),
            'adapters/amplify/index': src('adapters/amplify/index.ts'),
            'adapters/memory/index': src('adapters/memory/index.ts'),
            'adapters/server/index': src('adapters/server/index.ts'),
            'server/index': src('server/index.ts'),
            'i18n/index': src('i18n/index.ts'),
            styles: src('styles/index.css'),
          },
        },
        rolldownOptions: {
          external,
          // One file per source module, beside its .d.ts: a bundler then drops whole modules an app does
          // not use, with their imports (an app with only <TotpChallenge> never loads qrcode.react).
          // ESM is the package; the CommonJS copy (.cjs) is for `require`, e.g. Jest's default setup.
          output: [
            { format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js', assetFileNames: '[name][extname]' },
            {
              format: 'cjs',
              preserveModules: true,
              preserveModulesRoot: 'src',
              entryFileNames: '[name].cjs',
              assetFileNames: '[name][extname]',
              exports: 'named',
              // Without the `node` condition (Jest 29's jsdom environment, a bundler's require) otpauth
              // resolves to its ESM build, which `require` cannot load: package.json's `imports` picks
              // its UMD build there.
              paths: { otpauth: '#otpauth' },
            },
          ],
          // Rolldown warns about the 'use client' directive it keeps at the top of the entry.
          checks: { moduleLevelDirective: false },
        },
      },
  test: {
    // Waits are on conditions; these limits only catch a hang. They are generous because the suite
    // must pass on a loaded 2-core machine, where a component test that takes 0.5 s alone takes 5 s.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 15_000 } },
    // Vitest 4 runs one file fewer at once than there are cores: one file at a time on 2 cores, most of
    // them waiting on a browser, an emulator or a child process. One a core halves the suite there.
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/core/**/*.test.ts', 'test/i18n/**/*.test.ts', 'test/adapters/**/*.test.ts', 'test/scripts/**/*.test.ts'],
        },
      },
      {
        // cognito-local and Chromium: the adapters over HTTP, the demo end to end.
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        // The packed package, installed once per run (globalSetup, in the background while other
        // projects' tests run) into Jest, Vitest, Vite and TypeScript consumer projects; attw and
        // publint on the tarball.
        extends: true,
        test: {
          name: 'package',
          environment: 'node',
          include: ['test/package/**/*.test.ts'],
          exclude: ['test/package/consumers/**'],
          globalSetup: ['test/support/packed-package.ts'],
          setupFiles: ['test/support/packed-package-ready.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        // The static Storybook, built once per source state (globalSetup, in the background), rendered
        // and photographed in Chromium.
        extends: true,
        test: {
          name: 'visual',
          environment: 'node',
          include: ['test/visual/**/*.test.ts'],
          globalSetup: ['test/support/static-storybook.ts'],
          setupFiles: ['test/support/static-storybook-ready.ts'],
          testTimeout: 300_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          env: { EXPECTED_REACT_MAJOR: '19' },
          include: ['test/react/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup-dom.ts'],
        },
      },
      {
        // The same component tests on React 18, which the peer range promises. Node loads
        // @testing-library/react from the React 18 folder, so its own `react` is 18 too.
        extends: true,
        resolve: {
          alias: [
            { find: /^react(\/.*)?$/, replacement: `${react18('react')}$1` },
            { find: /^react-dom(\/.*)?$/, replacement: `${react18('react-dom')}$1` },
            { find: /^@testing-library\/react$/, replacement: react18('@testing-library/react') },
          ],
        },
        test: {
          name: 'dom-react18',
          environment: 'jsdom',
          env: { EXPECTED_REACT_MAJOR: '18' },
          include: ['test/react/**/*.test.tsx'],
          exclude: ['test/react/totp-setup.cognito.test.tsx', 'test/react/amplify.test.tsx', 'test/react/activity.test.tsx'],
          setupFiles: ['test/setup-dom.ts'],
          // qrcode.react imports react itself: run it through Vite so the alias reaches it.
          server: { deps: { inline: ['qrcode.react'] } },
        },
      },
      {
        // Every story's play function and accessibility check, in headless Debian Chromium.
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
        test: {
          name: 'storybook',
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
}));
