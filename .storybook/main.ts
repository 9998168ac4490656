import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Stories read the project's fixtures from Storybook itself: no request leaves the machine.
  staticDirs: [{from: '../test/fixtures', to: '/fixtures'}],
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  // The demo's public dir (the fixtures at the root) is not Storybook's: staticDirs serve them.
  viteFinal: (config) => ({...config, publicDir: false}),
};

export default config;
