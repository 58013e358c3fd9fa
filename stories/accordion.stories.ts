import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/accordion/accordion.js';
import '../src/components/accordion-item/accordion-item.js';

interface Args {
  headingLevel: number;
  remember: string;
  summaries: boolean;
  open: number[];
}

const sections = [
  ['hakeminen', 'Paikan hakeminen', 'Milloin ja miten haet', 'Hae varhaiskasvatuspaikkaa viimeistään neljä kuukautta ennen kuin tarvitset sen.'],
  ['maksut', 'Asiakasmaksut', 'Maksun suuruus ja alennukset', 'Maksu määräytyy perheen koon, tulojen ja hoitoajan mukaan. Hakusana: tulosidonnainen.'],
  ['yhteys', 'Yhteystiedot', 'Palveluohjaus ja neuvonta', 'Varhaiskasvatuksen palveluohjaus, puhelin 09 123 4567, ma–pe klo 9–15.'],
] as const;

const meta: Meta<Args> = {
  title: 'Components/Accordion',
  component: 'arki-accordion',
  args: { headingLevel: 2, remember: 'none', summaries: false, open: [] },
  argTypes: {
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
    remember: { control: 'select', options: ['none', 'hash'] },
  },
  render: (a) => html`<arki-accordion id="varhaiskasvatus" heading-level=${a.headingLevel} remember=${a.remember}>
    ${sections.map(
      ([id, heading, summary, text], i) => html`<arki-accordion-item id=${id} heading=${heading} summary=${a.summaries ? summary : ''} ?open=${a.open.includes(i)}>
        <p>${text}</p>
      </arki-accordion-item>`,
    )}
  </arki-accordion>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Use the browser's find (Ctrl+F) for "tulosidonnainen": the closed section opens where supported. */
export const Default: Story = {};
export const WithSummaries: Story = { name: 'With summaries', args: { summaries: true } };
export const OneOpen: Story = { name: 'One section open', args: { open: [1] } };
export const AllOpen: Story = { name: 'All sections open', args: { open: [0, 1, 2] } };
export const HeadingLevel3: Story = {
  name: 'Heading level 3',
  render: (a, ctx) => html`<h2>Varhaiskasvatus</h2>${meta.render!({ ...a, headingLevel: 3 }, ctx)}`,
};
/** Open a section and look at the address bar: `#varhaiskasvatus=maksut`. Reload to restore. */
export const RememberInUrl: Story = { name: 'Remember state in the URL', args: { remember: 'hash' } };
export const Swedish: Story = {
  render: () => html`<div lang="sv"><arki-accordion>
    <arki-accordion-item heading="Ansökan om plats" open><p>Ansök om plats senast fyra månader innan du behöver den.</p></arki-accordion-item>
    <arki-accordion-item heading="Avgifter" summary="Avgiftens storlek och nedsättningar"><p>Avgiften beror på familjens storlek och inkomster.</p></arki-accordion-item>
  </arki-accordion></div>`,
};
export const English: Story = {
  render: () => html`<div lang="en"><arki-accordion>
    <arki-accordion-item heading="Applying for a place" open><p>Apply at least four months before you need the place.</p></arki-accordion-item>
    <arki-accordion-item heading="Fees" summary="How much you pay and reductions"><p>The fee depends on the size and income of the family.</p></arki-accordion-item>
  </arki-accordion></div>`,
};
