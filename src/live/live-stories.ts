import type {Following, LiveStory} from '../chunks.js';
import {MIN_REFRESH, refreshSeconds} from '../data/refresh.js';
import {StoryPoll} from '../data/story-poll.js';
import type {Story} from '../data/schema.js';
import {StoryUpdateEvent} from '../page/events.js';
import {whenNearness} from '../page/near-viewport.js';
import {applyUpdate, announce} from './live-update.js';

/** An element following a live story. */
interface Member {
  live: LiveStory;
  href?: string;
  interval: number;
  lazy?: boolean;
  /** Within about a screen of the viewport (always, for an element that is not lazy). */
  near: boolean;
  /** Stops watching a lazy element's distance from the viewport. */
  unwatch?: () => void;
}

/** One poll per story URL, shared by every element showing it. */
interface Group {
  poll: StoryPoll;
  members: Set<Member>;
}

// Module state, because a page's elements share one poll per story URL, whoever loaded it.
const groups = new Map<string, Group>();

const shown = () => document.visibilityState !== 'hidden';
const active = (group: Group) => shown() && [...group.members].some((m) => !m.lazy || m.near);

/**
 * Keeps an element's story current while its source asks for it (`refresh`, a `src` that is a
 * URL): its live controller syncs after each of its updates and on connection, and leaves when it
 * is disconnected.
 */
export function follow(live: LiveStory): Following {
  const m: Member = {live, interval: MIN_REFRESH, near: true};
  return {sync: () => sync(m), leave: () => leave(m)};
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
  const {host} = m.live;
  const {src, story, refresh, lazy} = m.live.source();
  const shown = m.live.shown();
  // By the one rule of `refresh` (data/refresh.ts), whatever the source passed on: a value that is
  // no number of seconds never joins a poll, nor sets the pace of the others'.
  const seconds = refreshSeconds(refresh);
  const live = host.isConnected && shown && seconds && src;
  const href = live && (story === undefined || story === null) ? storyHref(host, src) : undefined;
  if (href !== m.href) {
    leave(m);
    if (href && shown) join(m, href, shown);
  }
  if (!href) return;
  m.interval = Math.max(MIN_REFRESH, seconds as number);
  if (m.lazy !== lazy) {
    m.lazy = lazy;
    m.near = !lazy;
    m.unwatch?.();
    m.unwatch = lazy ? whenNearness(host, (near) => nearness(m, near)) : undefined;
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
      onUpdate: (next) => void update(members, next).catch(() => {}),
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
  m.unwatch = void m.unwatch?.();
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

function nearness(m: Member, near: boolean) {
  if (m.near === near) return;
  m.near = near;
  const group = m.href ? groups.get(m.href) : undefined;
  if (group) wake(group);
}

/** A newer story: every element shows it, one of them says what changed, each fires `story-update`. */
async function update(group: Set<Member>, story: Story) {
  if (!group.size) return;
  const list = [...group].sort((a, b) => (a.live.host.compareDocumentPosition(b.live.host) & 4 ? -1 : 1));
  const shown = await Promise.all(list.map((m) => applyUpdate(m.live, story)));
  announce(
    list.map((m) => m.live.host),
    shown.map((s) => s?.news ?? '')
  );
  // Once every element shows it and it is announced: apps see the page as readers do.
  list.forEach(({live}, i) => {
    const before = shown[i]?.previous;
    if (before) live.host.dispatchEvent(new StoryUpdateEvent(story, before));
  });
}
