import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/radio-group/radio-group.js';
import '../src/components/text-field/text-field.js';
import '../src/components/button/button.js';

interface Args {
  label: string;
  hint: string;
  error: string;
  value: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  inline: boolean;
  legendAsHeading: boolean;
  marking?: string;
}

const meta: Meta<Args> = {
  title: 'Forms/Radio group',
  component: 'arki-radio-group',
  args: { label: 'Miten haluat meidän ottavan yhteyttä?', hint: '', error: '', value: '', required: false, disabled: false, readonly: false, inline: false, legendAsHeading: false },
  argTypes: { marking: { control: 'select', options: ['required', 'optional', 'none'] } },
  render: (a) => html`<arki-radio-group
    name="yhteydenotto"
    label=${a.label}
    hint=${a.hint || nothing}
    error=${a.error || nothing}
    value=${a.value || nothing}
    marking=${ifDefined(a.marking)}
    ?required=${a.required}
    ?disabled=${a.disabled}
    ?readonly=${a.readonly}
    ?inline=${a.inline}
    ?legend-as-heading=${a.legendAsHeading}
  >
    <arki-radio value="email" label="Sähköposti"></arki-radio>
    <arki-radio value="phone" label="Puhelin"></arki-radio>
    <arki-radio value="letter" label="Kirje" hint="Vastaus tulee postitse 1–2 viikossa"></arki-radio>
  </arki-radio-group>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Filled: Story = { args: { value: 'phone' } };
export const WithHint: Story = { name: 'With hint', args: { hint: 'Valitse yksi vaihtoehto.' } };
export const WithError: Story = {
  name: 'Error',
  args: { required: true, error: 'Valitse, miten haluat meidän ottavan yhteyttä' } };
export const Required: Story = { args: { required: true } };
export const Optional: Story = { name: 'Optional (marking="optional")', args: { marking: 'optional' } };
export const Disabled: Story = { args: { disabled: true, value: 'email' } };
export const Readonly: Story = { args: { readonly: true, value: 'letter' } };
export const LegendAsHeading: Story = { name: 'Legend as page heading', args: { legendAsHeading: true, hint: 'Valitse yksi.' } };

export const DisabledOption: Story = {
  name: 'One option disabled',
  render: () => html`<arki-radio-group label="Vastaanottoaika" name="aika">
    <arki-radio value="am" label="Aamupäivä"></arki-radio>
    <arki-radio value="noon" label="Keskipäivä (täynnä)" disabled></arki-radio>
    <arki-radio value="pm" label="Iltapäivä"></arki-radio>
  </arki-radio-group>`,
};

export const Inline: Story = {
  name: 'Inline (Kyllä / Ei)',
  render: () => html`<arki-radio-group label="Onko sinulla voimassa oleva ajokortti?" name="ajokortti" inline required>
    <arki-radio value="kylla" label="Kyllä"></arki-radio>
    <arki-radio value="ei" label="Ei"></arki-radio>
  </arki-radio-group>`,
};

export const ConditionalReveal: Story = {
  name: 'Conditional reveal',
  render: () => html`<arki-radio-group label="Miten haluat meidän ottavan yhteyttä?" name="yhteys" hint="Valitse yksi vaihtoehto." value="email" required>
    <arki-radio value="email" label="Sähköposti">
      <arki-text-field slot="conditional" name="email" type="email" label="Sähköpostiosoite" autocomplete="email" required></arki-text-field>
    </arki-radio>
    <arki-radio value="phone" label="Puhelin">
      <arki-text-field slot="conditional" name="puhelin" type="tel" label="Puhelinnumero" autocomplete="tel" required></arki-text-field>
    </arki-radio>
    <arki-radio value="none" label="Älkää ottako yhteyttä"></arki-radio>
  </arki-radio-group>`,
};

export const Swedish: Story = {
  name: 'Svenska (sv)',
  render: () => html`<div lang="sv">
    <arki-radio-group label="Hur vill du att vi kontaktar dig?" name="kontakt" hint="Välj ett alternativ." required>
      <arki-radio value="email" label="E-post"></arki-radio>
      <arki-radio value="phone" label="Telefon"></arki-radio>
    </arki-radio-group>
    <arki-radio-group label="Kontaktsätt" name="kontakt2" required error="Välj kontaktsätt">
      <arki-radio value="email" label="E-post"></arki-radio>
      <arki-radio value="phone" label="Telefon"></arki-radio>
    </arki-radio-group>
  </div>`,
};

export const English: Story = {
  name: 'English (en)',
  render: () => html`<div lang="en">
    <arki-radio-group label="How would you like us to contact you?" name="contact" hint="Select one option." required>
      <arki-radio value="email" label="Email"></arki-radio>
      <arki-radio value="phone" label="Phone"></arki-radio>
    </arki-radio-group>
    <arki-radio-group label="Do you have a driving licence?" name="licence" inline marking="optional">
      <arki-radio value="yes" label="Yes"></arki-radio>
      <arki-radio value="no" label="No"></arki-radio>
    </arki-radio-group>
  </div>`,
};

export const LongLabels: Story = {
  name: 'Long labels',
  render: () => html`<div style="max-inline-size: 24rem">
    <arki-radio-group
      label="Varhaiskasvatuspaikkahakemuksen käsittelyä varten tarvittavien liitetiedostojen toimitustapa"
      hint="Voit toimittaa liitteet myöhemmin, mutta hakemuksen käsittely alkaa vasta, kun kaikki liitteet on vastaanotettu."
      name="toimitus"
      required
    >
      <arki-radio value="upload" label="Lähetän liitteet sähköisesti tämän hakemuksen yhteydessä" hint="Hyväksytyt tiedostomuodot: PDF, JPG ja PNG"></arki-radio>
      <arki-radio value="mail" label="Postitan liitteet varhaiskasvatuspalveluiden asiakaspalvelupisteeseen"></arki-radio>
      <arki-radio value="visit" label="Tuon liitteet henkilökohtaisesti kaupungintalon palvelupisteeseen"></arki-radio>
    </arki-radio-group>
  </div>`,
};

export const InAForm: Story = {
  name: 'In a form (FormData)',
  render: () => html`<form
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      form.querySelector('output')!.textContent = JSON.stringify([...new FormData(form)]);
    }}
  >
    <arki-radio-group label="Asumismuoto" name="asuminen" required>
      <arki-radio value="own" label="Omistusasunto"></arki-radio>
      <arki-radio value="rent" label="Vuokra-asunto"></arki-radio>
      <arki-radio value="other" label="Muu">
        <arki-text-field slot="conditional" name="asuminen-muu" label="Mikä?"></arki-text-field>
      </arki-radio>
    </arki-radio-group>
    <arki-button type="submit">Lähetä</arki-button>
    <p><label>FormData: <output></output></label></p>
  </form>`,
};
