import {css} from 'lit';

export const styles = css`
  /* minmax(0, 1fr): a grid column no wider than the element, whatever the longest word. */
  article,
  header {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }

  header {
    gap: calc(var(--_space) * 0.5);
  }

  .title {
    font-size: 1.45em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  .dek {
    margin: 0;
    font-size: 1.05em;
    color: var(--_muted);
  }

  .meta {
    margin: -4px;
    font-size: 0.85em;
    color: var(--_muted);
  }

  .meta .counts {
    display: contents;
  }

  .hold {
    white-space: nowrap;
  }

  .type {
    font-weight: 700;
    text-transform: capitalize;
  }

  .heads {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.35em;
  }

  .head {
    padding: 0 0.5em;
    border-radius: var(--_radius);
    background: var(--_subtle);
    color: var(--_text);
  }

  p,
  ul {
    margin: 0;
  }

  .rest {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }

  .rest[hidden] {
    display: none;
  }

  /* "More about this story" sits where what it reveals begins. */
  .more {
    justify-self: start;
  }

  .section {
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  ul {
    padding-inline-start: 1.25em;
  }

  li + li {
    margin-block-start: 0.35em;
  }

  ul.chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    padding: 0;
    list-style: none;
  }

  ul.chips li {
    margin: 0;
  }

  [part='link'] {
    font-weight: 600;
  }

  [part='link']::after {
    content: ' →' / '';
  }

  [part='link']:dir(rtl)::after {
    content: ' ←' / '';
  }
`;
