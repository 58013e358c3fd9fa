import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/skip-link/skip-link.js';

interface Args {
  text: string;
  target: string;
}

/** The link is hidden until it gets keyboard focus: click in the canvas and press Tab. */
const page = (link: unknown, id = 'main') => html`${link}
  <p>Paina sarkainta (Tab): linkki tulee näkyviin ja vie pääsisältöön.</p>
  <nav aria-label="Esimerkkivalikko"><a href="#a">Etusivu</a> · <a href="#b">Palvelut</a></nav>
  <div id=${id}><h2>Pääsisältö</h2><p>Tänne kohdistus siirtyy.</p></div>`;

const meta: Meta<Args> = {
  title: 'Components/Skip link',
  component: 'arki-skip-link',
  args: { text: '', target: '' },
  render: (a) => page(html`<arki-skip-link target=${a.target}>${a.text}</arki-skip-link>`),
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const CustomText: Story = {
  name: 'Custom text',
  args: { text: 'Siirry hakulomakkeeseen', target: 'haku' },
  render: (a) => page(html`<arki-skip-link target=${a.target}>${a.text}</arki-skip-link>`, 'haku'),
};
export const Swedish: Story = { render: () => html`<div lang="sv">${page(html`<arki-skip-link></arki-skip-link>`)}</div>` };
export const English: Story = { render: () => html`<div lang="en">${page(html`<arki-skip-link></arki-skip-link>`)}</div>` };
