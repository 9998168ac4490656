import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Stories read the project's fixtures from Storybook itself: no request leaves the machine.
  staticDirs: [{from: '../test/fixtures', to: '/fixtures'}],
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  // The demo's public dir (the fixtures at the root) is not Storybook's: staticDirs serve them.
  // One Lit: Storybook's web-components renderer imports `lit/directive-helpers.js`, which the dev
  // server's dependency optimizer leaves out, so it served lit-html a second time beside the
  // pre-bundled copy ("Multiple versions of Lit loaded"). Pre-bundled with the rest, it is one.
  viteFinal: (config) => ({
    ...config,
    publicDir: false,
    optimizeDeps: {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
  }),
};

export default config;
