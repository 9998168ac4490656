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

  /* Defined, not rendered yet (a render waits for a task of its own), an element with a story to
     come keeps its place as its skeleton will: a float as tall, in a container as wide. A
     server's rendering (placeholder.ts, \`serverRendered\`) is its place already. */
  :host([src]:not(:state(ready), :state(error), [data-server-rendered])) {
    container-type: inline-size;

    &::before {
      content: '';
      float: left;
      height: var(--story-placeholder-height, var(--_sw));
    }
  }

  /* The place a typical story takes (placeholder.ts), as dist/story-widgets.css keeps it before
     the element is defined: a float of no width as tall as \`--_sw\`, in a box as wide as the
     element (its \`cqi\`), with no padding of its own. The card is drawn without adding to it. */
  .skeleton {
    container-type: inline-size;
    position: relative;
    background: var(--_surface);
    border-radius: var(--_radius);
    box-shadow: inset 0 0 0 1px var(--_border);

    &::before {
      content: '';
      float: left;
      height: var(--story-placeholder-height, var(--_sw));
    }
  }

  /* A bar for each line, in \`lh\` units: the lines the story will fill. */
  .bars {
    position: absolute;
    inset: var(--_space);
    background: repeating-linear-gradient(
      transparent 0 0.2lh,
      var(--_subtle) 0.2lh 0.8lh,
      transparent 0.8lh 1lh
    );
  }

  .fallback {
    position: relative;
    padding: var(--_space);
    color: var(--_text);
  }

  @media (prefers-reduced-motion: no-preference) {
    .bars {
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
    :host::before,
    .skeleton::before,
    .bars,
    button {
      display: none !important;
    }

    .base {
      break-inside: avoid;
    }
  }

  /* Forced colours draw no backgrounds: borders keep the card, bars and chips visible. */
  @media (forced-colors: active) {
    .base {
      border: 1px solid CanvasText;
    }

    .skeleton {
      outline: 1px solid CanvasText;
      outline-offset: -1px;
    }
  }
`;
