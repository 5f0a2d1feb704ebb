// Vitest globalSetup of the `visual` project: the static Storybook that the visual and the
// static-Storybook tests both use, built once per state of the sources (test/support/storybook.ts), in
// the background; the tests wait for it (test/support/static-storybook-ready.ts).
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { makeTempDir, removeTempDir } from '../../scripts/temp-dir.mjs';
import { settleInto } from './background.js';
import { staticStorybook } from './storybook.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built Storybook's folder is written once built (test/support/background.ts). */
    storybookOutcome: string;
  }
}

export default function setup(project: TestProject) {
  const dir = makeTempDir('storybook-setup');
  const outcome = join(dir, 'outcome.json');
  const done = settleInto(outcome, staticStorybook());
  project.provide('storybookOutcome', outcome);
  return async () => {
    await done;
    removeTempDir(dir);
  };
}
