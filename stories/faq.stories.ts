import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/faq/faq.js';

const questions = {
  fi: [
    ['Miten haen asukaspysäköintitunnusta?', html`Hae tunnusta kaupungin verkkoasioinnissa. Tarvitset ajoneuvon rekisteritunnuksen. <a href="#hae">Siirry hakemaan</a>`],
    ['Paljonko tunnus maksaa?', html`Tunnus maksaa 120 euroa vuodessa. Täyssähköautolla hinta on puolet.`],
    ['Kuinka kauan käsittely kestää?', html`Yleensä 1–2 arkipäivää. Ruuhka-aikaan elokuussa käsittely voi kestää viikon.`],
    ['Voinko asioida ruotsiksi?', html`Kyllä. Palvelemme suomeksi ja ruotsiksi, ja verkkoasiointi toimii myös englanniksi.`],
    ['Mistä saan apua hakemuksen tekemiseen?', html`<p>Digituki auttaa:</p><ul><li>puhelimitse arkisin klo 9–15</li><li>pääkirjastolla ilman ajanvarausta</li></ul>`],
  ],
  sv: [
    ['Hur ansöker jag om boendeparkeringstillstånd?', html`Ansök i stadens e-tjänst. Du behöver fordonets registreringsnummer.`],
    ['Vad kostar tillståndet?', html`Tillståndet kostar 120 euro per år. För elbilar är priset hälften.`],
    ['Kan jag uträtta ärenden på svenska?', html`Ja. Vi betjänar på finska och svenska.`],
  ],
  en: [
    ['How do I apply for a resident parking permit?', html`Apply in the city's online service. You need the vehicle's registration number.`],
    ['How much does the permit cost?', html`The permit costs 120 euros a year. Fully electric cars pay half.`],
    ['Can I get help with the application?', html`Digital support helps by phone on weekdays 9 am–3 pm and at the main library.`],
  ],
} as const;
type Lang = keyof typeof questions;

const faq = (lang: Lang, attrs: { query?: string; noFilter?: boolean; jsonLd?: boolean } = {}) => html`<arki-faq
  lang=${lang}
  query=${attrs.query ?? ''}
  ?no-filter=${attrs.noFilter}
  ?json-ld=${attrs.jsonLd}
>
  <arki-accordion heading-level="3">
    ${questions[lang].map(([q, a]) => html`<arki-accordion-item heading=${q}>${a}</arki-accordion-item>`)}
  </arki-accordion>
</arki-faq>`;

const meta: Meta = {
  title: 'Components/FAQ',
  component: 'arki-faq',
  render: () => faq('fi'),
};
export default meta;
type Story = StoryObj;

/** Type in the field: the questions narrow at once, the count is read when typing pauses. */
export const Default: Story = { name: 'With search' };
/** "TUNNUS" matches "tunnus" and "Täyssähköautolla" matches "täyssähkö": case-insensitive with ä and ö. */
export const Filtered: Story = { name: 'Filtered ("maksa")', render: () => faq('fi', { query: 'maksa' }) };
export const NoResults: Story = { name: 'No results', render: () => faq('fi', { query: 'koira' }) };
export const WithoutFilter: Story = { name: 'Without the search (no-filter)', render: () => faq('fi', { noFilter: true }) };
/** A schema.org FAQPage script is kept in the element's light DOM for search engines. */
export const JsonLd: Story = { name: 'With FAQPage JSON-LD', render: () => faq('fi', { jsonLd: true }) };
export const Swedish: Story = { name: 'Svenska', render: () => faq('sv') };
export const SwedishNoResults: Story = { name: 'Svenska (no results)', render: () => faq('sv', { query: 'hund' }) };
export const English: Story = { name: 'English', render: () => faq('en') };
export const EnglishFiltered: Story = { name: 'English (filtered)', render: () => faq('en', { query: 'permit' }) };
