import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {element, hostile, holdRequests, invalid, long, minimal, SEED_SRC, seed} from './support.js';

const meta: Meta = {
  title: 'Elements/story-summary',
  component: 'story-summary',
  render: (args) => element('story-summary', args, args.fallback as string),
  args: {src: SEED_SRC},
  argTypes: {
    fallback: {control: 'text', description: "Light-DOM fallback: the publisher's link"},
    sections: {control: 'text'},
    'heading-level': {control: {type: 'number', min: 2, max: 6}},
    theme: {control: 'inline-radio', options: ['', 'light', 'dark']},
    loading: {control: 'inline-radio', options: ['eager', 'lazy']},
  },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const Loading: Story = {args: {src: 'fixtures/held/seed.json'}, decorators: [holdRequests]};
export const ErrorWithFallback: Story = {
  args: {src: undefined, story: invalid, fallback: 'Read the story on rbtfl.xyz'},
};
export const ErrorWithoutFallback: Story = {args: {src: undefined, story: invalid}};
export const Minimal: Story = {args: {src: undefined, story: minimal}};
export const Long: Story = {args: {src: undefined, story: long}};
export const HostileText: Story = {args: {src: undefined, story: hostile}};
export const SectionsMetaAndSummary: Story = {args: {sections: 'meta summary'}};
export const SectionsWhyAndWatch: Story = {args: {sections: 'why watch link'}};
export const HeadingLevel4: Story = {args: {'heading-level': 4}};
export const Dark: Story = {args: {theme: 'dark'}};
export const RTL: Story = {args: {src: undefined, story: seed}, globals: {locale: 'ar'}};
