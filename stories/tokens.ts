// The public tokens, read from custom-elements.json: the element stories' controls, the theme
// builder, the Tokens and Theming pages all come from the list the elements document, so a new
// token appears everywhere by itself.
import manifest from '../custom-elements.json';

/** What a token's value is: it decides the control a designer gets. */
export type TokenKind = 'colour' | 'length' | 'text';

export interface Token {
  name: string;
  description: string;
  /** The default as documented: `light-dark(#0b57d0, #8ab4f8)`, `1rem`, `inherit`. */
  default: string;
  kind: TokenKind;
  /** The elements that read it: `story-summary`, … */
  elements: string[];
}

interface Documented {
  name: string;
  description?: string;
  default?: string;
  type?: {text: string};
  syntax?: string;
}

/**
 * The manifest's type when the JSDoc gives one (`@cssprop {<color>} --story-x`), else what the
 * default is: a colour (`light-dark(…)`, `#…`, another colour token), a length (`0.5rem`), text.
 */
function kindOf({type, syntax, default: value = ''}: Documented): TokenKind {
  const given = syntax ?? type?.text ?? '';
  if (/color/i.test(given)) return 'colour';
  if (/length|percentage/i.test(given)) return 'length';
  if (given) return 'text';
  if (/^(light-dark\(|#|rgb|hsl|oklch|var\(--story-[\w-]*colou?r\))/.test(value)) return 'colour';
  return /^-?[\d.]+(r?em|px|ch|lh|%)$/.test(value) ? 'length' : 'text';
}

const found = new Map<string, Token>();
for (const module of manifest.modules)
  for (const declaration of (module as {declarations?: {tagName?: string; cssProperties?: Documented[]}[]})
    .declarations ?? [])
    for (const property of declaration.cssProperties ?? []) {
      const token = found.get(property.name) ?? {
        name: property.name,
        description: property.description ?? '',
        default: property.default ?? '',
        kind: kindOf(property),
        elements: [],
      };
      if (declaration.tagName) token.elements.push(declaration.tagName);
      found.set(property.name, token);
    }

/** Every public `--story-*` token, those every element reads first, in the order they are documented. */
export const tokens = [...found.values()].sort((a, b) => b.elements.length - a.elements.length);

/** A default as CSS outside the elements: references to other tokens replaced by their defaults. */
export const resolved = (value: string): string =>
  value.replace(/var\((--story-[\w-]+)\)/g, (_, name: string) => resolved(found.get(name)?.default ?? ''));

/** The two halves of `light-dark(a, b)`: [a, b]; any other value twice: [c, c]. */
export function halves(css: string): [light: string, dark: string] {
  const value = css.trim();
  const inside = /^light-dark\((.*)\)$/s.exec(value)?.[1];
  // The comma between the two halves: the first one outside any parentheses.
  let depth = 0;
  for (let i = 0; inside && i < inside.length; i++) {
    if (inside[i] === '(') depth++;
    else if (inside[i] === ')') depth--;
    else if (inside[i] === ',' && depth === 0) return [inside.slice(0, i).trim(), inside.slice(i + 1).trim()];
  }
  return [value, value];
}

/** The light and the dark colour of a token's default, other tokens' defaults resolved. */
export const pair = (value: string) => halves(resolved(value));

const cell = (text: string) => text.replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|');
const allElements = new Set(tokens.flatMap((token) => token.elements)).size;

/**
 * Every token as a Markdown table: its default, what it styles and, where not every element reads
 * it, which do. The docs pages render it; a token added to an element's JSDoc appears by itself.
 */
export const tokensTable = () =>
  [
    '| custom property | default | what it styles |',
    '| --- | --- | --- |',
    ...tokens.map((token) => {
      const by =
        token.elements.length < allElements
          ? ` (${token.elements.map((tag) => `\`<${tag}>\``).join(', ')})`
          : '';
      const value = token.default ? `\`${cell(token.default)}\`` : '—';
      return `| \`${token.name}\` | ${value} | ${cell(token.description)}${by} |`;
    }),
  ].join('\n');
