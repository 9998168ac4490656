import {html, nothing, type TemplateResult} from 'lit';
import {httpHref} from '../data/safe-url.js';

/**
 * A link when `url` is on the allow-list (absolute http/https), else `content` as plain text.
 * It has no listener of its own: the element reports every link followed in its shadow root
 * (`story-link-click`, story-element.ts), server-rendered ones too. `title`: the whole of what a
 * shortened link shows (a chip).
 */
export function storyLink(
  url: string | undefined,
  content: unknown,
  part: string,
  title?: string
): TemplateResult {
  const href = httpHref(url);
  return href
    ? html`<a part=${part} href=${href} title=${title ?? nothing}>${content}</a>`
    : html`<span part=${part} title=${title ?? nothing}>${content}</span>`;
}
