// The embed codes a publisher pastes, written once for the configurator (kit/configurator.ts) and
// the oEmbed handler: the iframe of dist/embed.html, and the script tag of the publishers' bundle.
import {defaultTag} from '../elements.js';

/** What an embed shows: one element of one story, as the configurator or a request chose it. */
export interface EmbedChoice {
  /** URL of the story JSON. */
  src: string;
  /** The element embedded, one of `tags` (elements.ts); default `defaultTag`, the summary. */
  element?: string;
  /** The elements' language (`de`, `ar`); absent follows the page. */
  lang?: string;
  theme?: 'light' | 'dark';
  /** The element's other attributes: `sections`, `lens`, `limit`, `heading-level`, `entity`, `loading`. */
  attributes?: Record<string, string>;
}

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!
  );

const rtl = (lang?: string) => /^(ar|he|fa|ur)\b/i.test(lang ?? '');

/** The URL of the embed page showing `choice`: `embed.html?src=…&element=…&lang=…&theme=…`. */
export function embedPageUrl(embedUrl: string, choice: EmbedChoice): string {
  const url = new URL(embedUrl);
  url.searchParams.set('src', choice.src);
  url.searchParams.set('element', choice.element ?? defaultTag);
  if (choice.lang) url.searchParams.set('lang', choice.lang);
  if (rtl(choice.lang)) url.searchParams.set('dir', 'rtl');
  if (choice.theme) url.searchParams.set('theme', choice.theme);
  for (const [name, value] of Object.entries(choice.attributes ?? {})) {
    if (name !== 'loading') url.searchParams.set(name, value);
  }
  return url.href;
}

/**
 * The iframe code: sandboxed (scripts, and links that open outside the frame), lazy, with a
 * height hint so the page does not jump, and the host script that fits it to its content. Its
 * width is the column's up to `width` px: `width="100%"` stays where a CMS strips the style (a
 * phone's page never scrolls sideways), and tells WordPress's block editor the frame has no
 * aspect ratio to keep (it would fix the height at one and ignore the frame's own).
 */
export function iframeCode(
  embedUrl: string,
  choice: EmbedChoice,
  {title = 'Story', width = 680, height = 480} = {}
): string {
  const host = new URL('embed-host.js', embedUrl).href;
  return (
    `<iframe data-story-widgets src="${escape(embedPageUrl(embedUrl, choice))}" title="${escape(title)}"` +
    ` width="100%" height="${height}" loading="lazy" frameborder="0"` +
    ` sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"` +
    ` style="max-width: ${width}px; border: 0"></iframe>\n` +
    `<script async src="${escape(host)}"></script>`
  );
}

/**
 * The fallback WordPress looks for before an embed's iframe: a link to the page with its title.
 * WordPress loads its wp-embed.js only for HTML holding one, and when it filters the HTML of a
 * provider it discovered (keeping the blockquote, the link and the bare iframe), shows it until
 * the frame speaks. Where the HTML is kept whole it stays hidden: the frame shows the story.
 */
export const fallbackQuote = (page: string, title: string) =>
  `<blockquote class="wp-embedded-content" hidden><a href="${escape(page)}">${escape(title)}</a></blockquote>`;

/** Subresource integrity of the publishers' bundle, its stylesheet and the modules it loads (dist/sri.json). */
export interface Integrity {
  version: string;
  /** File name → `sha384-…`. */
  files: Record<string, string>;
}

/** Options of {@link scriptCode}. */
export interface ScriptCodeOptions {
  /** The story page, linked as the element's fallback content. */
  fallbackUrl?: string;
  /**
   * The height the element keeps until its story arrives (`--story-placeholder-height`), measured
   * for this story: `max(40em - 48cqi, 21em)`. A `style-src` without `'unsafe-inline'` ignores it,
   * and the stylesheet's height for a typical story holds.
   */
  placeholderHeight?: string;
}

/**
 * The script-tag code: the stylesheet that keeps the element's place and the bundle, from a
 * versioned URL with their `integrity`, an import map holding the integrity of the modules the
 * bundle loads later (its views, a locale), and the element.
 */
export function scriptCode(
  baseUrl: string,
  integrity: Integrity,
  choice: EmbedChoice,
  {fallbackUrl, placeholderHeight}: ScriptCodeOptions = {}
): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const modules = Object.fromEntries(
    Object.entries(integrity.files)
      .filter(([file]) => file.endsWith('.js') && file !== 'story-widgets.js')
      .map(([file, hash]) => [base + file, hash])
  );
  const attributes = Object.entries({...choice.attributes, theme: choice.theme ?? ''})
    .filter(([, value]) => value !== '')
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  const tag = choice.element ?? defaultTag;
  const pinned = (file: string) => `integrity="${integrity.files[file]}" crossorigin="anonymous"`;
  const lines = [
    `<link rel="stylesheet" href="${escape(base)}story-widgets.css" ${pinned('story-widgets.css')}>`,
    `<script type="importmap">${JSON.stringify({integrity: modules})}</script>`,
    `<script type="module" src="${escape(base)}story-widgets.js" ${pinned('story-widgets.js')}></script>`,
  ];
  if (choice.lang) lines.unshift(`<meta name="story-widgets:locale" content="${escape(choice.lang)}">`);
  const fallback = fallbackUrl ? `<a href="${escape(fallbackUrl)}">Read the story</a>` : '';
  const style = placeholderHeight ? ` style="--story-placeholder-height: ${escape(placeholderHeight)}"` : '';
  lines.push(`<${tag} src="${escape(choice.src)}"${attributes}${style}>${fallback}</${tag}>`);
  return lines.join('\n');
}
