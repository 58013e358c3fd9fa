import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/details/details.js';

interface Args {
  summary: string;
  open: boolean;
}

const meta: Meta<Args> = {
  title: 'Components/Details',
  component: 'arki-details',
  args: { summary: 'Mitä kotikunta tarkoittaa?', open: false },
  render: (a) => html`<arki-details summary=${a.summary} ?open=${a.open}>
    <p>Kotikunta on se kunta, jossa asut vakinaisesti. Se määrää, minkä kunnan palveluja käytät ensisijaisesti.</p>
  </arki-details>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Closed: Story = {};
export const Open: Story = { args: { open: true } };
export const SummaryWithMarkup: Story = {
  name: 'Summary with markup',
  render: () => html`<arki-details open>
    <span slot="summary">En pysty käyttämään <strong>sähköistä</strong> asiointia</span>
    <p>Voit asioida myös puhelimitse numerossa 09 123 4567 tai käydä asiointipisteessä.</p>
  </arki-details>`,
};
export const LongSummary: Story = {
  name: 'Long Finnish compound words',
  args: { summary: 'Varhaiskasvatuspalvelusetelin myöntämisperusteet ja tulosidonnainen asiakasmaksu', open: true },
};
export const Swedish: Story = {
  render: () => html`<div lang="sv"><arki-details summary="Vad betyder hemkommun?" open><p>Hemkommunen är den kommun där du bor stadigvarande.</p></arki-details></div>`,
};
export const English: Story = {
  render: () => html`<div lang="en"><arki-details summary="What is a municipality of residence?" open><p>It is the municipality where you permanently live.</p></arki-details></div>`,
};
