// @ts-check
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {ignores: ['dist/', 'dist-*/', 'storybook-static/', 'src/generated/', 'coverage/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {languageOptions: {globals: globals.browser}},
  // A base class's hook names the parameter its overrides use: `_link`.
  {rules: {'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}]}},
  {
    files: [
      '*.config.{js,ts}',
      '.puppeteerrc.cjs',
      'scripts/**',
      'test/*.js',
      'test/node/**',
      '.storybook/**',
    ],
    languageOptions: {globals: {...globals.node, module: 'writable'}},
  },
  {
    // The apps are built by their own framework's tools, with its rules (scripts/test-apps.js).
    files: ['test/apps/**'],
    languageOptions: {globals: {...globals.browser, ...globals.node}},
  },
  {
    // Tests spoil stories on purpose: `any` is the honest type there.
    files: ['test/**', 'stories/**'],
    rules: {'@typescript-eslint/no-explicit-any': 'off'},
  }
);
