import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/dialog/dialog.js';
import '../src/components/button/button.js';
import { confirmDialog, dialogSizes, type ArkiDialog } from '../src/components/dialog/dialog.js';

interface Args {
  heading: string;
  size: string;
  nonModal: boolean;
  persistent: boolean;
  lightDismiss: boolean;
  open: boolean;
}

const opener = (label: string) => html`<arki-button
  variant="secondary"
  @click=${(e: Event) => {
    const dialog = (e.currentTarget as HTMLElement).nextElementSibling as ArkiDialog;
    if (dialog.nonModal) dialog.show();
    else dialog.showModal();
  }}
  >${label}</arki-button
>`;

/** Open dialogs render in their own frame in the docs page, so they do not cover it. */
const framed = { docs: { story: { inline: false, height: '32rem' } } };

const meta: Meta<Args> = {
  title: 'Components/Dialog',
  component: 'arki-dialog',
  args: { heading: 'Muokkaa yhteystietoja', size: 'm', nonModal: false, persistent: false, lightDismiss: false, open: false },
  argTypes: { size: { control: 'select', options: [...dialogSizes] } },
  parameters: framed,
  // An open modal makes the opener behind it inert, so open stories have none.
  render: (a) => html`${a.open ? '' : opener('Muokkaa yhteystietoja')}<arki-dialog
      heading=${a.heading}
      size=${a.size}
      ?non-modal=${a.nonModal}
      ?persistent=${a.persistent}
      ?light-dismiss=${a.lightDismiss}
      ?open=${a.open}
    >
      <p>Tiedot tallennetaan profiiliisi.</p>
      <p><label>Puhelinnumero<br /><input type="tel" autocomplete="tel" /></label></p>
      <arki-button slot="footer" data-arki-close="save">Tallenna</arki-button>
      <arki-button slot="footer" variant="secondary" data-arki-close="cancel">Peruuta</arki-button>
    </arki-dialog>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Focus moves to the first field; Tab stays in the dialog; Esc closes and focus returns to the button. */
export const Closed: Story = { name: 'Closed (opens from a button)' };
export const OpenModal: Story = { name: 'Open (modal)', args: { open: true } };
export const NonModal: Story = { name: 'Open (non-modal)', args: { open: true, nonModal: true, heading: 'Ohje' } };
/** Esc and outside clicks do nothing; the user must choose. */
export const Persistent: Story = {
  render: () => html`<arki-dialog heading="Istuntosi vanhenee pian" persistent open size="s">
    <p>Haluatko jatkaa asiointia? Muuten sinut kirjataan ulos 2 minuutin kuluttua.</p>
    <arki-button slot="footer" data-arki-close="continue">Jatka asiointia</arki-button>
    <arki-button slot="footer" variant="secondary" data-arki-close="logout">Kirjaudu ulos</arki-button>
  </arki-dialog>`,
};
export const LightDismiss: Story = { name: 'Light dismiss', args: { open: true, lightDismiss: true } };
export const Confirm: Story = {
  render: () => html`<arki-dialog variant="confirm" heading="Lähetetäänkö hakemus?" open>
    <p>Et voi muokata hakemusta lähettämisen jälkeen.</p>
  </arki-dialog>`,
};
export const ConfirmDanger: Story = {
  name: 'Confirm (danger)',
  render: () => html`<arki-dialog variant="confirm" heading="Poistetaanko luonnos?" confirm-label="Poista luonnos" cancel-label="Älä poista" danger open size="s">
    <p>Luonnoksen poistoa ei voi perua.</p>
  </arki-dialog>`,
};
/** `confirmDialog({ heading, message })` resolves to true or false. */
export const ConfirmHelper: Story = {
  name: 'confirmDialog() helper',
  render: () => html`<p>
    <arki-button
      variant="danger"
      @click=${async (e: Event) => {
        const out = (e.currentTarget as HTMLElement).parentElement!.querySelector('span')!;
        const ok = await confirmDialog({ heading: 'Perutaanko ajanvaraus?', message: 'Aika vapautuu muille.', confirmLabel: 'Peru varaus', cancelLabel: 'Pidä varaus', danger: true });
        out.textContent = ok ? 'Varaus peruttu' : 'Varaus pidetty';
      }}
      >Peru ajanvaraus</arki-button
    >
    <span></span>
  </p>`,
};
export const LongContent: Story = {
  name: 'Long content (scrolls inside)',
  render: () => html`<arki-dialog heading="Käyttöehdot" open size="l">
    ${Array.from({ length: 12 }, (_, i) => html`<p>${i + 1}. Palvelun käyttöön sovelletaan näitä ehtoja. Käyttäjä vastaa antamiensa tietojen oikeellisuudesta.</p>`)}
    <arki-button slot="footer" data-arki-close="ok">Hyväksyn ehdot</arki-button>
  </arki-dialog>`,
};
export const Swedish: Story = {
  render: () => html`<div lang="sv"><arki-dialog variant="confirm" heading="Skicka ansökan?" open>
    <p>Du kan inte ändra ansökan efter att den skickats.</p>
  </arki-dialog></div>`,
};
export const English: Story = {
  render: () => html`<div lang="en"><arki-dialog heading="Edit contact details" open>
    <p><label>Phone number<br /><input type="tel" autocomplete="tel" /></label></p>
    <arki-button slot="footer" data-arki-close="save">Save</arki-button>
  </arki-dialog></div>`,
};
