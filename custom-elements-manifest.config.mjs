// `npm run analyze`: custom-elements.json from the JSDoc in src/.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer lists modules in file-system order, which differs between machines; CI
      // compares the committed manifest with a fresh one, so the order must not depend on it.
      name: 'stable-module-order',
      packageLinkPhase({customElementsManifest}) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
