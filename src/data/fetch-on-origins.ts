import {StoryError} from './story-error.js';

const REDIRECTS = 5;

/** Whether `url` is on one of `origins`. */
export const onOrigins = (url: string, origins: readonly string[]) =>
  URL.canParse(url) && origins.includes(new URL(url).origin);

/**
 * The origins of a server's options: `https://news.example.org` each, nothing else.
 *
 * @throws {TypeError} naming `option` for an empty list or anything but an http(s) origin.
 */
export function checkOrigins(origins: unknown, option: string): readonly string[] {
  const list = Array.isArray(origins) ? (origins as unknown[]) : [];
  const at = list.findIndex(
    (origin) =>
      typeof origin !== 'string' ||
      !/^https?:$/.test(protocol(origin)) ||
      new URL(origin).origin !== origin.replace(/\/$/, '')
  );
  if (!list.length || at >= 0)
    throw new TypeError(
      `${option} lists the origins stories may come from, as "https://news.example.org"` +
        (at < 0 ? '' : `: not ${String(JSON.stringify(list[at]))}`)
    );
  return Object.freeze(list.map((origin) => new URL(origin as string).origin));
}

const protocol = (url: string) => (URL.canParse(url) ? new URL(url).protocol : '');

/**
 * A `fetch` for a server that requests what others name (oEmbed, the command line): it refuses a
 * URL off `origins` before any request and follows a redirect only onto them, so that no request
 * walks it into its own network (a loopback port, a cloud's metadata address).
 *
 * @throws {StoryError} `network`, naming the URL that is not on the origins.
 */
export function fetchOnOrigins(origins: readonly string[]): typeof fetch {
  return async (input, init) => {
    let url = String(input instanceof Request ? input.url : input);
    for (let hops = 0; ; hops++) {
      if (!onOrigins(url, origins))
        throw new StoryError('network', `${url} is not on an allowed origin (${origins.join(', ')})`);
      const response = await fetch(url, {...init, redirect: 'manual'});
      // A browser hides where a manual redirect goes: it cannot be checked, so it is not followed.
      if (response.type === 'opaqueredirect')
        throw new StoryError('network', `${url} redirects, and redirects are not followed here`);
      const location = response.status >= 300 && response.status < 400 && response.headers.get('location');
      if (!location) return response;
      void response.body?.cancel();
      if (hops === REDIRECTS) throw new StoryError('network', `${url}: more than ${REDIRECTS} redirects`);
      url = new URL(location, url).href;
    }
  };
}
