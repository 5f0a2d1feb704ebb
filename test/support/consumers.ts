import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDir } from '../../scripts/temp-dir.mjs';

export const repo = fileURLToPath(new URL('../..', import.meta.url));
/** Where the packed kit is installed (test/support/packed-package.ts) and the consumer projects live. */
export const consumers = join(repo, 'test/package/consumers');
/** The consumer projects of one run, each in a folder removed with the process that made it. */
export const consumerRuns = join(consumers, 'runs');

/**
 * A consumer project: a template folder of test/package/consumers plus `files`, in a folder under
 * runs/, where Node finds the installed kit (and, above it, the repo's React, Jest and Vite) the way
 * an app finds its own node_modules.
 */
export function makeConsumerProject(purpose: string, template: string | undefined, files: Record<string, string> = {}): string {
  mkdirSync(consumerRuns, { recursive: true });
  const dir = makeTempDir(purpose, consumerRuns);
  if (template !== undefined) cpSync(join(consumers, template), dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
