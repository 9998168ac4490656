import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {element, hostile, holdRequests, invalid, long, minimal, SEED_SRC} from './support.js';

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
    theme: {control: 'inline-radio', options: ['', 'light', 'dark']},
  },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const Loading: Story = {args: {src: 'fixtures/held/seed.json'}, decorators: [holdRequests]};
export const ErrorWithFallback: Story = {
  args: {src: undefined, story: invalid, fallback: 'How outlets covered the story'},
};
export const ErrorWithoutFallback: Story = {args: {src: undefined, story: invalid}};
export const Minimal: Story = {args: {src: undefined, story: minimal}};
export const Long: Story = {args: {src: undefined, story: long, limit: 5}};
export const HostileText: Story = {args: {src: undefined, story: hostile}};
export const Limit3: Story = {args: {limit: 3}};
export const OneLens: Story = {args: {lens: 'opinion-critical'}};
export const Dark: Story = {args: {theme: 'dark', limit: 3}};
export const RTL: Story = {args: {limit: 3}, globals: {locale: 'ar'}};
