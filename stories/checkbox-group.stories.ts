import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/checkbox-group/checkbox-group.js';
import '../src/components/text-field/text-field.js';
import '../src/components/button/button.js';

interface Args {
  label: string;
  hint: string;
  error: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  inline: boolean;
  legendAsHeading: boolean;
  min?: number;
  max?: number;
  checked: string[];
  marking?: string;
}

const options = [
  ['sport', 'Liikunta'],
  ['music', 'Musiikki'],
  ['art', 'Kuvataide'],
  ['crafts', 'Käsityöt'],
] as const;

const meta: Meta<Args> = {
  title: 'Forms/Checkbox group',
  component: 'arki-checkbox-group',
  args: { label: 'Mistä kerhoista lapsesi on kiinnostunut?', hint: '', error: '', required: false, disabled: false, readonly: false, inline: false, legendAsHeading: false, checked: [] },
  argTypes: { marking: { control: 'select', options: ['required', 'optional', 'none'] } },
  render: (a) => html`<arki-checkbox-group
    name="kerhot"
    label=${a.label}
    hint=${a.hint || nothing}
    error=${a.error || nothing}
    min=${ifDefined(a.min)}
    max=${ifDefined(a.max)}
    marking=${ifDefined(a.marking)}
    ?required=${a.required}
    ?disabled=${a.disabled}
    ?readonly=${a.readonly}
    ?inline=${a.inline}
    ?legend-as-heading=${a.legendAsHeading}
  >
    ${options.map(([value, label]) => html`<arki-checkbox-option value=${value} label=${label} ?checked=${a.checked.includes(value)}></arki-checkbox-option>`)}
  </arki-checkbox-group>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Filled: Story = { args: { checked: ['sport', 'art'] } };
export const WithHint: Story = { name: 'With hint', args: { hint: 'Valitse kaikki sopivat.' } };
export const WithError: Story = { name: 'Error', args: { required: true, error: 'Valitse vähintään yksi kerho' } };
export const Required: Story = { args: { required: true, hint: 'Valitse kaikki sopivat.' } };
export const Optional: Story = { name: 'Optional (marking="optional")', args: { marking: 'optional' } };
export const Disabled: Story = { args: { disabled: true, checked: ['music'] } };
export const Readonly: Story = { args: { readonly: true, checked: ['music', 'crafts'] } };
export const MinMax: Story = { name: 'Min 2, max 3 (shows the max error)', args: { min: 2, max: 3, hint: 'Valitse 2–3 kerhoa.', checked: ['sport', 'music', 'art', 'crafts'] } };
export const LegendAsHeading: Story = { name: 'Legend as page heading', args: { legendAsHeading: true, hint: 'Valitse kaikki sopivat.' } };

export const Inline: Story = {
  name: 'Inline',
  render: () => html`<arki-checkbox-group label="Kerhopäivät" name="paivat" inline>
    ${['ma', 'ti', 'ke', 'to', 'pe'].map((d) => html`<arki-checkbox-option value=${d} label=${d}></arki-checkbox-option>`)}
  </arki-checkbox-group>`,
};

export const NoneOfThese: Story = {
  name: 'None of these (exclusive)',
  render: () => html`<arki-checkbox-group label="Onko sinulla jokin näistä oireista?" name="oireet" hint="Valitse kaikki sopivat." required>
    <arki-checkbox-option value="fever" label="Kuume"></arki-checkbox-option>
    <arki-checkbox-option value="cough" label="Yskä"></arki-checkbox-option>
    <arki-checkbox-option value="none" label="Ei mitään näistä" exclusive></arki-checkbox-option>
  </arki-checkbox-group>`,
};

export const ConditionalReveal: Story = {
  name: 'Conditional reveal',
  render: () => html`<arki-checkbox-group label="Miten haluat saada muistutuksen?" name="muistutus" hint="Valitse kaikki sopivat.">
    <arki-checkbox-option value="email" label="Sähköposti" checked>
      <arki-text-field slot="conditional" name="email" type="email" label="Sähköpostiosoite" autocomplete="email" required></arki-text-field>
    </arki-checkbox-option>
    <arki-checkbox-option value="sms" label="Tekstiviesti">
      <arki-text-field slot="conditional" name="puhelin" type="tel" label="Matkapuhelinnumero" autocomplete="tel" required></arki-text-field>
    </arki-checkbox-option>
  </arki-checkbox-group>`,
};

export const Swedish: Story = {
  name: 'Svenska (sv)',
  render: () => html`<div lang="sv">
    <arki-checkbox-group label="Vilka klubbar är ditt barn intresserat av?" name="klubbar" hint="Välj alla som passar." required min="2">
      <arki-checkbox-option value="sport" label="Idrott" checked></arki-checkbox-option>
      <arki-checkbox-option value="music" label="Musik"></arki-checkbox-option>
      <arki-checkbox-option value="none" label="Inget av dessa" exclusive></arki-checkbox-option>
    </arki-checkbox-group>
  </div>`,
};

export const English: Story = {
  name: 'English (en)',
  render: () => html`<div lang="en">
    <arki-checkbox-group label="Which clubs is your child interested in?" name="clubs" hint="Select all that apply." marking="optional">
      <arki-checkbox-option value="sport" label="Sports"></arki-checkbox-option>
      <arki-checkbox-option value="music" label="Music" hint="Includes choir and band"></arki-checkbox-option>
      <arki-checkbox-option value="none" label="None of these" exclusive></arki-checkbox-option>
    </arki-checkbox-group>
  </div>`,
};

export const LongLabels: Story = {
  name: 'Long labels',
  render: () => html`<div style="max-inline-size: 24rem">
    <arki-checkbox-group label="Vahvistan, että olen lukenut ja ymmärtänyt seuraavat asiakirjat" name="vahvistus" required>
      <arki-checkbox-option value="ehdot" label="Varhaiskasvatuspalveluiden asiakasmaksuja koskevat yleiset sopimusehdot" hint="Päivitetty 1.8.2025"></arki-checkbox-option>
      <arki-checkbox-option value="tietosuoja" label="Henkilötietojen käsittelyä koskeva tietosuojaseloste"></arki-checkbox-option>
    </arki-checkbox-group>
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
    <arki-checkbox-group label="Kerhot" name="kerhot" max="2" hint="Valitse enintään 2.">
      ${options.map(([value, label]) => html`<arki-checkbox-option value=${value} label=${label}></arki-checkbox-option>`)}
    </arki-checkbox-group>
    <arki-button type="submit">Lähetä</arki-button>
    <p><label>FormData: <output></output></label></p>
  </form>`,
};
