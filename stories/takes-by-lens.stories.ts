import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {darkPage, element, rtl, SEED_SRC, stateStories, themeControl} from './support.js';

const meta: Meta = {
  title: 'Elements/takes-by-lens',
  component: 'takes-by-lens',
  render: (args) => element('takes-by-lens', args, args.fallback as string),
  args: {src: SEED_SRC},
  argTypes: {
    fallback: {control: 'text', description: "Light-DOM fallback: the publisher's link"},
    limit: {control: {type: 'number', min: 0}},
    lens: {
      control: {type: 'select', labels: {all: 'every lens'}},
      options: ['all', 'unlabelled', 'us-mainstream', 'foreign-policy-think-tank', 'opinion-critical'],
      mapping: {all: undefined},
    },
    theme: themeControl,
  },
};
export default meta;
type Story = StoryObj;
const states = stateStories(
  'How outlets covered the story',
  'A story without takes: <takes-by-lens> renders nothing here (0 px tall), no empty heading.'
);

export const Default: Story = {};
export const Loading = states.Loading;
export const ErrorWithFallback = states.ErrorWithFallback;
export const ErrorWithoutFallback = states.ErrorWithoutFallback;
export const Minimal = states.Minimal;
export const Long: Story = {args: {...states.Long.args, limit: 5}};
export const HostileText = states.HostileText;
export const Limit3: Story = {args: {limit: 3}};
export const OneLens: Story = {args: {lens: 'opinion-critical'}};
export const Dark: Story = darkPage({limit: 3}, '48rem');
/** The Arabic story on an Arabic page. */
export const RTL: Story = rtl({limit: 3}, '48rem');
