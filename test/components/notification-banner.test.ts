import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/notification-banner/notification-banner.js';
import type { ArkiNotificationBanner } from '../../src/components/notification-banner/notification-banner.js';
import { lastAnnouncement } from '../../src/controllers/announcer.js';
import { expectAccessible } from '../helpers/a11y.js';
import { collectAnnouncements } from '../helpers/announcements.js';

const base = (el: ArkiNotificationBanner) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
const settle = () => new Promise((r) => setTimeout(r, 160));

const announcements = (run: () => Promise<void>) => collectAnnouncements(run, 'polite');
const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

describe('arki-notification-banner', () => {
  it('is a region landmark named by its heading, in the same shadow root', async () => {
    const el = await fixture<ArkiNotificationBanner>(html`<arki-notification-banner>Palvelussa huoltokatko 12.12. klo 18–20</arki-notification-banner>`);
    const region = base(el);
    expect(region.getAttribute('role')).to.equal('region');
    const heading = el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(heading.textContent).to.equal('Tiedote');
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(region.hasAttribute('tabindex')).to.equal(false);
  });

  it('localises the default heading per variant; a heading attribute wins', async () => {
    const cases = [
      ['fi', 'info', 'Tiedote'],
      ['sv', 'info', 'Meddelande'],
      ['en', 'info', 'Important'],
      ['fi', 'success', 'Onnistui'],
      ['sv', 'success', 'Klart'],
      ['en', 'success', 'Success'],
    ] as const;
    for (const [lang, variant, text] of cases) {
      const el = await fixture<ArkiNotificationBanner>(html`<arki-notification-banner lang=${lang} variant=${variant}>x</arki-notification-banner>`);
      expect(el.headingText, `${lang} ${variant}`).to.equal(text);
    }
    const own = await fixture<ArkiNotificationBanner>(html`<arki-notification-banner heading="Huoltokatko" heading-level="3">x</arki-notification-banner>`);
    const h = own.shadowRoot!.querySelector('[role="heading"]')!;
    expect(h.textContent).to.equal('Huoltokatko');
    expect(h.getAttribute('aria-level')).to.equal('3');
  });

  it('falls back on an unknown variant or heading level, with warnings', async () => {
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<ArkiNotificationBanner>(html`<arki-notification-banner variant="error" heading-level="9">x</arki-notification-banner>`);
      expect(el.variant).to.equal('info');
      expect(el.headingLevel).to.equal(2);
      expect(warnings.some((w) => w.includes('variant="error"'))).to.equal(true);
      expect(warnings.some((w) => w.includes('heading-level="9"'))).to.equal(true);
    } finally {
      console.warn = orig;
    }
  });

  it('focus-on-load: the success banner takes focus; Tab continues after it; tabindex goes on blur', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <arki-notification-banner variant="success" focus-on-load>Hakemus lähetetty. <a href="#h">Katso hakemus</a></arki-notification-banner>
      <button>Seuraava</button>
    </div>`);
    const el = wrap.querySelector('arki-notification-banner')!;
    await el.updateComplete;
    expect(deepActive()).to.equal(base(el));
    expect(base(el).getAttribute('tabindex')).to.equal('-1');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(wrap.querySelector('a'));
    await el.updateComplete;
    expect(base(el).hasAttribute('tabindex')).to.equal(false);
  });

  it('a success banner inserted later is announced; an info banner is not', async () => {
    await fixture(html`<arki-notification-banner variant="success" lang="en">Application sent 51</arki-notification-banner>`);
    await settle();
    expect(lastAnnouncement('polite')).to.equal('Success: Application sent 51');
    await fixture(html`<arki-notification-banner>Huoltokatko 52</arki-notification-banner>`);
    await settle();
    expect(lastAnnouncement('polite')).not.to.contain('Huoltokatko 52');
  });

  it('a focused success banner is not also announced (no double reading)', async () => {
    await fixture(html`<arki-notification-banner variant="success" focus-on-load>Tallennettu 53</arki-notification-banner>`);
    await settle();
    expect(lastAnnouncement('polite')).not.to.contain('Tallennettu 53');
  });

  it('shown later, changed to success, or given new text while shown: announced once per change', async () => {
    const el = await fixture<ArkiNotificationBanner>(html`<arki-notification-banner variant="success" hidden>Hakemus lähetetty 54</arki-notification-banner>`);
    expect(await announcements(async () => void (el.hidden = false))).to.deep.equal(['Onnistui: Hakemus lähetetty 54']);
    expect(await announcements(async () => void (el.textContent = 'Liite lähetetty 55'))).to.deep.equal(['Onnistui: Liite lähetetty 55']);
    expect(
      await announcements(async () => {
        el.requestUpdate();
        await el.updateComplete;
      }),
      'a render without a change says nothing',
    ).to.deep.equal([]);
    const info = await fixture<ArkiNotificationBanner>(html`<arki-notification-banner heading="Hakemus">Käsittelyssä 56</arki-notification-banner>`);
    expect(await announcements(async () => void (info.textContent = 'Käsittelyssä 57')), 'info: page content, not announced').to.deep.equal([]);
    expect(
      await announcements(async () => {
        info.variant = 'success';
        info.textContent = 'Hyväksytty 58';
      }),
    ).to.deep.equal(['Hakemus: Hyväksytty 58']);
  });

  it('the announcement is in the banner\'s language (3.1.2)', async () => {
    await fixture(html`<div lang="sv"><arki-notification-banner variant="success">Ansökan skickad 59</arki-notification-banner></div>`);
    await settle();
    const region = document.querySelector('[data-arki-announcer="polite"]')!;
    expect(region.textContent).to.equal('Klart: Ansökan skickad 59');
    expect(region.getAttribute('lang')).to.equal('sv');
  });

  it('focus-on-load: a banner shown later (hidden removed) takes focus then', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><button>Lähetä</button><arki-notification-banner variant="success" focus-on-load hidden>Lähetetty 60</arki-notification-banner></div>`);
    const el = wrap.querySelector('arki-notification-banner')!;
    await el.updateComplete;
    wrap.querySelector('button')!.focus();
    await settle();
    // Compared as booleans: a failed comparison of two elements can stall the test runner.
    expect(deepActive() === wrap.querySelector('button'), 'hidden: no focus taken').to.equal(true);
    el.hidden = false;
    await settle();
    expect(deepActive() === base(el), 'shown: the banner has focus').to.equal(true);
    expect(lastAnnouncement('polite')).not.to.contain('Lähetetty 60');
  });

  for (const variant of ['info', 'success']) {
    it(`is accessible: ${variant}`, async () => {
      const el = await fixture<HTMLElement>(html`<div>
        <arki-notification-banner variant=${variant}><p><strong>Palvelussa huoltokatko 12.12. klo 18–20.</strong></p><p>Lue <a href="#x">lisää</a>.</p></arki-notification-banner>
      </div>`);
      await expectAccessible(el);
    });
  }

  it('is accessible while focused', async () => {
    const el = await fixture<HTMLElement>(html`<div><arki-notification-banner variant="success" focus-on-load>Hakemus lähetetty</arki-notification-banner></div>`);
    await expectAccessible(el);
  });
});
