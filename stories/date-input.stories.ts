import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/date-input/date-input.js';
import '../src/components/button/button.js';

interface Args {
  label: string;
  hint: string;
  error: string;
  value: string;
  min: string;
  max: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  legendAsHeading: boolean;
  autocomplete: string;
  marking?: string;
}

const meta: Meta<Args> = {
  title: 'Forms/Date input',
  component: 'arki-date-input',
  args: { label: 'Syntymäaika', hint: 'Esimerkiksi 27 3 2007', error: '', value: '', min: '', max: '', required: false, disabled: false, readonly: false, legendAsHeading: false, autocomplete: 'bday' },
  argTypes: { marking: { control: 'select', options: ['required', 'optional', 'none'] }, autocomplete: { control: 'select', options: ['', 'bday', 'off'] } },
  render: (a) => html`<arki-date-input
    name="syntymaaika"
    label=${a.label}
    hint=${a.hint || nothing}
    error=${a.error || nothing}
    value=${a.value || nothing}
    min=${a.min || nothing}
    max=${a.max || nothing}
    autocomplete=${a.autocomplete || nothing}
    marking=${ifDefined(a.marking)}
    ?required=${a.required}
    ?disabled=${a.disabled}
    ?readonly=${a.readonly}
    ?legend-as-heading=${a.legendAsHeading}
  ></arki-date-input>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = { args: { hint: '' } };
export const Filled: Story = { args: { value: '2007-03-27' } };
export const WithHint: Story = { name: 'With hint' };
export const WithError: Story = { name: 'Error (from the server)', args: { required: true, value: '2007-03-27', error: 'Syntymäajan on oltava menneisyydessä' } };
export const Required: Story = { args: { required: true } };
export const Optional: Story = { name: 'Optional (marking="optional")', args: { marking: 'optional' } };
export const Disabled: Story = { args: { disabled: true, value: '2007-03-27' } };
export const Readonly: Story = { args: { readonly: true, value: '2007-03-27' } };
export const MinMax: Story = {
  name: 'Min and max',
  args: { label: 'Pysäköintitunnuksen alkupäivä', hint: 'Aikaisintaan 1.1.2026 ja viimeistään 31.12.2026', min: '2026-01-01', max: '2026-12-31', autocomplete: '' },
};
export const LegendAsHeading: Story = { name: 'Legend as page heading', args: { label: 'Milloin muutit nykyiseen osoitteeseesi?', legendAsHeading: true, hint: 'Esimerkiksi 1 8 2024', autocomplete: '' } };

/** A part-level error: only the day is marked, after the user has left the date. */
export const NotARealDate: Story = {
  name: 'Part-level error (31.2.)',
  render: () => {
    const el = document.createElement('arki-date-input');
    el.label = 'Syntymäaika';
    el.name = 'syntymaaika';
    el.value = '2024-02-31';
    el.updateComplete.then(() => el.reportValidity());
    return el;
  },
};

export const Swedish: Story = {
  name: 'Svenska (sv)',
  render: () => html`<div lang="sv">
    <arki-date-input label="Födelsedatum" hint="Till exempel 27 3 2007" name="fodd" autocomplete="bday" required></arki-date-input>
    <arki-date-input label="Startdatum" name="start" min="2026-01-01" error="Startdatum måste vara 1 januari 2026 eller senare" value="2025-12-01"></arki-date-input>
  </div>`,
};

export const English: Story = {
  name: 'English (en)',
  render: () => html`<div lang="en">
    <arki-date-input label="Date of birth" hint="For example, 27 3 2007" name="dob" autocomplete="bday" required></arki-date-input>
    <arki-date-input label="Start date" name="start" marking="optional"></arki-date-input>
  </div>`,
};

export const LongLabels: Story = {
  name: 'Long labels',
  render: () => html`<div style="max-inline-size: 20rem">
    <arki-date-input
      label="Varhaiskasvatuksen toivottu aloituspäivämäärä lapsen ensimmäisessä varhaiskasvatuspaikassa"
      hint="Hakemus on jätettävä viimeistään neljä kuukautta ennen toivottua aloituspäivää."
      name="aloitus"
      required
    ></arki-date-input>
  </div>`,
};

export const InAForm: Story = {
  name: 'In a form (FormData)',
  render: () => html`<form
    novalidate
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      form.querySelector('output')!.textContent = JSON.stringify([...new FormData(form)]);
    }}
  >
    <arki-date-input label="Alkupäivä" name="alku" hint="Esimerkiksi 1 8 2026"></arki-date-input>
    <arki-button type="submit">Lähetä</arki-button>
    <p><label>FormData: <output></output></label></p>
  </form>`,
};
