import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {invalid, SEED_SRC} from './support.js';

// The four elements where pages and readers differ most. The smoke test (scripts/test-storybook.js)
// opens a story tagged `forced-colors` with forced colours emulated, and one tagged `print` as
// printed; in Storybook, emulate them from the browser's rendering tools.
const meta: Meta = {
  title: 'Media',
  parameters: {layout: 'padded'},
};
export default meta;

const four = () =>
  html`<story-summary src=${SEED_SRC}></story-summary>
    <story-numbers src=${SEED_SRC}></story-numbers>
    <takes-by-lens src=${SEED_SRC} limit="2"></takes-by-lens>
    <p>In <entity-chip src=${SEED_SRC} entity="venezuela">Venezuela</entity-chip>, the strike.</p>`;

/** Forced colours (Windows High Contrast): the bar, swatches, cards and chips keep borders. */
export const ForcedColours: StoryObj = {tags: ['forced-colors'], render: four};

/** Printed: every take and section shows, no buttons, the bar keeps its colours, sources show their address. */
export const Print: StoryObj = {tags: ['print'], render: four};

/**
 * A dark page that declares no `color-scheme`: the elements cannot know it is dark, so the
 * publisher says `theme="dark"`; a fallback shown after a failure takes the page's own colour.
 */
export const DarkPageWithoutColorScheme: StoryObj = {
  render: () =>
    html`<div style="background: #111; color: #e6e6e6; padding: 1rem">
      <story-numbers theme="dark" src=${SEED_SRC}></story-numbers>
      <story-numbers .story=${invalid}><a href="#" style="color: #8ab4f8">Read the story</a></story-numbers>
    </div>`,
};
