import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/contact-card/contact-card.js';
import type { Contact } from '../src/data/index.js';
import { sampleContact, sampleNow } from './example-service-page.stories.js';

interface Args {
  contact?: Contact;
  now: Date;
}

const meta: Meta<Args> = {
  title: 'Components/Contact card',
  component: 'arki-contact-card',
  args: { contact: sampleContact, now: sampleNow },
  render: (a) => html`<arki-contact-card .contact=${a.contact} .now=${a.now} style="max-inline-size:32rem"></arki-contact-card>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A person: reachable now. "Kopioi" copies the number and announces it. */
export const Person: Story = {};
/** Outside phone hours: "Suljettu, avautuu huomenna klo 9.00". */
export const ClosedNow: Story = { name: 'Closed now', args: { now: new Date('2025-12-02T12:00:00Z') } };
export const Unit: Story = {
  args: {
    contact: {
      kind: 'unit', name: { fi: 'Rakennusvalvonnan asiakaspalvelu', sv: 'Byggnadstillsynens kundtjänst', en: 'Building control customer service' },
      role: { fi: 'Neuvonta ja ajanvaraus', sv: 'Rådgivning och tidsbokning', en: 'Advice and appointments' },
      phone: '09 123 4567', email: 'rakennusvalvonta@arkikyla.fi', url: 'https://www.arkikyla.fi/rakennusvalvonta/',
      address: { street: 'Torikatu 1', postalCode: '00100', city: 'Arkikylä' },
    },
  },
};
export const Attributes: Story = {
  name: 'Attributes',
  render: () => html`<arki-contact-card kind="person" name="Matti Virtanen" job-title="Kirjastonhoitaja" organization="Pääkirjasto" phone="09 123 4000" email="matti.virtanen@arkikyla.fi"></arki-contact-card>`,
};
export const WithoutCopy: Story = { name: 'Without copy buttons', render: (a) => html`<arki-contact-card no-copy .contact=${a.contact} .now=${a.now}></arki-contact-card>` };
/** An invalid email and phone are dropped with a dev warning; the rest shows. */
export const BadData: Story = { name: 'Bad data', args: { contact: { ...sampleContact, email: 'ei-osoite', phone: 'soita <b>' } as Contact } };
export const MissingData: Story = { name: 'Missing data', args: { contact: undefined } };
export const LongWords: Story = {
  name: 'Long Finnish compound words',
  args: { contact: { ...sampleContact, name: 'Varhaiskasvatuspalveluohjausyksikön asiakaspalvelupiste', role: 'Varhaiskasvatusasiakasmaksuneuvontapalveluvastaava', email: 'varhaiskasvatuspalveluohjaus.asiakasmaksut@arkikyla.fi' } },
  render: (a) => html`<div style="max-inline-size:20rem">${meta.render!(a, {} as never)}</div>`,
};
export const Swedish: Story = { render: (a) => html`<div lang="sv">${meta.render!(a, {} as never)}</div>` };
export const English: Story = { render: (a) => html`<div lang="en">${meta.render!(a, {} as never)}</div>` };
