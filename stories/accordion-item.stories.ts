import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/accordion/accordion.js';
import '../src/components/accordion-item/accordion-item.js';
import { headingLevels } from '../src/components/accordion-item/heading.js';

interface Args {
  heading: string;
  summary: string;
  open: boolean;
  headingLevel: number;
}

const meta: Meta<Args> = {
  title: 'Components/Accordion item',
  component: 'arki-accordion-item',
  args: { heading: 'Asiakasmaksut', summary: '', open: false, headingLevel: 2 },
  argTypes: {
    headingLevel: { control: 'select', options: headingLevels.map(Number) },
  },
  // On its own, an item takes `heading-level` itself; inside arki-accordion the accordion sets it.
  render: (a) => html`<arki-accordion-item heading=${a.heading} summary=${a.summary} heading-level=${a.headingLevel} ?open=${a.open}>
    <p>Maksu määräytyy perheen koon, tulojen ja hoitoajan mukaan. Ilmoita tulotietosi kuukauden kuluessa hoidon alkamisesta.</p>
  </arki-accordion-item>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Enter or Space on the button opens the section; the button says "Näytä tämä osio". */
export const Closed: Story = {};
export const Open: Story = { args: { open: true } };
export const WithSummary: Story = { name: 'With summary', args: { summary: 'Maksun suuruus ja alennukset' } };
export const WithSummaryOpen: Story = { name: 'With summary, open', args: { summary: 'Maksun suuruus ja alennukset', open: true } };

/** The heading slot takes phrasing content (it sits inside the button); the panel takes anything. */
export const RichContent: Story = {
  name: 'With rich content',
  render: () => html`<arki-accordion-item open>
    <span slot="heading">Asiakasmaksut <abbr title="vuonna">v.</abbr> 2026</span>
    <p>Maksu määräytyy kolmen asian mukaan:</p>
    <ul>
      <li>perheen koko</li>
      <li>perheen bruttotulot</li>
      <li>lapsen hoitoaika kuukaudessa</li>
    </ul>
    <table>
      <caption>Enimmäismaksut kuukaudessa</caption>
      <thead><tr><th scope="col">Lapsi</th><th scope="col">Enimmäismaksu</th></tr></thead>
      <tbody>
        <tr><th scope="row">Nuorin lapsi</th><td>311 €</td></tr>
        <tr><th scope="row">Toinen lapsi</th><td>124 €</td></tr>
      </tbody>
    </table>
    <p>Lisätietoa saat <a href="#palveluohjaus">varhaiskasvatuksen palveluohjauksesta</a>.</p>
  </arki-accordion-item>`,
};

/** Long Finnish compound words wrap inside a narrow column; the button stays full width. */
export const LongHeading: Story = {
  name: 'Long heading that wraps',
  args: {
    heading: 'Varhaiskasvatuspalvelusetelin myöntämisperusteet ja tulosidonnaisen asiakasmaksun määräytyminen',
    summary: 'Palvelusetelin arvo, omavastuuosuus ja tulotietojen toimittaminen',
  },
  render: (a, ctx) => html`<div style="max-inline-size:20rem">${meta.render!(a, ctx)}</div>`,
};

export const HeadingLevel3: Story = {
  name: 'Heading level 3',
  args: { headingLevel: 3 },
  render: (a, ctx) => html`<h2>Varhaiskasvatus</h2>${meta.render!(a, ctx)}`,
};

/** The usual place of an item: the accordion sets its heading level and adds ↑/↓ and "show all". */
export const InAnAccordion: Story = {
  name: 'In an accordion',
  render: () => html`<arki-accordion>
    <arki-accordion-item heading="Paikan hakeminen"><p>Hae paikkaa viimeistään neljä kuukautta ennen kuin tarvitset sen.</p></arki-accordion-item>
    <arki-accordion-item heading="Asiakasmaksut" summary="Maksun suuruus ja alennukset" open>
      <p>Maksu määräytyy perheen koon, tulojen ja hoitoajan mukaan.</p>
    </arki-accordion-item>
    <arki-accordion-item heading="Yhteystiedot"><p>Palveluohjaus, puhelin 09 123 4567, ma–pe klo 9–15.</p></arki-accordion-item>
  </arki-accordion>`,
};

export const Swedish: Story = {
  render: () => html`<div lang="sv">
    <arki-accordion-item heading="Ansökan om plats"><p>Ansök om plats senast fyra månader innan du behöver den.</p></arki-accordion-item>
    <arki-accordion-item heading="Avgifter" summary="Avgiftens storlek och nedsättningar" open>
      <p>Avgiften beror på familjens storlek och inkomster.</p>
    </arki-accordion-item>
  </div>`,
};
export const English: Story = {
  render: () => html`<div lang="en">
    <arki-accordion-item heading="Applying for a place"><p>Apply at least four months before you need the place.</p></arki-accordion-item>
    <arki-accordion-item heading="Fees" summary="How much you pay and reductions" open>
      <p>The fee depends on the size and income of the family.</p>
    </arki-accordion-item>
  </div>`,
};
