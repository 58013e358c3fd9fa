import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetDevWarnings } from '../../src/base/dev.js';
import '../../src/components/accordion/accordion.js';
import type { ArkiAccordion } from '../../src/components/accordion/accordion.js';
import type { ArkiAccordionItem } from '../../src/components/accordion-item/accordion-item.js';
import { readHashState, writeHashState } from '../../src/components/accordion/hash-state.js';
import { expectAccessible } from '../helpers/a11y.js';

const untilFound = 'onbeforematch' in HTMLElement.prototype;
const items = (el: ArkiAccordion) => [...el.querySelectorAll('arki-accordion-item')] as ArkiAccordionItem[];
const button = (item: ArkiAccordionItem) => item.shadowRoot!.querySelector<HTMLButtonElement>('.button')!;
const panel = (item: ArkiAccordionItem) => item.shadowRoot!.querySelector<HTMLElement>('.panel')!;
const showAll = (el: ArkiAccordion) => el.shadowRoot!.querySelector<HTMLButtonElement>('.show-all')!;
/** The section's own content, as the user sees it. */
const contentShown = (item: ArkiAccordionItem) => item.querySelector('p')!.checkVisibility();
const focused = (el: ArkiAccordion) => items(el).findIndex((i) => i.shadowRoot!.activeElement === button(i));

async function settle(el: ArkiAccordion): Promise<void> {
  await el.updateComplete;
  await Promise.all(items(el).map((i) => i.updateComplete));
  await nextFrame();
  await el.updateComplete;
}

async function make(attrs = '', open = [false, false, false]): Promise<ArkiAccordion> {
  const wrap = document.createElement('div');
  wrap.innerHTML = `<arki-accordion ${attrs}>
    <arki-accordion-item id="haku" heading="Hakeminen" ${open[0] ? 'open' : ''}><p>Hae palvelua lomakkeella.</p></arki-accordion-item>
    <arki-accordion-item id="maksut" heading="Maksut" summary="Asiakasmaksut ja alennukset" ${open[1] ? 'open' : ''}><p>Maksu määräytyy tulojen mukaan.</p><input aria-label="Tulot"></arki-accordion-item>
    <arki-accordion-item id="yhteys" heading="Yhteystiedot" ${open[2] ? 'open' : ''}><p id="puhelin">Puhelin 09 123 4567</p></arki-accordion-item>
  </arki-accordion>`;
  const el = (await fixture<HTMLElement>(wrap)).querySelector('arki-accordion')!;
  await settle(el);
  return el;
}

function captureWarnings(): { warnings: string[]; restore: () => void } {
  resetDevWarnings();
  const warnings: string[] = [];
  const orig = console.warn;
  console.warn = (m: string) => warnings.push(m);
  return { warnings, restore: () => (console.warn = orig) };
}

describe('arki-accordion', () => {
  afterEach(() => history.replaceState(history.state, '', location.pathname + location.search));

  it('each section is a heading (h2 by default) holding a button with aria-expanded and aria-controls', async () => {
    const el = await make();
    for (const item of items(el)) {
      const b = button(item);
      expect(b.parentElement!.localName).to.equal('h2');
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      const controlled = item.shadowRoot!.getElementById(b.getAttribute('aria-controls')!);
      expect(controlled).to.equal(panel(item));
      expect(panel(item).hasAttribute('hidden')).to.equal(true);
      expect(contentShown(item)).to.equal(false);
    }
    expect(button(items(el)[1]!).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Maksut , Asiakasmaksut ja alennukset , Näytä tämä osio');
    await expectAccessible(el);
  });

  it('heading-level sets h2–h6 on every section; a bad value falls back to 2 with a warning', async () => {
    const el = await make('heading-level="4"');
    expect(items(el).map((i) => button(i).parentElement!.localName)).to.deep.equal(['h4', 'h4', 'h4']);
    const w = captureWarnings();
    try {
      el.setAttribute('heading-level', '9');
      await settle(el);
      expect(items(el).map((i) => button(i).parentElement!.localName)).to.deep.equal(['h2', 'h2', 'h2']);
      expect(w.warnings.some((m) => m.includes('<arki-accordion>') && m.includes('heading-level="9"'))).to.equal(true);
    } finally {
      w.restore();
    }
  });

  it('Enter and Space toggle a section and fire toggle; open is reflected', async () => {
    const el = await make();
    const [first] = items(el);
    const states: string[] = [];
    el.addEventListener('toggle', (e) => states.push(`${(e.target as HTMLElement).id}:${(e as ToggleEvent).newState}`));
    await sendKeys({ press: 'Tab' }); // show all
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(0);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(first!.open).to.equal(true);
    expect(first!.hasAttribute('open')).to.equal(true);
    expect(button(first!).getAttribute('aria-expanded')).to.equal('true');
    expect(panel(first!).hasAttribute('hidden')).to.equal(false);
    expect(contentShown(first!)).to.equal(true);
    expect(button(first!).textContent).to.contain('Piilota');
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(first!.open).to.equal(false);
    expect(states).to.deep.equal(['haku:open', 'haku:closed']);
  });

  it('opening from script fires no toggle', async () => {
    const el = await make();
    let fired = 0;
    el.addEventListener('toggle', () => fired++);
    items(el)[2]!.open = true;
    await settle(el);
    expect(contentShown(items(el)[2]!)).to.equal(true);
    expect(fired).to.equal(0);
  });

  it('↓ ↑ move between section buttons and wrap; Home and End go to the ends', async () => {
    const el = await make();
    items(el)[0]!.focus();
    expect(focused(el)).to.equal(0);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(1);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el), 'wraps to first').to.equal(0);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el), 'wraps to last').to.equal(2);
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(0);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(2);
  });

  it('arrow keys inside a panel are left alone', async () => {
    const el = await make('', [false, true, false]);
    const input = items(el)[1]!.querySelector('input')!;
    input.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(document.activeElement).to.equal(input);
  });

  it('"show all sections" opens every section, then "hide all sections" closes them', async () => {
    const el = await make('', [true, false, false]);
    const toggled: string[] = [];
    el.addEventListener('toggle', (e) => toggled.push((e.target as HTMLElement).id));
    expect(showAll(el).textContent).to.contain('Näytä kaikki osiot');
    expect(showAll(el).getAttribute('aria-expanded')).to.equal('false');
    showAll(el).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(items(el).every((i) => i.open)).to.equal(true);
    expect(toggled, 'only the sections that changed').to.deep.equal(['maksut', 'yhteys']);
    expect(showAll(el).textContent).to.contain('Piilota kaikki osiot');
    expect(showAll(el).getAttribute('aria-expanded')).to.equal('true');
    await expectAccessible(el);
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(items(el).some((i) => i.open)).to.equal(false);
    // The label follows changes made any other way, too.
    for (const i of items(el)) i.open = true;
    await settle(el);
    expect(showAll(el).textContent).to.contain('Piilota kaikki osiot');
  });

  it('is localised in sv and en', async () => {
    for (const [lang, all, one] of [['sv', 'Visa alla avsnitt', 'Visa detta avsnitt'], ['en', 'Show all sections', 'Show this section']]) {
      const el = await make(`lang="${lang}"`);
      expect(showAll(el).textContent!.trim()).to.equal(all);
      expect(button(items(el)[0]!).textContent!.replace(/\s+/g, ' ')).to.contain(one);
    }
  });

  it(untilFound ? 'closed panels are hidden="until-found"; beforematch opens the section' : 'closed panels are plain hidden where until-found is unsupported', async () => {
    const el = await make();
    const item = items(el)[2]!;
    expect(panel(item).getAttribute('hidden')).to.equal(untilFound ? 'until-found' : '');
    if (!untilFound) {
      expect(getComputedStyle(panel(item)).display).to.equal('none');
      return;
    }
    const t = oneEvent(el, 'toggle');
    panel(item).dispatchEvent(new Event('beforematch'));
    await t;
    await settle(el);
    expect(item.open).to.equal(true);
    expect(panel(item).hasAttribute('hidden')).to.equal(false);
  });

  if (untilFound) {
    it('the browser itself reveals a closed section for a fragment link inside it (beforematch)', async () => {
      const el = await make();
      const t = oneEvent(el, 'toggle');
      location.hash = '#puhelin';
      await t;
      await settle(el);
      expect(items(el)[2]!.open).to.equal(true);
      expect(contentShown(items(el)[2]!)).to.equal(true);
    });
  }

  describe('remember="hash"', () => {
    it('writes the open sections into the fragment, keeping other parts, without new history entries', async () => {
      history.replaceState(null, '', '#alku');
      const el = await make('id="ohjeet" remember="hash"');
      const length = history.length;
      button(items(el)[1]!).click();
      await settle(el);
      expect(location.hash).to.equal('#alku&ohjeet=maksut');
      button(items(el)[2]!).click();
      await settle(el);
      expect(location.hash).to.equal('#alku&ohjeet=maksut,yhteys');
      showAll(el).click(); // all open
      showAll(el).click(); // all closed
      await settle(el);
      expect(location.hash).to.equal('#alku&ohjeet=');
      expect(history.length).to.equal(length);
    });

    it('restores from the fragment on load and on hashchange', async () => {
      history.replaceState(null, '', '#muu=1&ohjeet=yhteys');
      const el = await make('id="ohjeet" remember="hash"', [true, false, false]);
      expect(items(el).map((i) => i.open)).to.deep.equal([false, false, true]);
      const changed = oneEvent(window, 'hashchange');
      location.hash = '#ohjeet=haku,maksut';
      await changed;
      await settle(el);
      expect(items(el).map((i) => i.open)).to.deep.equal([true, true, false]);
    });

    it('a plain anchor into a closed section opens it', async () => {
      history.replaceState(null, '', '#puhelin');
      const el = await make('id="ohjeet" remember="hash"');
      expect(items(el).map((i) => i.open)).to.deep.equal([false, false, true]);
    });

    it('without an id: a warning, and the fragment is left alone', async () => {
      const w = captureWarnings();
      try {
        const el = await make('remember="hash"');
        button(items(el)[0]!).click();
        await settle(el);
        expect(location.hash).to.equal('');
        expect(w.warnings.some((m) => m.includes('<arki-accordion>') && m.includes('needs an id'))).to.equal(true);
      } finally {
        w.restore();
      }
    });

    it('fragment helpers keep foreign parts and survive malformed input', () => {
      expect(writeHashState('#a&x=1', 'faq', ['b c', 'd'])).to.equal('#a&x=1&faq=b%20c,d');
      expect(readHashState('#a&faq=b%20c,d', 'faq')).to.deep.equal(['b c', 'd']);
      expect(readHashState('#a', 'faq')).to.equal(null);
      expect(readHashState('#faq=%E0%A4%A', 'faq')).to.deep.equal(['%E0%A4%A']);
    });
  });

  it('is accessible: closed, one open, all open, with summaries and at level 3', async () => {
    await expectAccessible(await make());
    await expectAccessible(await make('', [false, true, false]));
    await expectAccessible(await make('heading-level="3"', [true, true, true]));
  });

  it('an item alone warns without a heading', async () => {
    const w = captureWarnings();
    try {
      await fixture(html`<arki-accordion-item><p>x</p></arki-accordion-item>`);
      expect(w.warnings.some((m) => m.includes('<arki-accordion-item>') && m.includes('no heading'))).to.equal(true);
    } finally {
      w.restore();
    }
  });
});
