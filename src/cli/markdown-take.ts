import {Lexer} from 'marked';
import type {Take} from '../data/schema.js';
import {quote} from '../data/quote.js';
import {countryCode, isoCodeFor} from './countries.js';
import {inlineText, MarkdownError} from './markdown-text.js';

/**
 * One take, as an item of Regional takes writes it:
 *
 *     - **Outlet** (Country, lang) — what the take argues
 *       > "a quote"
 *       Source: https://…
 *
 * The summary may be empty; the quote is optional; Source is required.
 */
export function readTake(item: string, line: number): Take {
  const lines = item.split('\n').map((text) => text.trim());
  const sourceAt = lines.findIndex((text) => /^Source:/i.test(text));
  const quoteAt = lines.findIndex((text) => text.startsWith('>'));
  const headEnd = Math.min(...[sourceAt, quoteAt, lines.length].filter((i) => i >= 0));
  const inline = Lexer.lexInline(lines.slice(0, headEnd).join('\n'));
  const [first, ...rest] = inline;
  if (first?.type !== 'strong')
    throw new MarkdownError(line, 'a take starts with its outlet in bold: "- **Outlet** …"');
  const take: Record<string, string> = {outlet: inlineText([first])};
  const [, about, summary] = inlineText(rest).match(/^(?:\(([^)]*)\))?\s*(?:—\s*([\s\S]*))?$/) ?? [];
  if (about === undefined && summary === undefined) {
    throw new MarkdownError(line, 'after the outlet comes "(Country, lang) — summary"');
  }
  const [country, lang] = (about ?? '').split(',').map((s) => s.trim());
  if (country) {
    const code = countryCode(country);
    if (!code) {
      const iso = isoCodeFor(country);
      throw new MarkdownError(
        line,
        iso
          ? `${quote(country)} is not an ISO 3166-1 country code: write ${iso}`
          : `${quote(country)} is not a country: give its English name or ISO 3166-1 code (GB, US)`
      );
    }
    take.country = code;
  }
  if (lang) {
    try {
      take.lang = Intl.getCanonicalLocales(lang)[0];
    } catch {
      throw new MarkdownError(line, `${quote(lang)} is not a BCP 47 language tag`);
    }
  }
  if (summary) take.summary = summary.trim();
  if (quoteAt >= 0) {
    const end = sourceAt > quoteAt ? sourceAt : lines.length;
    const quote = lines
      .slice(quoteAt, end)
      .map((text) => text.replace(/^>\s?/, ''))
      .join(' ');
    take.quote = inlineText(Lexer.lexInline(quote)).replace(/^["“«„]([\s\S]*)["”»“]$/, '$1');
  }
  if (sourceAt < 0) throw new MarkdownError(line, 'a take ends with its source: "Source: https://…"');
  take.url = lines[sourceAt].replace(/^Source:\s*/i, '').replace(/^<(.*)>$/, '$1');
  return take as unknown as Take;
}
