import type { Preview } from '@storybook/react-vite';
import '../src/styles/index.css';
import '../stories/stories.css';

const preview: Preview = {
  parameters: {
    // An accessibility violation fails the story's test, not just the panel.
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
  },
};
export default preview;
