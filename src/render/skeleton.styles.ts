import {css} from 'lit';

/**
 * What a block element shows before its story: the place it keeps, the skeleton, the publisher's
 * fallback content and the error notice. A server's output shows a story from the start and leaves
 * these out (src/server/shown-styles.ts).
 */
export const skeletonStyles = css`
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

  @media print {
    :host::before,
    .skeleton::before,
    .bars {
      display: none !important;
    }
  }

  @media (forced-colors: active) {
    .skeleton {
      outline: 1px solid CanvasText;
      outline-offset: -1px;
    }
  }
`;
