import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {element, ownPage, SEED_SRC, stateStories} from './support.js';

const meta: Meta = {
  title: 'Elements/takes-by-lens',
  component: 'takes-by-lens',
  render: (args) => element('takes-by-lens', args, args.fallback as string),
  args: {src: SEED_SRC},
  argTypes: {
    fallback: {control: 'text', description: "Light-DOM fallback: the publisher's link"},
    limit: {control: {type: 'number', min: 0}},
    lens: {
      control: 'select',
      options: ['', 'unlabelled', 'us-mainstream', 'foreign-policy-think-tank', 'opinion-critical'],
    },
    theme: {control: {type: 'inline-radio', labels: {'': 'the page'}}, options: ['', 'light', 'dark']},
  },
};
export default meta;
type Story = StoryObj;
const states = stateStories('How outlets covered the story');

export const Default: Story = {};
export const Loading = states.Loading;
export const ErrorWithFallback = states.ErrorWithFallback;
export const ErrorWithoutFallback = states.ErrorWithoutFallback;
export const Minimal = states.Minimal;
export const Long: Story = {args: {...states.Long.args, limit: 5}};
export const HostileText = states.HostileText;
export const Limit3: Story = {args: {limit: 3}};
export const OneLens: Story = {args: {lens: 'opinion-critical'}};
export const Dark: Story = {args: {theme: 'dark', limit: 3}};
export const RTL: Story = {args: {limit: 3}, ...ownPage({locale: 'ar'}, '48rem')};
