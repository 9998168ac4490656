import type {Story} from '../data/schema.js';

/** Words of about `length` characters in all: the ghost's text, never shown, only laid out. */
const words = (length: number) => 'nnnn eee nnnnn ii '.repeat(length / 18 + 1).slice(0, length);

/** A take: an outlet of 12 characters, and a summary and a quote of the given lengths. */
const take = (summary?: number, quote?: number) => ({
  outlet: words(12),
  url: 'https://example.org/',
  country: 'US',
  summary: summary && words(summary),
  quote: quote && words(quote),
});

/**
 * A story of typical size — the seed story's shape and text lengths — that each element renders,
 * invisibly, while its real story loads: the skeleton then takes about the place the content will,
 * at any width and font size, and with the element's own attributes (`sections`, `limit`, …).
 * Only its layout matters; fields set to `undefined` render as absent.
 */
export const typicalStory = {
  version: 1,
  id: 'typical',
  title: words(80),
  url: 'https://example.org/',
  type: 'event',
  date: '2026-06-12',
  dek: words(130),
  heads: [words(4), words(4)],
  summary: [words(740)],
  whyItMatters: words(300),
  watch: [words(80), words(70), words(70)],
  entities: [0, 1, 2, 3, 4].map((i) => ({id: `${i}`, name: words(14)})),
  related: [{id: 'related', title: words(35), url: 'https://example.org/'}],
  numbers: [36, 62, 29, 37].map((length) => ({value: words(10), label: words(length)})),
  lenses: [
    {id: '0', label: words(10), takes: [take(200), ...Array.from({length: 7}, () => take())]},
    ...[1, 2, 3].map((i) => ({id: `${i}`, label: words(18), takes: [take(215, 120)]})),
  ],
} as Story;
