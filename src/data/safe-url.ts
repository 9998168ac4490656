/**
 * The link allow-list of the contract: only absolute `http:` and `https:` URLs become links,
 * without any credentials they carry (`https://user:pass@host/` links to `https://host/`).
 * Anything relative had no base to resolve against and stays text, as does `javascript:`,
 * `data:` or an unparsable string. `parseStory` applies it to every URL of a story.
 */
export function httpHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const link = new URL(url);
    if (link.protocol !== 'http:' && link.protocol !== 'https:') return undefined;
    link.username = link.password = '';
    return link.href;
  } catch {
    return undefined;
  }
}

/** Resolves a URL reference against `base`; returns it unchanged when that is impossible. */
export function resolveUrl(value: string, base?: string): string {
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}
