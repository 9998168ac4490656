import {css} from 'lit';

/**
 * Public `--story-*` custom properties, inherited from the page, resolved once into private
 * `--_*` ones that the element styles use. Defaults are `light-dark()` pairs: they follow the
 * `color-scheme` the host inherits from the page (or that `theme` forces), so a white article
 * never gets a dark box just because the reader's system is dark.
 */
export const tokens = css`
  :host {
    /* The page's own text styles (letter-spacing, text-transform, …) must not reach inside. */
    all: initial;
    display: block;
    color-scheme: inherit;
    font-family: var(--story-font-family);
    font-size: var(--story-font-size);
    line-height: var(--story-line-height, 1.5);

    --_text: var(--story-text-color, light-dark(#1b1c20, #e9eaee));
    --_muted: var(--story-muted-color, light-dark(#54575f, #a9acb6));
    --_surface: var(--story-surface-color, light-dark(#ffffff, #17191e));
    --_subtle: var(--story-subtle-surface-color, light-dark(#f3f4f6, #22252c));
    --_border: var(--story-border-color, light-dark(#dcdee3, #3a3e47));
    --_accent: var(--story-accent-color, light-dark(#0b57d0, #8ab4f8));
    --_focus: var(--story-focus-color, var(--_accent));
    --_radius: var(--story-radius, 0.5rem);
    --_space: var(--story-spacing, 1rem);
    --_heading-font: var(--story-heading-font-family, inherit);
    --_chip-bg: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
  }

  /* Colours and a forced theme go on the element's own content, never on the host: the host's
     styles would reach the publisher's fallback content in the slot. */
  :host > :not(slot) {
    color: var(--_text);
  }

  :host([theme='light']) > :not(slot) {
    color-scheme: light;
  }

  :host([theme='dark']) > :not(slot) {
    color-scheme: dark;
  }

  :host([hidden]) {
    display: none;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
