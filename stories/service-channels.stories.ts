import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/service-channels/service-channels.js';
import '../src/components/service-channel/service-channel.js';
import type { ServiceChannel } from '../src/data/index.js';
import { sampleNow, sampleService } from './example-service-page.stories.js';

interface Args {
  channels?: ServiceChannel[];
  headingLevel: number;
  hoursVariant: string;
  now: Date;
}

const meta: Meta<Args> = {
  title: 'Components/Service channels',
  component: 'arki-service-channels',
  args: { channels: sampleService.channels, headingLevel: 3, hoursVariant: 'compact', now: sampleNow },
  argTypes: { hoursVariant: { control: 'select', options: ['compact', 'full', 'status'] } },
  render: (a) => html`<arki-service-channels .channels=${a.channels} .now=${a.now} heading-level=${a.headingLevel} hours-variant=${a.hoursVariant}></arki-service-channels>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The data lists visit, phone, online, chat, mail; they show as online, phone, chat, visit, mail. */
export const AllChannels: Story = { name: 'All channels, open now' };
/** Tuesday 17.00: every channel with hours is closed and says when it opens. */
export const ClosedNow: Story = { name: 'Closed now', args: { now: new Date('2025-12-02T15:00:00Z') } };
/** Christmas Eve: the visit channel's holiday exception. */
export const HolidayException: Story = { name: 'Holiday exception', args: { now: new Date('2025-12-24T08:00:00Z') } };
/** Children in any order are sorted with the same rule. */
export const Children: Story = {
  name: 'Children (attributes)',
  render: () => html`<arki-service-channels>
    <arki-service-channel type="mail" street="PL 100" postal-code="00099" city="Arkikylä"></arki-service-channel>
    <arki-service-channel type="phone" name="Neuvonta" number="09 123 4567" call-price="local"></arki-service-channel>
    <arki-service-channel type="online" name="Lupapiste" href="https://www.lupapiste.fi" requires-identification></arki-service-channel>
  </arki-service-channels>`,
};
export const Empty: Story = { name: 'No channels', args: { channels: [] } };
/** Unknown types and unsafe links are dropped (one dev warning); the valid channel renders. */
export const BadData: Story = {
  name: 'Bad data',
  args: { channels: [{ type: 'fax', number: '123' }, { type: 'online', url: 'javascript:alert(1)' }, { type: 'phone', number: '09 123 4567' }] as unknown as ServiceChannel[] },
};
export const LongWords: Story = {
  name: 'Long Finnish compound words',
  args: {
    channels: [
      { type: 'visit', name: 'Kaupunkiympäristötoimialanasiakaspalvelupiste', address: { street: 'Työpajankatu 8', postalCode: '00580', city: 'Helsinki' }, accessibility: ['Pyörätuoliluiskallinenpääsisäänkäynti'] },
      { type: 'online', name: 'Rakennuslupahakemussähköisasiointipalvelu', url: '#lupa', requiresIdentification: true },
    ],
  },
};
export const Swedish: Story = { render: (a) => html`<div lang="sv">${meta.render!(a, {} as never)}</div>` };
export const English: Story = { render: (a) => html`<div lang="en">${meta.render!(a, {} as never)}</div>` };
