import type {ReactiveControllerHost} from 'lit';
import {MIN_REFRESH, refreshSeconds} from '../data/refresh.js';
import {StoryPoll} from '../data/story-poll.js';
import type {Story} from '../data/schema.js';
import {applyUpdate, announce, freshIn, StoryUpdateEvent} from './live-update.js';
import type {StoryController, StorySource} from '../core/story-controller.js';

type Host = ReactiveControllerHost & HTMLElement;

/** An element following a live story. */
interface Member {
  host: Host;
  controller: StoryController;
  source: () => StorySource;
  /** The takes marked new, by story (the views' `freshTakes`). */
  fresh: WeakMap<object, Set<string>>;
  href?: string;
  interval: number;
  lazy?: boolean;
  /** Within about a screen of the viewport (always, for an element that is not lazy). */
  near: boolean;
}

/** One poll per story URL, shared by every element showing it. */
interface Group {
  poll: StoryPoll;
  members: Set<Member>;
}

const groups = new Map<string, Group>();
const members = new WeakMap<Host, Member>();
let observer: IntersectionObserver | undefined;

const shown = () => document.visibilityState !== 'hidden';
const active = (group: Group) => shown() && [...group.members].some((m) => !m.lazy || m.near);

/**
 * Keeps `host`'s story current while its source asks for it (`refresh`, a `src` that is a URL):
 * called after each of its updates while `refresh` is set; follows the element's later updates
 * itself, and leaves when it is disconnected or its source no longer asks.
 */
export function follow(
  controller: StoryController,
  host: Host,
  source: () => StorySource,
  fresh: WeakMap<object, Set<string>>
) {
  // Once followed, the element's own controller below syncs after each update.
  if (members.has(host)) return;
  const m: Member = {host, controller, source, fresh, interval: MIN_REFRESH, near: true};
  members.set(host, m);
  host.addController({
    hostUpdated: () => sync(m),
    hostConnected: () => sync(m),
    hostDisconnected: () => leave(m),
  });
  sync(m);
}

/**
 * Where a story is published: `src`, or for inline JSON (`#id`) the URL its script names
 * (`data-src`, as a server's rendering writes it); none for inline JSON that names none.
 */
function storyHref(host: Element, src: string) {
  const script = src.startsWith('#') ? host.ownerDocument.getElementById(src.slice(1)) : undefined;
  const url = script === undefined ? src : script?.dataset.src;
  try {
    return url ? new URL(url, host.baseURI).href : undefined;
  } catch {
    return undefined; // a `src` that does not parse failed to load; a bad `data-src` names nothing
  }
}

function sync(m: Member) {
  const {src, story, refresh, lazy} = m.source();
  const {state} = m.controller;
  // By the one rule of `refresh` (data/refresh.ts), whatever the source passed on: a value that is
  // no number of seconds never joins a poll, nor sets the pace of the others'.
  const seconds = refreshSeconds(refresh);
  const live = m.host.isConnected && state.status === 'ready' && seconds && src;
  const href = live && (story === undefined || story === null) ? storyHref(m.host, src) : undefined;
  if (href !== m.href) {
    leave(m);
    if (href && state.status === 'ready') join(m, href, state.story);
  }
  if (!href) return;
  m.interval = Math.max(MIN_REFRESH, seconds as number);
  if (m.lazy !== lazy) {
    m.lazy = lazy;
    observer ??= new IntersectionObserver(nearness, {rootMargin: '100% 0px'});
    if (lazy) observer.observe(m.host);
    else observer.unobserve(m.host);
    m.near = !lazy;
  }
  schedule(groups.get(href)!);
}

function join(m: Member, href: string, story: Story) {
  let group = groups.get(href);
  if (!group) {
    const members = new Set<Member>();
    const poll = new StoryPoll(href, {
      interval: m.interval,
      story,
      // An update that fails to render leaves the story shown; the next one tries again.
      onUpdate: (next, previous) => void update(members, next, previous).catch(() => {}),
    });
    groups.set(href, (group = {poll, members}));
    if (groups.size === 1) document.addEventListener('visibilitychange', resume);
  }
  group.members.add(m);
  m.href = href;
}

function leave(m: Member) {
  const group = m.href ? groups.get(m.href) : undefined;
  m.href = undefined;
  m.lazy = undefined;
  observer?.unobserve(m.host);
  if (!group) return;
  group.members.delete(m);
  if (group.members.size) return schedule(group);
  group.poll.stop();
  groups.delete(group.poll.url);
  if (!groups.size) document.removeEventListener('visibilitychange', resume);
}

/** Polls while someone may see the story, at the shortest interval its elements ask for. */
function schedule(group: Group) {
  group.poll.interval = Math.min(...[...group.members].map((m) => m.interval));
  if (!active(group)) group.poll.stop();
  else if (!group.poll.running) group.poll.start();
}

/** Back in view (the page shown, a lazy element near): one request at once if one is due. */
function wake(group: Group) {
  if (active(group) && !group.poll.running && group.poll.due) void group.poll.now();
  else schedule(group);
}

function resume() {
  for (const group of groups.values()) wake(group);
}

function nearness(entries: IntersectionObserverEntry[]) {
  for (const {target, isIntersecting} of entries) {
    const m = members.get(target as Host);
    if (!m || m.near === isIntersecting) continue;
    m.near = isIntersecting;
    const group = m.href ? groups.get(m.href) : undefined;
    if (group) wake(group);
  }
}

/** A newer story: every element shows it, one of them says what changed, each fires `story-update`. */
async function update(group: Set<Member>, story: Story, previous: Story | undefined) {
  if (!group.size) return;
  const list = [...group].sort((a, b) => (a.host.compareDocumentPosition(b.host) & 4 ? -1 : 1));
  const {fresh} = list[0];
  fresh.set(story, freshIn(fresh, story, previous));
  const shown = await Promise.all(list.map((m) => applyUpdate(m.host, m.controller, story, fresh)));
  announce(
    list.map((m) => m.host),
    shown.map((s) => s?.news ?? '')
  );
  // Once every element shows it and it is announced: apps see the page as readers do.
  list.forEach(({host}, i) => {
    const previous = shown[i]?.previous;
    if (previous) host.dispatchEvent(new StoryUpdateEvent(story, previous));
  });
}
