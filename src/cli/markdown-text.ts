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
