import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/digital-support/digital-support.js';
import type { ArkiDigitalSupport } from '../../src/components/digital-support/digital-support.js';
import { configureDigitalSupport, type DigitalSupportConfig } from '../../src/config/digital-support.js';
import { resetDevWarnings } from '../../src/base/dev.js';
import type { OpeningHours } from '../../src/data/index.js';
import { expectAccessible } from '../helpers/a11y.js';

const weekdays: OpeningHours = { weekly: [{ days: [1, 2, 3, 4, 5], ranges: [{ opens: '09:00', closes: '15:00' }] }] };
const sample: DigitalSupportConfig = {
  phone: { number: '09 310 12345', callPrice: 'local', hours: weekdays },
  locations: [
    { name: { fi: 'Pääkirjasto', sv: 'Huvudbiblioteket' }, address: { street: 'Kirjastokatu 1', postalCode: '00100', city: { fi: 'Helsinki', sv: 'Helsingfors' } }, hours: weekdays, note: 'Ota oma laite mukaan.' },
  ],
  booking: { url: 'https://example.fi/etatuki' },
  chat: { url: 'https://example.fi/chat' },
  accessibilityFeedback: { url: '/saavutettavuuspalaute' },
};
const NOW = '2025-05-05T10:00:00+03:00'; // a Monday, open

const q = <T extends Element = HTMLElement>(el: ArkiDigitalSupport, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
const who = (e: Element | null | undefined): string =>
  e ? `${e.localName}${e.id ? `#${e.id}` : ''}${e.getAttribute('part') ? `[${e.getAttribute('part')}]` : ''}` : 'nothing';
const settle = async (el: ArkiDigitalSupport) => {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
};
function captureWarnings() {
  resetDevWarnings();
  const warnings: string[] = [];
  const orig = console.warn;
  console.warn = (m: string) => warnings.push(String(m));
  return { warnings, restore: () => (console.warn = orig) };
}

describe('arki-digital-support', () => {
  afterEach(() => {
    configureDigitalSupport(undefined);
    delete window.ArkiConfig;
  });

  it('inline: "Tarvitsetko apua?" region with phone and hours, places, remote support, chat and the accessibility link', async () => {
    const el = await fixture<ArkiDigitalSupport>(html`<arki-digital-support .config=${sample} now=${NOW}></arki-digital-support>`);
    await settle(el);
    const region = q(el, 'section')!;
    expect(el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!.textContent).to.equal('Tarvitsetko apua?');
    expect(q(el, 'h2')!.textContent!.trim()).to.equal('Tarvitsetko apua?');
    const names = [...el.shadowRoot!.querySelectorAll('h3')].map((h) => h.textContent!.trim());
    expect(names).to.deep.equal(['Digitukipuhelin', 'Digituki paikan päällä', 'Etätuki', 'Chat']);
    const tel = q<HTMLAnchorElement>(el, 'a[href^="tel:"]')!;
    expect(tel.getAttribute('href')).to.equal('tel:+358931012345');
    expect(tel.textContent).to.equal('09 310 12345');
    expect(q(el, '[data-channel="phone"]')!.textContent).to.contain('paikallisverkko');
    const hours = [...el.shadowRoot!.querySelectorAll('arki-opening-hours')];
    expect(hours.length).to.equal(2);
    // Each disclosure names its channel or place, so they can be told apart (2.4.6).
    await Promise.all(hours.map((h) => h.updateComplete));
    const summaries = hours.map((h) => h.shadowRoot!.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim());
    expect(summaries).to.deep.equal(['Näytä viikon aukioloajat: Digitukipuhelin', 'Näytä viikon aukioloajat: Pääkirjasto']);
    expect(q(el, '.address')!.textContent).to.equal('Kirjastokatu 1, 00100 Helsinki');
    expect(q(el, 'h4')!.textContent!.trim()).to.equal('Pääkirjasto');
    expect(q<HTMLAnchorElement>(el, '[data-channel="booking"] a')!.textContent).to.equal('Varaa etätukiaika');
    expect(q<HTMLAnchorElement>(el, '[data-channel="chat"] a')!.href).to.equal('https://example.fi/chat');
    const a11y = q<HTMLAnchorElement>(el, '.links a')!;
    expect(a11y.textContent).to.equal('Anna palautetta saavutettavuudesta');
    expect(a11y.getAttribute('href')).to.equal('/saavutettavuuspalaute');
    await expectAccessible(el);
  });

  it('one page-wide configuration shows the same help in every element; attributes override field by field', async () => {
    configureDigitalSupport(sample);
    const wrap = await fixture<HTMLElement>(html`<div>
      <arki-digital-support now=${NOW}></arki-digital-support>
      <arki-digital-support now=${NOW} phone="0800 123 456"></arki-digital-support>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll('arki-digital-support')] as ArkiDigitalSupport[];
    await settle(a!);
    await settle(b!);
    expect(q(a!, 'a[href^="tel:"]')!.textContent).to.equal('09 310 12345');
    expect(q(b!, 'a[href^="tel:"]')!.textContent).to.equal('0800 123 456');
    expect(q(b!, '[data-channel="chat"]')).to.not.equal(null);
    configureDigitalSupport({ ...sample, chat: undefined });
    await settle(a!);
    expect(q(a!, '[data-channel="chat"]'), 'every element follows a change').to.equal(null);
  });

  it('reads window.ArkiConfig.digitalSupport set before Arki loaded', async () => {
    window.ArkiConfig = { digitalSupport: JSON.stringify({ chat: 'https://example.fi/chat', accessibilityFeedback: '/palaute' }) };
    const el = await fixture<ArkiDigitalSupport>(html`<arki-digital-support></arki-digital-support>`);
    await settle(el);
    expect(q(el, '[data-channel="chat"]')).to.not.equal(null);
    expect(q(el, '.links a')!.getAttribute('href')).to.equal('/palaute');
  });

  it('warns when the accessibility feedback link is missing; unsafe links and bad numbers are dropped', async () => {
    const { warnings, restore } = captureWarnings();
    let el: ArkiDigitalSupport;
    try {
      el = await fixture<ArkiDigitalSupport>(html`<arki-digital-support
        .config=${{ chat: { url: 'javascript:alert(1)' }, phone: { number: 'soita meille' }, booking: 'https://example.fi/varaa' }}
        mode="floating"
      ></arki-digital-support>`);
      await settle(el);
    } finally {
      restore();
    }
    expect(warnings.some((w) => w.includes('accessibility feedback') && w.includes('306/2019'))).to.equal(true);
    expect(warnings.some((w) => w.includes('javascript:'))).to.equal(true);
    expect(warnings.some((w) => w.includes('mode="floating"'))).to.equal(true);
    expect(el!.mode).to.equal('inline');
    expect(q(el!, 'a[href^="javascript"]')).to.equal(null);
    expect(q(el!, '[data-channel="chat"]')).to.equal(null);
    expect(q(el!, '[data-channel="phone"]')).to.equal(null);
    expect(q(el!, '[data-channel="booking"]')).to.not.equal(null);
  });

  describe('launcher', () => {
    async function launcherPage(breakpoint: string) {
      const wrap = await fixture<HTMLElement>(html`<div>
        <label for="f">Nimi</label><input id="f" />
        <arki-digital-support mode="launcher" breakpoint=${breakpoint} .config=${sample} now=${NOW}></arki-digital-support>
      </div>`);
      const el = wrap.querySelector('arki-digital-support')!;
      await settle(el);
      return { wrap, el, launcher: q<HTMLButtonElement>(el, '[part="launcher"]')!, panel: q(el, '[part="base"]')! };
    }

    it('floating: a fixed bottom-right button; the page end keeps room for it', async () => {
      const { el, launcher } = await launcherPage('1px');
      expect(el.floating).to.equal(true);
      expect(getComputedStyle(launcher.parentElement!).position, 'the dock holding it').to.equal('fixed');
      const r = launcher.getBoundingClientRect();
      expect(Math.round(window.innerWidth - r.right)).to.be.within(8, 40);
      expect(Math.round(window.innerHeight - r.bottom)).to.be.within(8, 40);
      expect(el.getBoundingClientRect().height, 'reserved space').to.be.at.least(r.height);
      expect(launcher.textContent!.trim()).to.equal('Tarvitsetko apua?');
      expect(r.height).to.be.at.least(44);
    });

    it('floating: opens a non-modal panel (focus on its heading); Esc closes it and focus returns', async () => {
      const { el, launcher, panel } = await launcherPage('1px');
      launcher.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(launcher.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hidden).to.equal(false);
      expect(panel.getAttribute('role')).to.equal('dialog');
      expect(panel.hasAttribute('aria-modal')).to.equal(false);
      expect(who(deepActive())).to.equal('span#heading');
      const p = panel.getBoundingClientRect();
      expect(p.bottom, 'above the launcher').to.be.at.most(launcher.getBoundingClientRect().top);
      expect(p.top).to.be.at.least(0);
      await expectAccessible(el);
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(panel.hidden).to.equal(true);
      expect(who(deepActive())).to.equal('button[launcher]');
    });

    it('floating: the panel closes when focus or a click goes to the page', async () => {
      const { wrap, el, launcher, panel } = await launcherPage('1px');
      launcher.click();
      await settle(el);
      expect(panel.hidden).to.equal(false);
      wrap.querySelector('input')!.focus();
      await settle(el);
      expect(panel.hidden).to.equal(true);
      launcher.click();
      await settle(el);
      panel.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await settle(el);
      expect(panel.hidden, 'a press inside keeps it').to.equal(false);
      wrap.querySelector('label')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await settle(el);
      expect(panel.hidden).to.equal(true);
    });

    it('floating: a focused element under the launcher is scrolled clear of it', async () => {
      const wrap = await fixture<HTMLElement>(html`<div>
        <label for="under">Osoite</label>
        <div style="block-size: calc(100vh - 80px)"></div>
        <input id="under" style="display:block; inline-size: 100%; block-size: 30px" />
        <div style="block-size: 100vh"></div>
        <arki-digital-support mode="launcher" breakpoint="1px" .config=${sample}></arki-digital-support>
      </div>`);
      const el = wrap.querySelector('arki-digital-support')!;
      await settle(el);
      window.scrollTo(0, 0);
      const input = wrap.querySelector<HTMLInputElement>('#under')!;
      const launcher = q(el, '[part="launcher"]')!;
      const overlap = () => {
        const a = input.getBoundingClientRect();
        const b = launcher.getBoundingClientRect();
        return a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;
      };
      expect(overlap(), 'starts under the launcher').to.equal(true);
      input.focus();
      await nextFrame();
      await nextFrame();
      expect(overlap()).to.equal(false);
      window.scrollTo(0, 0);
    });

    it('narrow or short screens: the launcher and its panel sit in the page flow (a region), covering nothing', async () => {
      const { el, launcher, panel } = await launcherPage('10000px');
      expect(el.floating).to.equal(false);
      expect(getComputedStyle(launcher.parentElement!).position).to.equal('static');
      expect(el.getBoundingClientRect().height, 'in the flow').to.be.at.least(launcher.getBoundingClientRect().height);
      launcher.click();
      await settle(el);
      expect(panel.getAttribute('role')).to.equal('region');
      expect(getComputedStyle(panel).position).to.not.equal('fixed');
      expect(who(deepActive())).to.equal('span#heading');
      await expectAccessible(el);
    });
  });

  it('is localised in sv and en (channel data by language too)', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <arki-digital-support lang="sv" .config=${sample} now=${NOW}></arki-digital-support>
      <arki-digital-support lang="en" mode="launcher" breakpoint="1px" .config=${sample} now=${NOW}></arki-digital-support>
    </div>`);
    const [sv, en] = [...wrap.querySelectorAll('arki-digital-support')] as ArkiDigitalSupport[];
    await settle(sv!);
    await settle(en!);
    expect(q(sv!, 'h2')!.textContent!.trim()).to.equal('Behöver du hjälp?');
    expect(q(sv!, 'h4')!.textContent!.trim()).to.equal('Huvudbiblioteket');
    expect(q(sv!, '.address')!.textContent).to.equal('Kirjastokatu 1, 00100 Helsingfors');
    expect(q(sv!, '.links a')!.textContent).to.equal('Ge respons om tillgängligheten');
    expect(q(en!, '[part="launcher"]')!.textContent!.trim()).to.equal('Need help?');
    expect(q(en!, '[part="close"]')!.getAttribute('aria-label')).to.equal('Close');
  });
});
