import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {element, ownPage, SEED_SRC, stateStories} from './support.js';

const meta: Meta = {
  title: 'Elements/story-numbers',
  component: 'story-numbers',
  render: (args) => element('story-numbers', args, args.fallback as string),
  args: {src: SEED_SRC},
  argTypes: {
    fallback: {control: 'text', description: "Light-DOM fallback: the publisher's link"},
    layout: {control: 'inline-radio', options: ['grid', 'list']},
    theme: {control: {type: 'inline-radio', labels: {'': 'the page'}}, options: ['', 'light', 'dark']},
  },
};
export default meta;
type Story = StoryObj;
const states = stateStories('The strike in numbers');

export const Default: Story = {};
export const Loading = states.Loading;
export const ErrorWithFallback = states.ErrorWithFallback;
export const ErrorWithoutFallback = states.ErrorWithoutFallback;
export const Minimal = states.Minimal;
export const Long = states.Long;
export const HostileText = states.HostileText;
export const ListLayout: Story = {args: {layout: 'list'}};
export const Dark: Story = {args: {theme: 'dark'}};
export const RTL: Story = ownPage({locale: 'ar'});
