// The publishers' four elements in one file: dist/story-widgets.all.js, the locale modules beside
// it, and the files it ships with (scripts/vite/files.ts); what the build does to the sources is in
// scripts/vite/transforms.ts. `npm run build` then builds the loader, dist/story-widgets.js
// (scripts/loader.vite.config.ts), the chip's and blocks' files (scripts/split.vite.config.ts),
// the views (scripts/views.vite.config.ts) and the kit (kit/vite.config.ts) with the same
// transforms. `npm start` runs its dev server, which
// serves the demo and the kit from source and dist/ as built (scripts/vite/built-files.ts).
import {readFileSync} from 'node:fs';
import {defineConfig} from 'vite';
import {earlyRequests, loaderChecked} from './scripts/vite/autoload.js';
import {builtFiles} from './scripts/vite/built-files.js';
import {
  editorDataFile,
  pageStylesheetFile,
  storySchemaFile,
  subresourceIntegrity,
} from './scripts/vite/files.js';
import {
  localeFiles,
  minifyTemplates,
  placeholderStylesInline,
  selfContainedLocales,
  viewsFile,
} from './scripts/vite/transforms.js';

const {targetLocales} = JSON.parse(readFileSync('lit-localize.json', 'utf8')) as {targetLocales: string[]};

export default defineConfig(({command}) => ({
  plugins: [
    builtFiles(),
    storySchemaFile(),
    pageStylesheetFile(),
    editorDataFile(),
    placeholderStylesInline(),
    minifyTemplates(),
    selfContainedLocales(),
    localeFiles(),
    viewsFile(),
    subresourceIntegrity(),
    earlyRequests(),
    loaderChecked(),
  ],
  // The bundle inlines Lit's production build: development warnings (src/core/attribute-checks.ts)
  // are left out of it. The dev server keeps them.
  define: command === 'build' ? {'globalThis.litIssuedWarnings': 'undefined'} : {},
  // The seed story is the demo's default data: one copy, beside the tests' other fixtures.
  publicDir: 'test/fixtures',
  build: {
    target: 'es2022',
    // The four elements in one self-contained module with Lit inlined, which the publishers' script
    // (the loader, scripts/loader.vite.config.ts, built next) loads for a page with block elements,
    // and which pages importing the library's functions from dist/ import; and the locale modules
    // beside it (localeFiles), loaded by a URL relative to its own. The chip's file and the
    // blocks' on top of it are built after (scripts/split.vite.config.ts).
    lib: {
      entry: {
        'story-widgets.all': 'src/story-widgets.ts',
        ...Object.fromEntries(
          targetLocales.map((locale) => [`locales/${locale}`, `src/generated/locales/${locale}.ts`])
        ),
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    // Vite keeps whitespace in library ES output for the sake of re-bundlers; this file goes
    // straight to readers, so it is minified fully.
    rolldownOptions: {
      output: {minify: true, comments: false},
      // @lit/localize declares no `sideEffects`, so its entry would keep every module it
      // re-exports (configureLocalization's runtime, id hashing) though the bundle uses only
      // `msg`, `str` and the locale controller. Its modules have no effect on import.
      treeshake: {moduleSideEffects: (id: string) => !id.includes('/node_modules/@lit/localize/')},
    },
    sourcemap: true,
    reportCompressedSize: false,
    copyPublicDir: false,
  },
}));
