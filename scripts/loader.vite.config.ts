// `npm run build`, second step: dist/story-widgets.js, the publishers' script, a loader
// (src/autoload/loader.ts) built on its own, so that what it takes from the sources (the locale
// negotiation, the early requests' key) is copied into it: a module it shared with the elements'
// files would be a file it imports, which the page would wait for before anything could start.
import {defineConfig} from 'vite';
import {loaderChecked} from './vite/autoload.js';
import {publishersFiles, subresourceIntegrity} from './vite/files.js';

export default defineConfig({
  plugins: [subresourceIntegrity(), loaderChecked()],
  publicDir: false,
  build: publishersFiles({'story-widgets': 'src/autoload/loader.ts'}, {output: {minify: true}}),
});
