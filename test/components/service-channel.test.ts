import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/service-channel/service-channel.js';
import type { ArkiServiceChannel } from '../../src/components/service-channel/service-channel.js';
import type { ArkiOpeningHours } from '../../src/components/opening-hours/opening-hours.js';
import type { ServiceChannel } from '../../src/data/index.js';
import { expectAccessible } from '../helpers/a11y.js';

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const TUE_10 = new Date('2025-12-02T08:00:00Z');

function captureWarnings(): { warnings: string[]; restore: () => void } {
  const warnings: string[] = [];
  const orig = console.warn;
  console.warn = (m: string) => warnings.push(String(m));
  return { warnings, restore: () => (console.warn = orig) };
}

describe('arki-service-channel', () => {
  it('attribute mode: a visit with address lines and a map link', async () => {
    const el = await fixture<ArkiServiceChannel>(html`<arki-service-channel type="visit" name="Pääkirjasto" street="Kirjastokatu 2" postal-code="00100" city="Arkikylä" map-href="https://kartta.example.fi/?q=1"></arki-service-channel>`);
    expect(el.serviceChannel!.type).to.equal('visit');
    expect(text(shadow(el).querySelector('[part="heading"]'))).to.equal('Paikan päällä: Pääkirjasto');
    expect([...shadow(el).querySelectorAll('.address .line')].map(text)).to.deep.equal(['Kirjastokatu 2', '00100 Arkikylä']);
    const map = shadow(el).querySelector('[part="action"]')!;
    const name = map.getAttribute('aria-labelledby')!.split(' ').map((id) => text(shadow(el).getElementById(id))).join(' ');
    expect(name).to.equal('Näytä kartalla Kirjastokatu 2, 00100 Arkikylä');
    // The context is named but never rendered.
    expect(shadow(el).getElementById(map.getAttribute('aria-labelledby')!.split(' ')[1]!)!.hidden).to.equal(true);
  });

  it('call price as text; the channel description; the default slot after the details', async () => {
    const channel: ServiceChannel = { type: 'phone', number: '0800 12345', callPrice: { text: { fi: '0,84 €/min + pvm', en: '€0.84/min + local charge' } }, description: { fi: 'Neuvonta suomeksi ja ruotsiksi.' } };
    const el = await fixture<ArkiServiceChannel>(html`<arki-service-channel lang="en" .channel=${channel}><p>Call back service available.</p></arki-service-channel>`);
    expect(text(shadow(el).querySelector('.fact'))).to.equal('Call price: €0.84/min + local charge');
    const description = shadow(el).querySelector('.description')!;
    expect(description.querySelector('[lang="fi"]')!.textContent).to.equal('Neuvonta suomeksi ja ruotsiksi.');
    expect(shadow(el).querySelector('a.tel')!.getAttribute('href')).to.equal('tel:+35880012345');
    expect((shadow(el).querySelector('slot:not([name])') as HTMLSlotElement).assignedElements().length).to.equal(1);
  });

  it('hours: compact by default, `hours-variant` switches, and the hours slot replaces them', async () => {
    const channel: ServiceChannel = { type: 'chat', url: 'https://chat.example.fi', hours: { weekly: [{ days: [1, 2, 3, 4, 5], ranges: [{ opens: '09:00', closes: '15:00' }] }] } };
    const el = await fixture<ArkiServiceChannel>(html`<arki-service-channel .channel=${channel} .now=${TUE_10}></arki-service-channel>`);
    const hours = shadow(el).querySelector<ArkiOpeningHours>('arki-opening-hours')!;
    expect(hours.variant).to.equal('compact');
    expect(hours.now).to.equal(TUE_10);
    await hours.updateComplete;
    expect(text(shadow(hours).querySelector('summary')), 'unnamed: the channel type names the hours').to.equal('Näytä viikon aukioloajat: Chatissa');
    el.hoursVariant = 'full';
    await el.updateComplete;
    expect(shadow(el).querySelector<ArkiOpeningHours>('arki-opening-hours')!.variant).to.equal('full');
    // The channel names its hours: several channels' "Näytä viikon aukioloajat" can be told apart.
    const named = await fixture<ArkiServiceChannel>(html`<arki-service-channel .channel=${{ ...channel, name: 'Neuvonta' }} .now=${TUE_10}></arki-service-channel>`);
    const namedHours = shadow(named).querySelector<ArkiOpeningHours>('arki-opening-hours')!;
    await namedHours.updateComplete;
    expect(text(shadow(namedHours).querySelector('summary'))).to.equal('Näytä viikon aukioloajat: Neuvonta');
    const custom = await fixture<ArkiServiceChannel>(html`<arki-service-channel .channel=${channel}><p slot="hours">Arkisin 9–15</p></arki-service-channel>`);
    const slot = shadow(custom).querySelector<HTMLSlotElement>('slot[name="hours"]')!;
    expect(slot.assignedElements().map(text)).to.deep.equal(['Arkisin 9–15']);
  });

  it('an unknown type or a missing essential: one warning naming the problem, only the slot renders', async () => {
    const cap = captureWarnings();
    try {
      const el = await fixture<ArkiServiceChannel>(html`<arki-service-channel type="fax" number="123"><p>Faksi</p></arki-service-channel>`);
      expect(el.serviceChannel).to.equal(undefined);
      expect(shadow(el).querySelector('[part="base"]')).to.equal(null);
      expect(cap.warnings.some((w) => w.includes('<arki-service-channel>') && w.includes('unknown channel type "fax"'))).to.equal(true);
      const noNumber = await fixture<ArkiServiceChannel>(html`<arki-service-channel type="phone"></arki-service-channel>`);
      expect(noNumber.serviceChannel).to.equal(undefined);
      expect(cap.warnings.some((w) => w.includes('needs a valid number'))).to.equal(true);
    } finally {
      cap.restore();
    }
  });

  it('an unsafe link is never rendered', async () => {
    const cap = captureWarnings();
    try {
      const el = await fixture<ArkiServiceChannel>(html`<arki-service-channel type="online" href="javascript:alert(1)"></arki-service-channel>`);
      expect(shadow(el).innerHTML).to.not.contain('javascript:');
      const visit = await fixture<ArkiServiceChannel>(html`<arki-service-channel type="visit" street="Torikatu 1" postal-code="00100" city="Arkikylä" map-href="data:text/html,x"></arki-service-channel>`);
      expect(shadow(visit).querySelector('[part="action"]')).to.equal(null);
    } finally {
      cap.restore();
    }
  });

  it('is accessible: each type in attribute mode', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <arki-service-channel type="online" name="Lupapiste" href="https://www.lupapiste.fi" requires-identification></arki-service-channel>
      <arki-service-channel type="phone" number="09 123 4567" call-price="local"></arki-service-channel>
      <arki-service-channel type="chat" href="https://chat.example.fi"></arki-service-channel>
      <arki-service-channel type="video" href="https://video.example.fi"></arki-service-channel>
      <arki-service-channel type="visit" street="Torikatu 1" postal-code="00100" city="Arkikylä" map-href="https://kartta.example.fi"></arki-service-channel>
      <arki-service-channel type="mail" street="PL 100" postal-code="00099" city="Arkikylä"></arki-service-channel>
    </div>`);
    await Promise.all([...wrap.children].map((c) => (c as ArkiServiceChannel).updateComplete));
    await expectAccessible(wrap);
  });
});
