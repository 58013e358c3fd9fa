import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render, type TemplateResult } from 'lit';
import '../src/components/service-card/service-card.js';
import '../src/components/service-channels/service-channels.js';
import '../src/components/opening-hours/opening-hours.js';
import '../src/components/contact-card/contact-card.js';
import type { Contact, OpeningHours, Service } from '../src/data/index.js';

/**
 * Sample data for the service stories, shaped like a municipal CMS or the national service
 * catalogue would deliver it. The clock is pinned so every story (and its axe run) is the
 * same every day: Tuesday 2 December 2025, 10.00 in Helsinki.
 */
export const sampleNow = new Date('2025-12-02T08:00:00Z');

export const sampleHours: OpeningHours = {
  weekly: [
    { days: [1, 2, 3, 4], ranges: [{ opens: '08:00', closes: '16:00' }] },
    { days: [5], ranges: [{ opens: '08:00', closes: '15:00' }] },
  ],
  exceptions: [
    { date: '2025-12-05', ranges: [{ opens: '08:00', closes: '12:00' }], note: { fi: 'Itsenäisyyspäivän aatto', sv: 'Dagen före självständighetsdagen', en: 'Day before Independence Day' } },
    { date: '2025-12-24', endDate: '2025-12-26', closed: true, note: { fi: 'Joulu', sv: 'Jul', en: 'Christmas' } },
  ],
  note: { fi: 'Ajanvarauksella myös muina aikoina.', sv: 'Med tidsbokning även andra tider.', en: 'Other times by appointment.' },
};

const phoneHours: OpeningHours = { weekly: [{ days: [1, 2, 3, 4, 5], ranges: [{ opens: '09:00', closes: '15:00' }] }] };

export const sampleService: Service = {
  id: 'rakennuslupa',
  name: { fi: 'Rakennuslupa', sv: 'Bygglov', en: 'Building permit' },
  summary: {
    fi: 'Tarvitset rakennusluvan, kun rakennat uuden rakennuksen tai laajennat vanhaa.',
    sv: 'Du behöver bygglov när du bygger en ny byggnad eller bygger ut en gammal.',
    en: 'You need a building permit to build a new building or extend an existing one.',
  },
  url: '#rakennuslupa',
  responsibleOrganization: { name: { fi: 'Arkikylän kaupunki', sv: 'Arkby stad', en: 'City of Arkikylä' }, unit: { fi: 'Rakennusvalvonta', sv: 'Byggnadstillsynen', en: 'Building control' } },
  requirements: { strongIdentification: true, fee: { kind: 'amount', amount: 45, currency: 'EUR' } },
  languages: ['fi', 'sv', 'en'],
  keywords: [{ fi: 'lupa', sv: 'tillstånd', en: 'permit' }, { fi: 'rakentaminen', sv: 'byggande', en: 'construction' }],
  channels: [
    { type: 'visit', name: { fi: 'Asiakaspalvelu', sv: 'Kundtjänst', en: 'Customer service' },
      address: { street: { fi: 'Torikatu 1', sv: 'Torggatan 1' }, postalCode: '00100', city: { fi: 'Arkikylä', sv: 'Arkby' } },
      mapUrl: 'https://kartta.example.fi/?osoite=Torikatu+1',
      accessibility: [{ fi: 'Esteetön sisäänkäynti pihan puolelta', sv: 'Tillgänglig ingång från gården', en: 'Step-free entrance from the yard' }, { fi: 'Induktiosilmukka palvelupisteessä', sv: 'Teleslinga vid servicepunkten', en: 'Hearing loop at the service desk' }],
      hours: sampleHours },
    { type: 'phone', name: { fi: 'Neuvonta', sv: 'Rådgivning', en: 'Advice' }, number: '09 123 4567', callPrice: 'local', hours: phoneHours },
    { type: 'online', name: 'Lupapiste', url: 'https://www.lupapiste.fi', requiresIdentification: true, languages: ['fi', 'sv'] },
    { type: 'chat', url: '#chat', hours: phoneHours },
    { type: 'mail', recipient: { fi: 'Rakennusvalvonta', sv: 'Byggnadstillsynen', en: 'Building control' }, address: { poBox: '100', postalCode: '00099', city: { fi: 'Arkikylän kaupunki', sv: 'Arkby stad' } } },
  ],
};

export const sampleContact: Contact = {
  kind: 'person',
  name: 'Maija Meikäläinen',
  role: { fi: 'Rakennustarkastaja', sv: 'Byggnadsinspektör', en: 'Building inspector' },
  organization: { fi: 'Rakennusvalvonta', sv: 'Byggnadstillsynen', en: 'Building control' },
  phone: '09 123 4580',
  email: 'maija.meikalainen@arkikyla.fi',
  address: { street: { fi: 'Torikatu 1', sv: 'Torggatan 1' }, postalCode: '00100', city: { fi: 'Arkikylä', sv: 'Arkby' } },
  hours: { weekly: [{ days: [1, 2, 3, 4], ranges: [{ opens: '09:00', closes: '11:00' }] }] },
};

export const sampleServices: Service[] = [
  sampleService,
  {
    name: { fi: 'Varhaiskasvatuspaikan hakeminen', sv: 'Ansökan om plats i småbarnspedagogik', en: 'Applying for early childhood education' },
    summary: { fi: 'Hae lapsellesi paikkaa päiväkodista tai perhepäivähoidosta.', sv: 'Ansök om plats för ditt barn i daghem eller familjedagvård.', en: 'Apply for a place for your child in a daycare centre or family daycare.' },
    url: '#varhaiskasvatus',
    keywords: [{ fi: 'päiväkoti', sv: 'daghem', en: 'daycare' }, { fi: 'päivähoito', sv: 'dagvård' }],
    requirements: { strongIdentification: true, fee: { kind: 'free' } },
    languages: ['fi', 'sv'],
    channels: [{ type: 'online', url: '#hae', requiresIdentification: true }, { type: 'phone', number: '09 123 4500' }],
  },
  {
    name: { fi: 'Kirjastokortti', sv: 'Bibliotekskort', en: 'Library card' },
    summary: { fi: 'Kirjastokortilla lainaat kirjoja, musiikkia ja elokuvia.', sv: 'Med bibliotekskortet lånar du böcker, musik och filmer.', en: 'With a library card you can borrow books, music and films.' },
    url: '#kirjasto',
    requirements: { fee: { kind: 'free' } },
    languages: ['fi', 'sv', 'en'],
    channels: [{ type: 'visit', address: { street: 'Kirjastokatu 2', postalCode: '00100', city: 'Arkikylä' } }],
  },
  {
    name: { fi: 'Jäteneuvonta', sv: 'Avfallsrådgivning', en: 'Waste advice' },
    summary: { fi: 'Neuvoa jätteiden lajitteluun ja kierrätykseen.', sv: 'Råd om sortering och återvinning av avfall.', en: 'Advice on sorting and recycling waste.' },
    url: '#jateneuvonta',
    channels: [{ type: 'phone', number: '09 123 4599', callPrice: 'free' }, { type: 'chat', url: '#chat' }],
  },
];

/** Everything the page itself says (the components bring their own strings). */
const copy = {
  fi: { title: 'Rakennusvalvonnan palvelut', lead: 'Rakennusvalvonta neuvoo rakentamisessa ja myöntää luvat.', channels: 'Näin asioit', hours: 'Asiakaspalvelun aukioloajat', contact: 'Yhteyshenkilö',
    help: 'Tarvitsetko apua?', helpText: 'Saat neuvoja asiointiin ja lomakkeiden täyttämiseen.', helpLinks: ['Usein kysyttyä rakennusluvista', 'Digituki: apua sähköiseen asiointiin', 'Anna palautetta'] },
  sv: { title: 'Byggnadstillsynens tjänster', lead: 'Byggnadstillsynen ger råd om byggande och beviljar tillstånd.', channels: 'Så här uträttar du ärendet', hours: 'Kundtjänstens öppettider', contact: 'Kontaktperson',
    help: 'Behöver du hjälp?', helpText: 'Du får råd om e-tjänsterna och om att fylla i blanketter.', helpLinks: ['Vanliga frågor om bygglov', 'Digistöd: hjälp med e-tjänster', 'Ge respons'] },
  en: { title: 'Building control services', lead: 'Building control gives advice on construction and grants permits.', channels: 'How to use the service', hours: 'Customer service opening hours', contact: 'Contact person',
    help: 'Need help?', helpText: 'Get advice on using the online services and filling in forms.', helpLinks: ['Frequently asked questions about building permits', 'Digital support: help with online services', 'Give feedback'] },
};

const pageStyles = html`<style>
  .arki-example-page { display: grid; gap: var(--arki-space-l); max-inline-size: 72rem; margin-inline: auto; color: var(--arki-color-text); font-family: var(--arki-font-family-base); overflow-wrap: anywhere; }
  .arki-example-page h1, .arki-example-page h2 { margin: 0; font-family: var(--arki-font-family-heading); line-height: var(--arki-line-height-tight); }
  .arki-example-page h1 { font-size: var(--arki-font-size-3xl); }
  .arki-example-page h2 { font-size: var(--arki-font-size-2xl); margin-block-end: var(--arki-space-s); }
  .arki-example-page p { margin: 0; }
  .arki-example-columns { display: grid; gap: var(--arki-space-l); grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); align-items: start; }
  .arki-example-help { padding: var(--arki-space-m); border: var(--arki-border-width-thin) solid var(--arki-color-border); border-radius: var(--arki-radius-m); background: var(--arki-color-surface-sunken); }
  .arki-example-help ul { margin: var(--arki-space-s) 0 0; padding-inline-start: var(--arki-space-l); }
  .arki-example-help li { margin-block: var(--arki-space-2xs); }
  .arki-example-help a { display: inline-block; padding-block: 0.25em; color: var(--arki-color-text-link); }
</style>`;

/** The service page in one language; `lang` on the wrapper sets the components' language too. */
let pages = 0;

export function renderServicePage(locale: 'fi' | 'sv' | 'en' = 'fi', now: Date = sampleNow): TemplateResult {
  const c = copy[locale];
  const n = ++pages; // unique ids when a docs page shows several stories
  const id = (name: string): string => `example-${name}-${n}`;
  return html`${pageStyles}<div class="arki-example-page" lang=${locale}>
    <header>
      <h1>${c.title}</h1>
      <p>${c.lead}</p>
    </header>
    <arki-service-card .service=${sampleService}></arki-service-card>
    <section aria-labelledby=${id('channels')}>
      <h2 id=${id('channels')}>${c.channels}</h2>
      <arki-service-channels .channels=${sampleService.channels} .now=${now}></arki-service-channels>
    </section>
    <div class="arki-example-columns">
      <section aria-labelledby=${id('hours')}>
        <h2 id=${id('hours')}>${c.hours}</h2>
        <arki-opening-hours .hours=${sampleHours} .now=${now}></arki-opening-hours>
      </section>
      <section aria-labelledby=${id('contact')}>
        <h2 id=${id('contact')}>${c.contact}</h2>
        <arki-contact-card .contact=${sampleContact} .now=${now}></arki-contact-card>
      </section>
    </div>
    <section class="arki-example-help" aria-labelledby=${id('help')}>
      <h2 id=${id('help')}>${c.help}</h2>
      <p>${c.helpText}</p>
      <ul>${c.helpLinks.map((label, i) => html`<li><a href=${`#ohje-${i + 1}`}>${label}</a></li>`)}</ul>
    </section>
  </div>`;
}

/** Every Arki element under `root`, inside shadow roots too. */
function arkiElements(root: ParentNode): Array<Element & { updateComplete?: Promise<unknown> }> {
  const out: Array<Element & { updateComplete?: Promise<unknown> }> = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.localName.startsWith('arki-')) out.push(el);
    if (el.shadowRoot) out.push(...arkiElements(el.shadowRoot));
  }
  return out;
}

/**
 * Renders the page into `container` and waits until every nested component has rendered
 * (cards render channels, channels render hours...). Used by the 320 px reflow test.
 */
export async function mountServicePage(container: HTMLElement, locale: 'fi' | 'sv' | 'en', now: Date = sampleNow): Promise<void> {
  render(renderServicePage(locale, now), container);
  for (let wave = 0; wave < 4; wave++) await Promise.all(arkiElements(container).map((el) => el.updateComplete));
}

const meta: Meta = {
  title: 'Patterns/Service page',
  excludeStories: ['sampleNow', 'sampleHours', 'sampleService', 'sampleContact', 'sampleServices', 'renderServicePage', 'mountServicePage'],
  render: () => renderServicePage('fi'),
};
export default meta;
type Story = StoryObj;

/** A service card, its channels, opening hours, a contact card and a help block, composed. */
export const Finnish: Story = {};
export const Swedish: Story = { render: () => renderServicePage('sv') };
export const English: Story = { render: () => renderServicePage('en') };
/** Nothing scrolls sideways at 320 px (WCAG 1.4.10 Reflow). */
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  render: () => html`<div style="inline-size:320px;max-inline-size:100%">${renderServicePage('fi')}</div>`,
};
