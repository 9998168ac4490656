import type {Story} from '../data/schema.js';

// What the element and its view both need: the element's own code must not reach takes.ts (its
// view's), or apps would load the view with the element.

/** A language tag's language: `pt` for `pt-BR`. */
export const primary = (tag?: string) => tag?.split(/[-_]/)[0].toLowerCase();

/** The lenses `<takes-by-lens>` shows: those with takes, or the one `lens` names, if the story has it. */
export function lensesShown(story: Story, lens?: string) {
  const lenses = (story.lenses ?? []).filter((item) => item.takes.length);
  const named = lenses.filter((item) => item.id === lens);
  return named.length ? named : lenses;
}
