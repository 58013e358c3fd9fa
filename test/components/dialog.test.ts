import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/dialog/dialog.js';
import { confirmDialog, type ArkiDialog } from '../../src/components/dialog/dialog.js';
import { isScrollLocked } from '../../src/components/dialog/scroll-lock.js';
import { announce, lastAnnouncement } from '../../src/controllers/announcer.js';
import { registerTranslation } from '../../src/i18n/index.js';
import { expectAccessible } from '../helpers/a11y.js';
import { announced } from '../helpers/announcements.js';

const native = (el: ArkiDialog) => el.shadowRoot!.querySelector('dialog')!;
const part = (el: ArkiDialog, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
/** The focused element, or the host whose shadow root holds it. */
const inside = (el: Element) => {
  let n: Node | null = deepActive();
  while (n) {
    if (n === el) return true;
    n = (n as Element).assignedSlot ?? n.parentNode ?? (n as ShadowRoot).host ?? null;
    if (n instanceof ShadowRoot) n = n.host;
  }
  return false;
};

/** Names an element for a failure message (comparing DOM nodes directly makes the runner serialise the page). */
const label = (e: Element | null | undefined): string =>
  e ? `${e.localName}${e.id ? `#${e.id}` : ''}${e.getAttribute('part') ? `[${e.getAttribute('part')}]` : ''}${e.getAttribute('slot') ? `{${e.getAttribute('slot')}}` : ''} "${(e.textContent ?? '').trim().slice(0, 30)}"` : 'nothing';
/** Fails unless `actual` is `target`, naming both. */
const expectSame = (actual: Element | null | undefined, target: Element | null | undefined, what = 'focus'): void => {
  expect(actual === target, `${what}: on ${label(actual)}, expected ${label(target)}`).to.equal(true);
};

async function page(dialog = html`<arki-dialog heading="Muokkaa yhteystietoja">
    <p>Tiedot tallennetaan profiiliin.</p>
    <label>Puhelin <input id="phone" /></label>
    <arki-button slot="footer" data-arki-close="save">Tallenna</arki-button>
  </arki-dialog>`) {
  const wrap = await fixture<HTMLElement>(html`<div>
    <button id="opener">Avaa</button>
    ${dialog}
    <button id="outside">Ulkona</button>
  </div>`);
  const el = wrap.querySelector('arki-dialog')!;
  await el.updateComplete;
  const opener = wrap.querySelector<HTMLButtonElement>('#opener')!;
  opener.addEventListener('click', () => el.showModal());
  return { wrap, el, opener };
}

/** Shift+Tab: Playwright takes a chord, WebDriver (WebKit) its key codes, BiDi (Firefox) down/up. */
async function shiftTab() {
  const ua = navigator.userAgent;
  if (ua.includes('Chrome')) return sendKeys({ press: 'Shift+Tab' });
  if (!ua.includes('Firefox')) return sendKeys({ press: '\uE008\uE004' });
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

async function openWithKeyboard(opener: HTMLElement, el: ArkiDialog) {
  opener.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

describe('arki-dialog', () => {
  afterEach(() => {
    document.querySelectorAll('arki-dialog').forEach((d) => d.close());
  });

  it('is a native <dialog> named by its heading in the same shadow root; closed by default', async () => {
    const { el } = await page();
    const d = native(el);
    expect(d.open).to.equal(false);
    expect(el.open).to.equal(false);
    const heading = el.shadowRoot!.getElementById(d.getAttribute('aria-labelledby')!)!;
    expect(heading.textContent!.trim()).to.equal('Muokkaa yhteystietoja');
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(el.hasAttribute('id'), 'no attributes sprout on the host').to.equal(false);
    expect(() => document.createElement('arki-dialog')).not.to.throw();
  });

  it('the close button is named in the locale, and a page can rename it with registerTranslation', async () => {
    const { el } = await page();
    expect(part(el, 'close').getAttribute('aria-label')).to.equal('Sulje');
    try {
      registerTranslation({ $code: 'fi', close: 'Sulje ikkuna' });
      await el.updateComplete;
      expect(part(el, 'close').getAttribute('aria-label')).to.equal('Sulje ikkuna');
    } finally {
      registerTranslation({ $code: 'fi', close: 'Sulje' });
    }
    await el.updateComplete;
    expect(part(el, 'close').getAttribute('aria-label')).to.equal('Sulje');
  });

  it('modal: opens with showModal, reflects open, focus moves to the first field, page is locked', async () => {
    const { el, opener, wrap } = await page();
    await openWithKeyboard(opener, el);
    expect(native(el).matches(':modal')).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(deepActive()).to.equal(wrap.querySelector('#phone'));
    expect(isScrollLocked()).to.equal(true);
  });

  it('modal focus management: Tab and Shift+Tab stay in the dialog; Esc closes; focus returns to the opener', async () => {
    const { el, opener, wrap } = await page();
    await openWithKeyboard(opener, el);
    const outside = wrap.querySelector('#outside')!;
    const phone = wrap.querySelector('#phone');
    const save = wrap.querySelector('arki-button')!.shadowRoot!.querySelector('button');
    const close = part(el, 'close');
    const forward: Array<Element | null> = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      forward.push(deepActive());
    }
    // APG: from the last element Tab wraps to the first (the close button), never outside.
    expect(forward).to.deep.equal([save, close, phone, save, close, phone]);
    const backward: Array<Element | null> = [];
    for (let i = 0; i < 6; i++) {
      await shiftTab();
      backward.push(deepActive());
    }
    expect(backward).to.deep.equal([close, save, phone, close, save, phone]);
    expect(forward.concat(backward).some((a) => a === opener || a === outside)).to.equal(false);
    const events: string[] = [];
    el.addEventListener('cancel', () => events.push('cancel'));
    el.addEventListener('close', () => events.push('close'));
    wrap.querySelector<HTMLInputElement>('#phone')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(events).to.deep.equal(['cancel', 'close']);
    expect(native(el).open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(deepActive()).to.equal(opener);
    expect(isScrollLocked()).to.equal(false);
  });

  it('a cancelled cancel event keeps it open', async () => {
    const { el, opener } = await page();
    await openWithKeyboard(opener, el);
    el.addEventListener('cancel', (e) => e.preventDefault(), { once: true });
    await sendKeys({ press: 'Escape' });
    expect(native(el).open).to.equal(true);
  });

  it('persistent: Esc (even twice) does not close; the close button still does', async () => {
    const { el, opener } = await page(html`<arki-dialog heading="Istunto vanhenee" persistent><p>Jatketaanko?</p><button id="jatka">Jatka</button></arki-dialog>`);
    await openWithKeyboard(opener, el);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await nextFrame();
    expect(native(el).open).to.equal(true);
    expect(el.open).to.equal(true);
    part(el, 'close').click();
    expect(native(el).open).to.equal(false);
    expect(deepActive()).to.equal(opener);
  });

  it('the close button: localised name, 44 px target, fires cancel and close with an empty returnValue', async () => {
    for (const [lang, name] of [['fi', 'Sulje'], ['sv', 'Stäng'], ['en', 'Close']]) {
      const el = await fixture<ArkiDialog>(html`<arki-dialog lang=${lang} heading="X"><p>Y</p></arki-dialog>`);
      expect(part(el, 'close').getAttribute('aria-label')).to.equal(name);
    }
    const { el, opener } = await page();
    await openWithKeyboard(opener, el);
    const r = part(el, 'close').getBoundingClientRect();
    expect(Math.round(r.width)).to.be.at.least(44);
    expect(Math.round(r.height)).to.be.at.least(44);
    const closed = oneEvent(el, 'close');
    part(el, 'close').click();
    await closed;
    expect(el.returnValue).to.equal('');
  });

  it('data-arki-close closes with its value as returnValue', async () => {
    const { el, opener, wrap } = await page();
    await openWithKeyboard(opener, el);
    wrap.querySelector<HTMLElement>('arki-button')!.click();
    expect(native(el).open).to.equal(false);
    expect(el.returnValue).to.equal('save');
  });

  it('initial focus: an autofocus element first; the heading when nothing is focusable', async () => {
    const a = await page(html`<arki-dialog heading="A"><input id="first" /><input id="second" autofocus /></arki-dialog>`);
    a.el.showModal();
    expect(deepActive()).to.equal(a.wrap.querySelector('#second'));
    a.el.close();
    const b = await page(html`<arki-dialog heading="Pelkkää tekstiä"><p>Ei kenttiä.</p></arki-dialog>`);
    b.el.showModal();
    expect(deepActive()).to.equal(part(b.el, 'heading'));
  });

  it('long content without fields: focus goes to the heading at the top, not to a footer button at the end (APG)', async () => {
    const long = html`<arki-dialog heading="Käyttöehdot">
      ${Array.from({ length: 40 }, (_, i) => html`<p>${i + 1}. Palvelun käyttöön sovelletaan näitä ehtoja.</p>`)}
      <arki-button slot="footer" data-arki-close="ok">Hyväksyn ehdot</arki-button>
    </arki-dialog>`;
    const { el, opener } = await page(long);
    await openWithKeyboard(opener, el);
    expect(native(el).scrollHeight, 'the content is longer than the dialog').to.be.greaterThan(native(el).clientHeight);
    expectSame(deepActive(), part(el, 'heading'));
    expect(native(el).scrollTop, 'opens at its beginning').to.equal(0);
    await sendKeys({ press: 'Tab' });
    expectSame(deepActive(), part(el, 'close'), 'Tab then goes on from the top');
    el.close();
    // Short: the footer button is in view, so it gets focus as before.
    const short = await page(html`<arki-dialog heading="Valmis"><p>Hakemus lähetetty.</p><arki-button slot="footer" data-arki-close="ok">OK</arki-button></arki-dialog>`);
    short.el.showModal();
    expectSame(deepActive(), short.wrap.querySelector('arki-button')!.shadowRoot!.querySelector('button'));
    short.el.close();
    // A field far down in long content: the heading too.
    const far = await page(html`<arki-dialog heading="Ehdot">
      ${Array.from({ length: 40 }, (_, i) => html`<p>${i + 1}. Ehto.</p>`)}
      <label>Nimi <input id="far" /></label>
    </arki-dialog>`);
    far.el.showModal();
    expectSame(deepActive(), part(far.el, 'heading'));
    far.el.close();
    // Without a heading: the dialog itself, at the top.
    const unnamed = await page(html`<arki-dialog label="Ehdot">
      ${Array.from({ length: 40 }, (_, i) => html`<p>${i + 1}. Ehto.</p>`)}
      <arki-button slot="footer" data-arki-close="ok">OK</arki-button>
    </arki-dialog>`);
    unnamed.el.showModal();
    expectSame(deepActive(), native(unnamed.el));
    expect(native(unnamed.el).scrollTop).to.equal(0);
    await expectAccessible(unnamed.el);
  });

  it('initial-focus="heading" always starts at the heading; close-label renames the close button', async () => {
    const { el, wrap } = await page(html`<arki-dialog heading="Ohje" initial-focus="heading" close-label="Sulje ohje">
      <p><a id="link" href="#x">Linkki</a></p>
    </arki-dialog>`);
    expect(part(el, 'close').getAttribute('aria-label')).to.equal('Sulje ohje');
    el.showModal();
    expectSame(deepActive(), part(el, 'heading'));
    expect(wrap.querySelector('#link')).to.exist;
    el.close();
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const bad = await fixture<ArkiDialog>(html`<arki-dialog heading="X" initial-focus="footer"><input id="f" /></arki-dialog>`);
      expect(bad.initialFocus).to.equal('auto');
      expect(warnings.some((w) => w.includes('initial-focus="footer"'))).to.equal(true);
    } finally {
      console.warn = orig;
    }
  });

  it('content replaced while open: when the focused element goes, focus moves to the initial target, not the inert page', async () => {
    const { el, wrap } = await page(html`<arki-dialog heading="Vaihe 1"><div id="step"><button id="next">Seuraava</button></div></arki-dialog>`);
    el.showModal();
    const step = wrap.querySelector('#step')!;
    expectSame(deepActive(), wrap.querySelector('#next'));
    step.innerHTML = '<p>Valmis.</p><button id="done" autofocus>Sulje vaihe</button>';
    await nextFrame();
    expectSame(deepActive(), wrap.querySelector('#done'));
    // Focus that stays put (an element still there) is left alone.
    const extra = document.createElement('p');
    extra.textContent = 'Lisätietoa';
    step.prepend(extra);
    await nextFrame();
    expectSame(deepActive(), wrap.querySelector('#done'));
  });

  it('announcements are made inside the open modal dialog, and back on the page after it', async () => {
    const { el, opener } = await page();
    await openWithKeyboard(opener, el);
    announce('Tallennettu 61');
    await new Promise((r) => setTimeout(r, 150));
    const region = document.querySelector('[data-arki-announcer="polite"]')!;
    expect(region.parentElement).to.equal(el);
    await announced('Tallennettu 61');
    el.close();
    expect(document.querySelector('[data-arki-announcer="polite"]')!.parentElement).to.equal(document.body);
  });

  it('an old announcement does not move into an open dialog (nor into a confirm dialog\'s description), nor back out', async () => {
    announce('Vanha ilmoitus 64');
    announce('Vanha virhe 64', 'assertive');
    await new Promise((r) => setTimeout(r, 150));
    await announced('Vanha ilmoitus 64');
    const el = await fixture<ArkiDialog>(html`<arki-dialog variant="confirm" heading="Poistetaanko?"><p>Poistoa ei voi perua.</p></arki-dialog>`);
    el.showModal();
    try {
      const regions = [...document.querySelectorAll('[data-arki-announcer]')];
      expect(regions.length).to.equal(2);
      expect(regions.every((r) => r.parentElement === el), 'the regions are in the dialog').to.equal(true);
      expect(el.textContent).not.to.contain('64');
      const body = el.shadowRoot!.getElementById(native(el).getAttribute('aria-describedby')!)!;
      const described = (body.querySelector('slot') as HTMLSlotElement).assignedNodes({ flatten: true }).map((n) => n.textContent).join('');
      expect(described).to.contain('Poistoa ei voi perua.').and.not.to.contain('64');
      announce('Dialogissa 65');
      await new Promise((r) => setTimeout(r, 150));
    } finally {
      el.close();
    }
    expect(document.querySelector('[data-arki-announcer="polite"]')!.parentElement === document.body, 'back on the page').to.equal(true);
    expect(lastAnnouncement(), 'the message said in the dialog stays there').to.equal('');
  });

  it('scroll lock keeps the scroll position and restores it', async () => {
    const { el, wrap } = await page();
    const tall = document.createElement('div');
    tall.style.blockSize = '3000px';
    wrap.append(tall);
    window.scrollTo({ top: 400, behavior: 'instant' });
    const y = window.scrollY;
    expect(y).to.be.greaterThan(0);
    el.showModal();
    expect(getComputedStyle(document.body).position).to.equal('fixed');
    expect(document.body.style.top).to.equal(`${-y}px`);
    window.scrollTo({ top: 800, behavior: 'instant' });
    expect(window.scrollY, 'the page does not scroll while locked').to.equal(0);
    el.close();
    expect(getComputedStyle(document.body).position).to.equal('static');
    expect(document.body.style.top).to.equal('');
    expect(window.scrollY).to.equal(y);
    window.scrollTo({ top: 0, behavior: 'instant' });
  });

  it('non-modal: the page stays usable, no scroll lock; Esc closes and focus returns', async () => {
    const { el, opener, wrap } = await page(html`<arki-dialog heading="Ohje" non-modal><p>Ohjeteksti</p><a href="#lisaa">Lisää</a></arki-dialog>`);
    opener.addEventListener('click', () => el.close());
    opener.focus();
    el.show();
    await el.updateComplete;
    expect(native(el).open).to.equal(true);
    expect(native(el).matches(':modal')).to.equal(false);
    expect(isScrollLocked()).to.equal(false);
    expect(deepActive()).to.equal(wrap.querySelector('a'));
    const outside = wrap.querySelector<HTMLButtonElement>('#outside')!;
    outside.focus();
    expect(document.activeElement).to.equal(outside);
    wrap.querySelector('a')!.focus();
    await sendKeys({ press: 'Escape' });
    expect(native(el).open).to.equal(false);
    expect(deepActive()).to.equal(opener);
  });

  it('open attribute opens it (modal unless non-modal); setting open=false closes', async () => {
    const el = await fixture<ArkiDialog>(html`<arki-dialog heading="Auki" open><p>Sisältö</p></arki-dialog>`);
    await el.updateComplete;
    expect(native(el).matches(':modal')).to.equal(true);
    el.open = false;
    await el.updateComplete;
    expect(native(el).open).to.equal(false);
    expect(isScrollLocked()).to.equal(false);
  });

  it('light-dismiss: an outside (backdrop) click closes only when enabled', async () => {
    const { el } = await page(html`<arki-dialog heading="Kevyt"><p>x</p></arki-dialog>`);
    el.showModal();
    native(el).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(native(el).open).to.equal(true);
    el.lightDismiss = true;
    native(el).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(native(el).open).to.equal(false);
  });

  it('removing an open dialog releases the scroll lock and the announcer', async () => {
    const { el } = await page();
    el.showModal();
    el.remove();
    expect(isScrollLocked()).to.equal(false);
    announce('Poistettu 62');
    await new Promise((r) => setTimeout(r, 150));
    expect(document.querySelector('[data-arki-announcer="polite"]')!.parentElement).to.equal(document.body);
  });

  describe('confirm variant', () => {
    it('localised buttons (fi, sv, en), alertdialog described by its text, focus on cancel', async () => {
      for (const [lang, ok, cancel] of [['fi', 'Vahvista', 'Peruuta'], ['sv', 'Bekräfta', 'Avbryt'], ['en', 'Confirm', 'Cancel']]) {
        const el = await fixture<ArkiDialog>(html`<arki-dialog lang=${lang} variant="confirm" heading="?"><p>Varmasti?</p></arki-dialog>`);
        expect(el.shadowRoot!.querySelector('.confirm')!.textContent!.trim()).to.equal(ok);
        expect(el.shadowRoot!.querySelector('.cancel')!.textContent!.trim()).to.equal(cancel);
      }
      const { el, opener } = await page(html`<arki-dialog variant="confirm" heading="Poistetaanko hakemus?" confirm-label="Poista" cancel-label="Älä poista" danger><p>Poistoa ei voi perua.</p></arki-dialog>`);
      await openWithKeyboard(opener, el);
      const d = native(el);
      expect(d.getAttribute('role')).to.equal('alertdialog');
      expect(el.shadowRoot!.getElementById(d.getAttribute('aria-describedby')!)).to.equal(part(el, 'body'));
      expect(el.shadowRoot!.querySelector('.confirm')!.textContent!.trim()).to.equal('Poista');
      expect(el.shadowRoot!.querySelector('.confirm')!.getAttribute('variant')).to.equal('danger');
      expect(inside(el.shadowRoot!.querySelector('.cancel')!)).to.equal(true);
    });

    it('confirm() resolves true on confirm (keyboard) and false on Esc; returnValue says which', async () => {
      const { el } = await page(html`<arki-dialog variant="confirm" heading="Lähetetäänkö?"><p>Tarkista tiedot.</p></arki-dialog>`);
      const first = el.confirm();
      await el.updateComplete;
      await shiftTab();
      expect(inside(el.shadowRoot!.querySelector('.confirm')!)).to.equal(true);
      await sendKeys({ press: 'Enter' });
      expect(await first).to.equal(true);
      expect(el.returnValue).to.equal('confirm');
      const second = el.confirm();
      await el.updateComplete;
      await sendKeys({ press: 'Escape' });
      expect(await second).to.equal(false);
      expect(el.returnValue).to.equal('cancel');
    });

    it('confirmDialog() asks, resolves, removes itself and returns focus', async () => {
      const button = await fixture<HTMLButtonElement>(html`<button>Poista</button>`);
      button.focus();
      const answer = confirmDialog({ heading: 'Poistetaanko?', message: '<img src=x onerror=alert(1)> ei tulkita', lang: 'en' });
      await nextFrame();
      const el = document.querySelector('arki-dialog')!;
      expect(el.querySelector('img')).to.equal(null);
      expect(el.textContent).to.contain('<img');
      expect(el.shadowRoot!.querySelector('.cancel')!.textContent!.trim()).to.equal('Cancel');
      (el.shadowRoot!.querySelector('.confirm') as HTMLElement).click();
      expect(await answer).to.equal(true);
      expect(document.querySelector('arki-dialog')).to.equal(null);
      expect(document.activeElement).to.equal(button);
    });
  });

  it('falls back on unknown variant and size, and warns when the dialog has no name', async () => {
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<ArkiDialog>(html`<arki-dialog variant="alert" size="xl"><p>x</p></arki-dialog>`);
      expect(el.variant).to.equal('default');
      expect(el.size).to.equal('m');
      expect(warnings.some((w) => w.includes('variant="alert"'))).to.equal(true);
      expect(warnings.some((w) => w.includes('no heading'))).to.equal(true);
    } finally {
      console.warn = orig;
    }
  });

  for (const [name, markup] of [
    ['modal', html`<arki-dialog heading="Muokkaa"><p>Teksti</p><label>Nimi <input /></label><arki-button slot="footer">Tallenna</arki-button></arki-dialog>`],
    ['confirm', html`<arki-dialog variant="confirm" heading="Poistetaanko?"><p>Poistoa ei voi perua.</p></arki-dialog>`],
    ['non-modal', html`<arki-dialog heading="Ohje" non-modal><p>Ohjeteksti</p></arki-dialog>`],
  ] as const) {
    it(`is accessible: ${name}, closed and open`, async () => {
      const wrap = await fixture<HTMLElement>(html`<div>${markup}</div>`);
      const el = wrap.querySelector('arki-dialog')!;
      await el.updateComplete;
      await expectAccessible(wrap);
      el.open = true;
      await el.updateComplete;
      await expectAccessible(wrap);
    });
  }
});
