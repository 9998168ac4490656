// dist/embed.html: one element alone on a transparent page, for CMSs that keep iframes but strip
// scripts. Reads ?src=&element=&lang=&theme= and the element's attributes, and loads only stories
// from the origins the page allows; embed-frame.js tells the parent its height.
import {elements, isTag, tags} from '../src/elements.js';

/** The attributes `tag` takes from the URL: all it has (src/elements.ts) but its source and loading. */
const fromUrl = (tag: keyof typeof elements) =>
  Object.keys(elements[tag].attributes).filter((name) => name !== 'src' && name !== 'loading');

const params = new URL(location.href).searchParams;
const root = document.getElementById('embed')!;

/** The origins the page allows stories from (`<meta name="story-widgets:allowed-origins">`). */
function allowed(url: URL) {
  const list =
    document.querySelector<HTMLMetaElement>('meta[name="story-widgets:allowed-origins"]')?.content ?? '';
  return list
    .split(/\s+/)
    .filter(Boolean)
    .some((origin) => (origin === 'self' ? location.origin : origin.replace(/\/+$/, '')) === url.origin);
}

const note = (text: string) =>
  Object.assign(document.createElement('p'), {className: 'problem', textContent: text});

/**
 * The allow-list holds for where a story comes from, not only where its URL starts: a response
 * that a redirect brought from another origin is refused, as a story from that origin would be,
 * and the element shows its fallback. The page's `connect-src` stops such a redirect too, as
 * deployed here; this does not depend on how the page is deployed.
 */
function refuseRedirectsOffTheList() {
  const fetchAny = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const response = await fetchAny(input, init);
    const from = response.url ? new URL(response.url) : undefined;
    if (from && !allowed(from)) {
      void response.body?.cancel();
      throw new TypeError(`This embed does not show stories from ${from.origin}`);
    }
    return response;
  };
}

const problem = (text: string) => root.replaceChildren(note(text));

function show() {
  const tag = params.get('element') ?? 'story-summary';
  const src = params.get('src');
  let url: URL | undefined;
  try {
    url = src ? new URL(src, location.href) : undefined;
  } catch {
    // Reported below.
  }
  if (!isTag(tag)) return problem(`This embed shows ${tags.join(', ')}; not "${tag}".`);
  if (!url || !/^https?:$/.test(url.protocol)) return problem('This embed needs the URL of a story (?src=).');
  if (!allowed(url)) return problem(`This embed does not show stories from ${url.origin}.`);
  const lang = params.get('lang');
  // The elements' words follow <html lang> (the bundle follows it).
  if (lang) document.documentElement.lang = lang;
  if (params.get('dir') === 'rtl') document.documentElement.dir = 'rtl';
  const el = document.createElement(tag);
  el.setAttribute('src', url.href);
  for (const name of fromUrl(tag)) {
    const value = params.get(name);
    if (value !== null) el.setAttribute(name, value);
  }
  // The fallback content: a link to the story, until (and unless) it shows.
  const link = Object.assign(document.createElement('a'), {href: url.href, textContent: 'Read the story'});
  el.append(link);
  el.addEventListener('story-load', () => {
    const page = (el as HTMLElement & {story?: {url?: string}}).story?.url;
    if (page) link.href = page;
  });
  // In a sandboxed frame (origin null) a story on the page's own host is a cross-origin request too.
  el.addEventListener('story-error', ({detail}) => {
    if (origin === 'null' && detail.error.kind === 'network')
      root.append(
        note(
          `The story did not load: in this sandboxed frame, ${url.host} must send it with Access-Control-Allow-Origin.`
        )
      );
  });
  root.replaceChildren(el);
}

refuseRedirectsOffTheList();
show();
