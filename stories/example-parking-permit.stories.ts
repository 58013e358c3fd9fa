import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/components/error-summary/error-summary.js';
import '../src/components/text-field/text-field.js';
import '../src/components/date-input/date-input.js';
import '../src/components/file-upload/file-upload.js';
import '../src/components/checkbox/checkbox.js';
import '../src/components/button/button.js';
import type { ArkiFileUpload } from '../src/components/file-upload/file-upload.js';

/**
 * The complete example form of issue 8: "Apply for a resident parking permit". Its error
 * summary takes over validation: submit it empty, or with a wrong henkilötunnus or postal
 * code, to see the summary, the inline errors and the "Virhe:" page title. A valid submit
 * shows the FormData the server would receive. Every text is translated here, in the story,
 * as a municipality would do; the components' own strings come from the library.
 */

export type PermitLang = 'fi' | 'sv' | 'en';

const copy = {
  fi: {
    title: 'Hae asukaspysäköintitunnusta',
    intro: 'Asukaspysäköintitunnuksella voit pysäköidä asuinalueesi asukaspysäköintipaikoille. Kaikki kohdat ovat pakollisia.',
    name: 'Koko nimi',
    hetu: 'Henkilötunnus',
    hetuHint: 'Esimerkiksi 131052-308T',
    street: 'Katuosoite',
    postal: 'Postinumero',
    plate: 'Ajoneuvon rekisteritunnus',
    plateHint: 'Esimerkiksi ABC-123',
    plateFormat: 'Syötä rekisteritunnus muodossa ABC-123',
    start: 'Tunnuksen alkamispäivä',
    startHint: (d: Date) => `Aikaisintaan tänään. Esimerkiksi ${d.getDate()} ${d.getMonth() + 1} ${d.getFullYear()}`,
    file: 'Ajoneuvon rekisteriote',
    fileHint: 'PDF, JPG tai PNG, enintään 10 Mt',
    consent: 'Vakuutan antamani tiedot oikeiksi',
    consentMissing: 'Vahvista, että antamasi tiedot ovat oikein',
    send: 'Lähetä hakemus',
    sent: 'Hakemus lähetetty. Palvelin vastaanotti nämä tiedot:',
  },
  sv: {
    title: 'Ansök om boendeparkeringstillstånd',
    intro: 'Med boendeparkeringstillstånd kan du parkera på boendeparkeringsplatserna i ditt område. Alla uppgifter är obligatoriska.',
    name: 'Fullständigt namn',
    hetu: 'Personbeteckning',
    hetuHint: 'Till exempel 131052-308T',
    street: 'Gatuadress',
    postal: 'Postnummer',
    plate: 'Fordonets registreringsnummer',
    plateHint: 'Till exempel ABC-123',
    plateFormat: 'Ange registreringsnumret i formen ABC-123',
    start: 'Tillståndets startdatum',
    startHint: (d: Date) => `Tidigast i dag. Till exempel ${d.getDate()} ${d.getMonth() + 1} ${d.getFullYear()}`,
    file: 'Fordonets registreringsintyg',
    fileHint: 'PDF, JPG eller PNG, högst 10 MB',
    consent: 'Jag försäkrar att uppgifterna är riktiga',
    consentMissing: 'Bekräfta att uppgifterna är riktiga',
    send: 'Skicka ansökan',
    sent: 'Ansökan har skickats. Servern tog emot dessa uppgifter:',
  },
  en: {
    title: 'Apply for a resident parking permit',
    intro: 'A resident parking permit lets you park in the resident parking spaces of your area. All questions must be answered.',
    name: 'Full name',
    hetu: 'Personal identity code',
    hetuHint: 'For example, 131052-308T',
    street: 'Street address',
    postal: 'Postcode',
    plate: 'Vehicle registration number',
    plateHint: 'For example, ABC-123',
    plateFormat: 'Enter the registration number in the format ABC-123',
    start: 'Permit start date',
    startHint: (d: Date) => `Today or later. For example, ${d.getDate()} ${d.getMonth() + 1} ${d.getFullYear()}`,
    file: 'Vehicle registration certificate',
    fileHint: 'PDF, JPG or PNG, up to 10 MB',
    consent: 'I confirm that the information I have given is correct',
    consentMissing: 'Confirm that the information you have given is correct',
    send: 'Send application',
    sent: 'Application sent. The server received:',
  },
} satisfies Record<PermitLang, unknown>;

/** Finnish plates: 2–3 letters and 1–3 digits, the hyphen optional (ABC-123, AB-1, abc123). */
export const platePattern = '[A-Za-zÅÄÖåäö]{2,3}-?[0-9]{1,3}';

/** Today as ISO `YYYY-MM-DD` in local time (the permit cannot start in the past). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Values for a pre-filled form, and server errors by field name. */
export interface PermitState {
  values?: Partial<Record<'nimi' | 'hetu' | 'katuosoite' | 'postinumero' | 'rekisteritunnus' | 'alkupaiva', string>> & { suostumus?: boolean };
  file?: File;
  errors?: Partial<Record<'nimi' | 'hetu' | 'katuosoite' | 'postinumero' | 'rekisteritunnus' | 'alkupaiva' | 'rekisteriote' | 'suostumus', string>>;
}

let formCount = 0;

/** Shows what a valid submit sends (the page's own submit listener only ever sees valid ones). */
function showSubmitted(e: SubmitEvent): void {
  e.preventDefault();
  const form = e.currentTarget as HTMLFormElement;
  const lines = [...new FormData(form)].map(([k, v]) => `${k}: ${typeof v === 'string' ? v : `${v.name} (${v.type || '?'}, ${v.size} B)`}`);
  const out = form.querySelector<HTMLElement>('[data-submitted]')!;
  out.hidden = false;
  out.querySelector('pre')!.textContent = lines.join('\n');
}

/** The form, in one language. Ids are unique per render, so a docs page can show every story. */
export function permitForm(lang: PermitLang, state: PermitState = {}): TemplateResult {
  const t = copy[lang];
  const id = `permit${++formCount}`;
  const v = state.values ?? {};
  const err = state.errors ?? {};
  const example = new Date(Date.now() + 14 * 864e5);
  const addFile = (el?: Element) => {
    if (el && state.file) (el as ArkiFileUpload).addFiles([state.file]);
  };
  return html`<form lang=${lang} id=${id} action="/asukaspysakointi" method="post" enctype="multipart/form-data" @submit=${showSubmitted}>
    <arki-error-summary></arki-error-summary>
    <h1 style="overflow-wrap: anywhere">${t.title}</h1>
    <p>${t.intro}</p>
    <arki-text-field id="${id}-nimi" name="nimi" label=${t.name} autocomplete="name" required value=${v.nimi ?? nothing} error=${err.nimi ?? nothing}></arki-text-field>
    <arki-text-field id="${id}-hetu" name="hetu" label=${t.hetu} hint=${t.hetuHint} validate="hetu" width="11" required value=${v.hetu ?? nothing} error=${err.hetu ?? nothing}></arki-text-field>
    <arki-text-field id="${id}-katuosoite" name="katuosoite" label=${t.street} autocomplete="address-line1" required value=${v.katuosoite ?? nothing} error=${err.katuosoite ?? nothing}></arki-text-field>
    <arki-text-field id="${id}-postinumero" name="postinumero" label=${t.postal} validate="postal-code" autocomplete="postal-code" width="5" required value=${v.postinumero ?? nothing} error=${err.postinumero ?? nothing}></arki-text-field>
    <arki-text-field
      id="${id}-rekisteritunnus"
      name="rekisteritunnus"
      label=${t.plate}
      hint=${t.plateHint}
      pattern=${platePattern}
      .messages=${{ patternMismatch: t.plateFormat }}
      width="7"
      autocomplete="off"
      required
      value=${v.rekisteritunnus ?? nothing}
      error=${err.rekisteritunnus ?? nothing}
    ></arki-text-field>
    <arki-date-input id="${id}-alkupaiva" name="alkupaiva" label=${t.start} hint=${t.startHint(example)} min=${todayIso()} required value=${v.alkupaiva ?? nothing} error=${err.alkupaiva ?? nothing}></arki-date-input>
    <arki-file-upload
      id="${id}-rekisteriote"
      name="rekisteriote"
      label=${t.file}
      hint=${t.fileHint}
      accept=".pdf,.jpg,.jpeg,.png"
      max-size="10MB"
      required
      error=${err.rekisteriote ?? nothing}
      ${ref(addFile)}
    ></arki-file-upload>
    <arki-checkbox id="${id}-suostumus" name="suostumus" value="kylla" label=${t.consent} required ?checked=${!!v.suostumus} .messages=${{ valueMissing: t.consentMissing }} error=${err.suostumus ?? nothing}></arki-checkbox>
    <arki-button type="submit">${t.send}</arki-button>
    <div data-submitted hidden>
      <p>${t.sent}</p>
      <pre></pre>
    </div>
  </form>`;
}

const meta: Meta = {
  title: 'Patterns/Example: resident parking permit',
  excludeStories: ['permitForm', 'platePattern', 'todayIso'],
  render: () => permitForm('fi'),
};
export default meta;
type Story = StoryObj;

export const Finnish: Story = { name: 'Suomi (fi)' };
export const Swedish: Story = { name: 'Svenska (sv)', render: () => permitForm('sv') };
export const English: Story = { name: 'English (en)', render: () => permitForm('en') };

const filled = (lang: PermitLang): PermitState => ({
  values: {
    nimi: lang === 'sv' ? 'Maja Meikäläinen' : 'Maija Meikäläinen',
    hetu: '131052-308T',
    katuosoite: 'Mannerheimintie 5 A 12',
    postinumero: '00100',
    rekisteritunnus: 'ABC-123',
    alkupaiva: todayIso(new Date(Date.now() + 7 * 864e5)),
    suostumus: true,
  },
  file: new File([new Uint8Array(245_000)], 'rekisteriote.pdf', { type: 'application/pdf', lastModified: 1 }),
});

/**
 * The state after a server rejected the application: fields keep what the user sent, carry the
 * server's errors, and the summary lists them on load, focused, with "Virhe:" in the page title.
 * (The file must be chosen again: browsers never send a file back.)
 */
const rejected = (lang: PermitLang): PermitState => {
  const messages = {
    fi: { hetu: 'Henkilötunnuksella on jo voimassa oleva asukaspysäköintitunnus', postinumero: 'Postinumero ei ole asukaspysäköintialueella', rekisteriote: 'Valitse tiedosto: Ajoneuvon rekisteriote' },
    sv: { hetu: 'Personbeteckningen har redan ett giltigt boendeparkeringstillstånd', postinumero: 'Postnumret ligger inte inom ett område med boendeparkering', rekisteriote: 'Välj fil: Fordonets registreringsintyg' },
    en: { hetu: 'This personal identity code already has a valid resident parking permit', postinumero: 'This postcode is not in a resident parking area', rekisteriote: 'Select a file: Vehicle registration certificate' },
  }[lang];
  return { values: { ...filled(lang).values, postinumero: '02100' }, errors: messages };
};

export const InvalidSubmit: Story = { name: 'Invalid submit (errors from the server, fi)', render: () => permitForm('fi', rejected('fi')) };
export const InvalidSubmitSv: Story = { name: 'Invalid submit (sv)', render: () => permitForm('sv', rejected('sv')) };
export const InvalidSubmitEn: Story = { name: 'Invalid submit (en)', render: () => permitForm('en', rejected('en')) };
export const ValidSubmit: Story = { name: 'Valid submit (press "Lähetä hakemus" to see the FormData)', render: () => permitForm('fi', filled('fi')) };
