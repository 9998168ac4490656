import {html} from 'lit';

// The builder's look: a tool beside the previews, in the page's scheme (the toolbar's theme).
export const builderStyles = html`<style>
  theme-builder {
    --tb-line: light-dark(#d4d7de, #3a3e47);
    --tb-muted: light-dark(#555a64, #aeb2bc);
    --tb-panel: light-dark(#f6f7f9, #1c1f25);
    --tb-accent: light-dark(#0b57d0, #8ab4f8);
    --tb-warn-bg: light-dark(#fff4e5, #3a2a12);
    --tb-warn: light-dark(#7a3e00, #ffd28a);
    display: block;
    font-size: 0.9375rem;
  }
  theme-builder .builder {
    display: grid;
    grid-template-columns: minmax(21rem, 25rem) 1fr;
    align-items: start;
  }
  theme-builder .controls {
    display: grid;
    gap: 1rem;
    padding: 1.25rem;
    background: var(--tb-panel);
    border-inline-end: 1px solid var(--tb-line);
    min-block-size: 100%;
    box-sizing: border-box;
  }
  theme-builder h2 {
    margin: 0 0 0.5rem;
    font-size: 1rem;
    font-weight: 700;
  }
  theme-builder fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: 0.25rem;
  }
  theme-builder legend {
    padding: 0 0 0.25rem;
    font-size: 0.8125rem;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--tb-muted);
  }
  theme-builder .token {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.25rem 0.75rem;
    padding: 0.6rem 0.75rem;
    background: Canvas;
    border: 1px solid var(--tb-line);
    border-radius: 0.5rem;
  }
  theme-builder .token > :is(.name, .link, .warning, .text) {
    grid-column: 1 / -1;
  }
  theme-builder .name {
    margin: 0;
    line-height: 1.35;
  }
  theme-builder .name code {
    font-size: 0.8125rem;
    font-weight: 600;
  }
  theme-builder .set {
    padding: 0 0.35em;
    border-radius: 0.25rem;
    background: var(--tb-accent);
    color: Canvas;
    font-size: 0.75rem;
    font-weight: 700;
  }
  theme-builder .what {
    display: block;
    color: var(--tb-muted);
    font-size: 0.8125rem;
  }
  theme-builder .pick {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    font-size: 0.8125rem;
  }
  theme-builder .pick span:first-child {
    min-inline-size: 2.4em;
    color: var(--tb-muted);
  }
  theme-builder input[type='color'] {
    inline-size: 2rem;
    block-size: 1.6rem;
    padding: 0;
    border: 1px solid var(--tb-line);
    border-radius: 0.3rem;
    background: none;
  }
  theme-builder input[type='color']:disabled {
    opacity: 0.45;
  }
  theme-builder .ratio {
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
    color: var(--tb-muted);
  }
  theme-builder .link {
    order: 0;
    font-size: 0.8125rem;
    color: var(--tb-muted);
  }
  theme-builder .warning {
    margin: 0.25rem 0 0;
    padding: 0.4rem 0.6rem;
    border-radius: 0.35rem;
    background: var(--tb-warn-bg);
    color: var(--tb-warn);
    font-size: 0.8125rem;
    line-height: 1.4;
  }
  theme-builder ul.warning {
    padding-inline-start: 1.5rem;
  }
  theme-builder input.text,
  theme-builder textarea {
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--tb-line);
    border-radius: 0.35rem;
    background: Canvas;
    color: CanvasText;
    font: inherit;
  }
  theme-builder textarea {
    font-family: var(--canvas-mono, monospace);
    font-size: 0.8125rem;
    line-height: 1.5;
    resize: vertical;
  }
  theme-builder textarea.output {
    background: light-dark(#1e2129, #0d0f13);
    color: #e9eaee;
    border-color: transparent;
  }
  theme-builder .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block-start: 0.5rem;
  }
  theme-builder button {
    padding: 0.4rem 0.9rem;
    border: 1px solid var(--tb-line);
    border-radius: 0.4rem;
    background: Canvas;
    color: CanvasText;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  theme-builder button.primary {
    background: var(--tb-accent);
    border-color: var(--tb-accent);
    color: Canvas;
  }
  theme-builder :focus-visible {
    outline: 2px solid var(--tb-accent);
    outline-offset: 2px;
  }
  theme-builder [role='status'] {
    color: var(--tb-muted);
    font-size: 0.8125rem;
  }
  theme-builder .previews {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
  }
  theme-builder .page {
    display: grid;
    gap: 1.25rem;
    align-content: start;
    padding: 1.25rem;
    background: Canvas;
    color: CanvasText;
  }
  theme-builder .page h2 {
    color: light-dark(#555a64, #aeb2bc);
    font-size: 0.8125rem;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  theme-builder .page p {
    margin: 0;
  }
</style>`;
