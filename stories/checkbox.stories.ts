import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/checkbox/checkbox.js';

interface Args {
  label: string;
  hint: string;
  error: string;
  checked: boolean;
  indeterminate: boolean;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  marking?: string;
}

const meta: Meta<Args> = {
  title: 'Forms/Checkbox',
  component: 'arki-checkbox',
  args: { label: 'Haluan tiedon päätöksestä myös tekstiviestinä', hint: '', error: '', checked: false, indeterminate: false, required: false, disabled: false, readonly: false },
  argTypes: { marking: { control: 'select', options: ['required', 'optional', 'none'] } },
  render: (a) => html`<arki-checkbox
    name="tekstiviesti"
    value="kylla"
    label=${a.label}
    hint=${a.hint || nothing}
    error=${a.error || nothing}
    marking=${ifDefined(a.marking)}
    ?checked=${a.checked}
    ?indeterminate=${a.indeterminate}
    ?required=${a.required}
    ?disabled=${a.disabled}
    ?readonly=${a.readonly}
  ></arki-checkbox>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = { name: 'Unchecked' };
export const Filled: Story = { name: 'Checked', args: { checked: true } };
export const WithHint: Story = { name: 'With hint', args: { hint: 'Lähetämme viestin puhelinnumeroon, jonka annoit edellisellä sivulla.' } };
export const Consent: Story = {
  name: 'Consent (required, own message)',
  render: () => html`<arki-checkbox
    name="ehdot"
    label="Olen lukenut pysäköintitunnuksen käyttöehdot ja hyväksyn ne"
    required
    .messages=${{ valueMissing: 'Hyväksy käyttöehdot' }}
  ></arki-checkbox>`,
};
export const WithError: Story = {
  name: 'Error',
  args: { label: 'Olen lukenut käyttöehdot ja hyväksyn ne', required: true, error: 'Hyväksy käyttöehdot' },
};
export const Disabled: Story = { args: { disabled: true } };
export const DisabledChecked: Story = { name: 'Disabled, checked', args: { disabled: true, checked: true } };
export const Readonly: Story = { args: { readonly: true, checked: true } };
export const Indeterminate: Story = { args: { label: 'Kaikki ilmoitukset', indeterminate: true } };
export const Required: Story = { name: 'Required (marked)', args: { required: true, label: 'Hyväksyn käyttöehdot' } };
export const Optional: Story = { name: 'Optional marking', args: { marking: 'optional' } };

export const Swedish: Story = {
  name: 'Svenska (sv)',
  render: () => html`<div lang="sv">
    <arki-checkbox label="Jag godkänner villkoren" required hint="Villkoren finns på sidan Användarvillkor."></arki-checkbox>
    <arki-checkbox label="Jag godkänner villkoren" required error="Godkänn villkoren"></arki-checkbox>
  </div>`,
};

export const English: Story = {
  name: 'English (en)',
  render: () => html`<div lang="en">
    <arki-checkbox label="I agree to the terms" required hint="Read the terms of use first."></arki-checkbox>
    <arki-checkbox label="I agree to the terms" required error="Agree to the terms"></arki-checkbox>
  </div>`,
};

export const LongLabels: Story = {
  name: 'Long Finnish compound words',
  render: () => html`<div style="max-inline-size: 20rem">
    <arki-checkbox
      label="Annan suostumukseni varhaiskasvatusasiakkuustietojeni luovuttamiseen perusopetuksen oppilashuoltohenkilöstölle"
      hint="Suostumuksen voi peruuttaa varhaiskasvatuspalveluohjauksesta."
    ></arki-checkbox>
  </div>`,
};
