import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The stories import src/define/*.ts for their side effect (registering a tag), and the
  // package's `sideEffects` names only the published dist/ files: keep the sources' effects.
  viteFinal: config => ({
    ...config,
    plugins: [
      ...(config.plugins ?? []),
      {
        name: 'myocheck-sources-have-side-effects',
        transform: (code: string, id: string) =>
          id.includes('/src/') ? { code, map: null, moduleSideEffects: true } : undefined,
      },
    ],
  }),
};
export default config;
