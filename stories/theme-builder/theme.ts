// A theme as the builder holds it: the tokens a designer set, each colour a light and a dark
// value (or one, linked); the CSS a developer pastes; and that CSS read back in.
import {halves, pair, tokens, type Token} from '../tokens.js';
import {hex} from './colour.js';

export interface Colour {
  light: string;
  dark: string;
  /** One colour in both schemes. */
  linked: boolean;
}

export type Value = Colour | string;
/** The tokens set, by name: what differs from the defaults. */
export type Theme = Readonly<Record<string, Value>>;

const isColour = (value: Value | undefined): value is Colour => typeof value === 'object';

/** `var(--story-x)`: a default that follows another token until it is set itself. */
export const followed = (token: Token) => /^var\((--story-[\w-]+)\)$/.exec(token.default)?.[1];

/** What `token` is in `theme`: its value if set, else its default (that of the token it follows). */
export function valueOf(token: Token, theme: Theme): Value {
  const set = theme[token.name];
  if (set !== undefined) return set;
  const leader = tokens.find((t) => t.name === followed(token));
  if (leader) return valueOf(leader, theme);
  if (token.kind !== 'colour') return '';
  const [light, dark] = pair(token.default).map((c) => hex(c) ?? c);
  return {light, dark, linked: light === dark};
}

/** A colour as CSS: one value, or a `light-dark()` pair. */
const css = (value: Value) =>
  !isColour(value) ? value : value.linked ? value.light : `light-dark(${value.light}, ${value.dark})`;

/** `theme` with `name` set to `value`, or unset where that is what it would be anyway. */
export function withValue(theme: Theme, token: Token, value: Value): Theme {
  const rest = Object.fromEntries(Object.entries(theme).filter(([name]) => name !== token.name));
  return css(valueOf(token, rest)) === css(value) ? rest : {...rest, [token.name]: value};
}

/** The custom properties of `theme`, for a style attribute. */
export const properties = (theme: Theme) =>
  Object.fromEntries(Object.entries(theme).map(([name, value]) => [name, css(value)]));

/** The CSS a developer pastes into the page: the tokens set, on `:root`. */
export function stylesheet(theme: Theme) {
  const lines = Object.entries(properties(theme)).map(([name, value]) => `  ${name}: ${value};`);
  return `:root {\n${lines.join('\n') || '  /* No token set yet: the elements show their defaults. */'}\n}\n`;
}

/**
 * A theme read back from CSS (what `stylesheet` wrote, or a page's own rules): every `--story-*`
 * declaration in it. `problems` names what could not be read: tokens these elements do not have,
 * colours that are not colours.
 */
export function parseTheme(text: string): {theme: Theme; problems: string[]} {
  let theme: Theme = {};
  const problems: string[] = [];
  for (const [, name, raw] of text.matchAll(/(--story-[\w-]+)\s*:\s*([^;{}]+)/g)) {
    const token = tokens.find((t) => t.name === name);
    const value = raw.replace(/\s*!important\s*$/, '').trim();
    if (!token) problems.push(`${name} is not a token of these elements`);
    else if (token.kind !== 'colour') theme = withValue(theme, token, value);
    else {
      const [light, dark] = halves(value).map(hex);
      if (!light || !dark)
        problems.push(`${name}: ${value} is not a colour or a light-dark() pair of colours`);
      else theme = withValue(theme, token, {light, dark, linked: !value.startsWith('light-dark(')});
    }
  }
  return {theme, problems};
}
