import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/link/link.js';

interface Args {
  text: string;
  href: string;
  target?: string;
  external: boolean;
  download?: string;
  fileType?: string;
  fileSize?: string;
}

const meta: Meta<Args> = {
  title: 'Components/Link',
  component: 'arki-link',
  args: { text: 'Varhaiskasvatus', href: '#varhaiskasvatus', external: false },
  argTypes: { target: { control: 'select', options: ['', '_blank', '_self'] } },
  render: (a) => html`<p>
    <arki-link href=${a.href} target=${ifDefined(a.target)} ?external=${a.external} download=${ifDefined(a.download)}
      file-type=${ifDefined(a.fileType)} file-size=${ifDefined(a.fileSize)}>${a.text}</arki-link>
  </p>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
/** Only a link that really opens a new tab says so. */
export const NewTab: Story = { name: 'New tab', args: { text: 'Kelan asiointipalvelu', href: 'https://example.org', target: '_blank' } };
export const External: Story = { args: { text: 'Kelan asiointipalvelu', href: 'https://example.org', external: true } };
export const ExternalNewTab: Story = { name: 'External, new tab', args: { text: 'Kelan asiointipalvelu', href: 'https://example.org', external: true, target: '_blank' } };
export const Download: Story = { args: { text: 'Hakemuslomake', href: '#hakemus.pdf', download: '', fileType: 'PDF', fileSize: '1234567' } };
/** No type or size given: the download icon is read as "(lataus)". */
export const DownloadUntyped: Story = { name: 'Download (no type or size)', args: { text: 'Hakemuslomake', href: '#hakemus.pdf', download: '' } };
export const DownloadSmall: Story = { name: 'Download (small file)', args: { text: 'Hinnasto', href: '#hinnasto.xlsx', download: 'hinnasto.xlsx', fileType: 'XLSX', fileSize: '48200' } };
export const InText: Story = {
  name: 'In running text',
  render: () => html`<p style="max-inline-size:40rem">
    Voit hakea paikkaa <arki-link href="#asiointi">sähköisessä asioinnissa</arki-link> tai täyttää
    <arki-link href="#lomake.pdf" download file-type="PDF" file-size="250000">paperisen hakemuksen</arki-link>.
    Lisätietoa saat <arki-link href="https://example.org" target="_blank">Opetushallituksen sivuilta</arki-link>.
  </p>`,
};
export const Swedish: Story = {
  render: () => html`<p lang="sv">
    <arki-link href="https://example.org" target="_blank">FPA:s e-tjänst</arki-link> ·
    <arki-link href="https://example.org" external>Skatteförvaltningen</arki-link> ·
    <arki-link href="#a.pdf" download file-type="PDF" file-size="1234567">Ansökningsblankett</arki-link>
  </p>`,
};
export const English: Story = {
  render: () => html`<p lang="en">
    <arki-link href="https://example.org" target="_blank">Kela e-service</arki-link> ·
    <arki-link href="https://example.org" external>Tax Administration</arki-link> ·
    <arki-link href="#a.pdf" download file-type="PDF" file-size="1234567">Application form</arki-link>
  </p>`,
};
