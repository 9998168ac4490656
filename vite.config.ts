import {createHash} from 'node:crypto';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {defineConfig, type Plugin} from 'vite';
import {minifyHTMLLiterals} from 'minify-literals';
import {storySchema} from './src/data/schema.js';
import {pageStylesheet, placeholderRules, placeholderSizes} from './src/shared/placeholder.js';

const storySchemaMetadata = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Story',
  description: 'One news story as the site publishes it (story JSON, version 1).',
};

/** Ships the JSON Schema for the site's producers, written from the one schema the code uses. */
function storySchemaFile(): Plugin {
  return {
    name: 'story-schema',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'story.schema.json',
        // The metadata lives here, not in the schema the bundle carries to validate with.
        source: `${JSON.stringify({...storySchemaMetadata, ...storySchema}, null, 2)}\n`,
      });
    },
  };
}

/**
 * dist/story-widgets.css, which a publisher links before the script: each element keeps its place
 * from the first paint, before the script has run (src/shared/placeholder.ts).
 */
function pageStylesheetFile(): Plugin {
  return {
    name: 'page-stylesheet',
    apply: 'build',
    generateBundle() {
      if (!this.environment.config.build.lib) return;
      this.emitFile({type: 'asset', fileName: 'story-widgets.css', source: `${pageStylesheet()}\n`});
    },
  };
}

/** VS Code's HTML custom data (src/generated/, from the manifest), shipped beside the bundle. */
function editorDataFile(): Plugin {
  return {
    name: 'editor-data',
    apply: 'build',
    generateBundle() {
      if (!this.environment.config.build.lib) return;
      const fileName = 'vscode.html-custom-data.json';
      this.emitFile({type: 'asset', fileName, source: readFileSync(`src/generated/${fileName}`)});
    },
  };
}

/**
 * The skeletons' rules written out at build time: the bundle carries the rules, not the table
 * and the function that write them (src/shared/placeholder.styles.ts does that in source).
 */
function placeholderStylesInline(): Plugin {
  let library = false;
  return {
    name: 'placeholder-styles',
    apply: 'build',
    configResolved(config) {
      library = Boolean(config.build.lib);
    },
    load(id) {
      if (!library || !id.endsWith('/src/shared/placeholder.styles.ts')) return null;
      const rules = Object.fromEntries(
        Object.keys(placeholderSizes).map((tag) => [tag, placeholderRules(tag, false)])
      );
      return `import {unsafeCSS} from 'lit';\nconst rules = ${JSON.stringify(rules)};\nexport const placeholderStyles = (tag) => unsafeCSS(rules[tag]);\n`;
    },
  };
}

/**
 * dist/sri.json: the `sha384-…` integrity of the publishers' bundle, its stylesheet and each locale
 * module it may load, for embed codes that pin a versioned CDN file (the configurator writes them). The
 * build is reproducible — the same sources give the same bytes — so the hashes hold.
 */
function subresourceIntegrity(): Plugin {
  return {
    name: 'subresource-integrity',
    apply: 'build',
    writeBundle({dir = 'dist'}, bundle) {
      // Two builds write here (this one, then vite.views.config.ts): each adds its files.
      const path = join(dir, 'sri.json');
      const files: Record<string, string> = existsSync(path)
        ? JSON.parse(readFileSync(path, 'utf8')).files
        : {};
      for (const name of Object.keys(bundle)
        .filter((file) => /\.(js|css)$/.test(file))
        .sort()) {
        files[name] = `sha384-${createHash('sha384')
          .update(readFileSync(join(dir, name)))
          .digest('base64')}`;
      }
      const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
      const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
      writeFileSync(path, `${JSON.stringify({version, files: sorted}, null, 2)}\n`);
    },
  };
}

const {targetLocales} = JSON.parse(readFileSync('lit-localize.json', 'utf8')) as {targetLocales: string[]};

/**
 * Locale modules as files of their own, `locales/<locale>.js` beside the bundle, which loads any of
 * them by URL with one line. A table of hashed chunk names would grow the first load with every
 * locale; this does not. The versioned URL (or the page's cache rules) stands in for the hash.
 */
function localeFiles(): Plugin {
  // Only the library build emits the locale files; Storybook's build (which takes these plugins)
  // keeps the generated imports.
  let library = false;
  return {
    name: 'locale-files',
    apply: 'build',
    configResolved(config) {
      library = Boolean(config.build.lib);
    },
    load(id) {
      if (!library || !id.endsWith('/src/generated/locale-loaders.ts')) return null;
      // `import.meta.url` through a variable: Vite would turn `new URL(`…${x}`, import.meta.url)`
      // into a lookup of the files it finds at build time (none: they are built beside).
      return 'const base = import.meta.url; export const loadLocale = (locale) => import(/* @vite-ignore */ new URL(`./locales/${locale}.js`, base).href);';
    },
  };
}

/**
 * The elements' views and the validator as dist/views.js, a file of its own (vite.views.config.ts)
 * that the bundle imports by a URL relative to its own when a first story loads, beside it: the
 * two imports that load them in source point there instead.
 */
function viewsFile(): Plugin {
  let library = false;
  const imports: Record<string, string> = {
    '/src/shared/views-loader.ts': "() => import('../views.js')",
    '/src/data/validator.ts': "() => import('./story-format.js')",
  };
  return {
    name: 'views-file',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      library = Boolean(config.build.lib);
    },
    transform(code, id) {
      const source = Object.entries(imports).find(([file]) => id.endsWith(file))?.[1];
      if (!library || !source) return null;
      if (!code.includes(source)) this.error(`${id} no longer imports ${source}`);
      // `import.meta.url` through a variable, as in localeFiles(); declared last, so that no line
      // moves (the source map holds).
      const url = "() => import(/* @vite-ignore */ new URL('./views.js', viewsBase).href)";
      return {code: `${code.replace(source, url)}\nconst viewsBase = import.meta.url;\n`, map: null};
    },
  };
}

/** Lit's `html` and `css` literals carry the source's indentation; readers need none of it. */
function minifyTemplates(): Plugin {
  return {
    name: 'minify-templates',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      // Not the CSS inside `html` templates: it would end `style=${styleMap(…)}` with a `;`, which
      // Lit rejects (styleMap must be the attribute's only part).
      return (await minifyHTMLLiterals(code, {fileName: id, html: {minifyCSS: false}})) ?? null;
    },
  };
}

/**
 * Locale chunks import `str` from '@lit/localize'. Left alone, the bundler makes them import it
 * from the bundle (or from a third, shared file), so a bundle loaded as `story-widgets.js?v=3`
 * would load a second copy of itself as `./story-widgets.js`. `str` only tags a template
 * (@lit/localize `internal/str-tag.js` checks the `strTag` key), so each locale chunk gets
 * its own copy of that one line and imports nothing.
 */
function selfContainedLocales(): Plugin {
  const id = '\0locale-str';
  return {
    name: 'self-contained-locales',
    enforce: 'pre',
    apply: 'build',
    resolveId(source, importer) {
      // One module per locale, so that no two chunks share it.
      return source === '@lit/localize' && importer?.includes('/src/generated/locales/')
        ? `${id}?${importer}`
        : null;
    },
    load(source) {
      if (!source.startsWith(id)) return null;
      return 'export const str = (strings, ...values) => ({strTag: true, strings, values});';
    },
  };
}

export {minifyTemplates, subresourceIntegrity};

export default defineConfig(({command}) => ({
  plugins: [
    storySchemaFile(),
    pageStylesheetFile(),
    editorDataFile(),
    placeholderStylesInline(),
    minifyTemplates(),
    selfContainedLocales(),
    localeFiles(),
    viewsFile(),
    subresourceIntegrity(),
  ],
  // The bundle inlines Lit's production build: development warnings (src/shared/attribute-checks.ts)
  // are left out of it. The dev server keeps them.
  define: command === 'build' ? {'globalThis.litIssuedWarnings': 'undefined'} : {},
  // The seed story is the demo's default data: one copy, beside the tests' other fixtures.
  publicDir: 'test/fixtures',
  build: {
    target: 'es2022',
    // The publishers' bundle: one self-contained module with Lit inlined, and the locale modules
    // beside it (localeFiles), loaded by a URL relative to the bundle's own.
    lib: {
      entry: {
        'story-widgets': 'src/story-widgets.ts',
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
      output: {minify: true},
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
