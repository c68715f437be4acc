import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Written by `npm run manifest` (run before Storybook starts): controls and docs come from
// the same JSDoc as the custom-elements manifest.
import manifest from '../dist/custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};
export default preview;
