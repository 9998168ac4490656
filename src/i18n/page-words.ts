import type {PageWords} from '../chunks.js';

// Module state, because a chunk of the publishers' bundle has one loader: the bundle that
// imported it. Elsewhere (an app, a server, the tests) the chunks import the words themselves and
// nothing reads this.
let given: PageWords | undefined;

/**
 * What a chunk of the publishers' bundle takes from the bundle that loaded it (chunks-loader.ts):
 * the words of the page's language and the locale, which hold state there. The chunk's imports of
 * them are stand-ins that ask here (scripts/views.vite.config.ts).
 */
export const connect = (words: PageWords) => void (given = words);

/** The words handed over; the stand-ins call these. */
export const pageWords = (): PageWords => given!;
