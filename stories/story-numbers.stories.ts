import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {darkPage, element, rtl, SEED_SRC, stateStories, themeControl} from './support.js';

const meta: Meta = {
  title: 'Elements/story-numbers',
  component: 'story-numbers',
  render: (args) => element('story-numbers', args, args.fallback as string),
  args: {src: SEED_SRC},
  argTypes: {
    fallback: {control: 'text', description: "Light-DOM fallback: the publisher's link"},
    layout: {control: 'inline-radio', options: ['grid', 'list']},
    theme: themeControl,
  },
};
export default meta;
type Story = StoryObj;
const states = stateStories(
  'The strike in numbers',
  'A story without figures: <story-numbers> renders nothing here (0 px tall), no empty heading.'
);

export const Default: Story = {};
export const Loading = states.Loading;
export const ErrorWithFallback = states.ErrorWithFallback;
export const ErrorWithoutFallback = states.ErrorWithoutFallback;
export const Minimal = states.Minimal;
export const Long = states.Long;
export const HostileText = states.HostileText;
export const ListLayout: Story = {args: {layout: 'list'}};
export const Dark: Story = darkPage();
/** The Arabic story on an Arabic page. */
export const RTL: Story = rtl();
