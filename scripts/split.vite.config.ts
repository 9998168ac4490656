// `npm run build`, second step: the files the publishers' loader (src/autoload/loader.ts) imports on
// a page that starts with only chips — dist/entity-chip.js, the chip and all it needs, and
// dist/blocks.js, the three block elements on top of it, for block elements that come later. The
// same sources and transforms as the single bundle (vite.config.ts); scripts/vite/autoload.ts
// names and checks them.
import {defineConfig} from 'vite';
import {earlyRequests, loaderChecked, splitDefinitions, splitEntries} from './vite/autoload.js';
import {publishersFiles, subresourceIntegrity} from './vite/files.js';
import {localeFiles, minifyTemplates, placeholderStylesInline, viewsFile} from './vite/transforms.js';

export default defineConfig({
  plugins: [
    splitDefinitions(),
    placeholderStylesInline(),
    minifyTemplates(),
    localeFiles(),
    viewsFile(),
    subresourceIntegrity(),
    earlyRequests(),
    loaderChecked(),
  ],
  define: {'globalThis.litIssuedWarnings': 'undefined'},
  publicDir: false,
  build: publishersFiles(splitEntries, {
    // The blocks' file imports the chip's entry file itself, not a third file the two share.
    preserveEntrySignatures: 'allow-extension',
    output: {minify: true, chunkFileNames: '[name].js'},
    treeshake: {moduleSideEffects: (id: string) => !id.includes('/node_modules/@lit/localize/')},
  }),
});
