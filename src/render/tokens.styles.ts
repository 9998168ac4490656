import {css} from 'lit';

/**
 * Public `--story-*` custom properties, inherited from the page, resolved once into private
 * `--_*` ones that the element styles use. Defaults are `light-dark()` pairs: they follow the
 * `color-scheme` the host inherits from the page (or that `theme` forces), so a white article
 * never gets a dark box just because the reader's system is dark.
 */
export const tokens = css`
  /* What the element takes from the page: its font and font size (through the tokens, which
     default to the page's), its colour scheme, direction and visibility, and for the publisher's
     fallback content its text colour. Every other text style stops here, even a theme's
     !important ones (an !important declaration of a shadow tree wins over the page's). The box
     itself (display, margins) stays the page's to style. */
  :host {
    all: initial;
    display: block;
    color: inherit;
    visibility: inherit;
    color-scheme: inherit;
    font-family: var(--story-font-family) !important;
    font-size: var(--story-font-size) !important;
    line-height: var(--story-line-height, 1.5) !important;
    font-style: normal !important;
    font-weight: normal !important;
    font-variant: normal !important;
    font-stretch: normal !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    text-align: start !important;
    white-space: normal !important;
    word-break: normal !important;
    -webkit-text-fill-color: currentcolor !important;
    /* A 40-character word or a URL breaks rather than overflow a phone's column; where the
       content's language is marked, it is hyphenated instead (below). */
    overflow-wrap: anywhere !important;

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
    /* Undefined, it is invalid: the scheme is inherited from the page. */
    color-scheme: var(--story-color-scheme);
  }

  /* The element's \`theme\`, or the page's <meta name="story-widgets:theme"> (page-controller.ts),
     as a custom state: \`:is()\` forgives a browser without :state() its part. */
  :host(:is([theme='light' i], :state(theme-light))) > :not(slot) {
    color-scheme: light;
  }

  :host(:is([theme='dark' i], :state(theme-dark))) > :not(slot) {
    color-scheme: dark;
  }

  :host([hidden]) {
    display: none;
  }

  [lang] {
    hyphens: auto;
  }

  /* More contrast asked for: borders and dividers that hold 3:1 and more. */
  @media (prefers-contrast: more) {
    :host {
      --_border: var(--story-border-color, light-dark(#6b6f78, #9ea2ad));
    }
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
