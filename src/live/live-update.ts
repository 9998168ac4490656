import type {ReactiveControllerHost} from 'lit';
import type {Story, Take} from '../data/schema.js';
import {say} from '../page/announcer.js';
import {getLocale} from '../i18n/localization.js';
import {liveNews} from '../i18n/messages.js';
import type {StoryController} from '../core/story-controller.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Fired when a newer version of a live story (`refresh`) has rendered in place. */
export class StoryUpdateEvent extends CustomEvent<{story: Story; previous: Story}> {
  constructor(story: Story, previous: Story) {
    super('story-update', {bubbles: true, composed: true, detail: {story, previous}});
  }
}

/** The takes marked new, by story: their URLs (the views' `freshTakes`). */
type Fresh = WeakMap<object, Set<string>>;

const takes = (story?: Story): Take[] => story?.lenses?.flatMap((lens) => lens.takes) ?? [];
const takeUrls = (story?: Story) => new Set(takes(story).map((take) => take.url));
const same = (a: Story, b: Story, keys: (keyof Story)[]) =>
  keys.every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));

/** The takes of `story` to mark as new: those `previous` lacked, and those still marked in it. */
export function freshIn(fresh: Fresh, story: Story, previous?: Story) {
  const before = takeUrls(previous);
  const unseen = (previous && fresh.get(previous)) || new Set();
  return new Set([...takeUrls(story)].filter((url) => url && (!before.has(url) || unseen.has(url))));
}

/** What changed for an element, as its live region says it; nothing for a chip. */
function news(tag: string, story: Story, previous: Story) {
  if (tag === 'takes-by-lens') {
    const before = takeUrls(previous);
    const added = takes(story).filter((take) => !before.has(take.url)).length;
    return added ? liveNews.takes(added) : same(story, previous, ['lenses']) ? '' : liveNews.coverage();
  }
  if (tag === 'story-numbers') return same(story, previous, ['numbers']) ? '' : liveNews.numbers();
  const summary: (keyof Story)[] = [
    'title',
    'dek',
    'type',
    'date',
    'heads',
    'summary',
    'whyItMatters',
    'watch',
  ];
  return tag === 'story-summary' && !same(story, previous, [...summary, 'entities', 'related'])
    ? liveNews.summary()
    : '';
}

/**
 * Shows `story` in `host` in place: no loading state between, focus where it was (Lit keeps the
 * nodes), and nothing below an element that starts above the viewport moving. Chromium and
 * Firefox anchor the scroll position themselves (CSS scroll anchoring); where an engine does not,
 * the page scrolls by what the element grew. Resolves to the story it showed and what changed.
 */
export async function applyUpdate(host: Host, controller: StoryController, story: Story, fresh: Fresh) {
  const {state} = controller;
  if (state.status !== 'ready') return undefined;
  const before = !CSS.supports('overflow-anchor', 'auto') && host.getBoundingClientRect();
  controller.show(story);
  await host.updateComplete;
  if (before && before.top < 0) scrollBy(0, host.getBoundingClientRect().bottom - before.bottom);
  watchSeen(host, fresh);
  return {previous: state.story, news: news(host.localName, story, state.story)};
}

/** One announcement per update, in the UI language, from the page's live region (announcer.ts). */
export function announce(hosts: Element[], said: string[]) {
  const host = hosts.find((h) => h.isConnected && h.shadowRoot);
  const news = [...new Set(said.filter(Boolean))];
  if (!host || !news.length) return;
  say(host, new Intl.ListFormat(getLocale(), {style: 'short', type: 'unit'}).format(news), getLocale());
}

const seen = new WeakSet<Element>();
let observer: IntersectionObserver | undefined;
let marks: Fresh | undefined;

/**
 * A take marked new stays marked until the reader has seen it: once it has been at least half
 * in view and then leaves it, the mark goes.
 */
function watchSeen(host: Host, fresh: Fresh) {
  marks = fresh;
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const {target, isIntersecting} of entries) {
        if (!target.part.contains('new')) observer!.unobserve(target);
        else if (isIntersecting) seen.add(target);
        else if (seen.has(target)) {
          observer!.unobserve(target);
          const owner = (target.getRootNode() as ShadowRoot).host as Host & {story?: Story};
          const url = target.querySelector<HTMLAnchorElement>('a.outlet')?.href;
          if (url && owner.story && marks?.get(owner.story)?.delete(url)) owner.requestUpdate();
        }
      }
    },
    {threshold: 0.5}
  );
  for (const take of host.shadowRoot?.querySelectorAll('[part~="new"]') ?? []) observer.observe(take);
}
