// The public tokens, read from custom-elements.json: the theme builder's controls and the tokens
// page come from the same list the elements document, so a new token appears in both by itself.
import manifest from '../custom-elements.json';

export interface Token {
  name: string;
  description: string;
  /** The default as documented: `light-dark(#0b57d0, #8ab4f8)`, `1rem`, `inherit`. */
  default: string;
  colour: boolean;
}

const found = new Map<string, Token>();
for (const module of manifest.modules)
  for (const declaration of (module as {declarations?: {cssProperties?: Record<string, string>[]}[]})
    .declarations ?? [])
    for (const {name, description = '', default: value = ''} of declaration.cssProperties ?? [])
      found.set(name, {
        name,
        description,
        default: value,
        colour: /^(light-dark\(|#|var\(--story-[\w-]*color\))/.test(value),
      });

/** Every public `--story-*` token, in the order the elements document them. */
export const tokens = [...found.values()];

/** A default as CSS outside the elements: references to other tokens replaced by their defaults. */
export const resolved = (value: string): string =>
  value.replace(/var\((--story-[\w-]+)\)/g, (_, name: string) => resolved(found.get(name)?.default ?? ''));
