import { addons } from 'storybook/manager-api';

// Storybook 10.6.7's zoom control renders its popover without an accessible label and logs a
// deprecation warning on every page; the stories need no zoom, so it is left out.
addons.setConfig({ toolbar: { zoom: { hidden: true } } });
