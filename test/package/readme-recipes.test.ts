// A new user's afternoon: every TypeScript block of the README compiles in a Vite React TypeScript app
// that installed the packed package, and the app builds with every recipe in it. (The blocks that are
// a test file or a tool's config are compiled too; the Jest and Vitest consumer tests run them.)
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
  },
  include: ['src'],
};

const blocks = readmeBlocks().filter((block) => block.lang === 'ts' || block.lang === 'tsx');
// A test file or a tool's config is not part of the app's bundle.
const inApp = (file: string | undefined) => file === undefined || !/(\.test\.tsx?|\.config\.ts)$/.test(file);
let app: string;

beforeAll(() => {
  const recipes = Object.fromEntries(blocks.map(({ lang, code }, index) => [`src/recipes/recipe${index}.${lang}`, code]));
  const bundled = blocks.flatMap(({ file }, index) => (inApp(file) ? [index] : []));
  app = makeConsumerProject('readme-app', undefined, {
    ...recipes,
    'package.json': JSON.stringify({ name: 'new-app', private: true, type: 'module' }),
    'tsconfig.json': JSON.stringify(viteTemplateTsconfig, null, 2),
    'index.html': '<!doctype html><div id="root"></div><script type="module" src="/src/main.tsx"></script>',
    'src/main.tsx': `${bundled.map((index) => `import * as recipe${index} from './recipes/recipe${index}';`).join('\n')}\nconsole.info([${bundled.map((index) => `recipe${index}`).join(', ')}]);\n`,
  });
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
      build: { outDir: 'dist', write: false },
    });
  });
});
