import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/progress/progress.js';
import '../src/components/button/button.js';
import type { ArkiProgress } from '../src/components/progress/progress.js';

interface Args {
  label: string;
  value?: number;
  max: number;
  valueText: string;
}

const meta: Meta<Args> = {
  title: 'Components/Progress',
  component: 'arki-progress',
  args: { label: 'Tiedoston lataus', value: 45, max: 100, valueText: '' },
  render: (a) => html`<arki-progress label=${a.label} .value=${a.value ?? null} max=${a.max} value-text=${a.valueText}></arki-progress>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Determinate: Story = {};
export const Complete: Story = { args: { value: 100 } };
export const Indeterminate: Story = { args: { label: 'Käsitellään hakemusta', value: undefined } };
export const ValueText: Story = { name: 'Own value text', args: { label: 'Liitteiden lähetys', value: 3, max: 5, valueText: '3/5 tiedostoa' } };
/** Press start: progress is announced at 25, 50 and 75 % (at most every 5 s) and at completion. */
export const Simulated: Story = {
  name: 'Simulated upload (announced in steps)',
  render: () => html`<div style="display:grid;gap:1rem">
    <arki-button variant="secondary"
      @click=${(e: Event) => {
        const bar = (e.target as HTMLElement).nextElementSibling as ArkiProgress;
        bar.value = 0;
        const timer = setInterval(() => {
          bar.value = Math.min((bar.value ?? 0) + 2, 100);
          if (bar.value >= 100) clearInterval(timer);
        }, 200);
      }}
    >Aloita lataus</arki-button>
    <arki-progress label="Liitteen lataus" value="0"></arki-progress>
  </div>`,
};
export const Swedish: Story = { render: () => html`<div lang="sv"><arki-progress label="Filöverföring" value="60"></arki-progress></div>` };
export const English: Story = { render: () => html`<div lang="en"><arki-progress label="File upload" value="80"></arki-progress></div>` };
