/**
 * The link allow-list of the contract: only absolute `http:` and `https:` URLs become links.
 * Story URLs arrive already resolved by `parseStory`, so anything still relative here had no
 * base to resolve against and stays text, as does `javascript:`, `data:` or an unparsable string.
 */
export function httpHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const {protocol, href} = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? href : undefined;
  } catch {
    return undefined;
  }
}
