// One element rendered to HTML by Lit's server renderer, synchronously, in the language asked
// for: what renderStoryWidget writes, and what the React wrappers render on a server as the
// element's own children. Node only.
import {render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import '../define.js';
import {withoutCredentials} from '../data/quote.js';
import type {Story} from '../data/schema.js';
import {attributeNameProblem, type StoryWidgetTag} from '../elements.js';
import {loadLocale} from '../generated/locale-loaders.js';
import {formatLocale, negotiateLocale, renderingIn, type Templates} from '../i18n/localization.js';
import {serverRendered} from '../render/placeholder.js';
import {serverMarker} from '../render/server-dom.js';
import {provideViews} from '../core/chunks-loader.js';
import {blockViews} from '../block-views.js';
import {views} from '../views.js';
import {shownCss} from './shown-styles.js';

// A server renders a story at once: its views are here from the start, not loaded with it.
provideViews(views, blockViews);

/** The words of each locale a server has rendered in, loaded once (English: the source's own). */
const words = new Map<string, Promise<Templates | undefined>>([['en', Promise.resolve(undefined)]]);
const loaded = new Map<string, Templates | undefined>([['en', undefined]]);

/** Loads the words of `lang`'s locale, once; elements then render in it synchronously. */
export function prepareLocale(lang: string): Promise<void> {
  const locale = negotiateLocale(lang);
  if (!words.has(locale))
    words.set(
      locale,
      loadLocale(locale).then(({templates}) => (loaded.set(locale, templates), templates))
    );
  return words.get(locale)!.then(() => {});
}

/** Whether elements can render in `lang` now, without waiting (prepareLocale). */
export const localeReady = (lang: string) => loaded.has(negotiateLocale(lang));

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const unescapeHtml = (text: string) =>
  text.replace(/&(?:#(\d+)|(amp|quot|lt|gt));/g, (_, code?: string, name?: string) =>
    // No `<` may end up in a stylesheet: it could close it.
    code
      ? String.fromCharCode(Number(code))
      : ({amp: '&', quot: '"', lt: '', gt: '>'} as Record<string, string>)[name!]
  );

/** Lit's markers serve its own hydration, which the elements do not use (story-element.ts). */
const litMarkers = /<!--\/?lit-(?:part|node)[^>]*-->|<\?lit\$[0-9]+\$>/g;

/** HTML whitespace (not `\s`, which takes the no-break space of a story's text too). */
const space = /[\t\n\f\r ]+/g;

/**
 * Markup without its templates' indentation: between attributes one space, and in text a run of
 * whitespace with a line break in it a line break, which the elements' `white-space` (normal or
 * nowrap) shows as the run it stood for. Attribute values stay as they are.
 */
const unindent = (markup: string) =>
  markup.replace(/<[^<>]*>|[^<>]+/g, (part) =>
    part.startsWith('<')
      ? part.replace(/("[^"]*")|[\t\n\f\r ]+/g, (_, quoted?: string) => quoted ?? ' ').replace(/ >$/, '>')
      : part.replace(space, (run) => (run.includes('\n') ? '\n' : run))
  );

/** Attributes as HTML: `true` an empty one, `false`, `null` and `undefined` none. */
export function attributesHtml(attributes: Record<string, unknown>): string {
  let markup = '';
  for (const [name, value] of Object.entries(attributes)) {
    const problem = attributeNameProblem(name);
    if (problem) throw new TypeError(problem);
    if (value === true) markup += ` ${name}`;
    // A URL's credentials stay out of the page, wherever the value came from.
    else if (value !== false && value != null)
      markup += ` ${name}="${escapeHtml(withoutCredentials(String(value)))}"`;
  }
  return markup;
}

/** Options of {@link elementHtml}. */
export interface ElementHtmlOptions {
  /** The page's language; prepareLocale() must have loaded it. */
  lang: string;
  /** The element's attributes. */
  attributes: Record<string, unknown>;
  /** A CSP nonce for the element's `<style>`s. */
  nonce?: string;
}

/**
 * `<tag …><template shadowrootmode="open">…</template></tag>`: `tag` showing `story` (already
 * validated), its shadow root starting with the marker of the locale it was rendered in, so the
 * script keeps these very nodes (server-dom.ts).
 */
export function elementHtml(
  tag: StoryWidgetTag,
  story: Story,
  {lang, attributes, nonce}: ElementHtmlOptions
) {
  const locale = negotiateLocale(lang);
  if (!loaded.has(locale)) throw new Error(`The words of ${locale} are not loaded: await prepareLocale()`);
  const markup = attributesHtml({...attributes, [serverRendered]: true});
  const element = unsafeStatic(tag);
  return renderingIn(loaded.get(locale), lang, () => {
    // eslint-plugin-lit knows no static templates: the tag is a static value, not a binding.
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
    const result = render(html`<${element}${unsafeStatic(markup)} .story=${story}></${element}>`);
    const marker = `<!--${serverMarker(formatLocale())}-->`;
    // A strict `style-src` drops style attributes (the lens bar's widths): they become rules of the
    // element's stylesheet, which its nonce lets through. The script sets them through CSSOM.
    const rules: string[] = [];
    const nonced = nonce ? ` nonce="${escapeHtml(nonce)}"` : '';
    const rendered = collectResultSync(result).replace(litMarkers, '');
    // The host's own attributes are the caller's, escaped: a `style` among them stays an attribute
    // (as a browser keeps it), never a rule. Only the elements' templates' styles become rules.
    const hostTag = rendered.indexOf('>') + 1;
    let host = true;
    const classes = new Set(
      [...rendered.matchAll(/ class="([^"]*)"/g)].flatMap(([, names]) => names.split(/[\t\n\f\r ]+/))
    );
    const inside = unindent(rendered.slice(hostTag))
      // Lit's server renderer makes nested elements wait for their parent's hydration, which the
      // elements do not use: a parent keeps the server's nodes, and the nested ones start at once.
      .replace(/(<[a-z][\w-]*-[\w-]*\b[^<>]*) defer-hydration(?=[ >])/g, '$1')
      .replace(/<template shadowroot="open" shadowrootmode="open">/g, (template) => template + marker)
      .replace(/ style="([^"<]*)"/g, (_, declarations: string) => {
        const css = unescapeHtml(declarations);
        // Declarations only: nothing that could end the rule or the stylesheet.
        if (/[{}<\\]/.test(css)) return '';
        rules.push(`[data-server-style="${rules.length}"]{${css}}`);
        return ` data-server-style="${rules.length - 1}"`;
      })
      .replace(/<style>[^]*?<\/style>/g, (_, at: number, all: string) => {
        // The root's element: the host first, then the nearest custom element opened before it.
        const owner = host ? tag : all.slice(0, at).match(/.*<([a-z][\w-]*-[\w-]*)[\s>]/s)![1];
        const css = shownCss(owner as StoryWidgetTag, !host, classes);
        host = false;
        return `<style${nonced}>${css}${rules.join('')}</style>`;
      });
    return rendered.slice(0, hostTag) + inside;
  });
}

/** What the shadow root of an element's HTML holds: the inside of its `<template>`. */
export function shadowHtml(element: string): string {
  const start = element.indexOf('>', element.indexOf('<template')) + 1;
  return element.slice(start, element.lastIndexOf('</template>'));
}
