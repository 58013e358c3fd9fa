import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/alert/alert.js';
import type { ArkiAlert } from '../../src/components/alert/alert.js';
import { ANNOUNCEMENT_LIFETIME, lastAnnouncement } from '../../src/controllers/announcer.js';
import { expectAccessible } from '../helpers/a11y.js';
import { announced, collectAnnouncements } from '../helpers/announcements.js';

const shadow = (el: Element) => el.shadowRoot!;
const closeButton = (el: ArkiAlert) => shadow(el).querySelector<HTMLButtonElement>('.close');
const settle = () => new Promise((r) => setTimeout(r, 160));

const announcements = (run: () => Promise<void>) => collectAnnouncements(run);
const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

describe('arki-alert', () => {
  it('shows an icon and says the variant in words (fi, sv, en)', async () => {
    const cases = [
      ['fi', 'error', 'Virhe: '],
      ['fi', 'warning', 'Varoitus: '],
      ['sv', 'error', 'Fel: '],
      ['en', 'success', 'Success: '],
      ['en', 'info', 'Information: '],
    ] as const;
    for (const [lang, variant, prefix] of cases) {
      const el = await fixture<ArkiAlert>(html`<arki-alert lang=${lang} variant=${variant} live="off">Viesti</arki-alert>`);
      expect(shadow(el).querySelector('arki-icon')!.getAttribute('name')).to.equal(variant);
      expect(shadow(el).querySelector('.visually-hidden')!.textContent).to.equal(prefix);
    }
  });

  it('falls back to info on an unknown variant, with a warning', async () => {
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<ArkiAlert>(html`<arki-alert variant="danger" live="off">X</arki-alert>`);
      expect(el.variant).to.equal('info');
      expect(el.getAttribute('variant')).to.equal('info');
      expect(warnings.some((w) => w.includes('variant="danger"') && w.includes('<arki-alert>'))).to.equal(true);
    } finally {
      console.warn = orig;
    }
  });

  it('has no live role in its shadow root (announcements go through the announcer)', async () => {
    const el = await fixture<ArkiAlert>(html`<arki-alert variant="error">Virhe lomakkeessa</arki-alert>`);
    expect(shadow(el).querySelector('[role="alert"], [role="status"], [aria-live]')).to.equal(null);
    expect(el.getAttribute('role')).to.equal(null);
  });

  it('an alert inserted after load is announced: assertive for error, polite otherwise', async () => {
    await fixture<ArkiAlert>(html`<arki-alert variant="error" heading="Tallennus epäonnistui">Yritä uudelleen.</arki-alert>`);
    await announced('Virhe: Tallennus epäonnistui Yritä uudelleen.', 'assertive');
    await fixture<ArkiAlert>(html`<arki-alert lang="en" variant="success">Saved.</arki-alert>`);
    await announced('Success: Saved.', 'polite');
  });

  it('an alert present while the page loads is not announced (static content)', async () => {
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'interactive' });
    try {
      await fixture<ArkiAlert>(html`<arki-alert variant="warning">Staattinen ilmoitus 41</arki-alert>`);
    } finally {
      delete (document as unknown as Record<string, unknown>).readyState;
    }
    await settle();
    expect(lastAnnouncement('polite')).not.to.contain('Staattinen ilmoitus 41');
  });

  it('live="off" is never announced; removing hidden announces', async () => {
    const quiet = await fixture<ArkiAlert>(html`<arki-alert live="off">Hiljainen 42</arki-alert>`);
    await settle();
    expect(lastAnnouncement('polite')).not.to.contain('Hiljainen 42');
    quiet.remove();
    const el = await fixture<ArkiAlert>(html`<arki-alert hidden variant="warning">Istunto vanhenee 43</arki-alert>`);
    await settle();
    expect(lastAnnouncement('polite')).not.to.contain('Istunto vanhenee 43');
    el.hidden = false;
    await settle();
    expect(lastAnnouncement('polite')).to.equal('Varoitus: Istunto vanhenee 43');
  });

  it('a shown alert whose text, heading or variant changes is announced once per change', async () => {
    const el = await fixture<ArkiAlert>(html`<arki-alert variant="warning">Istunto vanhenee 45</arki-alert>`);
    await settle();
    expect(lastAnnouncement('polite')).to.equal('Varoitus: Istunto vanhenee 45');
    expect(
      await announcements(async () => {
        el.textContent = 'Istunto vanhenee 46';
      }),
    ).to.deep.equal(['polite:Varoitus: Istunto vanhenee 46']);
    expect(
      await announcements(async () => {
        el.variant = 'error';
        el.textContent = 'Istunto vanhentui 47';
      }),
      'text and variant changed together: one announcement',
    ).to.deep.equal(['assertive:Virhe: Istunto vanhentui 47']);
    expect(
      await announcements(async () => {
        el.heading = 'Istunto';
      }),
    ).to.deep.equal(['assertive:Virhe: Istunto Istunto vanhentui 47']);
    expect(
      await announcements(async () => {
        el.textContent = 'Istunto vanhentui 47';
        el.requestUpdate();
        await el.updateComplete;
      }),
      'the same text rendered again says nothing',
    ).to.deep.equal([]);
    el.hidden = true;
    expect(await announcements(async () => void (el.textContent = 'Piilossa 48')), 'hidden: silent').to.deep.equal([]);
    el.live = 'off';
    el.hidden = false;
    expect(await announcements(async () => void (el.textContent = 'Hiljaa 49')), 'live="off": silent').to.deep.equal([]);
  });

  it('the announcement is in the alert\'s language, and is cleared after a while; shown again, it is said again', async () => {
    const setTimeoutBefore = window.setTimeout;
    // Shortens only the announcer's message lifetime, so the test need not wait seconds.
    window.setTimeout = ((fn: () => void, ms?: number) => setTimeoutBefore(fn, ms === ANNOUNCEMENT_LIFETIME ? 300 : ms)) as typeof window.setTimeout;
    try {
      const wrap = await fixture<HTMLElement>(html`<div lang="sv"><arki-alert variant="error">Sparandet misslyckades 50</arki-alert></div>`);
      const el = wrap.querySelector('arki-alert')!;
      await settle();
      const region = document.querySelector('[data-arki-announcer="assertive"]')!;
      expect(region.textContent).to.equal('Fel: Sparandet misslyckades 50');
      expect(region.getAttribute('lang')).to.equal('sv');
      await new Promise((r) => setTimeoutBefore(r, 400));
      expect(region.textContent, 'cleared after the lifetime').to.equal('');
      el.hidden = true;
      el.hidden = false;
      await settle();
      expect(region.textContent).to.equal('Fel: Sparandet misslyckades 50');
      await fixture<ArkiAlert>(html`<arki-alert lang="en" variant="error">Failed 50</arki-alert>`);
      await settle();
      expect(region.getAttribute('lang')).to.equal('en');
    } finally {
      window.setTimeout = setTimeoutBefore;
    }
  });

  it('heading-level makes the heading a real heading with the prefix inside', async () => {
    const el = await fixture<ArkiAlert>(html`<arki-alert variant="error" heading="Tarkista tiedot" heading-level="2" live="off">Teksti</arki-alert>`);
    const heading = shadow(el).querySelector('[part="heading"]')!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(heading.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Virhe: Tarkista tiedot');
    const plain = await fixture<ArkiAlert>(html`<arki-alert heading="Huom" live="off">Teksti</arki-alert>`);
    expect(shadow(plain).querySelector('[part="heading"]')!.hasAttribute('role')).to.equal(false);
  });

  it('dismissible: a localised close button of at least 44 px; Enter dismisses and fires arki-dismiss', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <arki-alert dismissible lang="sv" live="off">Ny tjänst</arki-alert>
      <p>Teksti</p>
      <button id="next">Seuraava</button>
    </div>`);
    const el = wrap.querySelector('arki-alert')!;
    await el.updateComplete;
    const button = closeButton(el)!;
    expect(button.getAttribute('aria-label')).to.equal('Stäng meddelandet');
    const r = button.getBoundingClientRect();
    expect(r.width).to.be.at.least(44);
    expect(r.height).to.be.at.least(44);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(button);
    const dismissed = oneEvent(el, 'arki-dismiss');
    await sendKeys({ press: 'Enter' });
    const event = await dismissed;
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(el.hidden).to.equal(true);
    expect(deepActive()).to.equal(wrap.querySelector('#next'));
  });

  it('after dismiss, focus goes to return-focus when given, else the container', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <h2 id="otsikko">Ilmoitukset</h2>
      <section><arki-alert dismissible return-focus="otsikko" live="off">A</arki-alert></section>
      <section id="only"><arki-alert dismissible live="off">B</arki-alert></section>
    </div>`);
    const [a, b] = wrap.querySelectorAll('arki-alert');
    await a!.updateComplete;
    closeButton(a!)!.focus();
    closeButton(a!)!.click();
    expect(deepActive()).to.equal(wrap.querySelector('#otsikko'));
    closeButton(b!)!.focus();
    closeButton(b!)!.click();
    const section = wrap.querySelector('#only')!;
    expect(deepActive()).to.equal(section);
    expect(section.getAttribute('tabindex')).to.equal('-1');
  });

  it('a cancelled arki-dismiss keeps the alert and focus', async () => {
    const el = await fixture<ArkiAlert>(html`<arki-alert dismissible live="off">C</arki-alert>`);
    el.addEventListener('arki-dismiss', (e) => e.preventDefault());
    closeButton(el)!.focus();
    closeButton(el)!.click();
    expect(el.hidden).to.equal(false);
    expect(deepActive()).to.equal(closeButton(el));
  });

  it('is not dismissible by default', async () => {
    const el = await fixture<ArkiAlert>(html`<arki-alert live="off">D</arki-alert>`);
    expect(closeButton(el)).to.equal(null);
  });

  for (const variant of ['info', 'success', 'warning', 'error']) {
    it(`is accessible: ${variant}, with heading, dismissible`, async () => {
      const el = await fixture<HTMLElement>(html`<div>
        <arki-alert variant=${variant} live="off">Palvelussa on huoltokatko 12.12. klo 18–20.</arki-alert>
        <arki-alert variant=${variant} heading="Otsikko" heading-level="2" dismissible live="off"><p>Teksti <a href="#x">linkki</a></p></arki-alert>
        <arki-alert variant=${variant} live="off"><h3 slot="heading">Oma otsikko</h3>Teksti</arki-alert>
      </div>`);
      await expectAccessible(el);
    });
  }
});
