/**
 * The place each block element keeps before its story arrives, beside its description
 * (elements.ts): a table of its own, because every element's styles read it up front (apps import
 * it; the publishers' build writes its rules out) and need none of the descriptions' rules, which
 * only the development warnings and the tools read. No DOM, no Lit.
 */
import type {StoryWidgetTag} from './elements.js';

/**
 * A height as a function of width: `[a, b, c, d, …]` is max(a − b·w, c − d·w, …) em, w being the
 * element's width in em (render/placeholder.ts).
 */
export type Formula = readonly number[];

/**
 * The height a block element keeps before its story arrives (render/placeholder.ts): a formula
 * for each set of attributes that changes it, `''` for none (`npm run placeholders` fits them).
 * `parts` names the attribute whose words add up the height: with it, `base` plus the formula of
 * each word it names (the summary's `sections`). A table of its own, beside the descriptions:
 * the elements' styles read it, and need none of the rest.
 */
export interface Placeholder {
  readonly sizes: Readonly<Record<string, Formula>>;
  readonly parts?: string;
}

/** The place each block element keeps (`Placeholder`); the chip, inline, keeps none. */
export const placeholders: Partial<Record<StoryWidgetTag, Placeholder>> = {
  'story-summary': {
    parts: 'sections',
    sizes: {
      // Compact: headline, dek, meta line, the summary's first sentences, the link, the button.
      '': [69, 1.64, 50, 0.75, 29, 0.17],
      // With `sections`: the headline and dek (and 2 em for the link, which most name), plus what
      // each part named adds.
      base: [32, 0.82, 15, 0.13],
      meta: [5, 0.08, 2, 0],
      summary: [67, 1.77, 46, 0.88, 22, 0.19],
      why: [29, 0.64, 20, 0.28, 12, 0.07],
      watch: [20, 0.24, 9, 0],
      entities: [17, 0.38, 7, 0.02],
      // The seed's related story has no title, so shows none: a story with titled ones, one line.
      related: [6, 0],
    },
  },
  'takes-by-lens': {
    sizes: {
      // A long list whose end is far below the first screen: a few lines are close enough.
      '': [184, 3.99, 148, 2.29, 92, 0.4],
      // A limit keeps each lens's first takes, the first the longest: one formula for 1 to 3.
      '[limit]': [164, 3.43, 138, 2.2, 80, 0.35],
      '[limit="0"]': [35, 0.17, 29, 0],
    },
  },
  'story-numbers': {
    sizes: {
      '': [35, 0.64, 18, 0.14],
      '[layout=list i]': [29, 0.59, 12, 0],
    },
  },
};
