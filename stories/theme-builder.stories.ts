import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {SEED_SRC} from './support.js';
import {tokens} from './tokens.js';

/** The tokens a designer set, as the CSS a developer pastes. */
const css = (changed: [string, string][]) =>
  changed.length
    ? `:root {\n${changed.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`
    : '/* Change a control: the CSS of the tokens you set appears here. */';

/** The four elements in an article, on a page of `scheme`. */
const article = (scheme: 'light' | 'dark', style: Record<string, string>) =>
  html`<section class="page" style=${styleMap({...style, colorScheme: scheme})} aria-label="${scheme} page">
    <h2>A ${scheme} page</h2>
    <p>
      The strike in <entity-chip src=${SEED_SRC} entity="venezuela">Venezuela</entity-chip> marks a turn in
      how Washington fights cartels.
    </p>
    <story-summary src=${SEED_SRC}></story-summary>
    <story-numbers src=${SEED_SRC}></story-numbers>
    <takes-by-lens src=${SEED_SRC} limit="3"></takes-by-lens>
  </section>`;

const meta: Meta = {
  title: 'Theme builder',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'A control for every public `--story-*` token (colour pickers for colours), read from ' +
          '`custom-elements.json`. The four elements show on a light and a dark page side by side; ' +
          'the CSS of the tokens you changed is under them, ready to copy.',
      },
    },
  },
  argTypes: Object.fromEntries(
    tokens.map((token) => [
      token.name,
      {
        control: token.colour ? 'color' : 'text',
        description: token.description,
        table: {
          category: token.colour ? 'Colours' : 'Type and space',
          defaultValue: {summary: token.default},
        },
      },
    ])
  ),
  args: Object.fromEntries(tokens.map((token) => [token.name, ''])),
};
export default meta;

/** Set tokens with the controls; copy the CSS. */
export const ThemeBuilder: StoryObj = {
  name: 'Theme builder',
  render: (args) => {
    const changed = Object.entries(args).filter(
      (entry): entry is [string, string] => entry[0].startsWith('--story-') && Boolean(entry[1])
    );
    const style = Object.fromEntries(changed);
    const code = css(changed);
    const copy = async (event: Event) => {
      await navigator.clipboard.writeText(code);
      (event.target as HTMLElement).textContent = 'Copied';
    };
    return html`<style>
        .builder {
          display: grid;
          grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr));
        }
        .page {
          display: grid;
          gap: 1.25rem;
          padding: 1.5rem;
          background: Canvas;
          color: CanvasText;
          font:
            16px/1.55 system-ui,
            sans-serif;
        }
        .css {
          padding: 1rem 1.5rem;
        }
        .css pre {
          white-space: pre-wrap;
        }
      </style>
      <div class="builder">${article('light', style)} ${article('dark', style)}</div>
      <div class="css">
        <h2>Your theme's CSS</h2>
        <pre><code>${code}</code></pre>
        <button type="button" @click=${copy} ?disabled=${!changed.length}>Copy CSS</button>
      </div>`;
  },
};
