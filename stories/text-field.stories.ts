import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import '../src/components/text-field/text-field.js';
import { fieldSizes, fieldWidths, textFieldTypes, type ArkiTextField } from '../src/components/text-field/text-field.js';

interface Args {
  label: string;
  hint: string;
  error: string;
  value: string;
  type: string;
  width: string;
  size: string;
  validate: string;
  autocomplete: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  marking?: string;
}

const meta: Meta<Args> = {
  title: 'Forms/Text field',
  component: 'arki-text-field',
  args: { label: 'Sukunimi', hint: '', error: '', value: '', type: 'text', width: '', size: 'm', validate: '', autocomplete: '', required: false, disabled: false, readonly: false },
  argTypes: {
    type: { control: 'select', options: [...textFieldTypes] },
    width: { control: 'select', options: ['', ...fieldWidths] },
    size: { control: 'select', options: [...fieldSizes] },
    validate: { control: 'select', options: ['', 'hetu', 'business-id', 'postal-code', 'iban', 'phone'] },
    marking: { control: 'select', options: ['required', 'optional', 'none'] },
  },
  render: (a) => html`<arki-text-field
    name="kentta"
    label=${a.label}
    hint=${a.hint || nothing}
    error=${a.error || nothing}
    value=${a.value || nothing}
    type=${a.type}
    width=${a.width || nothing}
    size=${a.size}
    validate=${a.validate || nothing}
    autocomplete=${a.autocomplete || nothing}
    marking=${ifDefined(a.marking)}
    ?required=${a.required}
    ?disabled=${a.disabled}
    ?readonly=${a.readonly}
  ></arki-text-field>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Shows the field's own validation message, as after leaving it (user-invalid). */
const validateNow = (el?: Element) => {
  const field = el as ArkiTextField | undefined;
  void field?.updateComplete.then(() => field.reportValidity());
};

export const Empty: Story = {};
export const Filled: Story = { args: { value: 'Virtanen', autocomplete: 'family-name' } };
export const WithHint: Story = { name: 'With hint', args: { hint: 'Kirjoita sukunimesi kuten se on henkilöllisyystodistuksessa.' } };
export const WithError: Story = { name: 'Error', args: { required: true, error: 'Syötä sukunimi' } };
export const Disabled: Story = { args: { disabled: true, value: 'Virtanen' } };
export const Readonly: Story = { args: { readonly: true, value: 'Virtanen', hint: 'Tieto tulee väestötietojärjestelmästä.' } };
export const Required: Story = { name: 'Required (marked)', args: { required: true } };
export const Optional: Story = {
  name: 'Optional marking (form convention)',
  render: () => html`<form data-arki-marking="optional">
    <arki-text-field label="Sukunimi" name="sukunimi" required autocomplete="family-name"></arki-text-field>
    <arki-text-field label="Kutsumanimi" name="kutsumanimi" hint="Jos käytät muuta kuin ensimmäistä etunimeäsi."></arki-text-field>
  </form>`,
};

export const Types: Story = {
  name: 'Types (email, tel, url, number, password, search)',
  render: () => html`<div>
    <arki-text-field label="Sähköpostiosoite" type="email" autocomplete="email" value="maija.meikalainen@esimerkki.fi"></arki-text-field>
    <arki-text-field label="Puhelinnumero" type="tel" autocomplete="tel" width="20" value="040 123 4567"></arki-text-field>
    <arki-text-field label="Kotisivu" type="url" value="www.esimerkki.fi"></arki-text-field>
    <arki-text-field label="Henkilömäärä" type="number" min="1" max="20" width="3" value="4"></arki-text-field>
    <arki-text-field label="Salasana" type="password" autocomplete="current-password" width="20"></arki-text-field>
    <arki-text-field label="Hae palveluista" type="search" size="s"></arki-text-field>
  </div>`,
};

export const PrefixSuffix: Story = {
  name: 'Prefix and suffix',
  render: () => html`<div>
    <arki-text-field label="Vuokra euroina kuukaudessa" type="number" step="any" width="10" value="750"><span slot="start">€</span><span slot="end">/kk</span></arki-text-field>
    <arki-text-field label="Paino kilogrammoina" type="number" step="0.1" width="5"><span slot="end">kg</span></arki-text-field>
    <arki-text-field label="Hakemuksen tunniste" hint="Löydät tunnisteen vahvistusviestistä." width="20"><span slot="start">HAK-</span></arki-text-field>
  </div>`,
};

export const Widths: Story = {
  name: 'Widths (characters)',
  render: () => html`<div>
    ${fieldWidths.map((w) => html`<arki-text-field label=${`Leveys ${w} merkkiä`} width=${w}></arki-text-field>`)}
    <arki-text-field label="Täysi leveys (oletus)"></arki-text-field>
  </div>`,
};

export const Sizes: Story = {
  render: () => html`<div>${fieldSizes.map((s) => html`<arki-text-field label=${`Koko ${s}`} size=${s} value="Virtanen"></arki-text-field>`)}</div>`,
};

export const FinnishValidators: Story = {
  name: 'Finnish validators (with their messages)',
  render: () => html`<form>
    <arki-text-field label="Henkilötunnus" validate="hetu" width="20" value="131052-308U" ${ref(validateNow)}></arki-text-field>
    <arki-text-field label="Y-tunnus" validate="business-id" width="10" value="1572860-1" ${ref(validateNow)}></arki-text-field>
    <arki-text-field label="Postinumero" validate="postal-code" width="5" autocomplete="postal-code" value="0010" ${ref(validateNow)}></arki-text-field>
    <arki-text-field label="Tilinumero (IBAN)" validate="iban" width="30" value="FI21 1234 5600 0007 86" ${ref(validateNow)}></arki-text-field>
    <arki-text-field label="Puhelinnumero" validate="phone" type="tel" width="20" autocomplete="tel" value="112" ${ref(validateNow)}></arki-text-field>
  </form>`,
};

export const ValidValues: Story = {
  name: 'Finnish validators (valid, normalised on submit)',
  render: () => html`<form>
    <arki-text-field label="Henkilötunnus" hint="Esimerkiksi 131052-308T" validate="hetu" width="20" value="131052-308T"></arki-text-field>
    <arki-text-field label="Puhelinnumero" hint="Lähetetään muodossa +358401234567" validate="phone" type="tel" width="20" value="040 123 4567"></arki-text-field>
    <arki-text-field label="Tilinumero (IBAN)" hint="Lähetetään ilman välilyöntejä" validate="iban" width="30" value="FI21 1234 5600 0007 85"></arki-text-field>
  </form>`,
};

export const Swedish: Story = {
  name: 'Svenska (sv)',
  render: () => html`<div lang="sv">
    <arki-text-field label="Efternamn" required hint="Som i ditt identitetsbevis." autocomplete="family-name"></arki-text-field>
    <arki-text-field label="Personbeteckning" validate="hetu" width="20" value="131052-308U" ${ref(validateNow)}></arki-text-field>
    <arki-text-field label="E-postadress" type="email" value="namn@" ${ref(validateNow)}></arki-text-field>
  </div>`,
};

export const English: Story = {
  name: 'English (en)',
  render: () => html`<div lang="en">
    <arki-text-field label="Last name" required hint="As on your identity document." autocomplete="family-name"></arki-text-field>
    <arki-text-field label="Personal identity code" validate="hetu" width="20" value="131052-308U" ${ref(validateNow)}></arki-text-field>
    <arki-text-field label="Postcode" validate="postal-code" width="5" required ${ref(validateNow)}></arki-text-field>
  </div>`,
};

export const LongLabels: Story = {
  name: 'Long Finnish compound words',
  render: () => html`<div style="max-inline-size: 20rem">
    <arki-text-field
      label="Varhaiskasvatuspaikkahakemuksen yhteyshenkilön sähköpostiosoite"
      hint="Lähetämme varhaiskasvatuspäätöksen ja palvelusetelipäätöksen tähän osoitteeseen."
      type="email"
      required
      error="Syötä sähköpostiosoite muodossa nimi@esimerkki.fi"
      value="yhteyshenkilö.varhaiskasvatus@esimerkki"
    ></arki-text-field>
    <arki-text-field label="Asukaspysäköintitunnuksenhakijan ajoneuvon rekisteritunnus" width="10" value="ABC-123"></arki-text-field>
  </div>`,
};
