// `npm run build`, second step, after the publishers' bundle: dist/views.js, the story validator
// and what every element needs of a story, and dist/block-views.js, the block elements' views,
// which the bundle imports by URL when a first story loads (src/core/chunks-loader.ts). The block
// views import dist/views.js for all the two share, never a third file: the elements ask for both
// at once, so neither waits for another to arrive.
// It imports nothing: a template is plain data, so it gets Lit's `html` and `nothing` of its own,
// and takes what holds state — the page's words and locale — from the bundle that loaded it
// (src/i18n/page-words.ts). Lit itself is not in it, nor a second Trusted Types policy. Why
// stand-ins and not imports of the bundle: scripts/vite/transforms.ts, viewsFile().
import {defineConfig, type Plugin} from 'vite';
import {publishersFiles, subresourceIntegrity} from './vite/files.js';
import {minifyTemplates, viewsFile} from './vite/transforms.js';

/** Modules the views take from the bundle, as small stand-ins, by what an import resolves to. */
const bridged: Record<string, string> = {
  // lit-html's own `html` (lit-html.ts, `tag`) and `nothing`: what a template result is.
  lit: [
    "export const html = (strings, ...values) => ({['_$litType$']: 1, strings, values});",
    "export const nothing = Symbol.for('lit-nothing');",
    // A story's styles as text: the elements make stylesheets of them with the page's Lit
    // (src/core/story-styles.ts).
    'export const css = (strings, ...values) => ({cssText: strings.reduce((a, s, i) => a + values[i - 1] + s)});',
  ].join('\n'),
  '@lit/localize': [
    "import {pageWords} from '/src/i18n/page-words.ts';",
    'export const msg = (...args) => pageWords().msg(...args);',
    'export const str = (strings, ...values) => ({strTag: true, strings, values});',
  ].join('\n'),
  '/src/i18n/localization.ts': [
    "import {pageWords} from '/src/i18n/page-words.ts';",
    'export const getLocale = () => pageWords().getLocale();',
    'export const formatLocale = () => pageWords().formatLocale();',
  ].join('\n'),
};

function bridge(): Plugin {
  const prefix = '\0bridged:';
  return {
    name: 'views-bridge',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source === 'lit' || source === '@lit/localize') return prefix + source;
      if (source === '/src/i18n/page-words.ts') return this.resolve(`.${source}`);
      const resolved = await this.resolve(source, importer, {skipSelf: true});
      const local = resolved && Object.keys(bridged).find((path) => resolved.id.endsWith(path));
      return local ? prefix + local : null;
    },
    load: (id) => (id.startsWith(prefix) ? bridged[id.slice(prefix.length)] : null),
  };
}

/**
 * Files of dist/ the bundle imports by URL: `views` and `block-views` (beside the first story) or
 * `live` (beside the first story with `refresh`, scripts/live.vite.config.ts). All take Lit's
 * stand-ins and the page's words from the bundle; live.js takes the validator from views.js
 * (viewsFile()).
 */
export const bundleFile = (...entries: ('views' | 'block-views' | 'live')[]) =>
  defineConfig({
    plugins: [bridge(), viewsFile(), minifyTemplates(), subresourceIntegrity()],
    define: {'globalThis.litIssuedWarnings': 'undefined'},
    publicDir: false,
    build: publishersFiles(Object.fromEntries(entries.map((entry) => [entry, `src/${entry}.ts`])), {
      // What block-views.ts shares with views.ts stays in views.js, which it imports.
      preserveEntrySignatures: 'allow-extension',
      output: {minify: true, comments: false, chunkFileNames: '[name].js'},
    }),
  });

export default bundleFile('views', 'block-views');
