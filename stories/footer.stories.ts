import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/footer/footer.js';
import type { FooterGroup, FooterLink } from '../src/components/footer/footer.js';

interface Args {
  groups: FooterGroup[];
  social: FooterLink[];
  accessibilityHref: string;
  headingLevel: number;
}

const footerGroups: FooterGroup[] = [
  { heading: 'Asiointi', links: [{ label: 'Sähköinen asiointi', href: '#asiointi' }, { label: 'Lomakkeet', href: '#lomakkeet' }, { label: 'Asiakasmaksut', href: '#maksut' }] },
  { heading: 'Tietoa kaupungista', links: [{ label: 'Päätöksenteko', href: '#paatokset' }, { label: 'Avoimet työpaikat', href: '#tyopaikat' }] },
];
const footerSocial: FooterLink[] = [
  { label: 'Arkikylä Facebookissa', href: '#facebook' },
  { label: 'Arkikylä Instagramissa', href: '#instagram' },
];

const meta: Meta<Args> = {
  title: 'Components/Footer',
  component: 'arki-footer',
  args: { groups: footerGroups, social: footerSocial, accessibilityHref: '#saavutettavuusseloste', headingLevel: 2 },
  argTypes: { headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] } },
  render: (a) => html`<arki-footer .groups=${a.groups} .social=${a.social} accessibility-href=${a.accessibilityHref} heading-level=${a.headingLevel}>
    <strong slot="logo">Arkikylän kaupunki</strong>
    <address slot="contact">Kaupungintalo, Torikatu 1, 00100 Arkikylä<br />Vaihde 09 123 4567</address>
    <span slot="legal">© Arkikylän kaupunki</span>
  </arki-footer>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
/** Only what the law requires: the accessibility statement. */
export const Minimal: Story = { render: () => html`<arki-footer accessibility-href="#saavutettavuusseloste"></arki-footer>` };
export const StatementInSlot: Story = {
  name: 'Statement link in the slot',
  render: () => html`<arki-footer .groups=${footerGroups}>
    <a slot="accessibility" href="#saavutettavuus">Saavutettavuusseloste (päivitetty 1.3.2025)</a>
    <a slot="legal" href="#tietosuoja">Tietosuoja</a>
  </arki-footer>`,
};
export const Swedish: Story = {
  render: () => html`<div lang="sv"><arki-footer accessibility-href="#tillganglighet" .groups=${[
    { heading: 'E-tjänster', links: [{ label: 'Blanketter', href: '#blanketter' }, { label: 'Avgifter', href: '#avgifter' }] },
  ]} .social=${[{ label: 'Arkikylä på Facebook', href: '#fb' }]}>
    <address slot="contact">Stadshuset, Torggatan 1</address>
  </arki-footer></div>`,
};
export const English: Story = {
  render: () => html`<div lang="en"><arki-footer accessibility-href="#accessibility" .groups=${[
    { heading: 'Services', links: [{ label: 'Forms', href: '#forms' }, { label: 'Fees', href: '#fees' }] },
  ]} .social=${[{ label: 'Arkikylä on Facebook', href: '#fb' }]}>
    <address slot="contact">City Hall, 1 Market Street</address>
  </arki-footer></div>`,
};
