// A new user's afternoon: every TypeScript block of the README compiles in a Vite React TypeScript app
// that installed the packed package, and the app builds with every recipe in it. (The blocks that are
// a test file or a tool's config are compiled too; the Jest and Vitest consumer tests run them.) A
// block whose first line names a file of a Next.js app (`// app/sign-in/actions.ts`) is that file, so
// the recipes import each other by `@/` paths as in Next.js, against Next's own types.
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeConsumerProject, repo } from '../support/consumers.js';
import { readmeBlocks } from '../support/readme.js';
import { run } from '../support/run.js';

// The settings of Vite's React TypeScript template (tsconfig.app.json).
const viteTemplateTsconfig = {
  compilerOptions: {
    target: 'ES2022',
    useDefineForClassFields: true,
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    module: 'ESNext',
    types: ['vite/client'],
    skipLibCheck: true,
    moduleResolution: 'bundler',
    allowImportingTsExtensions: true,
    verbatimModuleSyntax: true,
    moduleDetection: 'force',
    noEmit: true,
    jsx: 'react-jsx',
    strict: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    erasableSyntaxOnly: true,
    noFallthroughCasesInSwitch: true,
    noUncheckedSideEffectImports: true,
    // As in a Next.js app, whose recipes import each other by `@/` paths.
    paths: { '@/*': ['./src/*'] },
  },
  include: ['src'],
};

const blocks = readmeBlocks().filter((block) => block.lang === 'ts' || block.lang === 'tsx');
// A test file or a tool's config is not part of the app's bundle.
const inApp = (file: string | undefined) => file === undefined || !/(\.test\.tsx?|\.config\.ts)$/.test(file);
/** Where a block goes in the app: the Next.js file it names, or a recipe file of its own. */
const pathOf = ({ file, lang }: { file?: string; lang: string }, index: number) =>
  file !== undefined && inApp(file) ? file : `recipes/recipe${index}.${lang}`;
let app: string;

beforeAll(() => {
  const sources = Object.fromEntries(blocks.map((block, index) => [`src/${pathOf(block, index)}`, block.code]));
  const bundled = blocks.flatMap((block, index) => (inApp(block.file) ? [`./${pathOf(block, index).replace(/\.tsx?$/, '')}`] : []));
  app = makeConsumerProject('readme-app', undefined, {
    ...sources,
    'package.json': JSON.stringify({ name: 'new-app', private: true, type: 'module' }),
    'tsconfig.json': JSON.stringify(viteTemplateTsconfig, null, 2),
    'index.html': '<!doctype html><div id="root"></div><script type="module" src="/src/main.tsx"></script>',
    'src/main.tsx': `${bundled.map((path, index) => `import * as recipe${index} from '${path}';`).join('\n')}\nconsole.info([${bundled.map((_, index) => `recipe${index}`).join(', ')}]);\n`,
  });
  // The Next.js recipes' types, from the example app's install (npm test's pretest).
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(join(repo, 'examples/next-bff/node_modules/next'), join(app, 'node_modules/next'), 'dir');
});

describe('every TypeScript block of the README, in a new Vite React TypeScript app with the packed package', () => {
  it('compiles under the Vite template’s strict settings', async () => {
    expect(blocks.length).toBeGreaterThanOrEqual(14);
    const { code, output } = await run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', app], { cwd: app });
    expect(output).toBe('');
    expect(code).toBe(0);
  });

  it('builds the app with every recipe in it', async () => {
    await build({
      root: app,
      configFile: false,
      logLevel: 'silent',
      plugins: [react()],
      // As the README says for amazon-cognito-identity-js.
      define: { global: 'globalThis' },
      resolve: { alias: [{ find: /^@\//, replacement: `${join(app, 'src')}/` }] },
      // Next.js runs the server recipes; this browser build only checks that everything resolves.
      build: { outDir: 'dist', write: false, rolldownOptions: { external: [/^next(\/|$)/] } },
    });
  });
});
