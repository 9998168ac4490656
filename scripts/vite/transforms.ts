// What the publishers' build does to the sources on their way into the bundle: templates without
// their indentation, locale and views modules loaded by URL, and the skeletons' rules written out.
import type {Plugin} from 'vite';
import {transform} from 'lightningcss';
import {minifyHTMLLiterals, type DefaultOptions} from 'minify-literals';
import {placeholders} from '../../src/placeholders.js';
import {placeholderRules} from '../../src/render/placeholder.js';

/**
 * A plugin of the library builds alone, whose hooks ask `library()`: Storybook's build takes the
 * same plugins and changes the config after Vite's `apply` has read it, so the resolved config
 * says which build this is.
 */
export function libraryPlugin(
  name: string,
  hooks: (library: () => boolean) => Omit<Plugin, 'name'>,
  enforce?: 'pre'
): Plugin {
  let library = false;
  return {
    name,
    apply: 'build',
    enforce,
    configResolved(config) {
      library = Boolean(config.build.lib);
    },
    ...hooks(() => library),
  };
}

/**
 * The skeletons' rules written out at build time: the bundle carries the rules, not the table
 * and the function that write them (src/render/placeholder.styles.ts does that in source).
 */
export function placeholderStylesInline(): Plugin {
  return libraryPlugin('placeholder-styles', (library) => ({
    load(id) {
      if (!library() || !id.endsWith('/src/render/placeholder.styles.ts')) return null;
      const rules = Object.fromEntries(
        Object.keys(placeholders).map((tag) => [tag, placeholderRules(tag, false)])
      );
      return `import {unsafeCSS} from 'lit';\nconst rules = ${JSON.stringify(rules)};\nexport const placeholderStyles = (tag) => unsafeCSS(rules[tag]);\n`;
    },
  }));
}

/**
 * Locale modules as files of their own, `locales/<locale>.js` beside the bundle, which loads any of
 * them by URL with one line. A table of hashed chunk names would grow the first load with every
 * locale; this does not. The versioned URL (or the page's cache rules) stands in for the hash.
 */
export function localeFiles(): Plugin {
  // Only the library build emits the locale files; Storybook's build keeps the generated imports.
  return libraryPlugin('locale-files', (library) => ({
    load(id) {
      if (!library() || !id.endsWith('/src/generated/locale-loaders.ts')) return null;
      // `import.meta.url` through a variable: Vite would turn `new URL(`…${x}`, import.meta.url)`
      // into a lookup of the files it finds at build time (none: they are built beside).
      return 'const base = import.meta.url; export const loadLocale = (locale) => import(/* @vite-ignore */ new URL(`./locales/${locale}.js`, base).href);';
    },
  }));
}

/**
 * The elements' views and the validator as dist/views.js, and the live code as dist/live.js: files
 * of their own (scripts/views.vite.config.ts) that the bundle imports by a URL relative to its
 * own, the views beside the first story, the live code beside the first story with `refresh`.
 * The dynamic imports that load them in source (core/chunks-loader.ts, data/validator.ts) point
 * there instead. Why a rewrite, and not the bundler's own code splitting: splitting would put
 * what the bundle and the chunks share (Lit, the words) in a third file, one more round trip
 * before the first paint, or have the chunks import the bundle by its plain URL, which loads and
 * runs a second copy of it on a page that loaded `story-widgets.js?v=3`.
 */
export function viewsFile(): Plugin {
  // What each importing module imports, and the file of dist/ that holds it.
  const imports: Record<string, [string, string][]> = {
    '/src/core/chunks-loader.ts': [
      ["import('../views.js')", 'views.js'],
      ["import('../block-views.js')", 'block-views.js'],
      ["import('../live.js')", 'live.js'],
    ],
    '/src/data/validator.ts': [["import('./story-format.js')", 'views.js']],
  };
  return libraryPlugin(
    'views-file',
    (library) => ({
      transform(code, id) {
        const rewrites = Object.entries(imports).find(([module]) => id.endsWith(module))?.[1];
        if (!library() || !rewrites) return null;
        for (const [source, file] of rewrites) {
          if (!code.includes(source)) this.error(`${id} no longer has ${source}`);
          // `import.meta.url` through a variable, as in localeFiles(); declared last, so that no
          // line moves (the source map holds).
          code = code.replace(source, `import(/* @vite-ignore */ new URL('./${file}', viewsBase).href)`);
        }
        return {code: `${code}\nconst viewsBase = import.meta.url;\n`, map: null};
      },
    }),
    'pre'
  );
}

/**
 * Lit's `html` and `css` literals carry the source's indentation; readers need none of it. Two
 * passes, each its own transform (Vite chains their source maps): the markup with minify-literals'
 * own minifier, and the styles with Lightning CSS, which reads nested rules (`&`) that
 * minify-literals 1's clean-css drops, skipping the whole file.
 */
export function minifyTemplates(): Plugin[] {
  const pass = (name: string, options: DefaultOptions): Plugin => ({
    name,
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      const minified = await minifyHTMLLiterals(code, {fileName: id, ...options});
      return minified && {code: minified.code, map: minified.map?.toString()};
    },
  });
  return [
    // Not the CSS inside `html` templates: it would end `style=${styleMap(…)}` with a `;`, which
    // Lit rejects (styleMap must be the attribute's only part). Quotes only where a value needs
    // them, as minify-literals 2 wrote it: the same bytes, or fewer.
    pass('minify-templates', {
      shouldMinifyCSS: () => false,
      minifyOptions: {minifyCSS: false, removeAttributeQuotes: true},
    }),
    pass('minify-styles', {
      shouldMinify: () => false,
      minifyOptions: {
        minifyCSS: (css: string) =>
          transform({filename: 'style.css', code: Buffer.from(css), minify: true}).code.toString(),
      },
    }),
  ];
}

/**
 * Locale chunks import `str` from '@lit/localize'. Left alone, the bundler makes them import it
 * from the bundle (or from a third, shared file), so a bundle loaded as `story-widgets.js?v=3`
 * would load a second copy of itself as `./story-widgets.js`. `str` only tags a template
 * (@lit/localize `internal/str-tag.js` checks the `strTag` key), so each locale chunk gets
 * its own copy of that one line and imports nothing.
 */
export function selfContainedLocales(): Plugin {
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
