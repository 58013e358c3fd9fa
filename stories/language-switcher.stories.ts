import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/language-switcher/language-switcher.js';
import type { ArkiLanguageChangeEvent, LanguageOption } from '../src/components/language-switcher/language-switcher.js';

interface Args {
  languages: LanguageOption[];
  current: string;
}

const links: LanguageOption[] = [
  { code: 'fi', name: 'Suomi', href: '#fi' },
  { code: 'sv', name: 'Svenska', href: '#sv' },
  { code: 'en', name: 'English', href: '#en' },
];

const meta: Meta<Args> = {
  title: 'Components/Language switcher',
  component: 'arki-language-switcher',
  args: { languages: links, current: '' },
  render: (a) => html`<arki-language-switcher .languages=${a.languages} current=${a.current}></arki-language-switcher>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Plain links; the current language (from the nearest `lang`) is marked. */
export const Links: Story = {};
/** No hrefs: choosing fires `arki-language-change` for a single-page app. */
export const SinglePageApp: Story = {
  name: 'Single-page app (event)',
  render: () => html`<arki-language-switcher
      @arki-language-change=${(e: ArkiLanguageChangeEvent) => {
        (e.currentTarget as HTMLElement).nextElementSibling!.textContent = `arki-language-change: ${e.code}`;
      }}
    ></arki-language-switcher>
    <p>Valitse kieli.</p>`,
};
export const MoreLanguages: Story = {
  name: 'More languages',
  args: {
    languages: [
      ...links,
      { code: 'se', name: 'Davvisámegiella', href: '#se' },
      { code: 'ru', name: 'Русский', href: '#ru' },
      { code: 'et', name: 'Eesti', href: '#et' },
    ],
  },
};
/** Svenska has no translation of this page: choosing it explains that, in Swedish, and links to the Swedish front page. */
export const NotTranslated: Story = {
  name: 'Page not translated into a language',
  args: { languages: [links[0]!, { code: 'sv', name: 'Svenska', available: false, fallbackHref: '#sv-etusivu' }, links[2]!] },
};
export const Swedish: Story = { render: () => html`<div lang="sv"><arki-language-switcher .languages=${links}></arki-language-switcher></div>` };
export const English: Story = { render: () => html`<div lang="en"><arki-language-switcher .languages=${links}></arki-language-switcher></div>` };
