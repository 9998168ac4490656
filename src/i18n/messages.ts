import {msg, str} from '@lit/localize';
import {plural} from './format.js';

// Counts: one message each, holding a form per plural category of the language
// (`one {# take} other {# takes}`; Arabic has six, Japanese one). `npm run localize:check`
// makes every translation fill exactly the categories Intl.PluralRules reports for its locale.
// Call these inside render(), never at module level.

/** "1 take", "11 takes". */
export const takesCount = (n: number) =>
  plural(n, msg('one {# take} other {# takes}', {id: 'story-widgets.count.takes'}));

/** "1 lens", "4 lenses". */
export const lensesCount = (n: number) =>
  plural(n, msg('one {# lens} other {# lenses}', {id: 'story-widgets.count.lenses'}));

/** "1 region", "2 regions". */
export const regionsCount = (n: number) =>
  plural(n, msg('one {# region} other {# regions}', {id: 'story-widgets.count.regions'}));

/** "Show 1 more take", "Show 5 more takes". */
export const moreTakes = (n: number) =>
  plural(n, msg('one {Show # more take} other {Show # more takes}', {id: 'story-widgets.lenses.more'}));

/** "Updated 4 min ago": `when` is Intl.RelativeTimeFormat's. */
export const updatedAgo = (when: string) => msg(str`Updated ${when}`, {id: 'story-widgets.meta.updated'});

/** The mark of a take that arrived while the reader was on the page. */
export const newTake = () => msg('New', {id: 'story-widgets.take.new'});

/** What a live region says of an update (live-update.ts). */
export const liveNews = {
  takes: (n: number) =>
    plural(n, msg('one {# new take} other {# new takes}', {id: 'story-widgets.live.new-takes'})),
  coverage: () => msg('Coverage updated', {id: 'story-widgets.live.coverage'}),
  summary: () => msg('Summary updated', {id: 'story-widgets.live.summary'}),
  numbers: () => msg('Figures updated', {id: 'story-widgets.live.numbers'}),
};

const types: Record<string, () => string> = {
  event: () => msg('Event', {id: 'story-widgets.type.event'}),
  analysis: () => msg('Analysis', {id: 'story-widgets.type.analysis'}),
};

/** The types the story format names, in the reader's language; any other type as the story gives it. */
export const storyType = (type: string) => {
  const key = type.toLowerCase();
  return Object.hasOwn(types, key) ? types[key]() : type;
};
