// Vitest globalSetup of the `visual` project: the static Storybook that the visual and the
// static-Storybook tests both use, built once per state of the sources (test/support/storybook.ts).
import type { TestProject } from 'vitest/node';
import { staticStorybook } from './storybook.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built static Storybook: read it, never write into it (it is shared across runs). */
    storybookDir: string;
  }
}

export default function setup(project: TestProject) {
  project.provide('storybookDir', staticStorybook());
}
