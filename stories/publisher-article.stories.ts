import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {SEED_SRC, widths} from './support.js';

const meta: Meta = {
  title: 'Publisher article',
  parameters: {layout: 'fullscreen'},
};
export default meta;

/** The four elements set in a realistic article column, as a publisher would embed them. */
export const InAnArticle: StoryObj = {
  render: () =>
    html`<style>
        .article {
          max-width: 42rem;
          margin: 0 auto;
          padding: 2rem 1.25rem 4rem;
          font: 18px/1.6 var(--canvas-serif);
        }
        .article > * + * {
          margin-block-start: 1.5rem;
        }
        .article h1 {
          font-size: 2rem;
          line-height: 1.2;
        }
      </style>
      <main class="article">
        <h1>What the Niño Guerrero strike tells us about Washington and Caracas</h1>
        <p>
          The killing of Tren de Aragua's leader in a US airstrike, run jointly with the government in
          <entity-chip src=${SEED_SRC} entity="venezuela">Venezuela</entity-chip>, marks a turn in how
          Washington fights cartels in the hemisphere.
        </p>
        <story-summary src=${SEED_SRC}>
          <a href="https://rbtfl.xyz/zh/n/venezuela-nino-guerrero-strike">Read the story</a>
        </story-summary>
        <p>Officials in both capitals described the operation as coordinated.</p>
        <story-numbers src=${SEED_SRC}></story-numbers>
        <p>How the strike was covered depended on where an outlet stands.</p>
        <takes-by-lens src=${SEED_SRC} limit="3"></takes-by-lens>
      </main>`,
};

/** The article at a real reader's width: the viewport presets of the toolbar. */
const atWidth = (width: number): StoryObj => ({
  ...InAnArticle,
  name: `In an article, ${width} px`,
  // The iframe alone knows no viewport global: the visual and smoke tests size the page by this.
  tags: [`width-${width}`],
  globals: {viewport: {value: `w${width}`, isRotated: false}},
});
export const At320 = atWidth(widths[0][0]);
export const At375 = atWidth(widths[1][0]);
export const At768 = atWidth(widths[2][0]);
export const At1280 = atWidth(widths[3][0]);
