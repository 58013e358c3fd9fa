import { aTimeout, expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/textarea/textarea.js';
import type { ArkiTextarea } from '../../src/components/textarea/textarea.js';
import { announce, lastAnnouncement } from '../../src/controllers/announcer.js';
import { resetDevWarnings } from '../../src/base/dev.js';
import { expectAccessible } from '../helpers/a11y.js';
import { runFormControlSuite } from '../helpers/form-control-suite.js';
import { announced } from '../helpers/announcements.js';

const area = (el: ArkiTextarea) => el.shadowRoot!.querySelector('textarea')!;
const count = (el: ArkiTextarea) => el.shadowRoot!.querySelector<HTMLElement>('[part~="count"]');
const visibleCount = (el: ArkiTextarea) => {
  const c = count(el);
  return c && !c.hidden ? c.textContent!.trim() : '';
};
const errorText = (el: ArkiTextarea) => el.shadowRoot!.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function type(el: ArkiTextarea, text: string): Promise<void> {
  area(el).focus();
  for (const ch of text) await sendKeys(ch === '\n' ? { press: 'Enter' } : { type: ch });
  await el.updateComplete;
}

async function leave(el: ArkiTextarea): Promise<void> {
  const after = document.createElement('button');
  after.textContent = 'Seuraava';
  el.after(after);
  after.focus();
  await el.updateComplete;
  after.remove();
}

runFormControlSuite<ArkiTextarea>({
  tag: 'arki-textarea',
  markup: (a) => `<arki-textarea label="Lisätiedot" ${a}></arki-textarea>`,
  setUserValue: (el) => type(el, 'Hei\nmaailma'),
  expectedValue: ['Hei\nmaailma'],
  initialValue: [''],
  focusTarget: area,
});

describe('arki-textarea', () => {
  it('renders a labelled textarea with rows, hint and the limit for screen readers', async () => {
    const el = await fixture<ArkiTextarea>(html`<arki-textarea label="Kuvaus" hint="Kerro omin sanoin" rows="3" maxlength="500"></arki-textarea>`);
    expect(area(el).rows).to.equal(3);
    expect(el.shadowRoot!.querySelector('label')!.htmlFor).to.equal(area(el).id);
    const described = area(el).getAttribute('aria-describedby')!.split(' ');
    expect(described).to.include('hint');
    const limit = el.shadowRoot!.getElementById('limit')!;
    expect(described).to.include('limit');
    expect(limit.textContent).to.equal('Voit kirjoittaa enintään 500 merkkiä');
    expect(limit.classList.contains('visually-hidden')).to.equal(true);
    expect(count(el)!.getAttribute('aria-hidden'), 'the visible count is not read twice').to.equal('true');
  });

  it('without maxlength there is no count', async () => {
    const el = await fixture<ArkiTextarea>(html`<arki-textarea label="Kuvaus"></arki-textarea>`);
    await type(el, 'abc');
    expect(count(el)).to.equal(null);
    expect(area(el).hasAttribute('aria-describedby')).to.equal(false);
  });

  it('the count updates on every key; the threshold hides it until 75 %', async () => {
    const el = await fixture<ArkiTextarea>(html`<arki-textarea label="Kuvaus" maxlength="8" threshold="75"></arki-textarea>`);
    expect(visibleCount(el)).to.equal('');
    await type(el, 'abcde');
    expect(visibleCount(el), 'under 75 %').to.equal('');
    await type(el, 'f');
    expect(visibleCount(el)).to.equal('Jäljellä 2 merkkiä');
    await type(el, 'g');
    expect(visibleCount(el)).to.equal('Jäljellä 1 merkki');
  });

  it('over the limit: the text is kept, the count says how many too many, and it is an error after leaving', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><arki-textarea label="Kuvaus" name="k" maxlength="5"></arki-textarea></form>`);
    const el = form.querySelector('arki-textarea')!;
    await el.updateComplete;
    await type(el, 'abcdefg');
    expect(area(el).value).to.equal('abcdefg');
    expect(new FormData(form).get('k')).to.equal('abcdefg');
    expect(visibleCount(el)).to.equal('2 merkkiä liikaa');
    expect(count(el)!.hasAttribute('data-over')).to.equal(true);
    expect(el.validity.tooLong).to.equal(true);
    expect(errorText(el), 'not while typing').to.equal('');
    await leave(el);
    expect(errorText(el)).to.equal('Virhe: Kuvaus: kirjoita enintään 5 merkkiä');
    // Fixing it updates the error live.
    area(el).focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(errorText(el)).to.equal('');
    expect(visibleCount(el)).to.equal('Jäljellä 0 merkkiä');
  });

  it('announces the count politely once typing pauses, not on every key', async () => {
    announce('alku');
    await aTimeout(150);
    const el = await fixture<ArkiTextarea>(html`<arki-textarea label="Kuvaus" maxlength="10"></arki-textarea>`);
    await type(el, 'abc');
    await aTimeout(300);
    expect(lastAnnouncement(), 'nothing yet while typing').to.equal('alku');
    await type(el, 'd');
    await aTimeout(1400);
    await announced('Jäljellä 6 merkkiä');
  });

  it('under the threshold nothing is announced', async () => {
    announce('alku');
    await aTimeout(150);
    const el = await fixture<ArkiTextarea>(html`<arki-textarea label="Kuvaus" maxlength="100" threshold="50"></arki-textarea>`);
    await type(el, 'abc');
    await aTimeout(1300);
    expect(lastAnnouncement(), 'nothing new under the threshold').to.equal('alku');
  });

  it('counts characters as people do: an emoji is one, a line break is one', async () => {
    const el = await fixture<ArkiTextarea>(html`<arki-textarea label="Kuvaus" maxlength="5"></arki-textarea>`);
    el.value = '😀😀\nab';
    await el.updateComplete;
    expect(visibleCount(el)).to.equal('Jäljellä 0 merkkiä');
    expect(el.validity.valid).to.equal(true);
  });

  it('count strings are localised', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <arki-textarea lang="sv" label="Beskrivning" maxlength="3" value="abcd"></arki-textarea>
      <arki-textarea lang="en" label="Description" maxlength="3" value="ab"></arki-textarea>
      <arki-textarea lang="en" label="Description" maxlength="3" value="a"></arki-textarea>
    </div>`);
    const [sv, en, en2] = [...wrap.querySelectorAll('arki-textarea')];
    await Promise.all([sv!.updateComplete, en!.updateComplete, en2!.updateComplete]);
    expect(visibleCount(sv!)).to.equal('1 tecken för mycket');
    expect(sv!.shadowRoot!.getElementById('limit')!.textContent).to.equal('Du kan skriva högst 3 tecken');
    expect(sv!.validationMessage).to.equal('Beskrivning: skriv högst 3 tecken');
    expect(visibleCount(en!)).to.equal('You have 1 character remaining');
    expect(visibleCount(en2!)).to.equal('You have 2 characters remaining');
    expect(en!.shadowRoot!.getElementById('limit')!.textContent).to.equal('You can enter up to 3 characters');
  });

  it('Enter adds a line and does not submit the form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><arki-textarea label="Kuvaus" name="k"></arki-textarea></form>`);
    let submitted = false;
    form.addEventListener('submit', (e) => { e.preventDefault(); submitted = true; });
    const el = form.querySelector('arki-textarea')!;
    await el.updateComplete;
    await type(el, 'a\nb');
    expect(el.value).to.equal('a\nb');
    expect(submitted).to.equal(false);
  });

  it('autogrow makes the box taller as lines are added', async () => {
    const el = await fixture<ArkiTextarea>(html`<arki-textarea label="Kuvaus" rows="2" autogrow></arki-textarea>`);
    const before = area(el).getBoundingClientRect().height;
    el.value = 'rivi\n'.repeat(12);
    await el.updateComplete;
    await nextFrame();
    expect(area(el).getBoundingClientRect().height).to.be.greaterThan(before * 2);
  });

  it('bad rows and threshold fall back with warnings', async () => {
    resetDevWarnings();
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(String(m));
    try {
      const el = await fixture<ArkiTextarea>(html`<arki-textarea label="Kuvaus" rows="-2" threshold="150" maxlength="10"></arki-textarea>`);
      expect(area(el).rows).to.equal(5);
      expect(visibleCount(el)).to.equal('Jäljellä 10 merkkiä');
      expect(warnings.some((w) => w.includes('<arki-textarea>') && w.includes('rows="-2"'))).to.equal(true);
      expect(warnings.some((w) => w.includes('threshold="150"'))).to.equal(true);
    } finally {
      console.warn = orig;
    }
  });

  it('required: the message names the field', async () => {
    const el = await fixture<ArkiTextarea>(html`<arki-textarea label="Perustelut" required></arki-textarea>`);
    expect(el.validationMessage).to.equal('Syötä perustelut');
    el.value = '   ';
    await el.updateComplete;
    expect(el.validity.valueMissing).to.equal(true);
  });

  describe('accessibility', () => {
    const states: Array<[string, ReturnType<typeof html>]> = [
      ['empty', html`<arki-textarea label="Lisätiedot"></arki-textarea>`],
      ['filled, hint', html`<arki-textarea label="Lisätiedot" hint="Esimerkiksi allergiat" value="Pähkinäallergia"></arki-textarea>`],
      ['error', html`<arki-textarea label="Lisätiedot" error="Syötä lisätiedot" required></arki-textarea>`],
      ['disabled', html`<arki-textarea label="Lisätiedot" disabled value="Teksti"></arki-textarea>`],
      ['readonly', html`<arki-textarea label="Lisätiedot" readonly value="Teksti"></arki-textarea>`],
      ['count near the limit', html`<arki-textarea label="Lisätiedot" maxlength="10" threshold="50" value="abcdefgh"></arki-textarea>`],
      ['count over the limit', html`<arki-textarea label="Lisätiedot" maxlength="5" value="abcdefgh"></arki-textarea>`],
    ];
    for (const [name, tpl] of states) {
      it(`has no axe violations: ${name}`, async () => {
        const wrap = await fixture<HTMLElement>(html`<div>${tpl}</div>`);
        await wrap.querySelector('arki-textarea')!.updateComplete;
        await expectAccessible(wrap);
      });
    }
  });
});
