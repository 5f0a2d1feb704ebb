// The test-side half of test/support/background.ts (it imports Vitest's test API, which the
// globalSetup side must not).
import { beforeAll, inject, type ProvidedContext } from 'vitest';
import { settled } from './background.js';

/**
 * For a project's setupFiles: before each test file, waits for the outcome its globalSetup provides
 * under `key`; returns a getter for the value, for the file's tests and hooks.
 */
export function awaitSetup<T>(key: keyof ProvidedContext, what: string): () => T {
  let outcome: { value: T } | undefined;
  beforeAll(async () => {
    outcome = { value: await settled<T>(inject(key) as string, what) };
  }, 20 * 60_000);
  return () => {
    if (!outcome) throw new Error(`${what} has not finished: is its ready module in the project's setupFiles?`);
    return outcome.value;
  };
}
