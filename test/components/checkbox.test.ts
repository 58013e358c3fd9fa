import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/checkbox/checkbox.js';
import type { ArkiCheckbox } from '../../src/components/checkbox/checkbox.js';
import { expectAccessible } from '../helpers/a11y.js';
import { runFormControlSuite } from '../helpers/form-control-suite.js';

const box = (el: ArkiCheckbox) => el.shadowRoot!.querySelector('input')!;
const label = (el: ArkiCheckbox) => el.shadowRoot!.querySelector('label')!;
const errorText = (el: ArkiCheckbox) => el.shadowRoot!.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function toggleWithSpace(el: ArkiCheckbox): Promise<void> {
  box(el).focus();
  await sendKeys({ press: ' ' });
  await el.updateComplete;
}

runFormControlSuite<ArkiCheckbox>({
  tag: 'arki-checkbox',
  markup: (a) => `<arki-checkbox label="Hyväksyn käyttöehdot" value="kyllä" ${a}></arki-checkbox>`,
  setUserValue: toggleWithSpace,
  expectedValue: ['kyllä'],
  focusTarget: box,
});

describe('arki-checkbox', () => {
  it('a native checkbox with its label and hint; value defaults to "on"', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><arki-checkbox name="uutiskirje" label="Tilaan uutiskirjeen" hint="Enintään kerran kuussa"></arki-checkbox></form>`);
    const el = form.querySelector('arki-checkbox')!;
    await el.updateComplete;
    expect(box(el).type).to.equal('checkbox');
    expect(label(el).htmlFor).to.equal(box(el).id);
    expect(box(el).getAttribute('aria-describedby')).to.equal('hint');
    expect(new FormData(form).has('uutiskirje')).to.equal(false);
    el.checked = true;
    await el.updateComplete;
    expect(new FormData(form).get('uutiskirje')).to.equal('on');
  });

  it('the whole label toggles it, and the box is at least 24 × 24 px', async () => {
    const el = await fixture<ArkiCheckbox>(html`<arki-checkbox label="Hyväksyn käyttöehdot"></arki-checkbox>`);
    label(el).click();
    await el.updateComplete;
    expect(el.checked).to.equal(true);
    const r = box(el).getBoundingClientRect();
    expect(r.width).to.be.at.least(24);
    expect(r.height).to.be.at.least(24);
    expect(label(el).getBoundingClientRect().height, 'label target height').to.be.at.least(24);
  });

  it('keyboard: Tab focuses the box, Space toggles it; events fire from the host on user action only', async () => {
    const el = await fixture<ArkiCheckbox>(html`<arki-checkbox label="Tilaan uutiskirjeen"></arki-checkbox>`);
    const events: string[] = [];
    for (const t of ['input', 'change']) el.addEventListener(t, (e) => events.push(`${t}:${e.composed && e.bubbles}`));
    el.checked = true;
    el.checked = false;
    await el.updateComplete;
    expect(events).to.deep.equal([]);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(box(el));
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.checked).to.equal(true);
    expect(events).to.deep.equal(['input:true', 'change:true']);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.checked).to.equal(false);
  });

  it('required means checked; the message names the box, or the field’s own words (GOV.UK consent)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><arki-checkbox name="ehdot" label="Hyväksyn käyttöehdot" required></arki-checkbox></form>`);
    const el = form.querySelector('arki-checkbox')!;
    await el.updateComplete;
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Valitse kohta ”Hyväksyn käyttöehdot”');
    el.messages = { valueMissing: 'Hyväksy käyttöehdot' };
    form.addEventListener('submit', (e) => e.preventDefault());
    form.requestSubmit();
    await el.updateComplete;
    expect(errorText(el)).to.equal('Virhe: Hyväksy käyttöehdot');
    expect(box(el).getAttribute('aria-invalid')).to.equal('true');
    // Above the checkbox, GOV.UK style.
    const error = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect(error.compareDocumentPosition(box(el)) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await toggleWithSpace(el);
    expect(errorText(el)).to.equal('');
  });

  it('required messages in sv and en', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <arki-checkbox lang="sv" label="Jag godkänner villkoren" required></arki-checkbox>
      <arki-checkbox lang="en" label="I agree to the terms" required></arki-checkbox>
    </div>`);
    const [sv, en] = [...wrap.querySelectorAll('arki-checkbox')];
    await en!.updateComplete;
    expect(sv!.validationMessage).to.equal('Kryssa i ”Jag godkänner villkoren”');
    expect(en!.validationMessage).to.equal('Select “I agree to the terms”');
  });

  it('indeterminate shows as mixed until the user toggles it', async () => {
    const el = await fixture<ArkiCheckbox>(html`<arki-checkbox label="Kaikki palvelut" indeterminate></arki-checkbox>`);
    expect(box(el).indeterminate).to.equal(true);
    await toggleWithSpace(el);
    expect(box(el).indeterminate).to.equal(false);
    expect(el.indeterminate).to.equal(false);
    expect(el.checked).to.equal(true);
  });

  it('readonly: focusable and announced, but does not change', async () => {
    const el = await fixture<ArkiCheckbox>(html`<arki-checkbox label="Hyväksyn käyttöehdot" readonly checked></arki-checkbox>`);
    let events = 0;
    el.addEventListener('change', () => events++);
    expect(box(el).getAttribute('aria-readonly')).to.equal('true');
    await toggleWithSpace(el);
    label(el).click();
    await el.updateComplete;
    expect(el.checked).to.equal(true);
    expect(box(el).checked).to.equal(true);
    expect(events).to.equal(0);
  });

  it('the checked attribute is the default: reset returns to it, and re-setting it after a user toggle does not override the user', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><arki-checkbox name="x" label="Tilaan uutiskirjeen" checked></arki-checkbox></form>`);
    const el = form.querySelector('arki-checkbox')!;
    await el.updateComplete;
    await toggleWithSpace(el);
    el.setAttribute('checked', '');
    el.lang = 'sv';
    await nextFrame();
    await el.updateComplete;
    expect(box(el).checked).to.equal(false);
    form.reset();
    await el.updateComplete;
    expect(box(el).checked).to.equal(true);
    // Restoring an unchecked state unchecks it.
    (el as unknown as { formStateRestoreCallback(s: string, m: string): void }).formStateRestoreCallback('', 'restore');
    await el.updateComplete;
    expect(el.checked).to.equal(false);
  });

  describe('accessibility', () => {
    const states: Array<[string, ReturnType<typeof html>]> = [
      ['unchecked', html`<arki-checkbox label="Tilaan uutiskirjeen"></arki-checkbox>`],
      ['checked, hint', html`<arki-checkbox label="Tilaan uutiskirjeen" hint="Enintään kerran kuussa" checked></arki-checkbox>`],
      ['required, error', html`<arki-checkbox label="Hyväksyn käyttöehdot" required error="Hyväksy käyttöehdot"></arki-checkbox>`],
      ['disabled', html`<arki-checkbox label="Tilaan uutiskirjeen" disabled></arki-checkbox>`],
      ['readonly', html`<arki-checkbox label="Tilaan uutiskirjeen" readonly checked></arki-checkbox>`],
      ['indeterminate', html`<arki-checkbox label="Kaikki palvelut" indeterminate></arki-checkbox>`],
    ];
    for (const [name, tpl] of states) {
      it(`has no axe violations: ${name}`, async () => {
        const wrap = await fixture<HTMLElement>(html`<div>${tpl}</div>`);
        await wrap.querySelector('arki-checkbox')!.updateComplete;
        await expectAccessible(wrap);
      });
    }
  });
});
