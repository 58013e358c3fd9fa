import { expect, fixture, fixtureCleanup, nextFrame, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { resetDevWarnings } from '../../src/base/dev.js';
import '../../src/components/accordion/accordion.js';
import '../../src/components/accordion-item/accordion-item.js';
import type { ArkiAccordion } from '../../src/components/accordion/accordion.js';
import type { ArkiAccordionItem } from '../../src/components/accordion-item/accordion-item.js';
import { expectAccessible, roleAndName } from '../helpers/a11y.js';

// The item's own API and states. The group (show all, arrow keys between sections, remembering
// state in the URL, find-in-page) is tested in accordion.test.ts.

const untilFound = 'onbeforematch' in HTMLElement.prototype;
const button = (item: ArkiAccordionItem) => item.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
const panel = (item: ArkiAccordionItem) => item.shadowRoot!.querySelector<HTMLElement>('[part="panel"]')!;
const heading = (item: ArkiAccordionItem) => item.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The section's own content, as the user sees it. */
const contentShown = (item: ArkiAccordionItem) => item.querySelector('p')!.checkVisibility();
const buttonFocused = (item: ArkiAccordionItem) => item.shadowRoot!.activeElement === button(item);

async function settle(item: ArkiAccordionItem): Promise<void> {
  await item.updateComplete;
  await nextFrame();
  await item.updateComplete;
}

/** An item on its own (no accordion), in a wrapper that may carry `lang`. */
async function alone(attrs = '', content = '<p>Hae paikkaa viimeistään neljä kuukautta ennen.</p>', lang = ''): Promise<ArkiAccordionItem> {
  const wrap = document.createElement('div');
  if (lang) wrap.lang = lang;
  wrap.innerHTML = `<arki-accordion-item id="haku" ${attrs}>${content}</arki-accordion-item>`;
  const item = (await fixture<HTMLElement>(wrap)).querySelector('arki-accordion-item')!;
  await settle(item);
  return item;
}

/** Three items in an accordion; returns the middle one, which the tests are about. */
async function inAccordion(accordionAttrs = '', itemAttrs = ''): Promise<{ acc: ArkiAccordion; item: ArkiAccordionItem }> {
  const wrap = document.createElement('div');
  wrap.innerHTML = `<arki-accordion ${accordionAttrs}>
    <arki-accordion-item heading="Hakeminen"><p>Hae palvelua lomakkeella.</p></arki-accordion-item>
    <arki-accordion-item id="maksut" heading="Maksut" ${itemAttrs}><p>Maksu määräytyy tulojen mukaan.</p><label>Tulot <input name="tulot"></label></arki-accordion-item>
    <arki-accordion-item heading="Yhteystiedot"><p>Puhelin 09 123 4567</p></arki-accordion-item>
  </arki-accordion>`;
  const acc = (await fixture<HTMLElement>(wrap)).querySelector('arki-accordion')!;
  const item = acc.querySelector<ArkiAccordionItem>('#maksut')!;
  await acc.updateComplete;
  await Promise.all([...acc.querySelectorAll<ArkiAccordionItem>('arki-accordion-item')].map((i) => i.updateComplete));
  await settle(item);
  return { acc, item };
}

function captureWarnings(): { warnings: string[]; restore: () => void } {
  resetDevWarnings();
  const warnings: string[] = [];
  const orig = console.warn;
  console.warn = (m: string) => warnings.push(String(m));
  return { warnings, restore: () => (console.warn = orig) };
}

describe('arki-accordion-item', () => {
  afterEach(() => resetMouse());

  describe('on its own', () => {
    it('is closed by default: an h2 holding a button (collapsed) that controls the hidden panel', async () => {
      const item = await alone('heading="Paikan hakeminen"');
      expect(item.open).to.equal(false);
      expect(item.hasAttribute('open')).to.equal(false);
      expect(heading(item).localName).to.equal('h2');
      expect(button(item).parentElement).to.equal(heading(item));
      expect(button(item).type).to.equal('button');
      expect(button(item).getAttribute('aria-expanded')).to.equal('false');
      expect(item.shadowRoot!.getElementById(button(item).getAttribute('aria-controls')!)).to.equal(panel(item));
      expect(panel(item).getAttribute('hidden')).to.equal(untilFound ? 'until-found' : '');
      expect(contentShown(item)).to.equal(false);
      expect(await roleAndName(item, button(item))).to.deep.equal({ role: 'button', name: 'Paikan hakeminen , Näytä tämä osio' });
      await expectAccessible(item);
    });

    it('open (attribute or property) shows the panel, says "Piilota tämä osio" and reflects', async () => {
      const item = await alone('heading="Paikan hakeminen" open');
      expect(item.open).to.equal(true);
      expect(button(item).getAttribute('aria-expanded')).to.equal('true');
      expect(panel(item).hasAttribute('hidden')).to.equal(false);
      expect(contentShown(item)).to.equal(true);
      expect(text(button(item))).to.equal('Paikan hakeminen , Piilota tämä osio');
      await expectAccessible(item);
      item.open = false;
      await settle(item);
      expect(item.hasAttribute('open'), 'property → attribute').to.equal(false);
      expect(contentShown(item)).to.equal(false);
      item.setAttribute('open', '');
      await settle(item);
      expect(item.open, 'attribute → property').to.equal(true);
      expect(contentShown(item)).to.equal(true);
    });

    it('a click opens and closes it and fires toggle (bubbling, composed, with newState and oldState)', async () => {
      const item = await alone('heading="Paikan hakeminen"');
      const events: Event[] = [];
      const listener = (e: Event) => e.target === item && events.push(e);
      document.addEventListener('toggle', listener);
      try {
        button(item).click();
        await settle(item);
        expect(item.open).to.equal(true);
        expect(item.hasAttribute('open')).to.equal(true);
        expect(contentShown(item)).to.equal(true);
        button(item).click();
        await settle(item);
        expect(item.open).to.equal(false);
      } finally {
        document.removeEventListener('toggle', listener);
      }
      expect(events.length).to.equal(2);
      expect(events.every((e) => e.bubbles && e.composed)).to.equal(true);
      if (typeof ToggleEvent === 'function') {
        expect(events.map((e) => [(e as ToggleEvent).oldState, (e as ToggleEvent).newState])).to.deep.equal([
          ['closed', 'open'],
          ['open', 'closed'],
        ]);
      }
    });

    it('keyboard: Tab reaches the button, focus alone does not open it, Enter and Space toggle it', async () => {
      const before = document.createElement('button');
      before.textContent = 'Ennen';
      const item = await alone('heading="Paikan hakeminen"');
      item.before(before);
      try {
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(buttonFocused(item)).to.equal(true);
        expect(item.open, 'focus does not open (3.2.1)').to.equal(false);
        let fired = 0;
        item.addEventListener('toggle', () => fired++);
        await sendKeys({ press: 'Enter' });
        await settle(item);
        expect(item.open).to.equal(true);
        expect(contentShown(item)).to.equal(true);
        expect(buttonFocused(item), 'focus stays on the button').to.equal(true);
        await sendKeys({ press: ' ' });
        await settle(item);
        expect(item.open).to.equal(false);
        await sendKeys({ press: ' ' });
        await settle(item);
        expect(item.open).to.equal(true);
        expect(fired).to.equal(3);
      } finally {
        before.remove();
      }
    });

    it('focus() focuses the section button', async () => {
      const item = await alone('heading="Paikan hakeminen"');
      item.focus();
      expect(document.activeElement).to.equal(item);
      expect(buttonFocused(item)).to.equal(true);
      expect(item.headerButton).to.equal(button(item));
    });

    it('userToggle() fires toggle only when the state changes; setting open fires nothing', async () => {
      const item = await alone('heading="Paikan hakeminen"');
      const states: string[] = [];
      item.addEventListener('toggle', (e) => states.push(typeof ToggleEvent === 'function' ? (e as ToggleEvent).newState : String(item.open)));
      item.open = true;
      await settle(item);
      item.userToggle(true); // already open
      item.userToggle(false);
      await settle(item);
      expect(item.open).to.equal(false);
      expect(states).to.deep.equal([typeof ToggleEvent === 'function' ? 'closed' : 'false']);
    });

    it('heading-level 2–6 renders h2–h6 (attribute and property)', async () => {
      const item = await alone('heading="Paikan hakeminen" heading-level="4"');
      expect(heading(item).localName).to.equal('h4');
      for (const level of [2, 3, 5, 6]) {
        item.headingLevel = level;
        await settle(item);
        expect(heading(item).localName).to.equal(`h${level}`);
        expect(button(item).parentElement).to.equal(heading(item));
      }
      item.setAttribute('heading-level', '3');
      await settle(item);
      expect(heading(item).localName).to.equal('h3');
      await expectAccessible(item);
    });

    it('an unknown heading-level (1, 7, "kolme", 2.5) falls back to h2 with one warning naming it; render does not throw', async () => {
      const w = captureWarnings();
      try {
        const item = await alone('heading="Paikan hakeminen" heading-level="1"');
        expect(heading(item).localName).to.equal('h2');
        for (const bad of ['7', 'kolme', '2.5']) {
          item.setAttribute('heading-level', bad);
          await settle(item);
          expect(heading(item).localName, bad).to.equal('h2');
          expect(contentShown(item)).to.equal(false);
        }
        for (const bad of ['1', '7', 'kolme', '2.5']) {
          const mine = w.warnings.filter((m) => m.includes('<arki-accordion-item>') && m.includes(`heading-level="${bad}"`));
          expect(mine.length, bad).to.equal(1);
        }
        item.setAttribute('heading-level', '5'); // and a good value afterwards still works
        await settle(item);
        expect(heading(item).localName).to.equal('h5');
      } finally {
        w.restore();
      }
    });

    it('summary: a line under the heading, read after it as part of the button name', async () => {
      const item = await alone('heading="Asiakasmaksut" summary="Maksun suuruus ja alennukset"');
      const summary = item.shadowRoot!.querySelector('.summary')!;
      expect(button(item).contains(summary)).to.equal(true);
      expect(summary.getBoundingClientRect().top).to.be.greaterThan(item.shadowRoot!.querySelector('.heading-text')!.getBoundingClientRect().top);
      expect((await roleAndName(item, button(item))).name).to.equal('Asiakasmaksut , Maksun suuruus ja alennukset , Näytä tämä osio');
      const plain = await alone('heading="Asiakasmaksut"');
      expect(plain.shadowRoot!.querySelector('.summary')).to.equal(null);
      await expectAccessible(item);
    });

    it('a heading slot with markup replaces the heading attribute, and no warning is logged', async () => {
      const w = captureWarnings();
      try {
        const item = await alone('', '<span slot="heading">Maksut <abbr title="arvonlisävero">alv</abbr> 0 %</span><p>Maksu määräytyy tulojen mukaan.</p>');
        expect(heading(item).querySelector<HTMLSlotElement>('slot[name="heading"]')!.assignedElements()[0]!.localName).to.equal('span');
        expect((await roleAndName(item, button(item))).name).to.equal('Maksut alv 0 % , Näytä tämä osio');
        expect(w.warnings.filter((m) => m.includes('<arki-accordion-item>'))).to.deep.equal([]);
        await expectAccessible(item);
      } finally {
        w.restore();
      }
    });

    it('without any heading: a warning, and the section still works', async () => {
      const w = captureWarnings();
      try {
        const item = await alone('');
        expect(w.warnings.some((m) => m.includes('<arki-accordion-item>') && m.includes('no heading'))).to.equal(true);
        button(item).click();
        await settle(item);
        expect(contentShown(item)).to.equal(true);
      } finally {
        w.restore();
      }
    });

    it('a script tag in the heading is shown as text, not run', async () => {
      const item = await alone();
      (window as unknown as { arkiPwned?: boolean }).arkiPwned = false;
      item.heading = '<img src=x onerror="window.arkiPwned = true">Maksut';
      await settle(item);
      await nextFrame();
      expect(item.shadowRoot!.querySelector('img')).to.equal(null);
      expect(text(item.shadowRoot!.querySelector('.heading-text')!)).to.equal('<img src=x onerror="window.arkiPwned = true">Maksut');
      expect((window as unknown as { arkiPwned?: boolean }).arkiPwned).to.equal(false);
    });

    for (const [lang, show, hide] of [
      ['sv', 'Visa detta avsnitt', 'Dölj detta avsnitt'],
      ['en', 'Show this section', 'Hide this section'],
    ] as const) {
      it(`is localised in ${lang}: "${show}" / "${hide}"`, async () => {
        const item = await alone('heading="Ansökan"', '<p>Text.</p>', lang);
        expect(text(button(item))).to.equal(`Ansökan , ${show}`);
        button(item).click();
        await settle(item);
        expect(text(button(item))).to.equal(`Ansökan , ${hide}`);
        await expectAccessible(item);
      });
    }

    it('follows a lang change on an ancestor', async () => {
      const item = await alone('heading="Maksut"', '<p>Text.</p>', 'fi');
      expect(text(button(item))).to.contain('Näytä tämä osio');
      item.parentElement!.lang = 'sv';
      await nextFrame();
      await settle(item);
      expect(text(button(item))).to.contain('Visa detta avsnitt');
    });

    it('exposes the parts heading, button and panel', async () => {
      const item = await alone('heading="Maksut"');
      expect(heading(item).matches('h2')).to.equal(true);
      expect(button(item).getAttribute('part')).to.equal('button');
      expect(panel(item).querySelector('slot:not([name])')).to.not.equal(null);
    });

    it('the button is a target of at least 44 px high, full width; a long heading wraps inside a narrow column', async () => {
      const item = await alone(
        'heading="Varhaiskasvatuksen asiakasmaksut, maksualennukset ja maksuvapautukset sekä tulotietojen toimittaminen"',
        '<p>Text.</p>',
      );
      item.parentElement!.style.inlineSize = '200px';
      await nextFrame();
      const b = button(item).getBoundingClientRect();
      expect(b.height).to.be.at.least(44);
      expect(Math.round(b.width)).to.equal(200);
      expect(button(item).scrollWidth, 'no overflow sideways').to.be.at.most(button(item).clientWidth);
      expect(b.height, 'the heading wraps to several lines').to.be.greaterThan(100);
    });

    // A click on the panel's text must not move focus to the section button (it did with
    // delegatesFocus), or the next Space (to scroll the page) would close the section.
    it('a click in the open panel\'s text neither moves focus to the button nor lets Space close it', async () => {
      const item = await alone('heading="Maksut" open', '<p>Maksu määräytyy perheen koon, tulojen ja hoitoajan mukaan.</p>');
      const r = item.querySelector('p')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(r.left + 20), Math.round(r.top + r.height / 2)] });
      expect(buttonFocused(item)).to.equal(false);
      await sendKeys({ press: ' ' });
      await settle(item);
      expect(item.open).to.equal(true);
    });
  });

  describe('inside arki-accordion', () => {
    it("takes the accordion's heading-level, over its own attribute", async () => {
      const { acc, item } = await inAccordion('heading-level="3"', 'heading-level="5"');
      expect(heading(item).localName).to.equal('h3');
      acc.setAttribute('heading-level', '4');
      await acc.updateComplete;
      await settle(item);
      expect(heading(item).localName).to.equal('h4');
    });

    it("an item added later gets the accordion's heading-level", async () => {
      const { acc } = await inAccordion('heading-level="4"');
      const added = document.createElement('arki-accordion-item');
      added.heading = 'Lisätty';
      added.innerHTML = '<p>Uusi osio.</p>';
      acc.append(added);
      await nextFrame();
      await acc.updateComplete;
      await settle(added);
      expect(heading(added).localName).to.equal('h4');
    });

    it('a click toggles it and its toggle event reaches the accordion with the item as target', async () => {
      const { acc, item } = await inAccordion();
      const t = oneEvent(acc, 'toggle');
      button(item).click();
      const e = await t;
      expect(e.target).to.equal(item);
      await settle(item);
      expect(contentShown(item)).to.equal(true);
      expect(text(button(item))).to.contain('Piilota tämä osio');
    });

    it('Enter and Space inside its open panel (a field) do not toggle it', async () => {
      const { item } = await inAccordion('', 'open');
      const input = item.querySelector('input')!;
      let fired = 0;
      item.addEventListener('toggle', () => fired++);
      input.focus();
      await sendKeys({ type: 'a b' });
      await sendKeys({ press: 'Enter' });
      await settle(item);
      expect(input.value).to.equal('a b');
      expect(item.open).to.equal(true);
      expect(fired).to.equal(0);
    });

    it('is accessible closed, open, with a summary, at level 4 and in Swedish', async () => {
      let r = await inAccordion();
      await expectAccessible(r.acc);
      fixtureCleanup();
      r = await inAccordion('heading-level="4"', 'open summary="Asiakasmaksut ja alennukset"');
      await expectAccessible(r.acc);
      fixtureCleanup();
      r = await inAccordion('lang="sv"', 'open');
      expect(text(button(r.item))).to.contain('Dölj detta avsnitt');
      await expectAccessible(r.acc);
    });
  });
});
