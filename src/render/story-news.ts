import {msg, str} from '@lit/localize';
import {say} from '../page/announcer.js';
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
}

// Module state, because the page hears one announcement for all its elements: the outcomes of the
// stories that rendered in the last moments (the elements settle within a few tasks of each
// other), said once, together.
let pending: Outcomes | undefined;

const list = (items: string[]) =>
  new Intl.ListFormat(getLocale(), {type: 'unit', style: 'short'}).format(items);

/**
 * Says that `host`'s story rendered (`ready`) or could not be shown (`error`), naming `part`, the
 * part of the page it is, once for every element that settles at about the same time; where the
 * publisher's fallback content shows instead (`fallback`), says so.
 */
export function reportOutcome(host: HTMLElement, part: string, status: 'ready' | 'error', fallback = false) {
  if (!pending) {
    pending = {host, loaded: [], failed: [], fallback: false};
    setTimeout(() => {
      const {loaded, failed, fallback} = pending!;
      const words = [
        loaded.length ? msg(str`Loaded: ${list(loaded)}.`, {id: 'story-widgets.live.loaded'}) : '',
        failed.length
          ? msg(str`Could not be loaded: ${list(failed)}.`, {id: 'story-widgets.live.failed'})
          : '',
        fallback ? msg('The page shows its own content instead.', {id: 'story-widgets.live.fallback'}) : '',
      ];
      say(pending!.host, words.filter(Boolean).join(' '), getLocale());
      pending = undefined;
    });
  }
  const into = status === 'ready' ? pending.loaded : pending.failed;
  if (!into.includes(part)) into.push(part);
  if (status === 'error' && fallback) pending.fallback = true;
}
