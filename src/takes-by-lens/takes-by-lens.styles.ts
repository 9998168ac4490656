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

  /* Lens i is the accent, fading towards the surface. */
  .segment,
  .swatch {
    background: color-mix(in srgb, var(--_accent) max(22%, calc(100% - var(--_i) * 20%)), var(--_surface));
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

  .take + .take {
    border-block-start: 1px dashed var(--_border);
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

  a.outlet {
    color: var(--_accent);
  }

  .take-summary {
    overflow-wrap: break-word;
  }

  blockquote {
    margin: 0.5em 0;
    padding: 0.5em 0.9em;
    border-inline-start: 3px solid var(--_accent);
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
    background: var(--_subtle);
    font-style: italic;
  }

  blockquote p {
    margin: 0;
  }

  .show-more {
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

  .show-more:hover {
    background: var(--_chip-bg);
  }
`;
