// `npm run build`, third step: the publisher's kit as static files beside the bundle in dist/ —
// the configurator (configurator.html), the iframe rendition (embed.html, with embed-frame.js) and
// the script that sizes its frames (embed-host.js). Both pages load the publishers' bundle itself, not a copy.
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {defineConfig, type Plugin} from 'vite';
import {minifyTemplates} from '../scripts/vite/transforms.js';

/**
 * In dist/, the pages load the bundle beside them (`./story-widgets.js`), the very file a
 * publisher's script tag loads, instead of building the library again. STORY_WIDGETS_EMBED_ORIGINS
 * ("https://news.example.org https://cdn.example.org") sets the origins embed.html shows stories
 * from, in its allow-list and its Content-Security-Policy. STORY_WIDGETS_EMBED_HOST
 * ("https://embed.example.org") names the origin dist/ is served from beside each 'self' of that
 * policy: in a frame sandboxed without allow-same-origin (WordPress's, for a discovered provider)
 * WebKit matches 'self' to nothing, and the page could load neither its scripts nor its story.
 */
function kitPages(): Plugin {
  const origins = process.env.STORY_WIDGETS_EMBED_ORIGINS?.trim();
  const host = process.env.STORY_WIDGETS_EMBED_HOST?.trim();
  return {
    name: 'kit-pages',
    apply: 'build',
    // The configurator's "Use the seed story": the seed, beside it.
    generateBundle() {
      const seed = 'venezuela-nino-guerrero-strike.json';
      this.emitFile({type: 'asset', fileName: seed, source: readFileSync(`test/fixtures/${seed}`)});
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        let out = html
          .replace(
            '<script type="module" src="../src/story-widgets.ts"></script>',
            '<script type="module" src="./story-widgets.js" vite-ignore></script>'
          )
          // Built as an entry of its own below: a classic script, which Vite leaves to the page.
          .replace(
            '<script src="./embed-frame.ts"></script>',
            '<script src="./embed-frame.js" vite-ignore></script>'
          );
        if (host) out = out.replaceAll("'self'", `'self' ${new URL(host).origin}`);
        if (origins) {
          out = out
            .replace('content="self"', `content="self ${origins}"`)
            .replace("connect-src 'self'", `connect-src 'self' ${origins}`);
        }
        return out;
      },
    },
  };
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  plugins: [kitPages(), minifyTemplates()],
  // The pages' own folder: they land at dist/configurator.html and dist/embed.html.
  root: here('.'),
  publicDir: false,
  // Relative URLs: dist/ may be served from any path.
  base: './',
  build: {
    outDir: here('../dist'),
    emptyOutDir: false,
    target: 'es2022',
    modulePreload: false,
    rolldownOptions: {
      input: {
        configurator: here('configurator.html'),
        embed: here('embed.html'),
        'embed-host': here('embed-host.ts'),
        'embed-frame': here('embed-frame.ts'),
      },
      output: {
        minify: true,
        entryFileNames: '[name].js',
        chunkFileNames: 'kit-[name]-[hash].js',
        assetFileNames: 'kit-[name]-[hash][extname]',
      },
    },
  },
});
