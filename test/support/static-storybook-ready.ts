// setupFiles of the `visual` project: each test file starts once the static Storybook is built.
import { awaitSetup } from './await-setup.js';

/** The built static Storybook: read it, never write into it (it is shared across runs). */
export const storybookDir = awaitSetup<string>('storybookOutcome', 'Building the static Storybook');
