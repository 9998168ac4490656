import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {element, hostile, holdRequests, invalid, long, minimal, SEED_SRC} from './support.js';

const meta: Meta = {
  title: 'Elements/story-numbers',
  component: 'story-numbers',
  render: (args) => element('story-numbers', args, args.fallback as string),
  args: {src: SEED_SRC},
  argTypes: {
    fallback: {control: 'text', description: "Light-DOM fallback: the publisher's link"},
    layout: {control: 'inline-radio', options: ['grid', 'list']},
    theme: {control: 'inline-radio', options: ['', 'light', 'dark']},
  },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const Loading: Story = {args: {src: 'fixtures/held/seed.json'}, decorators: [holdRequests]};
export const ErrorWithFallback: Story = {
  args: {src: undefined, story: invalid, fallback: 'The strike in numbers'},
};
export const ErrorWithoutFallback: Story = {args: {src: undefined, story: invalid}};
export const Minimal: Story = {args: {src: undefined, story: minimal}};
export const Long: Story = {args: {src: undefined, story: long}};
export const HostileText: Story = {args: {src: undefined, story: hostile}};
export const ListLayout: Story = {args: {layout: 'list'}};
export const Dark: Story = {args: {theme: 'dark'}};
export const RTL: Story = {globals: {locale: 'ar'}};
