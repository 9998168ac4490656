import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ownPage, SEED_SRC} from './support.js';
import {tokensTable} from './tokens.js';

// Every token, from the manifest the docs pages read: the lens colours and any token added later too.
const tokens = `
### Tokens

${tokensTable()}

Set them on \`:root\` to restyle every element, or on one element; give a colour as a
\`light-dark(light, dark)\` pair so that it suits light and dark pages (the **Theme builder** writes
them). Restyle pieces with \`::part()\`: \`story-summary::part(title)\`, \`takes-by-lens::part(quote)\`,
\`story-numbers::part(value)\`, \`entity-chip::part(chip)\` — every part is listed on each element's docs page.
`;

const meta: Meta = {
  title: 'Theming',
  parameters: {
    docs: {description: {component: `Three publisher looks, from custom properties alone.\n${tokens}`}},
  },
};
export default meta;
type Story = StoryObj;

/** One publisher look: its own CSS around the three elements, set in an article column. */
const look = (styles: string) =>
  html`<div class="look">
    <style>
      .look {
        display: grid;
        gap: 1.5rem;
        max-width: 42rem;
      }
      ${styles}
    </style>
    <story-summary src=${SEED_SRC} sections="meta summary link"></story-summary>
    <story-numbers src=${SEED_SRC}></story-numbers>
    <takes-by-lens src=${SEED_SRC} limit="2"></takes-by-lens>
  </div>`;

/**
 * A serif broadsheet: a serif face (Source Serif, as the canvases bundle it), square corners, black rules, a deep red accent. Its single colour
 * values are light ones, so the look says so with `color-scheme: light`.
 */
export const SerifNewspaper: Story = {
  render: () =>
    look(`.look {
      color-scheme: light;
      font: 18px/1.6 var(--canvas-serif);
      --story-accent-color: #8b1a1a;
      --story-border-color: #111;
      --story-radius: 0;
      --story-surface-color: #fffdf7;
      --story-subtle-surface-color: #f4efe2;
    }`),
};

/** A dark tech site: sans text, monospace headings, neon accent, roomy rounded cards. */
export const DarkTechSite: Story = {
  ...ownPage({theme: 'dark'}, '60rem'),
  render: () =>
    look(`.look {
      padding: 1.5rem;
      color-scheme: dark;
      background: #0d1117;
      font: 15px/1.55 var(--canvas-sans);
      --story-heading-font-family: var(--canvas-mono);
      --story-accent-color: #3ddc97;
      --story-surface-color: #161b22;
      --story-border-color: #30363d;
      --story-radius: 12px;
      --story-spacing: 1.25rem;
    }`),
};

/**
 * A brand colour, and parts restyled: one accent given as a light-dark() pair, so it reads on
 * light and dark pages alike; a bigger headline and figures.
 */
export const BrandColour: Story = {
  render: () =>
    look(`.look {
      font: 16px/1.5 var(--canvas-sans);
      --story-accent-color: light-dark(#6d28d9, #c4b5fd);
    }
    .look story-summary::part(title) {
      font-size: 1.9rem;
      letter-spacing: -0.01em;
    }
    .look story-numbers::part(value) {
      font-size: 2rem;
    }`),
};
