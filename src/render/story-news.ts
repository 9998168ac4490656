import {msg, str} from '@lit/localize';
import {say} from '../page/announcer.js';
import {getLocale} from '../i18n/localization.js';

/** The part of the page each block element is, as an announcement names it (a chip is in a sentence). */
const parts: Record<string, () => string> = {
  'story-summary': () => msg('Story summary', {id: 'story-widgets.part.summary'}),
  'takes-by-lens': () => msg('How outlets covered it', {id: 'story-widgets.lenses.heading'}),
  'story-numbers': () => msg('By the numbers', {id: 'story-widgets.numbers.heading'}),
};

interface Outcomes {
  host: Element;
  loaded: string[];
  failed: string[];
  fallback: boolean;
}

// The outcomes of the stories that rendered in the last moments: the page's elements settle
// within a few tasks of each other, and a screen reader hears them once, together.
let pending: Outcomes | undefined;

const list = (items: string[]) =>
  new Intl.ListFormat(getLocale(), {type: 'unit', style: 'short'}).format(items);

/**
 * Says that `host`'s story rendered (`ready`) or could not be shown (`error`), naming the part of
 * the page it is, once for every element that settles at about the same time; where the
 * publisher's fallback content shows instead (`fallback`), says so.
 */
export function reportOutcome(host: HTMLElement, status: 'ready' | 'error', fallback = false) {
  const part = parts[host.localName];
  if (!part) return;
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
  const named = part();
  const into = status === 'ready' ? pending.loaded : pending.failed;
  if (!into.includes(named)) into.push(named);
  if (status === 'error' && fallback) pending.fallback = true;
}
