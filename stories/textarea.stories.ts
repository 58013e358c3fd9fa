import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/textarea/textarea.js';

interface Args {
  label: string;
  hint: string;
  error: string;
  value: string;
  rows: number;
  maxlength?: number;
  threshold?: number;
  autogrow: boolean;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  marking?: string;
}

const meta: Meta<Args> = {
  title: 'Forms/Textarea',
  component: 'arki-textarea',
  args: { label: 'Lisätiedot', hint: '', error: '', value: '', rows: 5, autogrow: false, required: false, disabled: false, readonly: false },
  argTypes: { marking: { control: 'select', options: ['required', 'optional', 'none'] } },
  render: (a) => html`<arki-textarea
    name="lisatiedot"
    label=${a.label}
    hint=${a.hint || nothing}
    error=${a.error || nothing}
    value=${a.value || nothing}
    rows=${a.rows}
    maxlength=${ifDefined(a.maxlength)}
    threshold=${ifDefined(a.threshold)}
    marking=${ifDefined(a.marking)}
    ?autogrow=${a.autogrow}
    ?required=${a.required}
    ?disabled=${a.disabled}
    ?readonly=${a.readonly}
  ></arki-textarea>`,
};
export default meta;
type Story = StoryObj<Args>;

const text = 'Lapsellani on pähkinäallergia. Hän tarvitsee iltapäivisin lepohetken ja tulee hoitoon yleensä kello kahdeksan.';

export const Empty: Story = {};
export const Filled: Story = { args: { value: text } };
export const WithHint: Story = { name: 'With hint', args: { hint: 'Kerro esimerkiksi allergioista tai erityisruokavaliosta.' } };
export const WithError: Story = { name: 'Error', args: { required: true, error: 'Syötä lisätiedot' } };
export const Disabled: Story = { args: { disabled: true, value: text } };
export const Readonly: Story = { args: { readonly: true, value: text } };
export const Required: Story = { name: 'Required (marked)', args: { required: true } };
export const Optional: Story = { name: 'Optional marking', args: { marking: 'optional' } };

export const CountUnderThreshold: Story = {
  name: 'Character count: under the threshold (hidden)',
  args: { label: 'Perustelut', maxlength: 200, threshold: 75, value: 'Tarvitsen pysäköintiluvan, koska asun alueella.' },
};
export const CountNearLimit: Story = {
  name: 'Character count: near the limit',
  args: { label: 'Perustelut', maxlength: 120, threshold: 75, value: text },
};
export const CountAlways: Story = {
  name: 'Character count: always shown (no threshold)',
  args: { label: 'Perustelut', maxlength: 500, hint: 'Kerro lyhyesti, miksi haet lupaa.' },
};
export const CountOver: Story = {
  name: 'Character count: over the limit (text kept)',
  args: { label: 'Perustelut', maxlength: 80, value: text, error: 'Perustelut: kirjoita enintään 80 merkkiä' },
};
export const Autogrow: Story = { name: 'Autogrow', args: { autogrow: true, rows: 2, value: `${text}\n\n${text}\n\n${text}` } };

export const Swedish: Story = {
  name: 'Svenska (sv)',
  render: () => html`<div lang="sv">
    <arki-textarea label="Ytterligare information" hint="Till exempel allergier." required></arki-textarea>
    <arki-textarea label="Motivering" maxlength="40" value="Jag behöver ett parkeringstillstånd eftersom jag bor här."></arki-textarea>
  </div>`,
};

export const English: Story = {
  name: 'English (en)',
  render: () => html`<div lang="en">
    <arki-textarea label="More information" hint="For example allergies." required></arki-textarea>
    <arki-textarea label="Reason" maxlength="100" threshold="50" value="I need a parking permit because I live in the area and have a car."></arki-textarea>
  </div>`,
};

export const LongLabels: Story = {
  name: 'Long Finnish compound words',
  render: () => html`<div style="max-inline-size: 20rem">
    <arki-textarea
      label="Varhaiskasvatuspalveluntuottajalle välitettävät erityisruokavaliotiedot"
      hint="Terveydenhuoltohenkilöstön allekirjoittama erityisruokavaliotodistus liitetään erikseen."
      maxlength="300"
    ></arki-textarea>
  </div>`,
};
