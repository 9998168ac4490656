// `npm run build`, third step: dist/live.js, what keeps a story with `refresh` current
// (src/live.ts), which the bundle imports by URL only on pages that use it.
import {bundleFile} from './views.vite.config.js';

export default bundleFile('live');
