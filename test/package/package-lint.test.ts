// The packed tarball as the registry and an app see it: its types resolve in every resolution mode
// (attw), its manifest is sound (publint), it installs with no script to run or approve, and every
// module it loads is one it declares.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumers, repo } from '../support/consumers.js';
import { packedPackage } from '../support/packed-package-ready.js';
import { run } from '../support/run.js';

const installed = join(consumers, 'node_modules/react-mfa-enroll');
const bin = (name: string) => join(repo, 'node_modules/.bin', name);

interface Manifest {
  scripts?: Record<string, string>;
  exports: Record<string, unknown>;
  typesVersions: Record<string, Record<string, string[]>>;
  imports: Record<string, unknown>;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
}
let manifest: Manifest;
beforeAll(() => {
  manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Manifest;
});

function targets(entry: unknown): string[] {
  return typeof entry === 'string' ? [entry] : Object.values(entry as object).flatMap(targets);
}

/** The target a conditional exports or imports entry picks for `conditions`, as Node and Jest pick it: the first key that applies. */
function pick(entry: unknown, conditions: string[]): string | undefined {
  if (typeof entry === 'string') return entry;
  for (const [condition, target] of Object.entries(entry as object)) {
    if (condition === 'default' || conditions.includes(condition)) return pick(target, conditions);
  }
  return undefined;
}

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? builtFiles(join(dir, entry.name)) : /\.c?js$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('the packed tarball', () => {
  it('has types for every entry in every resolution mode (attw), ESM and CommonJS alike', async () => {
    const { code, output } = await run(bin('attw'), [packedPackage().tarball, '--format', 'table-flipped'], { cwd: repo });
    expect(output).toContain('No problems found');
    expect(code, output).toBe(0);
  });

  it('passes publint, strictly', async () => {
    const { code, output } = await run(bin('publint'), [packedPackage().tarball, '--strict'], { cwd: repo });
    expect(output).toContain('All good');
    expect(code, output).toBe(0);
  });

  it('holds every target of exports and typesVersions, and no source or test files', () => {
    const { tarball, bytes } = packedPackage();
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    const promised = [...targets(manifest.exports), ...targets(manifest.typesVersions)].map((target) => `package/${target.replace(/^\.\//, '')}`);
    for (const target of promised) expect(files, target).toContain(target);
    expect(files.filter((file) => !/^package\/(dist\/|package\.json$|README\.md$|LICENSE$)/.test(file))).toEqual([]);
    console.info(`react-mfa-enroll tarball: ${(bytes / 1024).toFixed(1)} KB, ${files.length} files`);
  });

  it('installs with no script to run or approve: no install script, not even prepare', () => {
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) expect(manifest.scripts ?? {}).not.toHaveProperty(script);
    // npm 11 names every package whose install scripts no allowScripts entry covers.
    expect(packedPackage().installOutput).not.toMatch(/install-scripts|allowScripts/);
  });

  it('loads only what it declares: its dependencies, peers, its own #imports and Node built-ins', () => {
    const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies), ...Object.keys(manifest.imports)]);
    const loaded = new Set<string>();
    for (const file of builtFiles(join(installed, 'dist'))) {
      const source = readFileSync(file, 'utf8');
      for (const [, specifier] of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["']([^"'.][^"']*)["']/g)) loaded.add(specifier!);
    }
    const packageOf = (specifier: string) => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
    const undeclared = [...loaded].filter((specifier) => !specifier.startsWith('node:') && !declared.has(specifier) && !declared.has(packageOf(specifier)));
    expect(undeclared).toEqual([]);
    expect(loaded).toContain('otpauth');
    expect(loaded).toContain('#otpauth');
  });

  it('loads otpauth under require where no `node` condition applies (Jest 29’s jsdom, a bundler), through #otpauth', () => {
    const conditions = ['require', 'browser'];
    const fromKit = createRequire(join(installed, 'package.json'));
    // otpauth exports no package.json: from its Node build, dist/, to its folder.
    const otpauthDir = dirname(dirname(fromKit.resolve('otpauth')));
    const otpauthExports = (JSON.parse(readFileSync(join(otpauthDir, 'package.json'), 'utf8')) as { exports: Record<string, unknown> }).exports;
    // otpauth alone would give require its ES module build there, which it cannot load …
    expect(pick(otpauthExports['.'], conditions)).toMatch(/\.esm\.js$/);
    // … so the CommonJS build asks for #otpauth, which gives its UMD build, a CommonJS module.
    const target = pick(manifest.imports['#otpauth'], conditions)!;
    expect(target).toBe('otpauth/dist/otpauth.umd.js');
    const module = { exports: {} as Record<string, unknown> };
    runInNewContext(readFileSync(fromKit.resolve(target), 'utf8'), { module, exports: module.exports, crypto: globalThis.crypto, TextEncoder, TextDecoder });
    expect(typeof module.exports.TOTP).toBe('function');
    expect(pick(manifest.imports['#otpauth'], ['require', 'node'])).toBe('otpauth');
  });
});
