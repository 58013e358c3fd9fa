import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/tabs/tabs.js';

interface Args {
  name: string;
  selected: boolean;
  focusableContent: boolean;
  stackBelow: string;
}

/** The panel these stories are about ("Hinnat"), with or without a link in it. */
const prices = (a: Args) => html`<arki-tab-panel name=${a.name}>
  <p>Aikuiset 6,50 €, lapset ja opiskelijat 3 €, sarjakortti 10 kertaa 55 €.</p>
  ${a.focusableContent ? html`<p>Katso myös <a href="#alennukset">alennukset ja maksuttomat vuorot</a>.</p>` : ''}
</arki-tab-panel>`;

const meta: Meta<Args> = {
  title: 'Components/Tab panel',
  component: 'arki-tab-panel',
  args: { name: 'hinnat', selected: true, focusableContent: false, stackBelow: '' },
  argTypes: {
    name: { description: 'Pairs the panel with the arki-tab whose `panel` is the same (here both follow this control).' },
    selected: { description: "Story control: whether this panel's tab is the selected one." },
    focusableContent: { description: 'Story control: a link inside the panel.' },
    stackBelow: { description: 'arki-tabs `stack-below`: `1000rem` forces the stacked layout.' },
  },
  render: (a) => html`<arki-tabs label="Uimahalli" stack-below=${a.stackBelow}>
    <arki-tab panel="aukiolo" ?selected=${!a.selected}>Aukioloajat</arki-tab>
    <arki-tab panel=${a.name} ?selected=${a.selected}>Hinnat</arki-tab>
    <arki-tab-panel name="aukiolo"><p>Ma–pe 6–21, la–su 9–18. Kassa sulkeutuu tuntia ennen.</p></arki-tab-panel>
    ${prices(a)}
  </arki-tabs>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The selected tab's panel, shown after the tab list and named by its tab. */
export const Selected: Story = {};
/** The "Hinnat" panel is hidden (out of the accessibility tree) until its tab is selected. */
export const NotSelected: Story = { name: 'Not selected', args: { selected: false } };
/** Tab from the tab goes into the panel and on to its link. */
export const WithFocusableContent: Story = { name: 'With focusable content', args: { focusableContent: true } };
/** Only text, a list and a table: the panel itself takes focus after its tab (APG), so it can be scrolled. */
export const WithoutFocusableContent: Story = {
  name: 'Without focusable content',
  render: () => html`<arki-tabs label="Uimahalli">
    <arki-tab panel="aukiolo">Aukioloajat</arki-tab><arki-tab panel="hinnat" selected>Hinnat</arki-tab>
    <arki-tab-panel name="aukiolo"><p>Ma–pe 6–21, la–su 9–18.</p></arki-tab-panel>
    <arki-tab-panel name="hinnat">
      <ul>
        <li>Aikuiset 6,50 €</li>
        <li>Lapset ja opiskelijat 3 €</li>
        <li>Eläkeläiset 4 €</li>
      </ul>
      <table>
        <caption>Sarjakortit</caption>
        <thead><tr><th scope="col">Kortti</th><th scope="col">Hinta</th></tr></thead>
        <tbody>
          <tr><th scope="row">10 kertaa</th><td>55 €</td></tr>
          <tr><th scope="row">Kuukausikortti</th><td>48 €</td></tr>
        </tbody>
      </table>
    </arki-tab-panel>
  </arki-tabs>`,
};

/** Panels paired by `name`, in a different order from their tabs. */
export const PairedByName: Story = {
  name: 'Paired by name',
  render: () => html`<arki-tabs label="Kirjasto">
    <arki-tab panel="lainaus">Lainaaminen</arki-tab><arki-tab panel="palautus" selected>Palauttaminen</arki-tab>
    <arki-tab-panel name="palautus"><p>Palauta kirjat mihin tahansa kaupungin kirjastoon tai palautusluukkuun.</p></arki-tab-panel>
    <arki-tab-panel name="lainaus"><p>Laina-aika on 28 vuorokautta. Tarvitset kirjastokortin.</p></arki-tab-panel>
  </arki-tabs>`,
};

/** `stack-below`: on narrow screens every panel is shown under its own heading, with no tabpanel role (forced on here). */
export const Stacked: Story = { name: 'Stacked (narrow screen)', args: { stackBelow: '1000rem', focusableContent: true } };

/** Outside arki-tabs, or before the script runs, a panel is a plain block in reading order. */
export const OnItsOwn: Story = {
  name: 'On its own (before tabs)',
  render: (a) => prices({ ...a, focusableContent: true }),
};

export const Swedish: Story = {
  render: () => html`<div lang="sv"><arki-tabs label="Simhall">
    <arki-tab panel="oppettider">Öppettider</arki-tab><arki-tab panel="priser" selected>Priser</arki-tab>
    <arki-tab-panel name="oppettider"><p>Mån–fre 6–21, lör–sön 9–18.</p></arki-tab-panel>
    <arki-tab-panel name="priser"><p>Vuxna 6,50 €, barn 3 €. Se även <a href="#rabatter">rabatter</a>.</p></arki-tab-panel>
  </arki-tabs></div>`,
};
export const English: Story = {
  render: () => html`<div lang="en"><arki-tabs label="Swimming hall">
    <arki-tab panel="hours">Opening hours</arki-tab><arki-tab panel="prices" selected>Prices</arki-tab>
    <arki-tab-panel name="hours"><p>Mon–Fri 6–21, Sat–Sun 9–18.</p></arki-tab-panel>
    <arki-tab-panel name="prices"><p>Adults €6.50, children €3.</p></arki-tab-panel>
  </arki-tabs></div>`,
};
