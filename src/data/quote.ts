// How an error message shows a value it was given (a URL, a link, an option): never a password,
// never more than a line.

/** Schemes a URL parser reads an authority after, with any number of slashes or none. */
const special = /^(?:https?|wss?|ftp|file):/i;

/**
 * `text` without the user name and password of the URLs in it (`https://user:pass@host/` →
 * `https://host/`), read as a URL parser reads them: up to the last `@` of the authority,
 * backslashes as slashes, `https:user:pass@host` and `//user:pass@host` too. In one pass,
 * whatever the text's size; what only looks like an authority (`/a//b@c`) loses as much.
 */
export function withoutCredentials(text: string): string {
  let end = 0;
  /** The last stretch ended with a colon: a scheme's. */
  let scheme = false;
  return text.replace(/[^\s\\/?#]+/g, (stretch: string, at: number) => {
    const gap = text.slice(end, at);
    const authority = /[\\/]{2}$/.test(gap) || (scheme && /^[\\/]+$/.test(gap));
    end = at + stretch.length;
    scheme = stretch.endsWith(':');
    const host = stretch.lastIndexOf('@') + 1;
    if (!host) return stretch;
    if (authority) return stretch.slice(host);
    const prefix = stretch.match(special)?.[0];
    return prefix ? prefix + stretch.slice(host) : stretch;
  });
}

/** The most of a value an error quotes, in characters. */
const QUOTED = 80;

/**
 * A value as an error message quotes it, whatever it is and however long: without the
 * credentials of a URL, cut to at most 80 characters (`…` marking the cut), in double quotes
 * with JSON's escapes, so that no line break or terminal control code gets through.
 */
export function quote(value: unknown): string {
  const text = withoutCredentials(String(value));
  return JSON.stringify(text.length > QUOTED ? `${text.slice(0, QUOTED - 1)}…` : text);
}
