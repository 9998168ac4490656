import {css} from 'lit';

export const styles = css`
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }

  .section-heading {
    margin: 0;
  }

  /* A colour per lens, each at least 3:1 against the card in light and in dark, as a graphic
     needs (WCAG 1.4.11); neighbours apart in lightness too, so that they stay apart for
     colour-blind readers (docs/designers.md says how they were chosen). The unlabelled takes are
     grey, and hatched: no other lens is. */
  :host {
    --_lens-1: var(--story-lens-1, light-dark(#0f669c, #4aa8f0));
    --_lens-2: var(--story-lens-2, light-dark(#e4531a, #c7643a));
    --_lens-3: var(--story-lens-3, light-dark(#0b6b3a, #4cd99a));
    --_lens-4: var(--story-lens-4, light-dark(#b3287e, #cf4a8e));
    --_lens-5: var(--story-lens-5, light-dark(#1b8fc0, #8fd8fb));
    --_lens-6: var(--story-lens-6, light-dark(#8a6112, #f2b13d));
    --_lens-7: var(--story-lens-7, light-dark(#6040c4, #8b74ee));
    --_lens-8: var(--story-lens-8, light-dark(#6f8a16, #c8d66a));
    --_lens-other: var(--story-lens-other, light-dark(#8e9196, #6e737c));
  }

  .c0 {
    --_c: var(--_lens-1);
  }
  .c1 {
    --_c: var(--_lens-2);
  }
  .c2 {
    --_c: var(--_lens-3);
  }
  .c3 {
    --_c: var(--_lens-4);
  }
  .c4 {
    --_c: var(--_lens-5);
  }
  .c5 {
    --_c: var(--_lens-6);
  }
  .c6 {
    --_c: var(--_lens-7);
  }
  .c7 {
    --_c: var(--_lens-8);
  }
  .other {
    --_c: var(--_lens-other);
  }

  .segment,
  .swatch {
    background: var(--_c);
  }

  /* Hatched in the text's colour: it only adds to the grey's contrast. */
  :is(.segment.other, .other .swatch) {
    background: repeating-linear-gradient(
        -45deg,
        color-mix(in srgb, var(--_text) 30%, transparent) 0 1.5px,
        transparent 0 4px
      )
      var(--_c);
  }

  .bar {
    display: flex;
    gap: 2px;
    height: 0.75em;
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
    color: var(--_muted);
  }

  .legend li {
    min-width: 0;
    max-width: 100%;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }

  .swatch {
    width: 0.75em;
    height: 0.75em;
    border-radius: 2px;
  }

  .n {
    font-weight: 700;
    color: var(--_text);
  }

  .legend .sep {
    width: auto;
    margin-inline-end: 0.35em;
  }

  /* Forced colours draw no backgrounds: each lens gets a pattern of the reader's own colours
     instead, the same in the bar and in its legend's swatch, and a border. */
  @media (forced-colors: active) {
    .segment,
    .swatch {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
      background-color: Canvas;
      background-image: var(--_p);
      background-size: var(--_s, auto);
    }
    .c0 {
      --_p: linear-gradient(CanvasText 0 0);
    }
    .c1 {
      --_p: repeating-linear-gradient(90deg, CanvasText 0 2px, Canvas 0 5px);
    }
    .c2 {
      --_p: repeating-linear-gradient(0deg, CanvasText 0 2px, Canvas 0 5px);
    }
    .c3 {
      --_p: repeating-linear-gradient(45deg, CanvasText 0 2px, Canvas 0 5px);
    }
    .c4 {
      --_p: repeating-linear-gradient(-45deg, CanvasText 0 2px, Canvas 0 5px);
    }
    .c5 {
      --_p: radial-gradient(CanvasText 1.5px, Canvas 2px);
      --_s: 5px 5px;
    }
    .c6 {
      --_p: repeating-linear-gradient(90deg, CanvasText 0 1px, Canvas 0 3px, CanvasText 0 4px, Canvas 0 8px);
    }
    .c7 {
      --_p: conic-gradient(CanvasText 25%, Canvas 0 50%, CanvasText 0 75%, Canvas 0);
      --_s: 6px 6px;
    }
    .other {
      --_p: repeating-linear-gradient(-45deg, CanvasText 0 1px, Canvas 0 6px);
    }
  }

  /* Print keeps the colours of the bar, and shows where each source is. */
  @media print {
    .segment,
    .swatch {
      print-color-adjust: exact;
    }

    a.outlet::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
      font-style: normal;
    }
  }

  .lens {
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  .lens-label {
    font-size: 1em;
  }

  .count {
    margin-inline-start: 0.15em;
    font-size: 0.8em;
    font-weight: 400;
    color: var(--_muted);
  }

  .takes {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .take {
    padding-block: calc(var(--_space) * 0.6);
    border-radius: 2px;
  }

  /* An outlet-only take is one line: a compact row. */
  .take.bare {
    padding-block: calc(var(--_space) * 0.2);
  }

  .take-summary {
    margin: 0 0 0.35em;
  }

  .take-meta {
    margin: -4px -4px calc(0.35em - 4px);
    font-size: 0.85em;
    color: var(--_muted);
  }

  .bare .take-meta {
    margin-block-end: -4px;
  }

  .outlet {
    font-weight: 700;
    color: var(--_text);
    font-size: 1.08em;
    overflow-wrap: anywhere;
  }

  a.outlet,
  .new {
    color: var(--_accent);
  }

  .take-summary {
    overflow-wrap: break-word;
  }

  /* A quote set apart by a rule and italics, not a box. */
  blockquote {
    margin: 0.5em 0;
    padding-inline-start: 0.8em;
    border-inline-start: 2px solid var(--_border);
    font-style: italic;
  }

  blockquote p {
    margin: 0;
  }
`;
