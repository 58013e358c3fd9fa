import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/tag/tag.js';
import { tagVariants } from '../src/components/tag/tag.js';

interface Args {
  variant: string;
  text: string;
  removable: boolean;
}

const meta: Meta<Args> = {
  title: 'Components/Tag',
  component: 'arki-tag',
  args: { variant: 'neutral', text: 'Varhaiskasvatus', removable: false },
  argTypes: { variant: { control: 'select', options: [...tagVariants] } },
  render: (a) => html`<arki-tag variant=${a.variant} ?removable=${a.removable}>${a.text}</arki-tag>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Neutral: Story = {};
export const Statuses: Story = {
  render: () => html`<p style="display:flex;gap:.5rem;flex-wrap:wrap">
    <arki-tag variant="info">Vastaanotettu</arki-tag>
    <arki-tag variant="warning">Täydennettävä</arki-tag>
    <arki-tag variant="success">Hyväksytty</arki-tag>
    <arki-tag variant="error">Hylätty</arki-tag>
    <arki-tag>Luonnos</arki-tag>
  </p>`,
};
/** Remove a filter: focus moves to the next one, and to the heading when none is left. */
export const RemovableFilters: Story = {
  name: 'Removable (filter list)',
  render: () => html`<div>
    <h2 id="story-filters" tabindex="-1" style="font-size:1rem">Valitut suodattimet</h2>
    <ul aria-labelledby="story-filters" style="display:flex;gap:.5rem;flex-wrap:wrap;list-style:none;padding:0">
      ${['Verkossa', 'Puhelimitse', 'Maksuton', 'Ruotsiksi'].map((t) => html`<li><arki-tag removable return-focus="story-filters" value=${t.toLowerCase()}>${t}</arki-tag></li>`)}
    </ul>
  </div>`,
};
export const AllVariantsRemovable: Story = {
  name: 'All variants, removable',
  render: () => html`<ul style="display:flex;gap:.5rem;flex-wrap:wrap;list-style:none;padding:0">
    ${tagVariants.map((v) => html`<li><arki-tag variant=${v} removable>${v}</arki-tag></li>`)}
  </ul>`,
};
export const Swedish: Story = {
  render: () => html`<ul lang="sv" style="display:flex;gap:.5rem;list-style:none;padding:0">
    <li><arki-tag removable>På nätet</arki-tag></li><li><arki-tag variant="success">Godkänd</arki-tag></li>
  </ul>`,
};
export const English: Story = {
  render: () => html`<ul lang="en" style="display:flex;gap:.5rem;list-style:none;padding:0">
    <li><arki-tag removable>Online</arki-tag></li><li><arki-tag variant="error">Rejected</arki-tag></li>
  </ul>`,
};
