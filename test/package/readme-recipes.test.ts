// A new user's afternoon: a fresh clone packs into a working package (prepare builds it), and every
// TypeScript block of the README compiles and builds in a Vite React TypeScript app that installed it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
// What the app has installed besides the kit, taken from this repo's install: the test has no registry.
const appPackages = ['react', 'react-dom', 'scheduler', 'qrcode.react', 'otpauth', 'amazon-cognito-identity-js', 'aws-amplify', '@aws-amplify', '@types/react', '@types/react-dom', 'vite'];

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

/** Every ```ts / ```tsx block of the README, in order. */
function readmeBlocks(): { lang: string; code: string }[] {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  return [...readme.matchAll(/```(tsx?)\n([\s\S]*?)```/g)].map((match) => ({ lang: match[1]!, code: match[2]! }));
}

let work: string;
let tarball: string;
let app: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mfa-fresh-'));
  // A fresh clone: no dist/, nothing built. Its dependencies are this repo's (no registry here).
  const clone = join(work, 'clone');
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', repo, clone]);
  // The working tree's README and sources, so uncommitted edits are what is tested.
  execFileSync('git', ['-C', repo, 'diff', 'HEAD', '--binary', '--output', join(work, 'changes.patch')]);
  if (readFileSync(join(work, 'changes.patch'), 'utf8') !== '') execFileSync('git', ['-C', clone, 'apply', '--allow-empty', join(work, 'changes.patch')]);
  for (const untracked of execFileSync('git', ['-C', repo, 'ls-files', '--others', '--exclude-standard'], { encoding: 'utf8' }).split('\n').filter(Boolean)) {
    mkdirSync(join(clone, untracked, '..'), { recursive: true });
    writeFileSync(join(clone, untracked), readFileSync(join(repo, untracked)));
  }
  expect(existsSync(join(clone, 'dist'))).toBe(false);
  symlinkSync(join(repo, 'node_modules'), join(clone, 'node_modules'), 'dir');
  // Built for production, as an app's install builds it, not with Vitest's NODE_ENV=test.
  const { NODE_ENV: _testEnv, ...env } = process.env;
  execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: clone, stdio: 'pipe', env });
  tarball = join(work, readdirSync(work).find((name) => name.endsWith('.tgz'))!);

  app = join(work, 'app');
  const installed = join(app, 'node_modules/react-mfa-enroll');
  mkdirSync(installed, { recursive: true });
  mkdirSync(join(app, 'node_modules/@types'), { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  for (const name of appPackages) symlinkSync(join(repo, 'node_modules', name), join(app, 'node_modules', name), 'dir');
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'new-app', private: true, type: 'module' }));
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(viteTemplateTsconfig, null, 2));
  writeFileSync(join(app, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="/src/main.tsx"></script>');
  mkdirSync(join(app, 'src/recipes'), { recursive: true });
  const blocks = readmeBlocks();
  blocks.forEach(({ lang, code }, index) => writeFileSync(join(app, `src/recipes/recipe${index}.${lang}`), code));
  // The app uses every recipe, so the build bundles all of them.
  writeFileSync(
    join(app, 'src/main.tsx'),
    `${blocks.map((_, index) => `import * as recipe${index} from './recipes/recipe${index}';`).join('\n')}\nconsole.info([${blocks.map((_, index) => `recipe${index}`).join(', ')}]);\n`,
  );
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a fresh clone, packed and used as a new Vite React TypeScript app would', () => {
  it('packs with dist/ built by prepare: every export target is in the tarball', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    const targets = (entry: unknown): string[] => (typeof entry === 'string' ? [entry] : Object.values(entry as object).flatMap(targets));
    for (const target of targets(pkg.exports)) expect(files, target).toContain(`package/${target.replace(/^\.\//, '')}`);
  });

  it('compiles every TypeScript block of the README under the Vite template’s strict settings', () => {
    expect(readmeBlocks().length).toBeGreaterThanOrEqual(10);
    const tsc = join(repo, 'node_modules/.bin/tsc');
    let output = '';
    try {
      execFileSync(tsc, ['-p', app], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  }, 120_000);

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
  }, 120_000);
});
