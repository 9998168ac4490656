import {css} from 'lit';

/** The card, headings, skeleton and error notice of the block elements (not the inline chip). */
export const block = css`
  /* Set apart from the text around it, whatever the page's margins (Bootstrap, Tailwind's reset). */
  :host {
    margin-block: 1.5em;
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--_heading-font);
    line-height: 1.25;
    margin: 0;
  }

  .base {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  /* Headings of an article's sidebar, not of a dashboard: the heading typeface, no small caps. */
  .section-heading {
    font-size: 1.05em;
    font-weight: 700;
    margin-block-end: calc(var(--_space) * 0.4);
  }

  /* "Show 5 more takes", "More about this story": quiet buttons in the accent colour. */
  .show-more,
  .more {
    font: inherit;
    font-size: 0.9em;
    font-weight: 600;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.35em 0.9em;
    cursor: pointer;
  }

  :is(.show-more, .more):hover {
    background: var(--_chip-bg);
  }

  .provider {
    margin: 0;
    font-size: 0.8em;
    color: var(--_muted);
  }

  .error {
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    font-size: 0.9em;
  }

  /* The publisher can give the exact height when they know it: nothing moves until the story. */
  .skeleton {
    position: relative;
    height: var(--story-placeholder-height, auto);
    overflow: hidden;
  }

  /* Every line of the invisible story is a bar: one stripe per line box, in \`lh\` units. */
  .ghost,
  .ghost * {
    color: transparent !important;
    border-color: var(--_border) !important;
    text-decoration: none;
  }

  .ghost :is(h2, h3, p, dt, dd, li, .legend, .meta):not(:has(p, li)) {
    background: repeating-linear-gradient(
      transparent 0 0.2lh,
      var(--_subtle) 0.2lh 0.8lh,
      transparent 0.8lh 1lh
    );
  }

  .ghost :is(.segment, .swatch, .head, button) {
    background: var(--_subtle) !important;
  }

  .fallback {
    position: absolute;
    inset-block-start: var(--_space);
    inset-inline: var(--_space);
    color: var(--_text);
  }

  @media (prefers-reduced-motion: no-preference) {
    .ghost {
      animation: pulse 1.2s ease-in-out infinite alternate;
    }
  }

  @keyframes pulse {
    to {
      opacity: 0.5;
    }
  }

  /* Print shows every take and section (see \`printing\`), never a placeholder: a story that never
     loaded prints its fallback content. */
  @media print {
    .ghost,
    button {
      display: none !important;
    }

    .fallback {
      position: static;
    }

    .base {
      break-inside: avoid;
    }
  }

  /* Forced colours draw no backgrounds: borders keep the card, bars and chips visible. */
  @media (forced-colors: active) {
    .base,
    .skeleton {
      border: 1px solid CanvasText;
    }
  }
`;
