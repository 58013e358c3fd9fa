import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/service-channels/service-channels.js';
import { channelOrder, type ArkiServiceChannels } from '../../src/components/service-channels/service-channels.js';
import type { ArkiServiceChannel } from '../../src/components/service-channel/service-channel.js';
import type { OpeningHours, ServiceChannel } from '../../src/data/index.js';
import { expectAccessible } from '../helpers/a11y.js';

const weekdays: OpeningHours = { weekly: [{ days: [1, 2, 3, 4, 5], ranges: [{ opens: '09:00', closes: '15:00' }] }] };
const TUE_10 = new Date('2025-12-02T08:00:00Z');

// Deliberately out of order.
const channels: ServiceChannel[] = [
  { type: 'mail', address: { street: 'PL 1', postalCode: '00099', city: { fi: 'Helsingin kaupunki', sv: 'Helsingfors stad' } }, recipient: 'Rakennusvalvonta' },
  {
    type: 'visit', name: 'Asiakaspalvelu', address: { street: { fi: 'Työpajankatu 8', sv: 'Verkstadsgatan 8' }, postalCode: '00580', city: { fi: 'Helsinki', sv: 'Helsingfors' } },
    mapUrl: 'https://kartta.hel.fi/?q=Työpajankatu+8', accessibility: [{ fi: 'Esteetön sisäänkäynti', sv: 'Tillgänglig ingång' }, 'Induktiosilmukka'], hours: weekdays,
  },
  { type: 'video', url: 'https://video.example.fi/rakennusvalvonta', hours: weekdays },
  { type: 'chat', url: 'https://chat.example.fi', hours: weekdays },
  { type: 'phone', name: 'Neuvonta', number: '09 310 2611', callPrice: 'local', hours: weekdays },
  { type: 'online', name: 'Lupapiste', url: 'https://www.lupapiste.fi', requiresIdentification: true, languages: ['fi', 'sv'] },
];

const shadow = (el: Element) => el.shadowRoot!;
const channelEls = (el: ArkiServiceChannels) => [...shadow(el).querySelectorAll<ArkiServiceChannel>('arki-service-channel')];
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The accessible name from aria-labelledby (ids in the same shadow root), else the text. */
const accName = (el: Element | null | undefined): string => {
  const ids = el?.getAttribute('aria-labelledby');
  if (!el || !ids) return text(el);
  const root = el.getRootNode() as ShadowRoot;
  return ids.split(' ').map((id) => text(root.getElementById(id))).join(' ');
};

async function settle(el: ArkiServiceChannels): Promise<void> {
  await el.updateComplete;
  await Promise.all(channelEls(el).map((c) => c.updateComplete));
}

describe('arki-service-channels', () => {
  it('lists data channels in the documented order, whatever the data order', async () => {
    const el = await fixture<ArkiServiceChannels>(html`<arki-service-channels .channels=${channels} .now=${TUE_10}></arki-service-channels>`);
    await settle(el);
    expect(channelOrder).to.deep.equal(['online', 'phone', 'chat', 'video', 'visit', 'mail']);
    expect(el.orderedTypes).to.deep.equal(['online', 'phone', 'chat', 'video', 'visit', 'mail']);
    expect(channelEls(el).map((c) => c.serviceChannel!.type)).to.deep.equal(['online', 'phone', 'chat', 'video', 'visit', 'mail']);
    const list = shadow(el).querySelector('ul')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.getAttribute('aria-label')).to.equal('Asiointitavat');
    expect(list.querySelectorAll(':scope > li').length).to.equal(6);
  });

  it('phone: the number as a tel: link, the call price and the hours', async () => {
    const el = await fixture<ArkiServiceChannels>(html`<arki-service-channels .channels=${[channels[4]]} .now=${TUE_10}></arki-service-channels>`);
    await settle(el);
    const phone = channelEls(el)[0]!;
    const a = shadow(phone).querySelector<HTMLAnchorElement>('a.tel')!;
    expect(a.getAttribute('href')).to.equal('tel:+35893102611');
    expect(a.textContent).to.equal('09 310 2611');
    expect(text(shadow(phone).querySelector('.heading'))).to.equal('Puhelimitse: Neuvonta');
    expect(text(shadow(phone).querySelector('.fact'))).to.equal('Puhelun hinta: paikallisverkko- tai matkapuhelinmaksu');
    const hours = shadow(phone).querySelector('arki-opening-hours')!;
    await hours.updateComplete;
    expect(text(shadow(hours).querySelector('.status-text'))).to.equal('Avoinna nyt, sulkeutuu klo 15.00');
  });

  it('visit: address lines, a map link naming the address, accessibility facts (sv)', async () => {
    const el = await fixture<ArkiServiceChannels>(html`<arki-service-channels lang="sv" .channels=${[channels[1]]} .now=${TUE_10}></arki-service-channels>`);
    await settle(el);
    const visit = channelEls(el)[0]!;
    expect([...shadow(visit).querySelectorAll('.address .line')].map(text)).to.deep.equal(['Verkstadsgatan 8', '00580 Helsingfors']);
    const map = shadow(visit).querySelector<HTMLAnchorElement>('a.action')!;
    expect(map.href).to.contain('kartta.hel.fi');
    expect(accName(map)).to.equal('Visa på kartan Verkstadsgatan 8, 00580 Helsingfors');
    expect(text(map)).to.equal('Visa på kartan');
    const acc = shadow(visit).querySelector('.accessibility ul')!;
    expect([...acc.querySelectorAll('li')].map(text)).to.deep.equal(['Tillgänglig ingång', 'Induktiosilmukka']);
    expect(shadow(visit).getElementById(acc.getAttribute('aria-labelledby')!)!.textContent).to.contain('Tillgänglighet');
  });

  it('online: link with the channel name for screen readers, identification need, languages (en)', async () => {
    const el = await fixture<ArkiServiceChannels>(html`<arki-service-channels lang="en" .channels=${[channels[5]]}></arki-service-channels>`);
    await settle(el);
    const online = channelEls(el)[0]!;
    const a = shadow(online).querySelector<HTMLAnchorElement>('a.action')!;
    expect(a.getAttribute('href')).to.equal('https://www.lupapiste.fi');
    expect(accName(a)).to.equal('Go to the online service Lupapiste');
    expect([...shadow(online).querySelectorAll('.fact')].map(text)).to.deep.equal(['Requires strong electronic identification', 'Languages: Finnish and Swedish']);
  });

  it('chat and video: a launch link and the hours; mail: recipient and postal address', async () => {
    const el = await fixture<ArkiServiceChannels>(html`<arki-service-channels .channels=${[channels[0], channels[2], channels[3]]} .now=${TUE_10}></arki-service-channels>`);
    await settle(el);
    const [chat, video, mail] = channelEls(el);
    expect(accName(shadow(chat!).querySelector('a.action'))).to.equal('Avaa chat');
    expect(shadow(chat!).querySelector('arki-opening-hours')).to.not.equal(null);
    expect(text(shadow(video!).querySelector('a.action'))).to.equal('Avaa videopalvelu');
    expect([...shadow(mail!).querySelectorAll('.address .line')].map(text)).to.deep.equal(['Rakennusvalvonta', 'PL 1', '00099 Helsingin kaupunki']);
  });

  it('sorts light-DOM children together with data, keeping the given order within a type', async () => {
    const el = await fixture<ArkiServiceChannels>(html`<arki-service-channels .channels=${[channels[5]]}>
      <arki-service-channel type="visit" street="Kirkkokatu 1" postal-code="00170" city="Helsinki"></arki-service-channel>
      <arki-service-channel type="phone" name="Vaihde" number="09 310 1691"></arki-service-channel>
      <arki-service-channel type="phone" name="Neuvonta" number="09 310 2611" call-price="free"></arki-service-channel>
    </arki-service-channels>`);
    await settle(el);
    await nextFrame();
    expect(el.orderedTypes).to.deep.equal(['online', 'phone', 'phone', 'visit']);
    const slots = [...shadow(el).querySelectorAll('slot')];
    const assigned = slots.map((s) => (s.assignedElements()[0] as HTMLElement).getAttribute('name') ?? (s.assignedElements()[0] as HTMLElement).getAttribute('type'));
    expect(assigned).to.deep.equal(['Vaihde', 'Neuvonta', 'visit']);
    // Visual order follows the sorted order too.
    const tops = [...shadow(el).querySelectorAll('li')].map((li) => li.getBoundingClientRect().top);
    expect([...tops].sort((a, b) => a - b)).to.deep.equal(tops);
    const free = el.querySelectorAll('arki-service-channel')[2]!;
    expect(text(shadow(free).querySelector('.fact'))).to.equal('Maksuton puhelu');
    expect(shadow(free).querySelector('a.tel')!.getAttribute('href')).to.equal('tel:+35893102611');
  });

  it('re-sorts when a child is added later', async () => {
    const el = await fixture<ArkiServiceChannels>(html`<arki-service-channels>
      <arki-service-channel type="mail" street="PL 1" postal-code="00099" city="Helsinki"></arki-service-channel>
    </arki-service-channels>`);
    const online = document.createElement('arki-service-channel');
    online.setAttribute('type', 'online');
    online.setAttribute('href', 'https://example.fi');
    el.append(online);
    await nextFrame();
    await el.updateComplete;
    expect(el.orderedTypes).to.deep.equal(['online', 'mail']);
  });

  it('bad channels are dropped with one warning listing why; the rest render', async () => {
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(String(m));
    try {
      const bad = [{ type: 'fax', number: '123' }, { type: 'online', url: 'javascript:alert(1)' }, channels[4]];
      const el = await fixture<ArkiServiceChannels>(html`<arki-service-channels .channels=${bad as ServiceChannel[]}></arki-service-channels>`);
      await settle(el);
      expect(el.orderedTypes).to.deep.equal(['phone']);
      const w = warnings.find((m) => m.includes('<arki-service-channels>'))!;
      expect(w).to.contain('unknown channel type "fax"');
      expect(w).to.contain('channels[1].url');
      expect(shadow(el).innerHTML).to.not.contain('javascript:');
    } finally {
      console.warn = orig;
    }
  });

  it('no channels: a clear text instead of an empty list', async () => {
    const el = await fixture<ArkiServiceChannels>(html`<arki-service-channels lang="en"></arki-service-channels>`);
    expect(text(shadow(el).querySelector('[part="empty"]'))).to.equal('No service channels are listed.');
    expect(shadow(el).querySelector('ul')).to.equal(null);
  });

  it('heading-level sets each channel heading; a bad one falls back to 3 with a warning', async () => {
    const el = await fixture<ArkiServiceChannels>(html`<arki-service-channels heading-level="4" .channels=${[channels[4]]}></arki-service-channels>`);
    await settle(el);
    expect(shadow(channelEls(el)[0]!).querySelector('.heading')!.localName).to.equal('h4');
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(String(m));
    try {
      el.headingLevel = 9;
      await settle(el);
      expect(shadow(channelEls(el)[0]!).querySelector('.heading')!.localName).to.equal('h3');
      expect(warnings.some((m) => m.includes('heading-level="9"'))).to.equal(true);
    } finally {
      console.warn = orig;
    }
  });

  it('json-ld: a light-DOM script with the channels as schema.org ServiceChannel nodes', async () => {
    const el = await fixture<ArkiServiceChannels>(html`<arki-service-channels json-ld .channels=${[channels[4], { ...channels[5], name: 'Lupa</script><b>x' }] as ServiceChannel[]}></arki-service-channels>`);
    await settle(el);
    const script = el.querySelector('script[type="application/ld+json"]')!;
    expect(script.parentElement).to.equal(el);
    expect(script.textContent).to.not.contain('</script>');
    const data = JSON.parse(script.textContent!);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@graph'].map((n: { '@type': string }) => n['@type'])).to.deep.equal(['ServiceChannel', 'ServiceChannel']);
    expect(data['@graph'][1].name).to.equal('Lupa</script><b>x');
    el.jsonLd = false;
    await el.updateComplete;
    expect(el.querySelector('script')).to.equal(null);
  });

  it('keyboard: Tab reaches every link and disclosure in reading order', async () => {
    const el = await fixture<ArkiServiceChannels>(html`<arki-service-channels .channels=${[channels[4], channels[5]]} .now=${TUE_10}></arki-service-channels>`);
    await settle(el);
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      seen.push(active?.localName === 'a' ? (active.getAttribute('href') ?? '') : (active?.localName ?? ''));
    }
    expect(seen).to.deep.equal(['https://www.lupapiste.fi', 'tel:+35893102611', 'summary']);
  });

  for (const lang of ['fi', 'sv']) {
    it(`is accessible: every channel type (${lang})`, async () => {
      const el = await fixture<ArkiServiceChannels>(html`<arki-service-channels lang=${lang} .channels=${channels} .now=${TUE_10}></arki-service-channels>`);
      await settle(el);
      await expectAccessible(el);
    });
  }

  it('is accessible: children, empty', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <arki-service-channels>
        <arki-service-channel type="phone" number="09 310 1691"><p>Arkisin klo 9–15.</p></arki-service-channel>
        <arki-service-channel type="online" href="https://example.fi" requires-identification></arki-service-channel>
      </arki-service-channels>
      <arki-service-channels></arki-service-channels>
    </div>`);
    await nextFrame();
    await expectAccessible(wrap);
  });
});
