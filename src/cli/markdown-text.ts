import type {Token, Tokens} from 'marked';

/** A page that breaks the format: where, and why. */
export class MarkdownError extends Error {
  override name = 'MarkdownError';
  constructor(
    readonly line: number,
    message: string
  ) {
    super(message);
  }
}

/** What a reader sees of inline markdown: text without its marks, links as their text. */
export function inlineText(tokens: Token[] | undefined, trim = true): string {
  let out = '';
  for (const token of tokens ?? []) {
    const children = (token as Tokens.Generic).tokens;
    if (token.type === 'br') out += '\n';
    else if (children?.length) out += inlineText(children, false);
    else out += decode((token as Tokens.Generic).text ?? token.raw);
  }
  // A soft line break reads as a space.
  out = out.replace(/[ \t]*\n[ \t]*/g, ' ');
  return trim ? out.trim() : out;
}

/** The few entities marked leaves as written (`&amp;`, `&#39;`). */
const decode = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|#39|#x27);/g,
    (_, name: string) => ({amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'"})[name]!
  );

/** A slug as the site makes them: `Delcy Rodríguez` → `delcy-rodriguez`. */
export const slugify = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

let regions: Map<string, string> | undefined;

/**
 * The ISO 3166-1 code of a country the page names in English (`United States` → `US`), found
 * by asking `Intl.DisplayNames` the English name of every code; a code given as is stays.
 */
export function countryCode(name: string): string | undefined {
  if (!regions) {
    regions = new Map();
    const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
    for (const style of ['narrow', 'short', 'long'] as const) {
      const names = new Intl.DisplayNames('en', {type: 'region', style, fallback: 'none'});
      for (const code of letters.flatMap((a) => letters.map((b) => a + b))) {
        const known = names.of(code);
        if (known && code !== 'ZZ') regions.set(known.toLowerCase(), code);
      }
    }
  }
  const trimmed = name.trim();
  return /^[A-Z]{2}$/.test(trimmed) ? trimmed : regions.get(trimmed.toLowerCase());
}
