import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {darkPage, element, rtl, SEED_AR_SRC, SEED_SRC} from './support.js';

const meta: Meta = {
  title: 'Elements/entity-chip',
  component: 'entity-chip',
  render: (args) => element('entity-chip', args, args.text as string),
  args: {name: 'Venezuela', href: 'https://rbtfl.xyz/zh/entity/venezuela'},
  argTypes: {text: {control: 'text', description: 'Slotted text (standalone, without `name`)'}},
};
export default meta;
type Story = StoryObj;

export const StandaloneLink: Story = {};
export const StandaloneWithoutUrl: Story = {args: {name: 'United States', href: undefined}};
export const SlottedText: Story = {args: {name: undefined, text: 'Delcy Rodríguez'}};
export const UnsafeUrlIsText: Story = {args: {href: 'javascript:alert(1)'}};
export const BoundToStory: Story = {
  args: {name: undefined, href: undefined, src: SEED_SRC, entity: 'tren-de-aragua'},
};
export const BoundWithoutUrl: Story = {
  args: {name: undefined, href: undefined, src: SEED_SRC, entity: 'united-states'},
};
export const InText: Story = {
  render: () =>
    html`<p>
      Since January,
      <entity-chip src=${SEED_SRC} entity="delcy-rodriguez"></entity-chip> has run
      <entity-chip name="Venezuela" href="https://rbtfl.xyz/zh/entity/venezuela"></entity-chip> with backing
      from <entity-chip name="United States"></entity-chip>.
    </p>`,
};
export const Dark: Story = darkPage({}, '6rem');
/** Chips bound to the Arabic story, in an Arabic sentence on an Arabic page. */
export const RTL: Story = {
  ...rtl({}, '8rem'),
  render: () =>
    html`<p>
      منذ يناير/كانون الثاني، تحكم <entity-chip src=${SEED_AR_SRC} entity="delcy-rodriguez"></entity-chip>
      <entity-chip src=${SEED_AR_SRC} entity="venezuela"></entity-chip> بدعم من
      <entity-chip src=${SEED_AR_SRC} entity="united-states"></entity-chip>.
    </p>`,
};
