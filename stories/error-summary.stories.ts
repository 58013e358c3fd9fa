import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/components/error-summary/error-summary.js';
import '../src/components/text-field/text-field.js';
import '../src/components/file-upload/file-upload.js';
import '../src/components/button/button.js';
import type { ErrorSummaryItem } from '../src/components/error-summary/error-summary.js';

interface Args {
  heading: string;
  headingLevel: number;
}

const meta: Meta<Args> = {
  title: 'Forms/Error summary',
  component: 'arki-error-summary',
  args: { heading: '', headingLevel: 2 },
  render: (a) => serverErrors('fi', a),
};
export default meta;
type Story = StoryObj<Args>;

const texts = {
  fi: {
    name: 'Koko nimi', email: 'Sähköposti', phone: 'Puhelinnumero', file: 'Liite', send: 'Lähetä',
    nameError: 'Syötä koko nimesi', emailError: 'Syötä sähköpostiosoite muodossa nimi@esimerkki.fi', fileError: 'Valitse tiedosto: Liite',
  },
  sv: {
    name: 'Fullständigt namn', email: 'E-post', phone: 'Telefonnummer', file: 'Bilaga', send: 'Skicka',
    nameError: 'Ange ditt fullständiga namn', emailError: 'Ange e-postadressen i formen namn@exempel.fi', fileError: 'Välj fil: Bilaga',
  },
  en: {
    name: 'Full name', email: 'Email', phone: 'Phone number', file: 'Attachment', send: 'Send',
    nameError: 'Enter your full name', emailError: 'Enter an email address in the correct format, like name@example.com', fileError: 'Select a file: Attachment',
  },
};
type Lang = keyof typeof texts;

const logSubmit = (e: SubmitEvent) => {
  e.preventDefault();
  const form = e.target as HTMLFormElement;
  form.querySelector('output')!.textContent = JSON.stringify([...new FormData(form)].map(([k, v]) => [k, typeof v === 'string' ? v : v.name]));
};

/** A form as a server sends it back: the fields carry `error`, so the summary lists them on load. */
function serverErrors(lang: Lang, a: Partial<Args> = {}): TemplateResult {
  const t = texts[lang];
  return html`<form lang=${lang} @submit=${logSubmit}>
    <arki-error-summary heading=${a.heading || nothing} heading-level=${a.headingLevel ?? 2}></arki-error-summary>
    <arki-text-field name="nimi" label=${t.name} required error=${t.nameError}></arki-text-field>
    <arki-text-field name="email" type="email" label=${t.email} value="maija(at)esimerkki.fi" error=${t.emailError}></arki-text-field>
    <arki-text-field name="puhelin" type="tel" label=${t.phone} value="040 123 4567"></arki-text-field>
    <arki-file-upload name="liite" label=${t.file} required error=${t.fileError}></arki-file-upload>
    <arki-button type="submit">${t.send}</arki-button>
    <p><label>FormData: <output>–</output></label></p>
  </form>`;
}

export const ServerErrors: Story = { name: 'A few errors (from the server, on load)' };

export const Interactive: Story = {
  name: 'Submit flow (submit the empty form)',
  render: () => html`<form @submit=${logSubmit}>
    <arki-error-summary></arki-error-summary>
    <arki-text-field name="nimi" label="Koko nimi" required></arki-text-field>
    <arki-text-field name="email" type="email" label="Sähköposti" required></arki-text-field>
    <arki-file-upload name="liite" label="Liite" accept=".pdf" required></arki-file-upload>
    <arki-button type="submit">Lähetä</arki-button>
    <p><label>FormData: <output>–</output></label></p>
  </form>`,
};

const explicit: ErrorSummaryItem[] = [
  { text: 'Syötä koko nimesi', href: '#story-nimi' },
  { text: 'Valitse pysäköintialue', href: '#story-alue' },
];
export const ExplicitItems: Story = {
  name: 'Explicit items (server-rendered page)',
  render: () => html`<div>
    <arki-error-summary .errors=${explicit} no-autofocus>
      <p>Hakemusta ei lähetetty. Korjaa kohdat ja lähetä uudelleen.</p>
    </arki-error-summary>
    <p><label for="story-nimi">Koko nimi</label><br /><input id="story-nimi" name="nimi" /></p>
    <p>
      <label for="story-alue">Pysäköintialue</label><br />
      <select id="story-alue" name="alue"><option value="">Valitse</option><option>A – Kallio</option><option>B – Töölö</option></select>
    </p>
  </div>`,
};

export const CustomHeading: Story = {
  name: 'Custom heading and level',
  args: { heading: 'Hakemuksessa on 3 korjattavaa kohtaa', headingLevel: 3 },
};

export const Swedish: Story = { name: 'Svenska (sv)', render: () => serverErrors('sv') };
export const English: Story = { name: 'English (en)', render: () => serverErrors('en') };
