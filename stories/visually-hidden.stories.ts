import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/visually-hidden/visually-hidden.js';

const meta: Meta = {
  title: 'Components/Visually hidden',
  component: 'arki-visually-hidden',
  render: () => html`<p>
    Osoite: Torikatu 1, 00100 Helsinki
    <a href="#muokkaa">Muokkaa<arki-visually-hidden> osoitetta</arki-visually-hidden></a>
  </p>`,
};
export default meta;
type Story = StoryObj;

/** A screen reader reads "Muokkaa osoitetta"; on screen only "Muokkaa". */
export const Default: Story = {};
/** Tab to it: the link appears while it has focus. */
export const Focusable: Story = {
  render: () => html`<p>Paina sarkainta (Tab).</p>
    <arki-visually-hidden focusable><a href="#ohje">Näppäimistön pikanäppäimet</a></arki-visually-hidden>`,
};
export const Swedish: Story = {
  render: () => html`<p lang="sv">Adress: Torggatan 1 <a href="#andra">Ändra<arki-visually-hidden> adressen</arki-visually-hidden></a></p>`,
};
export const English: Story = {
  render: () => html`<p lang="en">Address: 1 Market Street <a href="#change">Change<arki-visually-hidden> address</arki-visually-hidden></a></p>`,
};
