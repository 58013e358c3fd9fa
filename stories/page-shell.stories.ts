import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/components/skip-link/skip-link.js';
import '../src/components/header/header.js';
import '../src/components/language-switcher/language-switcher.js';
import '../src/components/breadcrumb/breadcrumb.js';
import '../src/components/alert/alert.js';
import '../src/components/accordion/accordion.js';
import '../src/components/accordion-item/accordion-item.js';
import '../src/components/details/details.js';
import '../src/components/link/link.js';
import '../src/components/footer/footer.js';
import '../src/components/button/button.js';

/** Everything a page says, per language. */
interface Copy {
  service: string;
  nav: Array<[string, string]>;
  search: [string, string];
  crumbs: string[];
  title: string;
  alertHeading: string;
  alert: string;
  lead: string;
  sections: Array<[string, string]>;
  detailsSummary: string;
  details: string;
  download: string;
  groups: Array<[string, string[]]>;
  contact: string;
  legal: string;
}

const copy: Record<'fi' | 'sv' | 'en', Copy> = {
  fi: {
    service: 'Varhaiskasvatuksen asiointi',
    nav: [['Asuminen', '#asuminen'], ['Kasvatus ja koulutus', '#kasvatus'], ['Terveys ja hyvinvointi', '#terveys'], ['Kulttuuri ja vapaa-aika', '#kulttuuri']],
    search: ['Hae sivustolta', 'Hae'],
    crumbs: ['Etusivu', 'Kasvatus ja koulutus', 'Varhaiskasvatus', 'Hakeminen', 'Varhaiskasvatuspaikan hakeminen'],
    title: 'Varhaiskasvatuspaikan hakeminen',
    alertHeading: 'Huoltokatko',
    alert: 'Sähköinen asiointi on poissa käytöstä 12.12. klo 18–20.',
    lead: 'Hae paikkaa viimeistään neljä kuukautta ennen kuin tarvitset sen. Jos tarvitset paikan työn tai opiskelun vuoksi nopeammin, hae viimeistään kaksi viikkoa ennen.',
    sections: [['Kuka voi hakea', 'Paikkaa voi hakea huoltaja, jonka lapsen kotikunta on Arkikylä.'], ['Asiakasmaksut', 'Maksu määräytyy perheen koon, tulojen ja hoitoajan mukaan.']],
    detailsSummary: 'En pysty käyttämään sähköistä asiointia',
    details: 'Voit hakea myös paperisella lomakkeella tai soittaa palveluohjaukseen, puhelin 09 123 4567.',
    download: 'Hakemuslomake',
    groups: [['Asiointi', ['Sähköinen asiointi', 'Lomakkeet']], ['Tietoa kaupungista', ['Päätöksenteko', 'Avoimet työpaikat']]],
    contact: 'Kaupungintalo, Torikatu 1, 00100 Arkikylä',
    legal: '© Arkikylän kaupunki',
  },
  sv: {
    service: 'E-tjänster för småbarnspedagogik',
    nav: [['Boende', '#boende'], ['Fostran och utbildning', '#fostran'], ['Hälsa och välfärd', '#halsa'], ['Kultur och fritid', '#kultur']],
    search: ['Sök på webbplatsen', 'Sök'],
    crumbs: ['Startsida', 'Fostran och utbildning', 'Småbarnspedagogik', 'Ansökan', 'Ansökan om plats i småbarnspedagogik'],
    title: 'Ansökan om plats i småbarnspedagogik',
    alertHeading: 'Serviceavbrott',
    alert: 'E-tjänsten är ur bruk 12.12 kl. 18–20.',
    lead: 'Ansök om plats senast fyra månader innan du behöver den.',
    sections: [['Vem kan ansöka', 'Vårdnadshavare vars barn har Arkikylä som hemkommun.'], ['Avgifter', 'Avgiften beror på familjens storlek och inkomster.']],
    detailsSummary: 'Jag kan inte använda e-tjänsten',
    details: 'Du kan också ansöka med en pappersblankett eller ringa servicehandledningen, tfn 09 123 4567.',
    download: 'Ansökningsblankett',
    groups: [['E-tjänster', ['E-tjänster', 'Blanketter']], ['Om staden', ['Beslutsfattande', 'Lediga jobb']]],
    contact: 'Stadshuset, Torggatan 1, 00100 Arkikylä',
    legal: '© Arkikylä stad',
  },
  en: {
    service: 'Early childhood education services',
    nav: [['Housing', '#housing'], ['Education', '#education'], ['Health and wellbeing', '#health'], ['Culture and leisure', '#culture']],
    search: ['Search the site', 'Search'],
    crumbs: ['Home', 'Education', 'Early childhood education', 'Applying', 'Applying for a place in early childhood education'],
    title: 'Applying for a place in early childhood education',
    alertHeading: 'Service break',
    alert: 'The e-service is unavailable on 12 December from 6 to 8 pm.',
    lead: 'Apply at least four months before you need the place.',
    sections: [['Who can apply', 'A guardian whose child lives in Arkikylä.'], ['Fees', 'The fee depends on the size and income of the family.']],
    detailsSummary: 'I cannot use the e-service',
    details: 'You can also apply on a paper form or call service guidance on 09 123 4567.',
    download: 'Application form',
    groups: [['Services', ['E-services', 'Forms']], ['About the city', ['Decision-making', 'Jobs']]],
    contact: 'City Hall, 1 Market Street, 00100 Arkikylä',
    legal: '© City of Arkikylä',
  },
};

const slug = (s: string) => `#${s.toLowerCase().replace(/[^a-zåäö0-9]+/g, '-')}`;

/** The page shell: skip link, header (navigation, language switcher, search), breadcrumb, main with an alert, footer. */
export function pageShell(lang: 'fi' | 'sv' | 'en', sticky = false): TemplateResult {
  const c = copy[lang];
  const languages = [
    { code: 'fi', name: 'Suomi', href: '#fi' },
    { code: 'sv', name: 'Svenska', href: '#sv' },
    { code: 'en', name: 'English', href: '#en' },
  ];
  return html`<div lang=${lang} class="page-shell">
    <arki-skip-link></arki-skip-link>
    <arki-header service-name=${c.service} ?sticky=${sticky} .navigation=${c.nav.map(([label, href], i) => ({ label, href, current: i === 1 }))}>
      <a slot="logo" href=${slug(c.crumbs[0]!)} style="display:inline-flex;align-items:center;gap:.5rem;color:inherit;font-weight:700;text-decoration:none">
        <svg aria-hidden="true" width="28" height="32" viewBox="0 0 32 36"><path d="M2 2h28v16c0 9-7 14-14 16C9 32 2 27 2 18Z" fill="currentColor" /></svg>Arkikylä
      </a>
      <arki-language-switcher slot="language" .languages=${languages}></arki-language-switcher>
      <form slot="search" role="search" style="display:flex;gap:.25rem;max-inline-size:100%" @submit=${(e: Event) => e.preventDefault()}>
        <input type="search" aria-label=${c.search[0]} style="min-block-size:2.75rem;min-inline-size:0;inline-size:12rem;font:inherit;padding-inline:.5rem" />
        <arki-button type="submit" variant="secondary">${c.search[1]}</arki-button>
      </form>
    </arki-header>
    <div style="max-inline-size:80rem;margin-inline:auto;padding:var(--arki-space-m)">
      <arki-breadcrumb .items=${c.crumbs.map((label, i, all) => (i < all.length - 1 ? { label, href: slug(label) } : { label }))}></arki-breadcrumb>
      <main id="main" style="max-inline-size:48rem;overflow-wrap:anywhere">
        <h1 style="font-size:var(--arki-font-size-2xl);line-height:var(--arki-line-height-tight)">${c.title}</h1>
        <arki-alert variant="warning" heading=${c.alertHeading} live="off">${c.alert}</arki-alert>
        <p>${c.lead}</p>
        <p><arki-link href="#lomake.pdf" download file-type="PDF" file-size="184000">${c.download}</arki-link></p>
        <arki-accordion>
          ${c.sections.map(([heading, text]) => html`<arki-accordion-item heading=${heading}><p>${text}</p></arki-accordion-item>`)}
        </arki-accordion>
        <arki-details summary=${c.detailsSummary}><p>${c.details}</p></arki-details>
      </main>
    </div>
    <arki-footer accessibility-href="#saavutettavuusseloste" .groups=${c.groups.map(([heading, labels]) => ({ heading, links: labels.map((label) => ({ label, href: slug(label) })) }))}>
      <strong slot="logo">Arkikylä</strong>
      <address slot="contact">${c.contact}</address>
      <span slot="legal">${c.legal}</span>
    </arki-footer>
  </div>`;
}

const meta: Meta = {
  title: 'Patterns/Page shell',
  excludeStories: ['pageShell'],
  parameters: { layout: 'fullscreen' },
  render: () => pageShell('fi'),
};
export default meta;
type Story = StoryObj;

/** At 1280 px: the full header. Press Tab first: the skip link appears. */
export const Default: Story = {};
/** The header folds its navigation behind "Valikko"; the breadcrumb shortens; nothing scrolls sideways. */
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  render: () => html`<div style="inline-size:320px;max-inline-size:100%;outline:1px dashed">${pageShell('fi')}</div>`,
};
export const StickyHeader: Story = { name: 'Sticky header', render: () => pageShell('fi', true) };
export const Swedish: Story = { render: () => pageShell('sv') };
export const English: Story = { render: () => pageShell('en') };
