import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/tabs/tabs.js';

interface Args {
  label: string;
  stackBelow: string;
  selected: number;
}

const channels = [
  ['Verkossa', 'Asioi verkossa tunnistautumalla pankkitunnuksilla tai mobiilivarmenteella.'],
  ['Puhelimitse', 'Soita palvelunumeroon 09 123 4567, ma–pe klo 9–15.'],
  ['Paikan päällä', 'Asiointipiste, Esimerkkikatu 1. Ajanvaraus suositeltava.'],
] as const;

const meta: Meta<Args> = {
  title: 'Components/Tabs',
  component: 'arki-tabs',
  args: { label: 'Asiointikanavat', stackBelow: '', selected: 0 },
  render: (a) => html`<arki-tabs label=${a.label} stack-below=${a.stackBelow}>
    ${channels.map(([tab], i) => html`<arki-tab ?selected=${i === a.selected}>${tab}</arki-tab>`)}
    ${channels.map(([, text]) => html`<arki-tab-panel><p>${text} <a href="#lisaa">Lue lisää</a></p></arki-tab-panel>`)}
  </arki-tabs>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Arrow keys move and select, Home and End jump; Tab goes into the panel. */
export const Default: Story = {};
export const SecondSelected: Story = { name: 'Second tab selected', args: { selected: 1 } };
export const DisabledTab: Story = {
  name: 'Disabled tab',
  render: () => html`<arki-tabs label="Hakemuksen vaiheet">
    <arki-tab>Perustiedot</arki-tab><arki-tab>Liitteet</arki-tab><arki-tab disabled>Yhteenveto</arki-tab>
    <arki-tab-panel><p>Täytä perustiedot.</p></arki-tab-panel>
    <arki-tab-panel><p>Lisää liitteet.</p></arki-tab-panel>
    <arki-tab-panel><p>Tarkista tiedot.</p></arki-tab-panel>
  </arki-tabs>`,
};
export const NamedPanels: Story = {
  name: 'Paired by name',
  render: () => html`<arki-tabs label="Uimahalli">
    <arki-tab panel="aukiolo">Aukioloajat</arki-tab><arki-tab panel="hinnat" selected>Hinnat</arki-tab>
    <arki-tab-panel name="hinnat"><p>Aikuiset 6,50 €, lapset 3 €.</p></arki-tab-panel>
    <arki-tab-panel name="aukiolo"><p>Ma–pe 6–21, la–su 9–18.</p></arki-tab-panel>
  </arki-tabs>`,
};
/** `stack-below="40rem"`: on narrow screens the tabs become headings with their sections (forced on here). */
export const Stacked: Story = { name: 'Stacked (narrow screen)', args: { stackBelow: '1000rem' } };
export const ManyTabs: Story = {
  name: 'Many tabs wrap',
  render: () => html`<div style="max-inline-size:24rem"><arki-tabs label="Palvelut">
    ${['Varhaiskasvatus', 'Perusopetus', 'Lukiokoulutus', 'Kirjastot', 'Liikunta'].map((t) => html`<arki-tab>${t}</arki-tab>`)}
    ${['Varhaiskasvatus', 'Perusopetus', 'Lukiokoulutus', 'Kirjastot', 'Liikunta'].map((t) => html`<arki-tab-panel><p>${t}: tietoa palvelusta.</p></arki-tab-panel>`)}
  </arki-tabs></div>`,
};
export const Swedish: Story = {
  render: () => html`<div lang="sv"><arki-tabs label="Kontaktkanaler">
    <arki-tab>På nätet</arki-tab><arki-tab>Per telefon</arki-tab>
    <arki-tab-panel><p>Logga in med bankkoder.</p></arki-tab-panel>
    <arki-tab-panel><p>Ring 09 123 4567.</p></arki-tab-panel>
  </arki-tabs></div>`,
};
export const English: Story = {
  render: () => html`<div lang="en"><arki-tabs label="Contact channels" stack-below="1000rem">
    <arki-tab>Online</arki-tab><arki-tab>By phone</arki-tab>
    <arki-tab-panel><p>Sign in with online banking codes.</p></arki-tab-panel>
    <arki-tab-panel><p>Call 09 123 4567.</p></arki-tab-panel>
  </arki-tabs></div>`,
};
