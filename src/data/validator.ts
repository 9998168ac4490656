/**
 * The validator, imported when a story loads rather than with the loader: the publishers' bundle
 * ships it in its second file, dist/views.js, with the elements' templates, which loads beside the
 * story instead of before it (vite.config.ts points this import there).
 */
export const loadValidator = () => import('./story-format.js');
