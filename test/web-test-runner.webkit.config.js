// @ts-check
// `npm run test:webkit`: the browser tests in Debian's WebKitGTK (scripts/webkit.js), with
// everything else as in web-test-runner.config.js, and once more on a dark system.
import config from '../web-test-runner.config.js';
import {webkitLauncher} from '../scripts/webkit.js';

export default {
  ...config,
  browsers: [webkitLauncher()],
  groups: [
    {
      name: 'dark system',
      files: ['test/system-color-scheme.test.ts'],
      browsers: [webkitLauncher({dark: true})],
    },
  ],
};
