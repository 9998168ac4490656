import {html, type TemplateResult} from 'lit';
import {httpHref} from '../data/safe-url.js';
import {StoryLinkClickEvent, type StoryLinkClickDetail} from './events.js';

/**
 * A link when `url` is on the allow-list (absolute http/https), else `content` as plain text.
 * Following it — a click, with or without modifier keys, or a middle click — fires
 * `story-link-click` on `host`.
 */
export function storyLink(
  host: HTMLElement,
  url: string | undefined,
  content: unknown,
  detail: Omit<StoryLinkClickDetail, 'url'>,
  part: string
): TemplateResult {
  const href = httpHref(url);
  if (!href) return html`<span part=${part}>${content}</span>`;
  // A right click opens a menu, not the link.
  const click = (event: MouseEvent) =>
    event.button < 2 && host.dispatchEvent(new StoryLinkClickEvent({url: href, ...detail}));
  // A middle click opens the link too, as `auxclick`.
  return html`<a part=${part} href=${href} @click=${click} @auxclick=${click}>${content}</a>`;
}
