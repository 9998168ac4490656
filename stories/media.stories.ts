import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, type TemplateResult} from 'lit';
import {InMediumElement} from './media.js';
import {invalid, ownPage, SEED_SRC} from './support.js';

// The four elements where pages and readers differ most. Print and forced colours render in their
// medium by themselves (<in-medium>, stories/media.ts says how and what it cannot do), in a frame
// of their own on the docs page: printing is one state for the whole page.
const meta: Meta = {
  title: 'Media',
  parameters: {layout: 'padded'},
};
export default meta;

// Defined here: package.json's `sideEffects` leaves a bare import of a stories module out.
if (!customElements.get('in-medium')) customElements.define('in-medium', InMediumElement);

const four = () =>
  html`<story-summary src=${SEED_SRC}></story-summary>
    <story-numbers src=${SEED_SRC}></story-numbers>
    <takes-by-lens src=${SEED_SRC} limit="2"></takes-by-lens>
    <p>In <entity-chip src=${SEED_SRC} entity="venezuela">Venezuela</entity-chip>, the strike.</p>`;

const note = (text: string) => html`<p class="note">${text}</p>`;

/**
 * Forced colours (Windows High Contrast), as the browser renders them in the page's scheme: no
 * backgrounds; cards, the bar, its swatches and the chips keep borders; chips that are links look
 * like links.
 */
export const ForcedColours: StoryObj = {
  ...ownPage({}, '60rem'),
  render: () =>
    html`${note(
        'Forced colours, rendered by the story: the elements’ forced-colours CSS, and what the browser forces, in this page’s system colours.'
      )} <in-medium medium="forced-colors">${four()}</in-medium>`,
};

/** A sheet of A4 paper at the browser's default margins: the print's width and what it drops. */
const paper = (content: TemplateResult) =>
  html`<div class="paper">
    <style>
      .paper {
        box-sizing: border-box;
        inline-size: 210mm;
        max-inline-size: 100%;
        padding: 10mm;
        margin-inline: auto;
        background: #fff;
        color: #000;
        box-shadow: 0 1px 6px rgb(0 0 0 / 0.3);
      }
    </style>
    ${content}
  </div>`;

/**
 * Printed, on a sheet of A4 paper: every take and section shows, buttons do not, backgrounds drop
 * out but the bar keeps its colours, and each source shows its address.
 */
export const Print: StoryObj = {
  ...ownPage({theme: 'light'}, '80rem'),
  render: () =>
    html`${note('Printed, rendered by the story: as on paper, with the elements’ print CSS and view.')}
    ${paper(html`<in-medium medium="print">${four()}</in-medium>`)}`,
};

/**
 * A dark page that declares no `color-scheme`: the elements cannot know it is dark, so the
 * publisher says `theme="dark"`; a fallback shown after a failure takes the page's own colour.
 */
export const DarkPageWithoutColorScheme: StoryObj = {
  ...ownPage({theme: 'light'}),
  parameters: {...ownPage({}).parameters, page: {background: '#111', color: '#e6e6e6'}},
  render: () =>
    html`<story-numbers theme="dark" src=${SEED_SRC}></story-numbers>
      <story-numbers .story=${invalid}><a href="#" style="color: #8ab4f8">Read the story</a></story-numbers>`,
};
