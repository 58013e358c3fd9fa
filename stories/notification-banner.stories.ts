import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/notification-banner/notification-banner.js';
import { notificationBannerVariants } from '../src/components/notification-banner/notification-banner.js';

interface Args {
  variant: string;
  heading: string;
  headingLevel: number;
}

const meta: Meta<Args> = {
  title: 'Components/Notification banner',
  component: 'arki-notification-banner',
  args: { variant: 'info', heading: '', headingLevel: 2 },
  argTypes: {
    variant: { control: 'select', options: [...notificationBannerVariants] },
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
  },
  render: (a) => html`<arki-notification-banner variant=${a.variant} heading=${a.heading} heading-level=${a.headingLevel}>
    <p><strong>Palvelussa huoltokatko 12.12. klo 18–20.</strong></p>
    <p>Asiointi ei ole silloin mahdollista. <a href="#lisatietoja">Lisätietoja huoltokatkosta</a></p>
  </arki-notification-banner>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Info: Story = {};
export const CustomHeading: Story = { name: 'Custom heading', args: { heading: 'Huoltokatko' } };
export const Success: Story = {
  render: () => html`<arki-notification-banner variant="success">
    <p><strong>Hakemus on lähetetty.</strong></p>
    <p>Saat päätöksen noin kahden viikon kuluessa. <a href="#hakemukset">Katso hakemuksesi</a></p>
  </arki-notification-banner>`,
};
/** As after submitting a form: the banner takes focus, so screen readers read it at once. */
export const SuccessFocusOnLoad: Story = {
  name: 'Success, focused on load',
  parameters: { docs: { story: { inline: false, height: '14rem' } } },
  render: () => html`<arki-notification-banner variant="success" focus-on-load>
    <p><strong>Osoitteenmuutos on tallennettu.</strong></p>
  </arki-notification-banner>`,
};
export const Swedish: Story = {
  render: () => html`<div lang="sv"><arki-notification-banner>
    <p><strong>Serviceavbrott 12.12 kl. 18–20.</strong></p>
    <p>Tjänsten är inte tillgänglig då. <a href="#mer">Mer information</a></p>
  </arki-notification-banner></div>`,
};
export const English: Story = {
  render: () => html`<div lang="en" style="display:grid;gap:1rem">
    <arki-notification-banner><p><strong>Maintenance break on 12 December, 18–20.</strong></p></arki-notification-banner>
    <arki-notification-banner variant="success"><p><strong>Your application has been sent.</strong></p></arki-notification-banner>
  </div>`,
};
