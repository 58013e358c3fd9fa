import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/button/button.js';
import { buttonSizes, buttonTypes, buttonVariants } from '../src/components/button/button.js';

interface Args {
  label: string;
  variant: string;
  size: string;
  type: string;
  disabled: boolean;
  loading: boolean;
  fullWidth: boolean;
  href?: string;
  target?: string;
}

const icon = html`<svg slot="start" aria-hidden="true" width="1em" height="1em" viewBox="0 0 24 24" fill="currentColor"><path d="M12 2 4 6v6c0 5 3.4 9.3 8 10 4.6-.7 8-5 8-10V6l-8-4Z" /></svg>`;

const meta: Meta<Args> = {
  title: 'Components/Button',
  component: 'arki-button',
  args: { label: 'Lähetä hakemus', variant: 'primary', size: 'm', type: 'button', disabled: false, loading: false, fullWidth: false },
  argTypes: {
    variant: { control: 'select', options: [...buttonVariants] },
    size: { control: 'select', options: [...buttonSizes] },
    type: { control: 'select', options: [...buttonTypes] },
  },
  render: (a) => html`<arki-button
    variant=${a.variant}
    size=${a.size}
    type=${a.type}
    ?disabled=${a.disabled}
    ?loading=${a.loading}
    ?full-width=${a.fullWidth}
    href=${ifDefined(a.href)}
    target=${ifDefined(a.target)}
    >${a.label}</arki-button
  >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Primary: Story = {};
export const Secondary: Story = { args: { variant: 'secondary', label: 'Tallenna luonnos' } };
export const Tertiary: Story = { args: { variant: 'tertiary', label: 'Peruuta' } };
export const Danger: Story = { args: { variant: 'danger', label: 'Poista hakemus' } };
export const Disabled: Story = { args: { disabled: true } };
export const Loading: Story = { args: { loading: true, label: 'Lähetetään' } };
export const Link: Story = { args: { href: '#palvelut', label: 'Siirry palveluihin', variant: 'secondary' } };
export const LinkNewTab: Story = { name: 'Link (new tab)', args: { href: 'https://example.org', target: '_blank', label: 'Lue lisää' } };

export const Sizes: Story = {
  render: () => html`<div style="display:flex;gap:1rem;flex-wrap:wrap;align-items:center">
    ${buttonSizes.map((s) => html`<arki-button size=${s}>Koko ${s}</arki-button>`)}
  </div>`,
};

export const AllVariantsAndStates: Story = {
  name: 'All variants and states',
  render: () => html`<div style="display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr))">
    ${buttonVariants.map(
      (v) => html`
        <arki-button variant=${v}>${v}</arki-button>
        <arki-button variant=${v} disabled>${v} disabled</arki-button>
        <arki-button variant=${v} loading>${v} loading</arki-button>
      `,
    )}
  </div>`,
};

export const WithIcons: Story = {
  name: 'With icons',
  render: () => html`<div style="display:flex;gap:1rem;flex-wrap:wrap">
    <arki-button>${icon}Tunnistaudu</arki-button>
    <arki-button variant="secondary"
      >Seuraava<svg slot="end" aria-hidden="true" width="1em" height="1em" viewBox="0 0 24 24" fill="currentColor"><path d="m9 6 6 6-6 6" stroke="currentColor" stroke-width="2" fill="none" /></svg
    ></arki-button>
  </div>`,
};

export const LongText: Story = {
  name: 'Long Finnish compound words',
  args: { label: 'Varhaiskasvatuspaikkahakemuksenvahvistusviesti lähetetään', fullWidth: false },
};

export const FullWidth: Story = { name: 'Full width', args: { fullWidth: true } };

export const InAForm: Story = {
  name: 'In a form (submit, reset, Enter)',
  render: () => html`<form
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      const out = (e.target as HTMLFormElement).querySelector('output')!;
      out.textContent = JSON.stringify(Object.fromEntries(new FormData(e.target as HTMLFormElement, e.submitter)));
    }}
  >
    <p><label for="story-name">Nimi</label><br /><input id="story-name" name="nimi" value="Maija" /></p>
    <div style="display:flex;gap:1rem;flex-wrap:wrap">
      <arki-button type="submit" name="toiminto" value="laheta">Lähetä</arki-button>
      <arki-button type="reset" variant="secondary">Tyhjennä</arki-button>
    </div>
    <p><label for="button-form-result">Lähetetty:</label> <output id="button-form-result">${nothing}</output></p>
  </form>`,
};
