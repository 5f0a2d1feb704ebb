import type { Preview } from '@storybook/react-vite';
import { configure } from 'storybook/test';
import '../src/styles/index.css';
import '../stories/stories.css';

// The play functions' findBy* and waitFor wait on conditions; Testing Library's 1 s limit is too short
// when Chromium shares a loaded 2-core machine. A real hang still fails, after 10 s.
configure({ asyncUtilTimeout: 10_000 });

const preview: Preview = {
  parameters: {
    // An accessibility violation fails the story's test, not just the panel.
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
  },
};
export default preview;
