import {StoryLinkClickEvent, type StoryLinkClickDetail} from './events.js';

/** What an element says of a link in its shadow root; `undefined` for one it does not report. */
export type LinkDetail = (link: Element) => Omit<StoryLinkClickDetail, 'url'> | undefined;

/**
 * Fires `story-link-click` on `host` when a reader follows a link in `root` — a click, with or
 * without modifier keys, or a middle click (`auxclick`) — from one listener on the root, so that
 * links drawn by a server report too, and a list of thousands of takes has no listener per link.
 */
export function reportLinks(root: ShadowRoot, host: HTMLElement, detail: LinkDetail) {
  const follow = (event: Event) => {
    if ((event as MouseEvent).button > 1) return; // a right click opens a menu, not the link
    const link = (event.target as Element).closest?.('a[href]');
    const found = link && detail(link);
    if (found) host.dispatchEvent(new StoryLinkClickEvent({url: (link as HTMLAnchorElement).href, ...found}));
  };
  root.addEventListener('click', follow);
  root.addEventListener('auxclick', follow);
}
