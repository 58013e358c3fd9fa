import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/breadcrumb/breadcrumb.js';
import type { BreadcrumbItem } from '../src/components/breadcrumb/breadcrumb.js';

interface Args {
  items: BreadcrumbItem[];
  collapse: string;
  collapseBelow: number;
}

const path: BreadcrumbItem[] = [
  { label: 'Etusivu', href: '#etusivu' },
  { label: 'Kasvatus ja koulutus', href: '#kasvatus' },
  { label: 'Varhaiskasvatus', href: '#varhaiskasvatus' },
  { label: 'Hakeminen', href: '#hakeminen' },
  { label: 'Palvelusetelit', href: '#setelit' },
  { label: 'Palvelusetelihakemuksen täyttäminen' },
];

const meta: Meta<Args> = {
  title: 'Components/Breadcrumb',
  component: 'arki-breadcrumb',
  args: { items: path, collapse: 'auto', collapseBelow: 640 },
  argTypes: { collapse: { control: 'select', options: ['auto', 'always', 'never'] } },
  render: (a) => html`<arki-breadcrumb .items=${a.items} collapse=${a.collapse} collapse-below=${a.collapseBelow}></arki-breadcrumb>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Short: Story = { args: { items: [path[0]!, path[1]!, { label: 'Varhaiskasvatus' }] } };
/** The middle levels are only visually hidden: a screen reader reads all six. */
export const Collapsed: Story = { args: { collapse: 'always' } };
export const Narrow: Story = {
  name: 'Narrow container (320 px, auto)',
  render: (a) => html`<div style="inline-size:320px;max-inline-size:100%"><arki-breadcrumb .items=${a.items}></arki-breadcrumb></div>`,
};
export const CurrentPageLinked: Story = { name: 'Current page as a link', args: { items: [path[0]!, path[1]!, { label: 'Varhaiskasvatus', href: '#varhaiskasvatus' }] } };
export const FromChildLinks: Story = {
  name: 'From child links (works before the script runs)',
  render: () => html`<arki-breadcrumb><a href="#etusivu">Etusivu</a><a href="#asuminen">Asuminen</a><span>Vuokra-asunnot</span></arki-breadcrumb>`,
};
export const Swedish: Story = {
  render: () => html`<div lang="sv"><arki-breadcrumb collapse="always" .items=${[
    { label: 'Startsida', href: '#start' },
    { label: 'Fostran och utbildning', href: '#fostran' },
    { label: 'Småbarnspedagogik', href: '#smabarn' },
    { label: 'Ansökan', href: '#ansokan' },
    { label: 'Servicesedlar' },
  ]}></arki-breadcrumb></div>`,
};
export const English: Story = {
  render: () => html`<div lang="en"><arki-breadcrumb collapse="always" .items=${[
    { label: 'Home', href: '#home' },
    { label: 'Education', href: '#education' },
    { label: 'Early childhood education', href: '#ece' },
    { label: 'Applying', href: '#apply' },
    { label: 'Service vouchers' },
  ]}></arki-breadcrumb></div>`,
};
