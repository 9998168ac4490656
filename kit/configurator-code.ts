// The script codes the configurator writes: the site code, pasted once into the template's
// <head>, and the article code, the element alone, which any number of articles or embeds on one
// page carry without conflict; or the two as one self-contained code, for a CMS that gives no
// access to the template. docs/publishers.md, "The configurator", shows them.
import {loaderFiles} from '../src/autoload/files.js';
import type {Integrity} from '../src/oembed/embed-code.js';

/** How a site loads the bundle: from where, pinned or not, and its defaults for every element. */
export interface SiteChoice {
  /** Where dist/ is served, a versioned CDN URL or the site's own: `https://cdn.example.org/story-widgets/0.2.0/`. */
  base: string;
  /** Pins the stylesheet and the bundle with these hashes (dist/sri.json); absent: unpinned. */
  integrity?: Integrity;
  /**
   * Pins the modules the bundle loads later too, in one import map: its views, live updates and
   * these languages' modules, only those the site shows. Absent: no import map.
   */
  languages?: string[];
  /** `<meta name="story-widgets:…">` defaults of every element: `locale`, `theme`. */
  defaults?: Record<string, string | undefined>;
}

/** One element of one story, where an article shows it. */
export interface ArticleChoice {
  tag: string;
  /** URL of the story JSON. */
  src: string;
  /** The element's other attributes (`limit`, `refresh`, …); empty ones are left out. */
  attributes?: Record<string, string>;
  /** The story page, linked as the fallback content. */
  fallbackUrl?: string;
  /** `--story-placeholder-height`, measured for this story (kit/placeholder-hint.ts). */
  placeholderHeight?: string;
}

const entities: Record<string, string> = {'&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;'};
const escape = (text: string) => text.replace(/[&"<>]/g, (c) => entities[c]!);
const attributes = (values: Record<string, string | undefined>) =>
  Object.entries(values)
    .filter(([, value]) => value)
    .map(([name, value]) => ` ${name}="${escape(value!)}"`)
    .join('');

/**
 * The import map's integrity rules: what the loader imports for the page's elements (the four in
 * one file, or the chip's and the blocks'), the views (the block elements' too), live updates and
 * the chosen languages.
 */
function lazyModules(base: string, {files}: Integrity, languages: string[]) {
  const loaded = [...new Set(Object.values(loaderFiles).flat())].map((file) => `${file}.js`);
  const chosen = [
    ...loaded,
    'views.js',
    'block-views.js',
    'live.js',
    ...languages.map((language) => `locales/${language}.js`),
  ];
  return Object.fromEntries(chosen.filter((file) => files[file]).map((file) => [base + file, files[file]]));
}

/** The site code: the metas, the stylesheet, the import map if asked, the script. */
export function siteCode({base, integrity, languages, defaults = {}}: SiteChoice): string {
  const pinned = (file: string) =>
    attributes({integrity: integrity?.files[file], crossorigin: integrity && 'anonymous'});
  const lines = Object.entries(defaults)
    .filter(([, value]) => value)
    .map(([name, value]) => `<meta${attributes({name: `story-widgets:${name}`, content: value})}>`);
  lines.push(
    `<link rel="stylesheet"${attributes({href: `${base}story-widgets.css`})}${pinned('story-widgets.css')}>`
  );
  if (integrity && languages) {
    // `<` escaped: nothing in a URL can end the script.
    const map = JSON.stringify({integrity: lazyModules(base, integrity, languages)}).replaceAll(
      '<',
      '\\u003c'
    );
    lines.push(`<script type="importmap">${map}</script>`);
  }
  lines.push(
    `<script type="module"${attributes({src: `${base}story-widgets.js`})}${pinned('story-widgets.js')}></script>`
  );
  return lines.join('\n');
}

/** The article code: the element alone, with its fallback link and the height it keeps. */
export function articleCode({tag, src, attributes: own = {}, fallbackUrl, placeholderHeight}: ArticleChoice) {
  const style = placeholderHeight && `--story-placeholder-height: ${placeholderHeight}`;
  const fallback = fallbackUrl ? `<a${attributes({href: fallbackUrl})}>Read the story</a>` : '';
  return `<${tag}${attributes({src, ...own, style})}>${fallback}</${tag}>`;
}

/**
 * Both in one, for a CMS that gives no access to the template. No import map: a second embed's on
 * the page would conflict with it. The theme becomes the element's own attribute; the language
 * stays a meta, which the bundle reads wherever it is.
 */
export function selfContainedCode(site: SiteChoice, article: ArticleChoice): string {
  const {locale, theme} = site.defaults ?? {};
  return [
    siteCode({...site, languages: undefined, defaults: {locale}}),
    articleCode({...article, attributes: {...article.attributes, theme: theme ?? ''}}),
  ].join('\n');
}

/** What a code adds to a page: its bytes, and gzip's of it alone (a page compresses it with the rest). */
export async function codeSize(code: string): Promise<{bytes: number; gzip: number}> {
  const body = new Blob([code]);
  const gzip = new Response(body.stream().pipeThrough(new CompressionStream('gzip')));
  return {bytes: body.size, gzip: (await gzip.arrayBuffer()).byteLength};
}
