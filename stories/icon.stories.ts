import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/icon/icon.js';
import { iconNames } from '../src/components/icon/icon.js';

interface Args {
  name: string;
  label: string;
  size: string;
}

const meta: Meta<Args> = {
  title: 'Components/Icon',
  component: 'arki-icon',
  args: { name: 'phone', label: '', size: 'm' },
  argTypes: {
    name: { control: 'select', options: iconNames },
    size: { control: 'select', options: ['s', 'm', 'l'] },
  },
  render: (a) => html`<arki-icon name=${a.name} label=${a.label} size=${a.size}></arki-icon>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Decorative: Story = {
  render: () => html`<p><arki-icon name="phone"></arki-icon> Puhelinpalvelu 09 123 4567</p>`,
};
export const Meaningful: Story = { args: { name: 'warning', label: 'Varoitus' } };
export const Sizes: Story = {
  render: () => html`<p>${['s', 'm', 'l'].map((s) => html`<arki-icon name="clock" size=${s}></arki-icon> `)}</p>`,
};
export const AllIcons: Story = {
  name: 'All icons',
  render: () => html`<ul style="display:grid;grid-template-columns:repeat(auto-fill,minmax(9rem,1fr));gap:1rem;list-style:none;padding:0">
    ${iconNames.map((n) => html`<li><arki-icon name=${n} size="l"></arki-icon> <code>${n}</code></li>`)}
  </ul>`,
};
