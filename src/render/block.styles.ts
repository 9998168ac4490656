import {css} from 'lit';

/**
 * The card, headings, buttons and meta lines of the block elements (not the inline chip): what
 * shows a story, and all a server's output carries (skeleton.styles.ts is what comes before one).
 */
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

  /* Print shows every take and section (see \`printing\`), never a placeholder: a story that never
     loaded prints its fallback content. */
  @media print {
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
  }
`;
