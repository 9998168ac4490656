// @ts-check
// Serves test/react/harness.ts bundled with React 18 (/test/react/react-18.js, from the
// test/react-18 workspace) or React 19 (/test/react/react-19.js, the root's), for the browser
// tests: React ships CommonJS, which the test runner does not convert.
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function reactBundles() {
  return {
    name: 'react-bundles',
    async serve({path}) {
      const version = path.match(/^\/test\/react\/react-(18|19)\.js$/)?.[1];
      if (!version) return undefined;
      const from = version === '18' ? './test/react-18/node_modules/' : './node_modules/';
      const result = await build({
        absWorkingDir: root,
        entryPoints: ['test/react/harness.ts'],
        bundle: true,
        format: 'esm',
        write: false,
        target: 'es2022',
        alias: {react: `${from}react`, 'react-dom': `${from}react-dom`},
        define: {'process.env.NODE_ENV': '"development"'},
        logLevel: 'silent',
      });
      return {body: result.outputFiles[0].text, type: 'js'};
    },
  };
}
