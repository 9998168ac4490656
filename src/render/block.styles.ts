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

  /* A meta line: items in a row that wraps, each led by its separator (.sep), which stays on
     the item's line. The row gives up a separator's width at its start, where the box clips it:
     no line starts or ends with a bare "·". The box keeps 4px of room for focus rings. */
  .dots {
    overflow: hidden;
    padding: 4px;
  }

  .dots > span {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    margin-inline-start: -1.4em;
  }

  /* An item: its separator, then what it says, every line of it after the separator. */
  .dots > span > * {
    display: flex;
    align-items: baseline;
    min-width: 0;
  }

  .dots > span > * > * {
    min-width: 0;
  }

  /* Wide enough that its mark is well past the room kept for focus rings when it is clipped. */
  .sep {
    display: inline-block;
    flex: none;
    width: 1.4em;
    text-align: center;
  }

  .provider {
    margin: 0;
    font-size: 0.8em;
    color: var(--_muted);
  }

  /* Its text where the card's would start. */
  .error {
    margin: 0;
    padding: var(--_space);
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

  /* A bar for each line the story will fill, in \`lh\` units: lines of different lengths, in a
     colour at least as strong as the card's border. */
  .bars {
    --_bar: color-mix(in srgb, var(--_border) 80%, var(--_muted));
    --_line: linear-gradient(var(--_bar) 0 0.6lh, transparent 0);
    position: absolute;
    inset: var(--_space);
    background:
      var(--_line) 0 0.2lh / 100% 4lh repeat-y,
      var(--_line) 0 1.2lh / 93% 4lh repeat-y,
      var(--_line) 0 2.2lh / 98% 4lh repeat-y,
      var(--_line) 0 3.2lh / 61% 4lh repeat-y;
  }

  .bars:dir(rtl) {
    background-position-x: right;
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

  /* Never fainter than the card's border. */
  @keyframes pulse {
    to {
      opacity: 0.75;
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
