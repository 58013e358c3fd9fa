import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/alert/alert.js';
import '../src/components/button/button.js';
import { alertVariants } from '../src/components/alert/alert.js';

interface Args {
  variant: string;
  heading: string;
  text: string;
  dismissible: boolean;
  live: string;
}

const meta: Meta<Args> = {
  title: 'Components/Alert',
  component: 'arki-alert',
  args: { variant: 'info', heading: '', text: 'Palvelussa on huoltokatko 12.12. klo 18–20. Asiointi ei ole silloin mahdollista.', dismissible: false, live: 'auto' },
  argTypes: {
    variant: { control: 'select', options: [...alertVariants] },
    live: { control: 'select', options: ['auto', 'off'] },
  },
  render: (a) => html`<arki-alert variant=${a.variant} heading=${a.heading} ?dismissible=${a.dismissible} live=${a.live}>${a.text}</arki-alert>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Info: Story = {};
export const Success: Story = { args: { variant: 'success', text: 'Hakemus on lähetetty. Saat vahvistuksen sähköpostiisi.' } };
export const Warning: Story = { args: { variant: 'warning', text: 'Istuntosi vanhenee 5 minuutin kuluttua. Tallenna luonnos.' } };
export const ErrorVariant: Story = { name: 'Error', args: { variant: 'error', text: 'Tietojen tallennus epäonnistui. Yritä hetken kuluttua uudelleen.' } };
export const WithHeading: Story = {
  name: 'With heading',
  render: () => html`<arki-alert variant="error" heading="Tallennus epäonnistui" heading-level="2">
    <p>Yhteys palveluun katkesi. Tietosi ovat tallessa luonnoksena.</p>
    <p><a href="#tuki">Ota yhteyttä tukeen</a></p>
  </arki-alert>`,
};
export const OwnHeadingElement: Story = {
  name: 'Own heading element',
  render: () => html`<arki-alert variant="warning"><h3 slot="heading">Muutos aukioloaikoihin</h3>Kirjasto on suljettu juhannuksena.</arki-alert>`,
};
/** Focus moves to the next focusable element after closing (here the link), or to `return-focus`. */
export const Dismissible: Story = {
  render: () => html`<div>
    <arki-alert variant="success" dismissible>Asetukset tallennettu.</arki-alert>
    <p><a href="#jatka">Jatka asiointia</a></p>
  </div>`,
};
/** Pressing the button inserts an alert: it is announced (assertive for errors), without `role="alert"`. */
export const InsertedLater: Story = {
  name: 'Inserted later (announced)',
  render: () => html`<div>
    <arki-button variant="secondary"
      @click=${(e: Event) => {
        const box = (e.target as HTMLElement).nextElementSibling!;
        box.replaceChildren();
        const alert = document.createElement('arki-alert');
        alert.variant = 'error';
        alert.dismissible = true;
        alert.textContent = 'Maksu hylättiin. Tarkista kortin tiedot.';
        box.append(alert);
      }}
    >Maksa</arki-button>
    <div></div>
  </div>`,
};
export const AllVariants: Story = {
  name: 'All variants',
  render: () => html`<div style="display:grid;gap:1rem">
    ${alertVariants.map((v) => html`<arki-alert variant=${v} heading=${`Otsikko (${v})`} dismissible>Ilmoituksen teksti, jossa on <a href="#x">linkki</a>.</arki-alert>`)}
  </div>`,
};
export const LongText: Story = {
  name: 'Long Finnish compound words',
  args: { variant: 'warning', heading: 'Varhaiskasvatuspaikkahakemuksenkäsittelyaikataulumuutos', text: 'Varhaiskasvatuspaikkahakemusten käsittelyssä on ruuhkaa; käsittelyaika on tavallista pidempi.' },
};
export const Swedish: Story = {
  render: () => html`<div lang="sv" style="display:grid;gap:1rem">
    <arki-alert variant="info">Tjänsten har ett serviceavbrott 12.12 kl. 18–20.</arki-alert>
    <arki-alert variant="error" heading="Uppgifterna kunde inte sparas" dismissible>Försök igen om en stund.</arki-alert>
  </div>`,
};
export const English: Story = {
  render: () => html`<div lang="en" style="display:grid;gap:1rem">
    <arki-alert variant="success">Your application has been sent.</arki-alert>
    <arki-alert variant="warning" heading="Your session is about to expire" dismissible>Save a draft to keep your answers.</arki-alert>
  </div>`,
};
