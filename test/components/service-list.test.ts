import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/service-list/service-list.js';
import type { ArkiServiceList } from '../../src/components/service-list/service-list.js';
import { normalizeText } from '../../src/components/service-list/service-filter.js';
import type { ArkiServiceCard } from '../../src/components/service-card/service-card.js';
import { announce, lastAnnouncement } from '../../src/controllers/announcer.js';
import type { Service } from '../../src/data/index.js';
import { expectAccessible } from '../helpers/a11y.js';
import { announced } from '../helpers/announcements.js';

const services: Service[] = [
  {
    name: { fi: 'Päivähoitopaikan haku', sv: 'Ansökan om dagvårdsplats', en: 'Applying for a daycare place' },
    summary: { fi: 'Hae lapsellesi paikkaa varhaiskasvatuksesta.' },
    keywords: [{ fi: 'varhaiskasvatus' }, { fi: 'päiväkoti' }],
    channels: [{ type: 'online', url: '/paivahoito' }, { type: 'phone', number: '09 310 44444' }],
    url: '/paivahoito',
  },
  {
    name: { fi: 'Rakennuslupa', sv: 'Bygglov', en: 'Building permit' },
    summary: { fi: 'Uuden rakennuksen rakentamiseen tarvitaan lupa.' },
    keywords: [{ fi: 'lupa' }],
    channels: [{ type: 'online', url: '/lupapiste' }, { type: 'visit', address: { street: 'Työpajankatu 8', postalCode: '00580', city: 'Helsinki' } }],
    url: '/rakennuslupa',
  },
  {
    name: { fi: 'Kirjastokortti', sv: 'Bibliotekskort', en: 'Library card' },
    summary: { fi: 'Kirjastokortilla lainaat kirjoja.' },
    channels: [{ type: 'visit', address: { street: 'Töölönlahdenkatu 4', postalCode: '00100', city: 'Helsinki' } }],
    url: '/kirjasto',
  },
  {
    name: { fi: 'Jäteneuvonta', sv: 'Avfallsrådgivning', en: 'Waste advice' },
    summary: { fi: 'Neuvoa jätteiden lajitteluun.' },
    channels: [{ type: 'phone', number: '09 1234 5678' }, { type: 'chat', url: 'https://chat.example.fi' }],
    url: '/jateneuvonta',
  },
];

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const names = (el: ArkiServiceList) =>
  [...shadow(el).querySelectorAll<ArkiServiceCard>('arki-service-card')].map((c) => text(shadow(c).querySelector('[part="heading"]')));
const search = (el: ArkiServiceList) => shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
const box = (el: ArkiServiceList, type: string) => shadow(el).querySelector<HTMLInputElement>(`input[type="checkbox"][value="${type}"]`)!;

async function typeInto(el: ArkiServiceList, value: string): Promise<void> {
  const input = search(el);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function cards(el: ArkiServiceList): Promise<void> {
  await el.updateComplete;
  await Promise.all([...shadow(el).querySelectorAll<ArkiServiceCard>('arki-service-card')].map((c) => c.updateComplete));
}

describe('arki-service-list', () => {
  it('lists every service as a clickable card, with the count', async () => {
    const el = await fixture<ArkiServiceList>(html`<arki-service-list .services=${services}></arki-service-list>`);
    await cards(el);
    expect(names(el)).to.deep.equal(['Päivähoitopaikan haku', 'Rakennuslupa', 'Kirjastokortti', 'Jäteneuvonta']);
    expect(text(shadow(el).querySelector('[part="count"]'))).to.equal('4 palvelua');
    expect(shadow(el).querySelector('arki-service-card')!.clickable).to.equal(true);
    expect(shadow(el).querySelector('[part="results"]')!.getAttribute('aria-label')).to.equal('Palvelut');
  });

  it('the search field and channel checkboxes are labelled; only channels that occur are offered', async () => {
    const el = await fixture<ArkiServiceList>(html`<arki-service-list lang="sv" .services=${services}></arki-service-list>`);
    const input = search(el);
    expect(text(shadow(el).querySelector(`label[for="${input.id}"]`))).to.equal('Sök bland tjänsterna');
    expect(text(shadow(el).getElementById(input.getAttribute('aria-describedby')!))).to.equal('Till exempel tjänstens namn eller ämne');
    const labels = [...shadow(el).querySelectorAll('fieldset label')].map(text);
    expect(labels).to.deep.equal(['Kan skötas på nätet', 'Kan skötas per telefon', 'Kan skötas i chatten', 'Kan skötas på plats']);
    expect(text(shadow(el).querySelector('legend'))).to.equal('Sätt att uträtta ärendet');
    expect(shadow(el).querySelector('form')!.getAttribute('role')).to.equal('search');
  });

  describe('text filter', () => {
    it('is case-insensitive, with ä and ö', async () => {
      const el = await fixture<ArkiServiceList>(html`<arki-service-list .services=${services}></arki-service-list>`);
      await typeInto(el, 'PÄIVÄHOITO');
      expect(names(el)).to.deep.equal(['Päivähoitopaikan haku']);
      await typeInto(el, 'TÖÖLÖN');
      expect(names(el)).to.deep.equal([]);
      await typeInto(el, 'jäte');
      expect(names(el)).to.deep.equal(['Jäteneuvonta']);
      expect(text(shadow(el).querySelector('[part="count"]'))).to.equal('1 palvelu');
    });

    it('does not treat ä as a (different letters in Finnish), and matches decomposed input', async () => {
      const el = await fixture<ArkiServiceList>(html`<arki-service-list .services=${services}></arki-service-list>`);
      await typeInto(el, 'jate');
      expect(names(el)).to.deep.equal([]);
      await typeInto(el, 'ja\u0308te'); // "jäte" typed with a combining diaeresis
      expect(names(el)).to.deep.equal(['Jäteneuvonta']);
      expect(normalizeText('  ÄÖÅ  ja\u0308  ')).to.equal('äöå jä');
    });

    it('matches keywords, summaries and other languages; every word must match', async () => {
      const el = await fixture<ArkiServiceList>(html`<arki-service-list .services=${services}></arki-service-list>`);
      await typeInto(el, 'päiväkoti');
      expect(names(el)).to.deep.equal(['Päivähoitopaikan haku']);
      await typeInto(el, 'lupa');
      expect(names(el)).to.deep.equal(['Rakennuslupa']);
      await typeInto(el, 'bibliotek');
      expect(names(el)).to.deep.equal(['Kirjastokortti']);
      await typeInto(el, 'kirjasto lainaat');
      expect(names(el)).to.deep.equal(['Kirjastokortti']);
      await typeInto(el, 'kirjasto rakennus');
      expect(names(el)).to.deep.equal([]);
    });
  });

  it('channel filters: any of the chosen channels, combined with the text', async () => {
    const el = await fixture<ArkiServiceList>(html`<arki-service-list .services=${services}></arki-service-list>`);
    box(el, 'online').click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Päivähoitopaikan haku', 'Rakennuslupa']);
    expect(text(shadow(el).querySelector(`label[for="${box(el, 'online').id}"]`))).to.equal('Voi hoitaa verkossa');
    box(el, 'chat').click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Päivähoitopaikan haku', 'Rakennuslupa', 'Jäteneuvonta']);
    await typeInto(el, 'neuvonta');
    expect(names(el)).to.deep.equal(['Jäteneuvonta']);
    expect(el.channels).to.deep.equal(['online', 'chat']);
  });

  it('announces the count politely, once, after the user pauses', async () => {
    const el = await fixture<ArkiServiceList>(html`<arki-service-list .services=${services}></arki-service-list>`);
    announce('—');
    await wait(150);
    await typeInto(el, 'k');
    await typeInto(el, 'ki');
    await typeInto(el, 'kir');
    await wait(300);
    expect(lastAnnouncement(), 'not while typing').to.equal('—');
    await announced('1 palvelu');
    expect(document.querySelector('[data-arki-announcer="polite"]')!.getAttribute('aria-live')).to.equal('polite');
  });

  it('no results: a clear message, and a button that clears the filters and returns to the search field', async () => {
    const el = await fixture<ArkiServiceList>(html`<arki-service-list .services=${services}></arki-service-list>`);
    box(el, 'visit').click();
    await typeInto(el, 'koira');
    const none = shadow(el).querySelector('[part="no-results"]')!;
    expect(text(none)).to.contain('Hakuehdoilla ei löytynyt palveluita.');
    expect(text(shadow(el).querySelector('[part="count"]'))).to.equal('0 palvelua');
    expect(shadow(el).querySelector('[part="results"]')).to.equal(null);
    await announced('Hakuehdoilla ei löytynyt palveluita.');
    none.querySelector<HTMLButtonElement>('button')!.click();
    await cards(el);
    expect(names(el).length).to.equal(4);
    expect(search(el).value).to.equal('');
    expect(box(el, 'visit').checked).to.equal(false);
    expect(shadow(el).activeElement).to.equal(search(el));
  });

  it('keyboard: type in the search, Space toggles a checkbox, Enter announces without submitting', async () => {
    const el = await fixture<ArkiServiceList>(html`<arki-service-list lang="en" .services=${services}></arki-service-list>`);
    const before = location.href;
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(search(el));
    await sendKeys({ type: 'neuvo' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Waste advice']);
    announce('—');
    await wait(150);
    await sendKeys({ press: 'Enter' });
    await wait(150);
    await announced('1 service');
    expect(location.href).to.equal(before);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(box(el, 'online'));
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(box(el, 'online').checked).to.equal(true);
    expect(text(shadow(el).querySelector('[part="no-results"] p'))).to.equal('No services match your search.');
  });

  describe('sync-url', () => {
    let original = '';
    beforeEach(() => {
      original = location.href;
    });
    afterEach(() => history.replaceState(history.state, '', original));

    it('writes the filter to the query with replaceState, keeping other parameters and the hash', async () => {
      history.replaceState(history.state, '', `${location.pathname}?sivu=2&q=old#tulokset`);
      const length = history.length;
      const el = await fixture<ArkiServiceList>(html`<arki-service-list sync-url .services=${services}></arki-service-list>`);
      expect(search(el).value, 'restored').to.equal('old');
      await typeInto(el, 'lupa');
      box(el, 'online').click();
      box(el, 'visit').click();
      await wait(450);
      const params = new URLSearchParams(location.search);
      expect(params.get('sivu')).to.equal('2');
      expect(params.get('q')).to.equal('lupa');
      expect(params.getAll('channel')).to.deep.equal(['online', 'visit']);
      expect(location.hash).to.equal('#tulokset');
      expect(history.length, 'no new history entries').to.equal(length);
      await typeInto(el, '');
      box(el, 'online').click();
      box(el, 'visit').click();
      await wait(450);
      expect(location.search).to.equal('?sivu=2');
    });

    it('restores the filter from the URL on load; unknown channel values are ignored', async () => {
      history.replaceState(history.state, '', `${location.pathname}?q=kirjasto&channel=visit&channel=fax&x=1`);
      const el = await fixture<ArkiServiceList>(html`<arki-service-list sync-url .services=${services}></arki-service-list>`);
      await cards(el);
      expect(search(el).value).to.equal('kirjasto');
      expect(box(el, 'visit').checked).to.equal(true);
      expect(el.channels).to.deep.equal(['visit']);
      expect(names(el)).to.deep.equal(['Kirjastokortti']);
    });

    it('custom parameter names; without sync-url the URL is left alone', async () => {
      history.replaceState(history.state, '', `${location.pathname}?haku=jäte`);
      const el = await fixture<ArkiServiceList>(html`<arki-service-list sync-url query-param="haku" channel-param="tapa" .services=${services}></arki-service-list>`);
      expect(names(el)).to.deep.equal(['Jäteneuvonta']);
      box(el, 'chat').click();
      await wait(450);
      expect(new URLSearchParams(location.search).get('tapa')).to.equal('chat');
      const plain = await fixture<ArkiServiceList>(html`<arki-service-list .services=${services}></arki-service-list>`);
      const before = location.search;
      await typeInto(plain, 'lupa');
      await wait(450);
      expect(location.search).to.equal(before);
      expect(search(plain).value).to.equal('lupa');
    });
  });

  it('bad data: unusable services are left out with one warning', async () => {
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(String(m));
    try {
      const el = await fixture<ArkiServiceList>(html`<arki-service-list .services=${[services[2], { summary: 'no name' }, 'nonsense'] as unknown as Service[]}></arki-service-list>`);
      expect(names(el)).to.deep.equal(['Kirjastokortti']);
      const w = warnings.find((m) => m.includes('<arki-service-list>'))!;
      expect(w).to.contain('services[1]: a service needs a name');
      expect(w).to.contain('services[2]: expected a service object');
    } finally {
      console.warn = orig;
    }
  });

  for (const [lang, query, state] of [['fi', '', 'all'], ['fi', 'lupa', 'filtered'], ['fi', 'koira', 'no results'], ['sv', '', 'sv'], ['en', '', 'en']] as const) {
    it(`is accessible: ${state}`, async () => {
      const el = await fixture<ArkiServiceList>(html`<arki-service-list lang=${lang} .services=${services} .query=${query}></arki-service-list>`);
      await cards(el);
      await expectAccessible(el);
    });
  }
});
