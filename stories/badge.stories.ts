import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/badge/badge.js';
import { badgeVariants } from '../src/components/badge/badge.js';

interface Args {
  variant: string;
  text: string;
  count?: number;
  max: number;
  label: string;
}

const meta: Meta<Args> = {
  title: 'Components/Badge',
  component: 'arki-badge',
  args: { variant: 'info', text: 'Uusi', max: 99, label: '' },
  argTypes: { variant: { control: 'select', options: [...badgeVariants] } },
  render: (a) => html`<arki-badge variant=${a.variant} .count=${a.count} max=${a.max} label=${a.label}>${a.text}</arki-badge>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Label: Story = {};
export const Variants: Story = {
  render: () => html`<p style="display:flex;gap:.5rem;flex-wrap:wrap">
    ${badgeVariants.map((v) => html`<arki-badge variant=${v}>${v}</arki-badge>`)}
  </p>`,
};
/** Shows "3"; a screen reader reads "3 uutta". */
export const Count: Story = { args: { text: '', count: 3 } };
export const CountInContext: Story = {
  name: 'Count beside a link',
  render: () => html`<p><a href="#viestit">Viestit</a> <arki-badge variant="error" count="3" label="uutta viestiä"></arki-badge></p>`,
};
export const CountWithText: Story = { name: 'Count with visible text', args: { text: 'hakemusta', count: 2, variant: 'neutral' } };
export const OverMax: Story = { name: 'Over max (99+)', args: { text: '', count: 250, variant: 'error' } };
/** A long text wraps inside the badge instead of running off a narrow screen (keep texts short all the same). */
export const LongText: Story = { name: 'Long text (wraps)', args: { text: 'Hakemus odottaa liitteitä ja käsittelijän tarkistusta', variant: 'warning' } };
export const Swedish: Story = { render: () => html`<p lang="sv"><arki-badge variant="success">Avgiftsfri</arki-badge> <arki-badge count="4"></arki-badge></p>` };
export const English: Story = { render: () => html`<p lang="en"><arki-badge variant="warning">Closing soon</arki-badge> <arki-badge count="120"></arki-badge></p>` };
