import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/service-channel/service-channel.js';
import type { ServiceChannel } from '../src/data/index.js';
import { sampleHours, sampleNow, sampleService } from './example-service-page.stories.js';

interface Args {
  channel?: ServiceChannel;
  headingLevel: number;
  hoursVariant: string;
}

const byType = (type: string): ServiceChannel => sampleService.channels.find((c) => c.type === type)!;

const meta: Meta<Args> = {
  title: 'Components/Service channel',
  component: 'arki-service-channel',
  args: { channel: byType('phone'), headingLevel: 3, hoursVariant: 'compact' },
  argTypes: { hoursVariant: { control: 'select', options: ['compact', 'full', 'status'] } },
  render: (a) => html`<arki-service-channel .channel=${a.channel} .now=${sampleNow} heading-level=${a.headingLevel} hours-variant=${a.hoursVariant}></arki-service-channel>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The number as a `tel:` link, the call price and the hours (open now). */
export const Phone: Story = {};
/** Address, map link, accessibility of the premises and the hours, shown in full. */
export const Visit: Story = { args: { channel: byType('visit'), hoursVariant: 'full' } };
/** The e-service link and whether strong identification is needed. */
export const Online: Story = { args: { channel: byType('online') } };
export const Chat: Story = { args: { channel: byType('chat') } };
export const Video: Story = { args: { channel: { type: 'video', url: '#video', name: 'Etävastaanotto', hours: { weekly: [{ days: [3], ranges: [{ opens: '12:00', closes: '14:00' }] }] } } } };
export const Mail: Story = { args: { channel: byType('mail') } };
/** Simple cases without data: attributes, and the default slot for extra text. */
export const Attributes: Story = {
  name: 'Attributes and slot',
  render: () => html`<div style="display:grid;gap:2rem">
    <arki-service-channel type="phone" name="Vaihde" number="09 310 1691" call-price="free"><p>Vaihde yhdistää oikealle henkilölle.</p></arki-service-channel>
    <arki-service-channel type="online" href="https://www.suomi.fi" requires-identification></arki-service-channel>
    <arki-service-channel type="visit" street="Torikatu 1" postal-code="00100" city="Arkikylä" map-href="https://kartta.example.fi"></arki-service-channel>
  </div>`,
};
/** An unusable channel (no number): a dev warning, and only the slot renders. */
export const BadData: Story = {
  name: 'Bad data',
  args: { channel: { type: 'phone', number: 'soita meille' } as unknown as ServiceChannel },
  render: (a) => html`<arki-service-channel .channel=${a.channel}><p>Puhelinnumero puuttuu.</p></arki-service-channel>`,
};
export const LongWords: Story = {
  name: 'Long Finnish compound words',
  args: { channel: { type: 'phone', name: 'Varhaiskasvatuspalveluohjauksenneuvontapuhelinpalvelu', number: '09 123 4500', callPrice: { text: 'Matkapuhelinliittymämaksu tai paikallisverkkomaksu' }, hours: sampleHours } },
};
export const Swedish: Story = { args: { channel: byType('visit') }, render: (a) => html`<div lang="sv">${meta.render!(a, {} as never)}</div>` };
export const English: Story = { args: { channel: byType('online') }, render: (a) => html`<div lang="en">${meta.render!(a, {} as never)}</div>` };
