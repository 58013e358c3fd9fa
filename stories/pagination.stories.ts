import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/pagination/pagination.js';
import type { ArkiPageChangeEvent } from '../src/events/page-change.js';

interface Args {
  page: number;
  total: number;
  hrefTemplate: string;
  label: string;
}

const meta: Meta<Args> = {
  title: 'Components/Pagination',
  component: 'arki-pagination',
  args: { page: 5, total: 10, hrefTemplate: '?sivu={page}', label: '' },
  render: (a) => html`<arki-pagination page=${a.page} total=${a.total} href-template=${a.hrefTemplate} label=${a.label}></arki-pagination>`,
};
export default meta;
type Story = StoryObj<Args>;

export const MiddlePage: Story = { name: 'Middle page (links)' };
export const FirstPage: Story = { name: 'First page', args: { page: 1 } };
export const LastPage: Story = { name: 'Last page', args: { page: 10 } };
export const FewPages: Story = { name: 'Few pages', args: { page: 2, total: 3 } };
export const ManyPages: Story = { name: 'Many pages', args: { page: 48, total: 120 } };
/** No `href-template`: buttons and `arki-page-change` events, for single-page apps. */
export const Events: Story = {
  name: 'Events (no links)',
  render: () => html`<div>
    <arki-pagination
      page="3"
      total="8"
      @arki-page-change=${(e: ArkiPageChangeEvent) => {
        (e.currentTarget as HTMLElement).nextElementSibling!.textContent = `Sivu ${e.page} valittu`;
      }}
    ></arki-pagination>
    <p></p>
  </div>`,
};
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  render: () => html`<div style="max-inline-size:320px"><arki-pagination page="5" total="10" href-template="?sivu={page}"></arki-pagination></div>`,
};
export const Swedish: Story = {
  render: () => html`<div lang="sv"><arki-pagination page="4" total="12" href-template="?sida={page}"></arki-pagination></div>`,
};
export const English: Story = {
  render: () => html`<div lang="en"><arki-pagination page="1" total="6" href-template="?page={page}"></arki-pagination></div>`,
};
