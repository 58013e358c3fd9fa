import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/help-panel/help-panel.js';
import type { ArkiHelpPanel } from '../../src/components/help-panel/help-panel.js';
import type { ArkiDialog } from '../../src/components/dialog/dialog.js';
import { expectAccessible } from '../helpers/a11y.js';

// `breakpoint` decides the form without resizing the window: 1px is always wide, 10000px always narrow.
const WIDE = '1px';
const NARROW = '10000px';

const trigger = (el: ArkiHelpPanel) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="trigger"]')!;
const panel = (el: ArkiHelpPanel) => el.shadowRoot!.querySelector<HTMLElement>('[part="panel"]');
const dialog = (el: ArkiHelpPanel) => el.shadowRoot!.querySelector<ArkiDialog>('arki-dialog');
const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
const who = (e: Element | null | undefined): string =>
  e ? `${e.localName}${e.id ? `#${e.id}` : ''}${e.getAttribute('part') ? `[${e.getAttribute('part')}]` : ''}` : 'nothing';
const settle = async (el: ArkiHelpPanel) => {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
};

/** Names an element for a failure message (comparing DOM nodes directly makes the runner serialise the page). */
const label = (e: Element | null | undefined): string =>
  e ? `${e.localName}${e.id ? `#${e.id}` : ''}${e.getAttribute('part') ? `[${e.getAttribute('part')}]` : ''}${e.getAttribute('slot') ? `{${e.getAttribute('slot')}}` : ''} "${(e.textContent ?? '').trim().slice(0, 30)}"` : 'nothing';
/** Fails unless `actual` is `target`, naming both. */
const expectSame = (actual: Element | null | undefined, target: Element | null | undefined, what = 'focus'): void => {
  expect(actual === target, `${what}: on ${label(actual)}, expected ${label(target)}`).to.equal(true);
};

/** Waits (at most a second) for a dialog's fade-in to end: axe would measure half-faded colours. */
async function animationsDone(target: Element): Promise<void> {
  const finite = target.getAnimations().filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)));
  await Promise.race([Promise.all(finite.map((a) => a.finished.catch(() => undefined))), new Promise((r) => setTimeout(r, 1000))]);
}

async function page(breakpoint: string, attrs = '') {
  const wrap = await fixture<HTMLElement>(html`<div>
    <button id="before">Ennen</button>
    <arki-help-panel breakpoint=${breakpoint} heading="Ohje: yhteystiedot" data-x=${attrs}>
      <p>Kerro, miten sinuun saa yhteyden.</p>
      <a id="inside" href="#lisaa">Lue lisää yhteystiedoista</a>
    </arki-help-panel>
    <button id="after">Jälkeen</button>
  </div>`);
  const el = wrap.querySelector('arki-help-panel')!;
  await settle(el);
  return { wrap, el };
}

describe('arki-help-panel', () => {
  afterEach(() => {
    document.querySelectorAll('arki-help-panel').forEach((p) => p.hide());
    localStorage.removeItem('arki-test-help');
  });

  it('wide: a toggle button; opening shows a complementary region named by its heading, focus on the heading', async () => {
    const { el } = await page(WIDE);
    expect(trigger(el).textContent!.trim()).to.equal('Ohje');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(panel(el)!.hidden).to.equal(true);
    await expectAccessible(el);
    trigger(el).click();
    await settle(el);
    const aside = panel(el)!;
    expect(aside.localName).to.equal('aside');
    expect(aside.hidden).to.equal(false);
    expect(el.shadowRoot!.getElementById(aside.getAttribute('aria-labelledby')!)!.textContent).to.equal('Ohje: yhteystiedot');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    expect(who(deepActive())).to.equal('span#heading');
    expect(dialog(el)).to.equal(null);
    await expectAccessible(el);
  });

  it('wide: not modal — Tab leaves the panel for the page; the page stays usable', async () => {
    const { wrap, el } = await page(WIDE);
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await sendKeys({ press: 'Tab' });
    expect(who(deepActive())).to.equal('button[close]');
    await sendKeys({ press: 'Tab' });
    expect(who(deepActive())).to.equal('a#inside');
    await sendKeys({ press: 'Tab' });
    expect(who(deepActive()), 'focus moves on to the page').to.equal('button#after');
    expect(el.open, 'stays open').to.equal(true);
    expect(wrap.querySelector('#before')!.closest('[inert]')).to.equal(null);
  });

  it('wide: Esc and the close button close it and return focus to the toggle', async () => {
    const { wrap, el } = await page(WIDE);
    trigger(el).click();
    await settle(el);
    wrap.querySelector<HTMLElement>('#inside')!.focus();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.open).to.equal(false);
    expect(panel(el)!.hidden).to.equal(true);
    expect(who(deepActive())).to.equal('button[trigger]');
    trigger(el).click();
    await settle(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="close"]')!.click();
    await settle(el);
    expect(el.open).to.equal(false);
    expect(who(deepActive())).to.equal('button[trigger]');
  });

  it('narrow: opens as a modal dialog, keeps focus inside (Tab wraps), Esc closes and focus returns', async () => {
    const { wrap, el } = await page(NARROW);
    expect(el.modal).to.equal(true);
    expect(panel(el)).to.equal(null);
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const d = dialog(el)!;
    await d.updateComplete;
    expect(d.open).to.equal(true);
    expect(d.shadowRoot!.querySelector('dialog')!.matches(':modal')).to.equal(true);
    expect(d.heading).to.equal('Ohje: yhteystiedot');
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      seen.push(who(deepActive()));
    }
    expect(seen.filter((s) => s === 'button#before' || s === 'button#after' || s === 'button[trigger]' || s === 'nothing' || s === 'body'), seen.join()).to.deep.equal([]);
    expect(seen).to.include('a#inside');
    await animationsDone(d.shadowRoot!.querySelector('dialog')!);
    await expectAccessible(d);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(d.open).to.equal(false);
    expect(el.open).to.equal(false);
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(who(deepActive())).to.equal('button[trigger]');
    expect(wrap.querySelector('#after')).to.not.equal(null);
  });

  it('narrow: focus starts at the heading, as on wide screens; the close button is "Sulje ohje", as on wide screens', async () => {
    const { el } = await page(NARROW);
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const d = dialog(el)!;
    await d.updateComplete;
    expectSame(deepActive(), d.shadowRoot!.querySelector('[part="heading"]'), 'the heading, not the first link');
    expect(d.shadowRoot!.querySelector('[part="close"]')!.getAttribute('aria-label')).to.equal('Sulje ohje');
    const wide = await page(WIDE);
    expect(wide.el.shadowRoot!.querySelector('[part="close"]')!.getAttribute('aria-label')).to.equal('Sulje ohje');
  });

  it('crossing the breakpoint while open with focus inside: stays open in the new form, focus on the same thing', async () => {
    const { wrap, el } = await page(WIDE);
    trigger(el).click();
    await settle(el);
    expect(who(deepActive())).to.equal('span#heading');
    el.breakpoint = NARROW; // as zooming in past 48em
    await settle(el);
    let d = dialog(el)!;
    await d.updateComplete;
    expect(el.open, 'still open').to.equal(true);
    expect(d.open).to.equal(true);
    expectSame(deepActive(), d.shadowRoot!.querySelector('[part="heading"]'), 'heading → the dialog heading');
    el.breakpoint = WIDE;
    await settle(el);
    expect(el.open).to.equal(true);
    expect(panel(el)!.hidden).to.equal(false);
    expect(who(deepActive()), 'dialog heading → the panel heading').to.equal('span#heading');
    const link = wrap.querySelector<HTMLElement>('#inside')!;
    link.focus();
    el.breakpoint = NARROW;
    await settle(el);
    d = dialog(el)!;
    await d.updateComplete;
    expect(d.open).to.equal(true);
    expectSame(deepActive(), link, 'a link in the help stays focused');
    el.breakpoint = WIDE;
    await settle(el);
    expectSame(deepActive(), link);
    el.shadowRoot!.querySelector<HTMLElement>('[part="close"]')!.focus();
    el.breakpoint = NARROW;
    await settle(el);
    d = dialog(el)!;
    await d.updateComplete;
    expectSame(deepActive(), d.shadowRoot!.querySelector('[part="close"]'), 'close → the dialog close button');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.open).to.equal(false);
    expect(who(deepActive()), 'closing returns focus to the toggle').to.equal('button[trigger]');
  });

  it('crossing into the narrow form while open but not in use: closes (a modal never opens by itself), focus untouched', async () => {
    const { wrap, el } = await page(WIDE);
    el.show();
    await settle(el);
    const after = wrap.querySelector<HTMLButtonElement>('#after')!;
    after.focus();
    el.breakpoint = NARROW;
    await settle(el);
    expect(el.open).to.equal(false);
    expect(dialog(el)!.open).to.equal(false);
    expectSame(document.activeElement, after);
  });

  it('storage-key remembers the choice across pages; an "open" is restored on wide screens only', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><arki-help-panel breakpoint=${WIDE} storage-key="arki-test-help"><p>Ohje</p></arki-help-panel></div>`);
    const el = wrap.querySelector('arki-help-panel')!;
    await settle(el);
    trigger(el).click();
    await settle(el);
    expect(localStorage.getItem('arki-test-help')).to.equal('open');
    const next = await fixture<ArkiHelpPanel>(html`<arki-help-panel breakpoint=${WIDE} storage-key="arki-test-help"><p>Ohje</p></arki-help-panel>`);
    await settle(next);
    expect(next.open, 'restored on the next page').to.equal(true);
    expect(panel(next)!.hidden).to.equal(false);
    const phone = await fixture<ArkiHelpPanel>(html`<arki-help-panel breakpoint=${NARROW} storage-key="arki-test-help"><p>Ohje</p></arki-help-panel>`);
    await settle(phone);
    expect(phone.open, 'no modal opens by itself').to.equal(false);
    expect(dialog(phone)!.open).to.equal(false);
    trigger(next).click();
    await settle(next);
    expect(localStorage.getItem('arki-test-help')).to.equal('closed');
    const closed = await fixture<ArkiHelpPanel>(html`<arki-help-panel open breakpoint=${WIDE} storage-key="arki-test-help"><p>Ohje</p></arki-help-panel>`);
    expect(closed.open, "the user's choice beats the page default").to.equal(false);
  });

  it('works when storage throws (private mode, blocked cookies)', async () => {
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await fixture<ArkiHelpPanel>(html`<arki-help-panel breakpoint=${WIDE} storage-key="arki-test-help"><p>Ohje</p></arki-help-panel>`);
      await settle(el);
      trigger(el).click();
      await settle(el);
      expect(el.open).to.equal(true);
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
    }
  });

  it('heading-level, label, bad breakpoint, and localisation', async () => {
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    let el: ArkiHelpPanel;
    try {
      el = await fixture<ArkiHelpPanel>(html`<arki-help-panel heading-level="3" breakpoint="wide" label="Ohje tähän vaiheeseen"><p>x</p></arki-help-panel>`);
      await settle(el);
    } finally {
      console.warn = orig;
    }
    expect(warnings.some((w) => w.includes('breakpoint="wide"'))).to.equal(true);
    expect(trigger(el).textContent!.trim()).to.equal('Ohje tähän vaiheeseen');
    el.breakpoint = WIDE;
    el.show();
    await settle(el);
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Ohje');
    const wrap = await fixture<HTMLElement>(html`<div>
      <arki-help-panel lang="sv" breakpoint=${WIDE} open><p>x</p></arki-help-panel>
      <arki-help-panel lang="en" breakpoint=${WIDE} open><p>x</p></arki-help-panel>
    </div>`);
    const [sv, en] = [...wrap.querySelectorAll('arki-help-panel')] as ArkiHelpPanel[];
    await settle(sv!);
    await settle(en!);
    expect(trigger(sv!).textContent!.trim()).to.equal('Hjälp');
    expect(sv!.shadowRoot!.querySelector('[part="close"]')!.getAttribute('aria-label')).to.equal('Stäng hjälpen');
    expect(en!.shadowRoot!.querySelector('h2')!.textContent).to.equal('Help');
    await expectAccessible(wrap);
  });
});
