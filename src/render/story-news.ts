import {msg, str} from '@lit/localize';
import {say, saying, type Said} from '../page/announcer.js';
import {getLocale} from '../i18n/localization.js';
import type {Story} from '../data/schema.js';

/** Whether a live update left these fields of the story as they were. */
export const unchanged = (a: Story, b: Story, keys: (keyof Story)[]) =>
  keys.every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));

interface Outcomes {
  host: Element;
  loaded: string[];
  failed: string[];
  fallback: boolean;
  /** Their words in the page's region: `undefined` until they are there, `null` if they need not be. */
  said?: Said | null;
}

// Module state, because the page hears one announcement for all its elements: the outcomes of the
// stories that rendered until the page's region speaks (the elements of one story settle within a
// frame or two of each other: page/first-paint.ts), said once, together.
let pending: Outcomes | undefined;

const list = (items: string[]) =>
  new Intl.ListFormat(getLocale(), {type: 'unit', style: 'short'}).format(items);

/**
 * Says that `host`'s story rendered (`ready`) or could not be shown (`error`), naming `part`, the
 * part of the page it is, once for every element that settles before the region speaks; where
 * the publisher's fallback content shows instead (`fallback`), says so.
 */
export function reportOutcome(host: HTMLElement, part: string, status: 'ready' | 'error', fallback = false) {
  // The report open until the region has said it, or the element it came from has left the page.
  const said = pending?.said;
  const open = pending && (said === undefined || (said && saying(said) && said.host.isConnected));
  const outcomes = open ? pending! : (pending = {host, loaded: [], failed: [], fallback: false});
  const into = status === 'ready' ? outcomes.loaded : outcomes.failed;
  if (!into.includes(part)) into.push(part);
  if (status === 'error' && fallback) outcomes.fallback = true;
  const flush = () => {
    const {loaded, failed} = outcomes;
    const words = [
      loaded.length ? msg(str`Loaded: ${list(loaded)}.`, {id: 'story-widgets.live.loaded'}) : '',
      failed.length ? msg(str`Could not be loaded: ${list(failed)}.`, {id: 'story-widgets.live.failed'}) : '',
      outcomes.fallback
        ? msg('The page shows its own content instead.', {id: 'story-widgets.live.fallback'})
        : '',
    ];
    // Null when the region holds the same words already (said by another copy of the library).
    outcomes.said = say(outcomes.host, words.filter(Boolean).join(' '), getLocale(), outcomes.said) ?? null;
  };
  // A new report a task later: the region comes in the task after the story's render, never in
  // the same one. One in the region already takes the outcome at once, while it is still to be
  // said (a report made later would say its first outcomes again).
  if (outcomes.said) flush();
  else if (!open) setTimeout(flush);
}
