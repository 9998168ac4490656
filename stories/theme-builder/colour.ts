// Colours as the theme builder needs them: any CSS colour to the `#rrggbb` a colour picker takes,
// and WCAG 2 contrast. The browser parses the colour (a canvas draws it), so every CSS colour a
// designer pastes works: names, rgb(), hsl(), oklch().
import type {Token} from '../tokens.js';

let context: CanvasRenderingContext2D | null | undefined;

/** `css` as sRGB bytes, over white where it is translucent; undefined when it is not a colour. */
export function rgb(css: string): [number, number, number] | undefined {
  if (!CSS.supports('color', css) || /var\(|light-dark\(|currentcolor/i.test(css)) return undefined;
  context ??= Object.assign(document.createElement('canvas'), {width: 1, height: 1}).getContext('2d', {
    willReadFrequently: true,
  });
  if (!context) return undefined;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, 1, 1);
  context.fillStyle = css;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/** `css` as `#rrggbb`; undefined when it is not a colour. */
export function hex(css: string): string | undefined {
  const bytes = rgb(css);
  return bytes && `#${bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

const luminance = ([r, g, b]: number[]) => {
  const [R, G, B] = [r, g, b].map((byte) => {
    const c = byte / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
};

/** WCAG 2 contrast ratio of two colours, 1 to 21; 21 when either is not a colour. */
export function contrast(a: string, b: string) {
  const [x, y] = [rgb(a), rgb(b)];
  if (!x || !y) return 21;
  const [light, dark] = [luminance(x), luminance(y)].sort((p, q) => q - p);
  return (light + 0.05) / (dark + 0.05);
}

/** What a colour token is to a reader, and the contrast it needs against the card. */
export interface Role {
  group: string;
  /** The contrast it needs against the card: WCAG 1.4.3 for text, 1.4.11 for graphics. */
  minimum?: number;
  what?: string;
}

/** A colour token's role, from its name: new tokens (another lens colour) find theirs. */
export function roleOf(token: Token): Role {
  if (/surface/.test(token.name)) return {group: 'Backgrounds and lines'};
  if (/border|divider/.test(token.name)) return {group: 'Backgrounds and lines'};
  if (/lens|focus|bar/.test(token.name)) return {group: 'Graphics', minimum: 3, what: 'graphics need'};
  return {group: 'Text and links', minimum: 4.5, what: 'text needs'};
}

/** The token whose colour is the card that text and graphics sit on. */
export const isCard = (token: Token) => /^--story-surface-colou?r$/.test(token.name);
