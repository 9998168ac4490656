import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {darkPage, element, rtl, SEED_SRC, stateStories, themeControl} from './support.js';

const meta: Meta = {
  title: 'Elements/story-summary',
  component: 'story-summary',
  render: (args) => element('story-summary', args, args.fallback as string),
  args: {src: SEED_SRC},
  argTypes: {
    fallback: {control: 'text', description: "Light-DOM fallback: the publisher's link"},
    sections: {control: 'text'},
    'heading-level': {control: {type: 'number', min: 2, max: 6}},
    theme: themeControl,
    loading: {control: 'inline-radio', options: ['eager', 'lazy']},
  },
};
export default meta;
type Story = StoryObj;
const states = stateStories('Read the story on rbtfl.xyz');

/** Compact by default: headline, dek, meta line, the first lines of the summary, the link. */
export const Default: Story = {};
/** Everything the story has, without the "More" button. */
export const Full: Story = {args: {sections: 'meta summary why watch entities related link'}};
/** With the provider line publishers expect on a third-party embed: `provider=""` names the story's site. */
export const WithProvider: Story = {args: {provider: ''}};
export const Loading = states.Loading;
export const ErrorWithFallback = states.ErrorWithFallback;
export const ErrorWithoutFallback = states.ErrorWithoutFallback;
export const Minimal = states.Minimal;
export const Long = states.Long;
export const HostileText = states.HostileText;
export const SectionsMetaAndSummary: Story = {args: {sections: 'meta summary'}};
export const SectionsWhyAndWatch: Story = {args: {sections: 'why watch link'}};
export const HeadingLevel4: Story = {args: {'heading-level': 4}};
export const Dark: Story = darkPage();
/** The Arabic story on an Arabic page. */
export const RTL: Story = rtl();
