import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/select/select.js';
import type { SelectItem } from '../src/components/select/select.js';

interface Args {
  label: string;
  hint: string;
  error: string;
  value: string;
  placeholder?: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  marking?: string;
}

const towns = html`<option value="091">Helsinki</option>
  <option value="049">Espoo</option>
  <option value="092">Vantaa</option>
  <option value="235">Kauniainen</option>`;

const meta: Meta<Args> = {
  title: 'Forms/Select',
  component: 'arki-select',
  args: { label: 'Kotikunta', hint: '', error: '', value: '', placeholder: '', required: false, disabled: false, readonly: false },
  argTypes: { marking: { control: 'select', options: ['required', 'optional', 'none'] } },
  render: (a) => html`<arki-select
    name="kotikunta"
    label=${a.label}
    hint=${a.hint || nothing}
    error=${a.error || nothing}
    value=${a.value || nothing}
    placeholder=${ifDefined(a.placeholder)}
    marking=${ifDefined(a.marking)}
    ?required=${a.required}
    ?disabled=${a.disabled}
    ?readonly=${a.readonly}
    >${towns}</arki-select
  >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = { name: 'Empty (placeholder)' };
export const Filled: Story = { args: { value: '092' } };
export const WithHint: Story = { name: 'With hint', args: { hint: 'Kunta, jossa asut vakinaisesti.' } };
export const WithError: Story = { name: 'Error', args: { required: true, error: 'Valitse kotikunta' } };
export const Disabled: Story = { args: { disabled: true, value: '049' } };
export const Readonly: Story = { args: { readonly: true, value: '049' } };
export const Required: Story = { name: 'Required (marked)', args: { required: true } };
export const Optional: Story = { name: 'Optional marking', args: { marking: 'optional' } };
export const NoPlaceholder: Story = { name: 'Without placeholder (first option chosen)', args: { placeholder: undefined } };

export const Groups: Story = {
  name: 'Option groups',
  render: () => html`<arki-select label="Palvelu" placeholder="Valitse palvelu" required>
    <optgroup label="Terveyspalvelut">
      <option value="hammas">Hammashoito</option>
      <option value="neuvola">Neuvola</option>
      <option value="rokotus" disabled>Rokotukset (ei ajanvarausta)</option>
    </optgroup>
    <optgroup label="Kasvatus ja koulutus">
      <option value="vaka">Varhaiskasvatus</option>
      <option value="koulu">Perusopetus</option>
    </optgroup>
  </arki-select>`,
};

const languages: SelectItem[] = [
  { value: 'fi', label: 'suomi' },
  { value: 'sv', label: 'svenska' },
  { label: 'Muut kielet', options: [{ value: 'en', label: 'English' }, { value: 'se', label: 'davvisámegiella' }, { value: 'ru', label: 'русский' }] },
];
export const OptionsProperty: Story = {
  name: 'Options as a property',
  render: () => html`<arki-select label="Asiointikieli" placeholder .options=${languages} value="sv"></arki-select>`,
};

export const Swedish: Story = {
  name: 'Svenska (sv)',
  render: () => html`<div lang="sv">
    <arki-select label="Hemkommun" placeholder required hint="Kommunen där du är stadigvarande bosatt.">${towns}</arki-select>
    <arki-select label="Hemkommun" placeholder required error="Välj hemkommun">${towns}</arki-select>
  </div>`,
};

export const English: Story = {
  name: 'English (en)',
  render: () => html`<div lang="en">
    <arki-select label="Home municipality" placeholder required hint="Where you permanently live.">${towns}</arki-select>
    <arki-select label="Home municipality" placeholder required error="Select home municipality">${towns}</arki-select>
  </div>`,
};

export const LongLabels: Story = {
  name: 'Long Finnish compound words',
  render: () => html`<div style="max-inline-size: 20rem">
    <arki-select label="Varhaiskasvatuspalvelusetelin palveluntuottajavaihtoehto" placeholder hint="Palveluntuottajaluettelo päivitetään kuukausittain.">
      <option value="1">Päiväkotiyhdistyksen Tenavatalo (yksityinen palvelusetelipäiväkoti)</option>
      <option value="2">Kunnallinen varhaiskasvatusyksikkö Satakieli</option>
    </arki-select>
  </div>`,
};
