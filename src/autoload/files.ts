/**
 * The files of dist/ the publishers' loader (loader.ts) imports, by what a page holds. Measured
 * (CONTRIBUTING, "Only the elements a page uses"): one file per element lost more to compressing
 * each apart than it saved, so there are three, each with every file it imports listed beside it
 * and asked for at once (no file waits for another to arrive):
 *
 * - a page with a block element from the start: `all`, the four elements in one file, as 0.2's
 *   single bundle (it is that bundle: src/story-widgets.ts);
 * - a page with only chips: `chip`, the chip and all it needs (Lit, the element's base, the data
 *   layer, localization);
 * - a block element that comes later to a page that had only chips: `blocks`, the three block
 *   elements on top of the chip's file, never a second copy of it.
 *
 * The build (scripts/vite/autoload.ts) fails when a file imports one its row does not list; `npm
 * run size` and the tests read this table too. No imports: the loader carries it.
 */
export const loaderFiles = {
  all: ['story-widgets.all'],
  chip: ['entity-chip'],
  blocks: ['blocks', 'entity-chip'],
} as const;

/** The tags, and which are the chip's: the others are block elements. */
export const chipTag = 'entity-chip';
export const blockTags = ['story-summary', 'takes-by-lens', 'story-numbers'] as const;

/** What every story needs once it arrives (the validator): asked for beside the story. */
export const storyFile = 'views';
/** What a block element's story needs too (its template and look): never on a page of chips. */
export const blockStoryFile = 'block-views';
