// A strict TypeScript app with no ambient CSS declarations (test/package/consumers/ts-app) imports
// every entry of the packed package, the stylesheet too, and type-checks under TypeScript 7, 6 and
// 5.9 in each module resolution they offer: bundler, nodenext, and node10 (typesVersions).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consumers, repo } from '../support/consumers.js';
import { run } from '../support/run.js';

const compilers = {
  'TypeScript 7': join(repo, 'node_modules/typescript/bin/tsc'),
  'TypeScript 6': join(consumers, 'node_modules/typescript/bin/tsc'),
  'TypeScript 5.9': join(consumers, 'node_modules/typescript-5.9/bin/tsc'),
};
// TypeScript 7 has dropped node10 and TypeScript 6 deprecates it; 5.9 is where node10 users are.
const checks = [
  ['TypeScript 7', 'tsconfig.json'],
  ['TypeScript 7', 'tsconfig.nodenext.json'],
  ['TypeScript 6', 'tsconfig.json'],
  ['TypeScript 6', 'tsconfig.nodenext.json'],
  ['TypeScript 5.9', 'tsconfig.json'],
  ['TypeScript 5.9', 'tsconfig.node10.json'],
] as const;

describe('the packed package in a strict TypeScript app with no ambient CSS types', () => {
  it.each(checks)('%s type-checks every entry with %s', async (compiler, tsconfig) => {
    const { code, output } = await run(process.execPath, [compilers[compiler], '-p', join(consumers, 'ts-app', tsconfig)], { cwd: consumers });
    expect(output).toBe('');
    expect(code).toBe(0);
  });
});
