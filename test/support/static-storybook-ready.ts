// setupFiles of the `visual` project: each test file starts once the static Storybook is built.
import { beforeAll, inject } from 'vitest';
import { settled } from './background.js';

let dir: string | undefined;

beforeAll(async () => {
  dir = await settled<string>(inject('storybookOutcome'), 'Building the static Storybook');
}, 20 * 60_000);

/** The built static Storybook: read it, never write into it (it is shared across runs). */
export function storybookDir(): string {
  if (!dir) throw new Error('the static Storybook is not ready: is test/support/static-storybook-ready.ts in setupFiles?');
  return dir;
}
