import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {httpHref} from '../data/safe-url.js';
import {StoryLinkClickEvent, type StoryLinkClickDetail} from './events.js';

/**
 * A link when `url` is on the allow-list (absolute http/https), else `content` as plain text.
 * Following it fires `story-link-click` on `host`. `newTab` opens it in a new tab and says so to
 * screen readers.
 */
export function storyLink(
  host: HTMLElement,
  url: string | undefined,
  content: unknown,
  detail: Omit<StoryLinkClickDetail, 'url'>,
  part: string,
  newTab = false
): TemplateResult {
  const href = httpHref(url);
  if (!href) return html`<span part=${part}>${content}</span>`;
  return html`<a
    part=${part}
    href=${href}
    target=${newTab ? '_blank' : nothing}
    rel=${newTab ? 'noopener noreferrer' : nothing}
    @click=${() => host.dispatchEvent(new StoryLinkClickEvent({url: href, ...detail}))}
    >${content}${
      newTab
        ? // The space is a binding: the template minifier would trim it from the markup.
          html`<span class="visually-hidden"
            >${' '}${msg('(opens in a new tab)', {id: 'story-widgets.link.new-tab'})}</span
          >`
        : nothing
    }</a
  >`;
}
