import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/service-card/service-card.js';
import type { Service } from '../src/data/index.js';
import { sampleService, sampleServices } from './example-service-page.stories.js';

interface Args {
  service?: Service;
  headingLevel: number;
  clickable: boolean;
}

const meta: Meta<Args> = {
  title: 'Components/Service card',
  component: 'arki-service-card',
  args: { service: sampleService, headingLevel: 2, clickable: false },
  render: (a) => html`<arki-service-card .service=${a.service} heading-level=${a.headingLevel} ?clickable=${a.clickable}></arki-service-card>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Name, summary, unit, channels (icon and text), requirements and "Asioi verkossa". */
export const Default: Story = {};
/** The whole card follows the heading link; "Asioi verkossa" and slotted actions keep their own targets. */
export const Clickable: Story = {
  name: 'Clickable card',
  args: { clickable: true },
  render: (a) => html`<arki-service-card clickable .service=${a.service}>
    <a slot="actions" href="#ohjeet">Lue ohjeet</a>
  </arki-service-card>`,
};
export const Free: Story = { name: 'Free service', args: { service: sampleServices[2] } };
/** No online channel: no primary action. */
export const NoOnlineChannel: Story = { name: 'Without an online channel', args: { service: sampleServices[3] } };
/** Simple cases without data: attributes and the description slot. */
export const Attributes: Story = {
  name: 'Attributes and slot',
  render: () => html`<arki-service-card heading="Kirjastokortti" href="#kirjasto" unit="Arkikylän kaupunginkirjasto" action-href="#hae-korttia">
    <p>Hae kirjastokorttia verkossa tai missä tahansa kirjastossa.</p>
  </arki-service-card>`,
};
/** Bad data: unsafe links and unknown channels are dropped with a dev warning. */
export const BadData: Story = {
  name: 'Bad data',
  args: { service: { ...sampleService, url: 'javascript:alert(1)', channels: [{ type: 'pigeon' }], languages: ['suomi'] } as unknown as Service },
};
/** No usable data: says so. */
export const MissingData: Story = { name: 'Missing data', args: { service: undefined } };
export const LongWords: Story = {
  name: 'Long Finnish compound words',
  args: {
    service: {
      ...sampleService,
      name: 'Varhaiskasvatuspalveluohjauksenasiakasmaksupäätöksenoikaisuvaatimus',
      summary: 'Oikaisuvaatimusmenettelyssä käsitellään varhaiskasvatusasiakasmaksupäätöksiä.',
      responsibleOrganization: { name: 'Kasvatuksen ja koulutuksen toimiala', unit: 'Varhaiskasvatuspalveluohjausyksikkö' },
    },
  },
  render: (a) => html`<div style="max-inline-size:20rem">${meta.render!(a, {} as never)}</div>`,
};
export const Swedish: Story = { render: (a) => html`<div lang="sv">${meta.render!(a, {} as never)}</div>` };
export const English: Story = { render: (a) => html`<div lang="en">${meta.render!(a, {} as never)}</div>` };
export const Grid: Story = {
  name: 'Cards in a grid',
  render: () => html`<ul role="list" style="display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,18rem),1fr));list-style:none;margin:0;padding:0">
    ${sampleServices.map((s) => html`<li><arki-service-card clickable heading-level="3" .service=${s} style="block-size:100%"></arki-service-card></li>`)}
  </ul>`,
};
