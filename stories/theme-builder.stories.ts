import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ThemeBuilderElement} from './theme-builder/builder.js';

// Defined here: package.json's `sideEffects` leaves a bare import of a stories module out.
if (!customElements.get('theme-builder')) customElements.define('theme-builder', ThemeBuilderElement);

const meta: Meta = {
  title: 'Theme builder',
  parameters: {
    layout: 'fullscreen',
    // The builder has its own controls: a pair per colour, with its contrast beside it.
    controls: {disable: true},
    docs: {
      description: {
        component:
          'A control for every public `--story-*` token, read from `custom-elements.json`: for each colour ' +
          'a light and a dark value (or one, linked), and a warning beside it when the pair misses 4.5:1 for ' +
          'text or 3:1 for graphics against the card. The four elements show on a light and a dark page side ' +
          'by side; the CSS of the tokens you set, with `light-dark()` pairs, can be copied at any time. ' +
          'Reset returns to the defaults; paste a theme under "Continue a theme" to go on editing it.',
      },
      story: {inline: false, height: '100rem'},
    },
  },
};
export default meta;

/** Set tokens, watch both pages and the contrast, copy the CSS. */
export const ThemeBuilder: StoryObj = {
  name: 'Theme builder',
  render: () => html`<theme-builder></theme-builder>`,
};
