import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/fieldset/fieldset.js';
import '../src/components/text-field/text-field.js';
import '../src/components/date-input/date-input.js';
import '../src/components/radio-group/radio-group.js';

interface Args {
  label: string;
  hint: string;
  size: string;
  legendAsHeading: boolean;
  headingLevel: string;
  disabled: boolean;
}

const meta: Meta<Args> = {
  title: 'Forms/Fieldset',
  component: 'arki-fieldset',
  args: { label: 'Osoite', hint: '', size: 'm', legendAsHeading: false, headingLevel: '1', disabled: false },
  argTypes: { size: { control: 'select', options: ['s', 'm', 'l'] }, headingLevel: { control: 'select', options: ['1', '2', '3', '4', '5', '6'] } },
  render: (a) => html`<arki-fieldset
    label=${a.label}
    hint=${a.hint || nothing}
    size=${a.size}
    heading-level=${a.headingLevel}
    ?legend-as-heading=${a.legendAsHeading}
    ?disabled=${a.disabled}
  >
    <arki-text-field name="katu" label="Katuosoite" autocomplete="address-line1"></arki-text-field>
    <arki-text-field name="postinumero" label="Postinumero" autocomplete="postal-code" inputmode="numeric" width="5"></arki-text-field>
    <arki-text-field name="toimipaikka" label="Postitoimipaikka" autocomplete="address-level2" width="20"></arki-text-field>
  </arki-fieldset>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithHint: Story = { name: 'With hint', args: { hint: 'Osoite, johon päätös lähetetään.' } };
export const SizeS: Story = { name: 'Size s', args: { size: 's' } };
export const SizeL: Story = { name: 'Size l', args: { size: 'l' } };
export const Disabled: Story = { args: { disabled: true } };

export const LegendAsHeading: Story = {
  name: 'Legend as page heading (one question per page)',
  render: () => html`<arki-fieldset label="Mikä on osoitteesi?" legend-as-heading size="l" hint="Osoite, johon päätös lähetetään.">
    <arki-text-field name="katu" label="Katuosoite" autocomplete="address-line1"></arki-text-field>
    <arki-text-field name="postinumero" label="Postinumero" autocomplete="postal-code" width="5"></arki-text-field>
  </arki-fieldset>`,
};

export const SectionOfAForm: Story = {
  name: 'A section with other controls',
  render: () => html`<arki-fieldset label="Hakemuksen tiedot" legend-as-heading heading-level="2" hint="Kaikki kohdat ovat pakollisia.">
    <arki-date-input label="Alkupäivä" name="alku" required></arki-date-input>
    <arki-radio-group label="Kesto" name="kesto" inline required>
      <arki-radio value="1" label="1 vuosi"></arki-radio>
      <arki-radio value="2" label="2 vuotta"></arki-radio>
    </arki-radio-group>
  </arki-fieldset>`,
};

export const Swedish: Story = {
  name: 'Svenska (sv)',
  render: () => html`<div lang="sv">
    <arki-fieldset label="Adress" hint="Adressen dit beslutet skickas.">
      <arki-text-field name="gata" label="Gatuadress"></arki-text-field>
      <arki-text-field name="postnummer" label="Postnummer" width="5"></arki-text-field>
    </arki-fieldset>
  </div>`,
};

export const English: Story = {
  name: 'English (en)',
  render: () => html`<div lang="en">
    <arki-fieldset label="What is your address?" legend-as-heading size="l">
      <arki-text-field name="street" label="Street address"></arki-text-field>
      <arki-text-field name="postcode" label="Postcode" width="5"></arki-text-field>
    </arki-fieldset>
  </div>`,
};

export const LongLabels: Story = {
  name: 'Long labels',
  render: () => html`<div style="max-inline-size: 22rem">
    <arki-fieldset label="Varhaiskasvatuspaikan hakijan huoltajan yhteystiedot ja laskutusosoite" hint="Jos huoltajia on useampi, täytä ensisijaisen laskunsaajan tiedot.">
      <arki-text-field name="nimi" label="Huoltajan koko nimi"></arki-text-field>
    </arki-fieldset>
  </div>`,
};
