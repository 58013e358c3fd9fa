import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/service-list/service-list.js';
import type { ChannelType, Service } from '../src/data/index.js';
import { sampleServices } from './example-service-page.stories.js';

interface Args {
  services: Service[];
  query: string;
  channels: ChannelType[];
}

const meta: Meta<Args> = {
  title: 'Components/Service list',
  component: 'arki-service-list',
  args: { services: sampleServices, query: '', channels: [] },
  render: (a) => html`<arki-service-list .services=${a.services} .query=${a.query} .channels=${a.channels}></arki-service-list>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Type to filter; the count is announced when you pause. */
export const Default: Story = {};
export const Filtered: Story = { name: 'Filtered by text', args: { query: 'päiväkoti' } };
export const ChannelFilter: Story = { name: 'Filtered by channel', args: { channels: ['online'] } };
/** A clear message and a button that clears the filters. */
export const NoResults: Story = { name: 'No results', args: { query: 'koirapuisto' } };
/** With `sync-url` the filter lives in the page's query (`?q=…&channel=…`). */
export const SyncUrl: Story = { name: 'Filter kept in the URL', render: (a) => html`<arki-service-list sync-url .services=${a.services}></arki-service-list>` };
export const MissingData: Story = { name: 'No services', args: { services: [] } };
export const BadData: Story = { name: 'Bad data', args: { services: [sampleServices[2]!, { summary: 'nimetön' }, 'roskaa'] as unknown as Service[] } };
export const LongWords: Story = {
  name: 'Long Finnish compound words',
  args: { services: [{ name: 'Varhaiskasvatuspalveluohjauksenasiakasmaksupäätöksenoikaisuvaatimus', summary: 'Oikaisuvaatimusmenettely.', url: '#x', channels: [{ type: 'online', url: '#y' }] }, ...sampleServices] },
};
export const Swedish: Story = { render: (a) => html`<div lang="sv">${meta.render!(a, {} as never)}</div>` };
export const English: Story = { render: (a) => html`<div lang="en">${meta.render!(a, {} as never)}</div>` };
