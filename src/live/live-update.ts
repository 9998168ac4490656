import type {LiveStory} from '../chunks.js';
import type {Story} from '../data/schema.js';
import {say} from '../page/announcer.js';
import {getLocale} from '../i18n/localization.js';

/**
 * Shows `story` in the element in place: no loading state between, focus where it was (Lit keeps
 * the nodes), and nothing below an element that starts above the viewport moving. Chromium and
 * Firefox anchor the scroll position themselves (CSS scroll anchoring); where an engine does not,
 * the page scrolls by what the element grew. Resolves to the story it showed before and what
 * changed, as the element says it.
 */
export async function applyUpdate(live: LiveStory, story: Story) {
  const {host} = live;
  const previous = live.shown();
  if (!previous) return undefined;
  const before = !CSS.supports('overflow-anchor', 'auto') && host.getBoundingClientRect();
  const news = live.describe(previous, story);
  live.show(story);
  await host.updateComplete;
  if (before && before.top < 0) scrollBy(0, host.getBoundingClientRect().bottom - before.bottom);
  watchSeen(live);
  return {previous, news};
}

/** One announcement per update, in the UI language, from the page's live region (announcer.ts). */
export function announce(hosts: Element[], said: string[]) {
  const host = hosts.find((h) => h.isConnected && h.shadowRoot);
  const news = [...new Set(said.filter(Boolean))];
  if (!host || !news.length) return;
  say(host, new Intl.ListFormat(getLocale(), {style: 'short', type: 'unit'}).format(news), getLocale());
}

const seen = new WeakSet<Element>();
// Module state, because one observer serves the page: each take marked new, to its element.
const owners = new WeakMap<Element, LiveStory>();
let observer: IntersectionObserver | undefined;

/**
 * A take marked new stays marked until the reader has seen it: once it has been at least half
 * in view and then leaves it, its element lets the mark go.
 */
function watchSeen(live: LiveStory) {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const {target, isIntersecting} of entries) {
        if (!target.part.contains('new')) observer!.unobserve(target);
        else if (isIntersecting) seen.add(target);
        else if (seen.has(target)) {
          observer!.unobserve(target);
          const url = target.querySelector<HTMLAnchorElement>('a.outlet')?.href;
          if (url) owners.get(target)?.seen(url);
        }
      }
    },
    {threshold: 0.5}
  );
  for (const take of live.host.shadowRoot?.querySelectorAll('[part~="new"]') ?? []) {
    owners.set(take, live);
    observer.observe(take);
  }
}
