import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/spinner/spinner.js';
import '../src/components/button/button.js';
import { spinnerSizes } from '../src/components/spinner/spinner.js';

interface Args {
  label: string;
  size: string;
  showLabel: boolean;
}

const meta: Meta<Args> = {
  title: 'Components/Spinner',
  component: 'arki-spinner',
  args: { label: '', size: 'm', showLabel: false },
  argTypes: { size: { control: 'select', options: [...spinnerSizes] } },
  render: (a) => html`<arki-spinner label=${a.label} size=${a.size} ?show-label=${a.showLabel}></arki-spinner>`,
};
export default meta;
type Story = StoryObj<Args>;

/** With reduced motion it fades slowly instead of spinning. */
export const Default: Story = {};
export const Sizes: Story = {
  render: () => html`<p style="display:flex;gap:1rem;align-items:center">${spinnerSizes.map((s) => html`<arki-spinner size=${s}></arki-spinner>`)}</p>`,
};
export const WithLabel: Story = { name: 'With visible label', args: { showLabel: true } };
export const CustomLabel: Story = { name: 'Custom label', args: { label: 'Haetaan hakutuloksia', showLabel: true, size: 'l' } };
/** Press the button: the spinner appears and "Haetaan" is announced. */
export const Announced: Story = {
  name: 'Announced when shown',
  render: () => html`<div>
    <arki-button variant="secondary" @click=${(e: Event) => ((e.target as HTMLElement).nextElementSibling as HTMLElement).removeAttribute('hidden')}>Hae</arki-button>
    <arki-spinner announce hidden label="Haetaan" show-label></arki-spinner>
  </div>`,
};
export const Swedish: Story = { render: () => html`<div lang="sv"><arki-spinner show-label></arki-spinner></div>` };
export const English: Story = { render: () => html`<div lang="en"><arki-spinner show-label></arki-spinner></div>` };
