import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/components/help-panel/help-panel.js';
import type { ArkiHelpPanel } from '../src/components/help-panel/help-panel.js';
import '../src/components/text-field/text-field.js';

const copy = {
  fi: {
    heading: 'Ohje: yhteystiedot',
    form: 'Yhteystiedot',
    body: html`<p>Ilmoita puhelinnumero, josta tavoitamme sinut arkisin klo 8–16.</p>
      <p>Sähköpostiin lähetämme vahvistuksen hakemuksesta. Emme lähetä mainoksia.</p>
      <p><a href="#tietosuoja">Näin käsittelemme tietojasi</a></p>`,
    phone: 'Puhelinnumero',
    email: 'Sähköposti',
  },
  sv: {
    heading: 'Hjälp: kontaktuppgifter',
    form: 'Kontaktuppgifter',
    body: html`<p>Ange ett telefonnummer där vi når dig vardagar kl. 8–16.</p>
      <p>Vi skickar en bekräftelse på ansökan till din e-post. Vi skickar ingen reklam.</p>
      <p><a href="#dataskydd">Så behandlar vi dina uppgifter</a></p>`,
    phone: 'Telefonnummer',
    email: 'E-post',
  },
  en: {
    heading: 'Help: contact details',
    form: 'Contact details',
    body: html`<p>Give a phone number where we can reach you on weekdays 8 am–4 pm.</p>
      <p>We send a confirmation of your application by email. We never send advertising.</p>
      <p><a href="#privacy">How we handle your data</a></p>`,
    phone: 'Phone number',
    email: 'Email',
  },
};
type Lang = keyof typeof copy;

/**
 * A form step with the panel in a column beside it. `breakpoint` pins the form for the story:
 * "1px" is always the wide form, "10000px" always the narrow one.
 */
const layout = (lang: Lang, { open = false, breakpoint = '1px' } = {}) => html`<div
  lang=${lang}
  style="display:flex;flex-wrap:wrap;gap:2rem;align-items:flex-start"
>
  <div style="flex:2 1 18rem">
    <h2 style="margin-block-start:0">${copy[lang].form}</h2>
    <arki-text-field label=${copy[lang].phone} type="tel" autocomplete="tel" name="phone"></arki-text-field>
    <arki-text-field label=${copy[lang].email} type="email" autocomplete="email" name="email"></arki-text-field>
  </div>
  <arki-help-panel style="flex:1 1 14rem" heading=${copy[lang].heading} breakpoint=${breakpoint} ?open=${open}>${copy[lang].body}</arki-help-panel>
</div>`;

/** Opens the modal form after the first render, as a tap on "Ohje" would (a modal never opens by itself). */
const openOnRender = ref((el) => {
  const panel = el as ArkiHelpPanel | undefined;
  void panel?.updateComplete.then(() => panel.toggle(true));
});

const meta: Meta = {
  title: 'Components/Help panel',
  component: 'arki-help-panel',
  parameters: { docs: { story: { inline: false, height: '28rem' } } },
  render: () => layout('fi'),
};
export default meta;
type Story = StoryObj;

/** Wide screens: "Ohje" opens the panel in place; it covers nothing and does not hold focus. */
export const Closed: Story = { name: 'Wide, closed' };
export const Open: Story = { name: 'Wide, open (complementary region)', render: () => layout('fi', { open: true }) };
/** Narrow screens (and 400 % zoom): "Ohje" opens a modal sheet; focus stays inside until it closes. */
export const Narrow: Story = { name: 'Narrow, closed', render: () => layout('fi', { breakpoint: '10000px' }) };
export const NarrowOpen: Story = {
  name: 'Narrow, open (modal)',
  render: () => html`<div>
    <arki-help-panel heading=${copy.fi.heading} breakpoint="10000px" ${openOnRender}>${copy.fi.body}</arki-help-panel>
  </div>`,
};
/** With `storage-key`, the user's choice is remembered on the next page that uses the same key. */
export const Remembered: Story = {
  name: 'Remembers open/closed (storage-key)',
  render: () => html`<arki-help-panel heading=${copy.fi.heading} storage-key="arki-story-help-panel" breakpoint="1px">${copy.fi.body}</arki-help-panel>`,
};
export const Swedish: Story = { name: 'Svenska (open)', render: () => layout('sv', { open: true }) };
export const English: Story = { name: 'English (open)', render: () => layout('en', { open: true }) };
export const EnglishNarrow: Story = {
  name: 'English, narrow (open)',
  render: () => html`<div lang="en">
    <arki-help-panel heading=${copy.en.heading} breakpoint="10000px" ${openOnRender}>${copy.en.body}</arki-help-panel>
  </div>`,
};
