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

  /* A colour per lens, from a palette distinct in light, dark and for colour-blind readers
     (Okabe and Ito's); the unlabelled takes in the quietest. */
  :host {
    --_lens-1: var(--story-lens-1, light-dark(#0072b2, #56b4e9));
    --_lens-2: var(--story-lens-2, light-dark(#d55e00, #f0a060));
    --_lens-3: var(--story-lens-3, light-dark(#009e73, #3fd0a0));
    --_lens-4: var(--story-lens-4, light-dark(#cc79a7, #e7a7cb));
    --_lens-5: var(--story-lens-5, light-dark(#e69f00, #f5c451));
    --_lens-6: var(--story-lens-6, light-dark(#6f4fb3, #b7a4ec));
    --_lens-other: var(--story-lens-other, light-dark(#c3c6cc, #4b4f59));
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
  .other {
    --_c: var(--_lens-other);
  }

  .segment,
  .swatch {
    background: var(--_c);
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

  .share::before {
    content: '· ';
  }

  /* Forced colours draw no backgrounds: the bar becomes outlined blocks, the swatches too. */
  @media (forced-colors: active) {
    .segment,
    .swatch {
      border: 1px solid CanvasText;
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
    margin-inline-start: 0.4em;
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

  .take-meta,
  .take-summary {
    margin: 0 0 0.35em;
  }

  .take-meta {
    font-size: 0.85em;
    color: var(--_muted);
  }

  .take-meta > * + *::before {
    content: '·';
    margin-inline: 0.4em;
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
