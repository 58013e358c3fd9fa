import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/components/help/help.js';
import '../src/components/text-field/text-field.js';

interface Args {
  label: string;
  text: string;
  open: boolean;
}

const copy = {
  fi: {
    topic: 'Henkilötunnus',
    body: html`<p>Henkilötunnus on muotoa PPKKVV-NNNT, esimerkiksi 131052-308T.</p>`,
    rich: html`<p>Tarvitset jonkin näistä:</p>
      <ul>
        <li>pankkitunnukset</li>
        <li>mobiilivarmenne</li>
        <li>varmennekortti</li>
      </ul>
      <p><a href="#tunnistautuminen">Lue lisää tunnistautumisesta</a></p>`,
    inline: (help: TemplateResult) => html`<p>Kirjaudu palveluun ${help} ennen kuin aloitat hakemuksen.</p>`,
    inlineText: 'vahvalla tunnistautumisella',
  },
  sv: {
    topic: 'Personbeteckning',
    body: html`<p>Personbeteckningen har formen DDMMÅÅ-NNNK, till exempel 131052-308T.</p>`,
    rich: html`<p>Du behöver något av följande:</p>
      <ul>
        <li>bankkoder</li>
        <li>mobilcertifikat</li>
        <li>certifikatkort</li>
      </ul>
      <p><a href="#identifiering">Läs mer om identifiering</a></p>`,
    inline: (help: TemplateResult) => html`<p>Logga in i tjänsten ${help} innan du börjar ansökan.</p>`,
    inlineText: 'med stark autentisering',
  },
  en: {
    topic: 'Personal identity code',
    body: html`<p>The personal identity code looks like DDMMYY-NNNC, for example 131052-308T.</p>`,
    rich: html`<p>You need one of these:</p>
      <ul>
        <li>online banking codes</li>
        <li>a mobile certificate</li>
        <li>a certificate card</li>
      </ul>
      <p><a href="#identification">Read more about identification</a></p>`,
    inline: (help: TemplateResult) => html`<p>Sign in ${help} before you start the application.</p>`,
    inlineText: 'with strong electronic identification',
  },
};
type Lang = keyof typeof copy;

/** A label with its help button, as a form shows it. */
const beside = (lang: Lang, open = false) => html`<div lang=${lang} style="display:flex;align-items:center;gap:0.25rem;min-block-size:12rem;align-items:flex-start">
  <span style="font-weight:600">${copy[lang].topic}</span>
  <arki-help label=${copy[lang].topic} ?open=${open}>${copy[lang].body}</arki-help>
</div>`;

const meta: Meta<Args> = {
  title: 'Components/Help',
  component: 'arki-help',
  args: { label: 'Henkilötunnus', text: '', open: false },
  // An open help text is in the top layer: give each story its own frame in the docs page.
  parameters: { docs: { story: { inline: false, height: '16rem' } } },
  render: (a) => html`<div style="min-block-size:12rem">
    <arki-help label=${a.label} text=${a.text} ?open=${a.open}>${copy.fi.body}</arki-help>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Click, Enter or Space opens it and the text is announced; Esc closes it and focus stays on the button. */
export const Closed: Story = { render: () => beside('fi') };
export const Open: Story = { render: () => beside('fi', true) };

/** In a form control's `help` slot the button takes the control's label: "Ohje: Henkilötunnus". */
export const InATextField: Story = {
  name: 'In a text field (help slot)',
  render: () => html`<div style="max-inline-size:24rem;min-block-size:14rem">
    <arki-text-field label="Henkilötunnus" hint="Esimerkiksi 131052-308T" validate="hetu" name="hetu">
      <arki-help slot="help">${copy.fi.body}</arki-help>
    </arki-text-field>
  </div>`,
};

/** Links and lists are fine; Tab moves from the button into the help text. */
export const WithListAndLink: Story = {
  name: 'With a list and a link (open)',
  render: () => html`<div style="min-block-size:16rem">
    <span style="font-weight:600">Tunnistautuminen</span>
    <arki-help label="Tunnistautuminen" open>${copy.fi.rich}</arki-help>
  </div>`,
};

/** Inline: the visible text is the button and its name. */
export const Inline: Story = {
  name: 'Inline in text',
  render: () => html`<div style="min-block-size:10rem">${copy.fi.inline(html`<arki-help text=${copy.fi.inlineText}>Pankkitunnukset, mobiilivarmenne tai varmennekortti.</arki-help>`)}</div>`,
};

/** At the inline end of a narrow screen the box flips and shifts so it never leaves the viewport. */
export const AtTheEdge: Story = {
  name: 'At the edge of the screen (open)',
  render: () => html`<div style="display:flex;justify-content:flex-end;min-block-size:14rem">
    <span style="font-weight:600">Postinumero</span>
    <arki-help label="Postinumero" open
      ><p>Viisinumeroinen postinumero, esimerkiksi 00100. Löydät sen osoitteesi perästä tai Postin verkkosivuilta.</p></arki-help
    >
  </div>`,
};

export const Swedish: Story = { name: 'Svenska (open)', render: () => beside('sv', true) };
export const SwedishInline: Story = {
  name: 'Svenska (inline)',
  render: () => html`<div lang="sv" style="min-block-size:10rem">${copy.sv.inline(html`<arki-help text=${copy.sv.inlineText}>Bankkoder, mobilcertifikat eller certifikatkort.</arki-help>`)}</div>`,
};
export const English: Story = { name: 'English (open)', render: () => beside('en', true) };
export const EnglishRich: Story = {
  name: 'English (list and link, open)',
  render: () => html`<div lang="en" style="min-block-size:16rem">
    <span style="font-weight:600">Identification</span>
    <arki-help label="Identification" open>${copy.en.rich}</arki-help>
  </div>`,
};
