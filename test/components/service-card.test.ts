import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/service-card/service-card.js';
import type { ArkiServiceCard } from '../../src/components/service-card/service-card.js';
import type { Service } from '../../src/data/index.js';
import { expectAccessible } from '../helpers/a11y.js';

const permit: Service = {
  id: 'rakennuslupa',
  name: { fi: 'Rakennuslupa', sv: 'Bygglov', en: 'Building permit' },
  summary: { fi: 'Tarvitset rakennusluvan uuden talon rakentamiseen.', sv: 'Du behöver bygglov för att bygga ett nytt hus.', en: 'You need a building permit to build a new house.' },
  url: '#rakennuslupa',
  responsibleOrganization: { name: { fi: 'Helsingin kaupunki', sv: 'Helsingfors stad' }, unit: { fi: 'Rakennusvalvonta', sv: 'Byggnadstillsynen' } },
  channels: [
    { type: 'visit', address: { street: 'Työpajankatu 8', postalCode: '00580', city: 'Helsinki' } },
    { type: 'phone', number: '09 310 2611' },
    { type: 'online', name: 'Lupapiste', url: '#lupapiste', requiresIdentification: true },
    { type: 'phone', number: '09 310 1691' },
  ],
  requirements: { strongIdentification: true, fee: { kind: 'amount', amount: 45, currency: 'EUR' } },
  languages: ['fi', 'sv', 'en'],
};

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function captureWarnings(): { warnings: string[]; restore: () => void } {
  const warnings: string[] = [];
  const orig = console.warn;
  console.warn = (m: string) => warnings.push(String(m));
  return { warnings, restore: () => (console.warn = orig) };
}

const center = (el: Element): [number, number] => {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};

describe('arki-service-card', () => {
  afterEach(() => resetMouse());

  it('renders the name as a heading link, the summary and the responsible unit', async () => {
    const el = await fixture<ArkiServiceCard>(html`<arki-service-card .service=${permit}></arki-service-card>`);
    const h = shadow(el).querySelector('[part="heading"]')!;
    expect(h.localName).to.equal('h2');
    expect(h.querySelector('a')!.getAttribute('href')).to.equal('#rakennuslupa');
    expect(text(h)).to.equal('Rakennuslupa');
    expect(text(shadow(el).querySelector('.summary'))).to.equal('Tarvitset rakennusluvan uuden talon rakentamiseen.');
    expect(text(shadow(el).querySelector('.unit'))).to.equal('Vastuuyksikkö: Rakennusvalvonta, Helsingin kaupunki');
    const article = shadow(el).querySelector('article')!;
    expect(shadow(el).getElementById(article.getAttribute('aria-labelledby')!)).to.equal(h);
  });

  it('channel summary: each type once, in the documented order, icon and text', async () => {
    const el = await fixture<ArkiServiceCard>(html`<arki-service-card .service=${permit}></arki-service-card>`);
    const items = [...shadow(el).querySelectorAll('[part="channels"] li')];
    expect(items.map(text)).to.deep.equal(['Verkossa', 'Puhelimitse', 'Paikan päällä']);
    expect(items.map((li) => li.querySelector('arki-icon')!.getAttribute('name'))).to.deep.equal(['online', 'phone', 'location']);
    expect(shadow(el).querySelector('[part="channels"]')!.getAttribute('aria-label')).to.equal('Asiointitavat');
  });

  it('badges: identification, fee and languages, in fi, sv and en', async () => {
    const expected = {
      fi: ['Vaatii vahvan tunnistautumisen', 'Maksullinen 45 €', 'Palvelukielet: suomi, ruotsi ja englanti'],
      sv: ['Kräver stark autentisering', 'Avgiftsbelagd 45 €', 'Tjänstespråk: finska, svenska och engelska'],
      en: ['Requires strong electronic identification', 'Fee €45', 'Languages: Finnish, Swedish, and English'],
    };
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const el = await fixture<ArkiServiceCard>(html`<arki-service-card lang=${lang} .service=${permit}></arki-service-card>`);
      expect([...shadow(el).querySelectorAll('[part="badges"] li')].map(text), lang).to.deep.equal(expected[lang]);
    }
    const free = await fixture<ArkiServiceCard>(html`<arki-service-card .service=${{ ...permit, requirements: { fee: { kind: 'free' } }, languages: [] }}></arki-service-card>`);
    // Identification still shows: the online channel needs it.
    expect([...shadow(free).querySelectorAll('[part="badges"] li')].map(text)).to.deep.equal(['Vaatii vahvan tunnistautumisen', 'Maksuton']);
  });

  it('one primary action to the first online channel, its name telling which service', async () => {
    const el = await fixture<ArkiServiceCard>(html`<arki-service-card lang="sv" .service=${permit}></arki-service-card>`);
    const actions = shadow(el).querySelectorAll('[part="action"]');
    expect(actions.length).to.equal(1);
    expect(actions[0]!.getAttribute('href')).to.equal('#lupapiste');
    const name = actions[0]!.getAttribute('aria-labelledby')!.split(' ').map((id) => text(shadow(el).getElementById(id))).join(' ');
    expect(name).to.equal('Uträtta ärendet på nätet Bygglov');
    const none = await fixture<ArkiServiceCard>(html`<arki-service-card .service=${{ ...permit, channels: [] }}></arki-service-card>`);
    expect(shadow(none).querySelector('[part="action"]')).to.equal(null);
    expect(shadow(none).querySelector('.actions')!.hasAttribute('hidden')).to.equal(true);
  });

  it('heading-level is configurable 2–6; a bad value falls back to 2 with a warning', async () => {
    const el = await fixture<ArkiServiceCard>(html`<arki-service-card heading-level="3" .service=${permit}></arki-service-card>`);
    expect(shadow(el).querySelector('[part="heading"]')!.localName).to.equal('h3');
    const cap = captureWarnings();
    try {
      const bad = await fixture<ArkiServiceCard>(html`<arki-service-card heading-level="1" .service=${permit}></arki-service-card>`);
      expect(shadow(bad).querySelector('[part="heading"]')!.localName).to.equal('h2');
      expect(cap.warnings.some((w) => w.includes('heading-level="1"'))).to.equal(true);
    } finally {
      cap.restore();
    }
  });

  describe('clickable card (pseudo-element pattern)', () => {
    it('a click anywhere on the card follows the heading link; the primary action keeps its own target', async () => {
      const el = await fixture<ArkiServiceCard>(html`<arki-service-card clickable style="inline-size: 30rem" .service=${permit}></arki-service-card>`);
      const heading = shadow(el).querySelector<HTMLAnchorElement>('.heading-link')!;
      const action = shadow(el).querySelector<HTMLAnchorElement>('[part="action"]')!;
      const hits: string[] = [];
      heading.addEventListener('click', (e) => { e.preventDefault(); hits.push('heading'); });
      action.addEventListener('click', (e) => { e.preventDefault(); hits.push('action'); });

      await sendMouse({ type: 'click', position: center(shadow(el).querySelector('.summary p')!) });
      await sendMouse({ type: 'click', position: center(shadow(el).querySelector('[part="badges"] li')!) });
      await sendMouse({ type: 'click', position: center(action) });
      expect(hits).to.deep.equal(['heading', 'heading', 'action']);
      // Still only one link for the card in the accessibility tree: nothing nested in it.
      expect(heading.querySelector('a, button')).to.equal(null);
      expect(shadow(el).querySelectorAll('a').length).to.equal(2);
    });

    it('links in the actions slot stay clickable above the card layer', async () => {
      const el = await fixture<ArkiServiceCard>(html`<arki-service-card clickable style="inline-size: 30rem" .service=${permit}>
        <a slot="actions" href="#ohjeet" class="secondary">Lue ohjeet</a>
      </arki-service-card>`);
      const secondary = el.querySelector<HTMLAnchorElement>('a.secondary')!;
      const heading = shadow(el).querySelector<HTMLAnchorElement>('.heading-link')!;
      const hits: string[] = [];
      heading.addEventListener('click', (e) => { e.preventDefault(); hits.push('heading'); });
      secondary.addEventListener('click', (e) => { e.preventDefault(); hits.push('secondary'); });
      const action = shadow(el).querySelector<HTMLAnchorElement>('[part="action"]')!;
      action.addEventListener('click', (e) => { e.preventDefault(); hits.push('action'); });
      await sendMouse({ type: 'click', position: center(secondary) });
      await sendMouse({ type: 'click', position: center(shadow(el).querySelector('[part="channels"]')!) });
      await sendMouse({ type: 'click', position: center(action) });
      expect(hits, 'the slotted link comes in addition to the primary action').to.deep.equal(['secondary', 'heading', 'action']);
    });

    it('clickable without a link to follow warns and renders a plain card', async () => {
      const cap = captureWarnings();
      try {
        const el = await fixture<ArkiServiceCard>(html`<arki-service-card clickable .service=${{ ...permit, url: undefined }}></arki-service-card>`);
        expect(shadow(el).querySelector('.heading-link')).to.equal(null);
        expect(shadow(el).querySelector('.is-clickable')).to.equal(null);
        expect(cap.warnings.some((w) => w.includes('clickable needs a link'))).to.equal(true);
      } finally {
        cap.restore();
      }
    });

    it('without `clickable`, only the heading text is a link', async () => {
      const el = await fixture<ArkiServiceCard>(html`<arki-service-card style="inline-size: 30rem" .service=${permit}></arki-service-card>`);
      const heading = shadow(el).querySelector<HTMLAnchorElement>('.heading-link')!;
      let hits = 0;
      heading.addEventListener('click', (e) => { e.preventDefault(); hits++; });
      await sendMouse({ type: 'click', position: center(shadow(el).querySelector('.summary p')!) });
      expect(hits).to.equal(0);
    });

    it('keyboard: Tab focuses the heading link (the focus ring outlines the card), then the action', async () => {
      const el = await fixture<ArkiServiceCard>(html`<arki-service-card clickable .service=${permit}></arki-service-card>`);
      await sendKeys({ press: 'Tab' });
      const heading = shadow(el).querySelector('.heading-link')!;
      expect(shadow(el).activeElement).to.equal(heading);
      expect(getComputedStyle(heading).outlineStyle, 'the link keeps its ring').to.equal('solid');
      expect(getComputedStyle(heading, '::after').outlineStyle, 'and the card is outlined').to.equal('solid');
      let followed = false;
      heading.addEventListener('click', (e) => { e.preventDefault(); followed = true; });
      await sendKeys({ press: 'Enter' });
      expect(followed).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('[part="action"]'));
    });
  });

  it('long Finnish compound words wrap inside a narrow card', async () => {
    const long = { ...permit, name: 'Varhaiskasvatuspalveluohjauksenasiakasmaksupäätöksenoikaisuvaatimus', summary: 'Lasten­päivähoitopaikkahakemuksen­vastaanottovahvistusviesti' };
    const el = await fixture<ArkiServiceCard>(html`<div style="inline-size: 200px"><arki-service-card .service=${long}></arki-service-card></div>`);
    const card = el.querySelector('arki-service-card')!;
    await card.updateComplete;
    const article = shadow(card).querySelector('article')!;
    expect(article.scrollWidth).to.be.at.most(article.clientWidth);
    expect(card.getBoundingClientRect().width).to.be.at.most(200);
  });

  it('attribute mode and the description slot', async () => {
    const el = await fixture<ArkiServiceCard>(html`<arki-service-card heading="Kirjastokortti" href="/kirjasto" unit="Helsingin kaupunginkirjasto" action-href="/kirjasto/hae">
      <p>Hae kirjastokorttia verkossa tai kirjastossa.</p>
    </arki-service-card>`);
    expect(text(shadow(el).querySelector('[part="heading"]'))).to.equal('Kirjastokortti');
    expect(shadow(el).querySelector('.heading-link')!.getAttribute('href')).to.equal('/kirjasto');
    expect(text(shadow(el).querySelector('.unit'))).to.equal('Vastuuyksikkö: Helsingin kaupunginkirjasto');
    expect(shadow(el).querySelector('[part="action"]')!.getAttribute('href')).to.equal('/kirjasto/hae');
    const slot = shadow(el).querySelector<HTMLSlotElement>('.summary slot')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Hae kirjastokorttia verkossa tai kirjastossa.']);
  });

  it('bad data: a warning listing the problems, a safe render, never an exception', async () => {
    const cap = captureWarnings();
    try {
      const bad = { ...permit, url: 'javascript:alert(1)', channels: [{ type: 'online', url: 'javascript:alert(2)' }, { type: 'pigeon' }], languages: ['suomi'] };
      const el = await fixture<ArkiServiceCard>(html`<arki-service-card .service=${bad as unknown as Service}></arki-service-card>`);
      expect(shadow(el).innerHTML).to.not.contain('javascript:');
      expect(text(shadow(el).querySelector('[part="heading"]'))).to.equal('Rakennuslupa');
      const w = cap.warnings.find((m) => m.includes('<arki-service-card>'))!;
      expect(w).to.contain('url');
      expect(w).to.contain('unknown channel type "pigeon"');
      const none = await fixture<ArkiServiceCard>(html`<arki-service-card service="{oops"></arki-service-card>`);
      expect(text(shadow(none).querySelector('.missing'))).to.equal('Palvelun tiedot puuttuvat.');
    } finally {
      cap.restore();
    }
  });

  it('text that fell back to another language is marked with its lang', async () => {
    const el = await fixture<ArkiServiceCard>(html`<arki-service-card lang="en" .service=${permit}></arki-service-card>`);
    const unit = shadow(el).querySelector('.unit')!;
    expect([...unit.querySelectorAll('[lang]')].map((s) => s.getAttribute('lang'))).to.deep.equal(['fi', 'fi']);
  });

  it('json-ld: GovernmentService in the light DOM, escaped, in the page language', async () => {
    const el = await fixture<ArkiServiceCard>(html`<arki-service-card lang="sv" json-ld .service=${{ ...permit, summary: { sv: 'Ett </script><script>alert(1)</script> test' } }}>
    </arki-service-card>`);
    await nextFrame();
    const script = el.querySelector('script[type="application/ld+json"]')!;
    expect(script.textContent).to.not.contain('</script>');
    const data = JSON.parse(script.textContent!);
    expect(data['@type']).to.equal('GovernmentService');
    expect(data.name).to.equal('Bygglov');
    expect(data.description).to.equal('Ett </script><script>alert(1)</script> test');
    expect(data.offers).to.deep.equal({ '@type': 'Offer', price: 45, priceCurrency: 'EUR' });
    // The script does not take the description slot's place.
    expect(text(shadow(el).querySelector('.summary'))).to.contain('Ett');
  });

  it('is accessible: full, clickable, attribute mode, missing data, sv, en', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <arki-service-card .service=${permit}></arki-service-card>
      <arki-service-card clickable .service=${permit}><a slot="actions" href="#x">Lue lisää</a></arki-service-card>
      <arki-service-card heading="Kirjastokortti" href="/kirjasto"><p>Kuvaus</p></arki-service-card>
      <arki-service-card></arki-service-card>
      <arki-service-card lang="sv" .service=${permit}></arki-service-card>
      <arki-service-card lang="en" .service=${permit}></arki-service-card>
    </div>`);
    await nextFrame();
    await expectAccessible(wrap);
  });
});
