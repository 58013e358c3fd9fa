import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/header/header.js';
import '../src/components/language-switcher/language-switcher.js';
import '../src/components/button/button.js';
import type { HeaderNavItem } from '../src/components/header/header.js';

interface Args {
  serviceName: string;
  sticky: boolean;
  collapseBelow: number;
  navigation: HeaderNavItem[];
  withLanguage: boolean;
  withSearch: boolean;
}

const nav: HeaderNavItem[] = [
  { label: 'Asuminen', href: '#asuminen' },
  { label: 'Kasvatus ja koulutus', href: '#kasvatus', current: true },
  { label: 'Terveys ja hyvinvointi', href: '#terveys' },
  { label: 'Kulttuuri ja vapaa-aika', href: '#kulttuuri' },
];

const logo = html`<a slot="logo" href="#etusivu" style="display:inline-flex;align-items:center;gap:.5rem;color:inherit;font-weight:700;text-decoration:none">
  <svg aria-hidden="true" width="32" height="36" viewBox="0 0 32 36"><path d="M2 2h28v16c0 9-7 14-14 16C9 32 2 27 2 18Z" fill="currentColor" /></svg>Arkikylä
</a>`;

const search = (label = 'Hae sivustolta', button = 'Hae') => html`<form slot="search" role="search" style="display:flex;gap:.25rem" @submit=${(e: Event) => e.preventDefault()}>
  <input type="search" aria-label=${label} style="min-block-size:2.75rem;min-inline-size:0;inline-size:12rem;max-inline-size:100%;font:inherit;padding-inline:.5rem" />
  <arki-button type="submit" variant="secondary">${button}</arki-button>
</form>`;

const meta: Meta<Args> = {
  title: 'Components/Header',
  component: 'arki-header',
  args: { serviceName: 'Varhaiskasvatuksen asiointi', sticky: false, collapseBelow: 768, navigation: nav, withLanguage: true, withSearch: true },
  render: (a) => html`<arki-header service-name=${a.serviceName} ?sticky=${a.sticky} collapse-below=${a.collapseBelow} .navigation=${a.navigation}>
    ${logo}
    ${a.withLanguage ? html`<arki-language-switcher slot="language"></arki-language-switcher>` : nothing}
    ${a.withSearch ? search() : nothing}
  </arki-header>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Minimal: Story = { args: { withLanguage: false, withSearch: false, navigation: [] } };
/** The navigation folds behind "Valikko" below 768 px of the header's own width. */
export const Narrow: Story = {
  name: 'Narrow (320 px): menu button',
  render: (a, ctx) => html`<div style="inline-size:320px;max-inline-size:100%;outline:1px dashed">${meta.render!(a, ctx)}</div>`,
};
export const CustomBreakpoint: Story = { name: 'collapse-below="1200"', args: { collapseBelow: 1200 } };
/** Scroll the canvas: the header stays, and `scroll-padding-top` keeps focused elements clear of it. */
export const Sticky: Story = {
  args: { sticky: true },
  render: (a, ctx) => html`<div>
    ${meta.render!(a, ctx)}
    ${Array.from({ length: 12 }, (_, i) => html`<p><a href="#kohta-${i}">Linkki ${i + 1}: sarkaimella alas ja ylös, kohdistus pysyy näkyvissä</a></p>`)}
  </div>`,
};
export const Swedish: Story = {
  render: () => html`<div lang="sv"><arki-header service-name="E-tjänster för småbarnspedagogik" .navigation=${[
    { label: 'Boende', href: '#boende' },
    { label: 'Fostran och utbildning', href: '#fostran', current: true },
    { label: 'Hälsa', href: '#halsa' },
  ]}>${logo}<arki-language-switcher slot="language"></arki-language-switcher>${search('Sök på webbplatsen', 'Sök')}</arki-header></div>`,
};
export const English: Story = {
  render: () => html`<div lang="en" style="inline-size:320px;max-inline-size:100%"><arki-header service-name="Early childhood education services" .navigation=${[
    { label: 'Housing', href: '#housing' },
    { label: 'Education', href: '#education', current: true },
    { label: 'Health', href: '#health' },
  ]}>${logo}<arki-language-switcher slot="language"></arki-language-switcher>${search('Search the site', 'Search')}</arki-header></div>`,
};
