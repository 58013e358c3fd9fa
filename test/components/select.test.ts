import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/select/select.js';
import type { ArkiSelect } from '../../src/components/select/select.js';
import { resetDevWarnings } from '../../src/base/dev.js';
import { expectAccessible } from '../helpers/a11y.js';
import { runFormControlSuite } from '../helpers/form-control-suite.js';

const sel = (el: ArkiSelect) => el.shadowRoot!.querySelector('select')!;
const optionTexts = (el: ArkiSelect) => Array.from(sel(el).options, (o) => o.textContent!.trim());
const errorText = (el: ArkiSelect) => el.shadowRoot!.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Chooses an option as the browser does when a user picks one: value, then input and change. */
async function choose(el: ArkiSelect, value: string): Promise<void> {
  const s = sel(el);
  s.focus();
  s.value = value;
  s.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const towns = html`<option value="091">Helsinki</option><option value="049">Espoo</option><option value="092">Vantaa</option>`;

runFormControlSuite<ArkiSelect>({
  tag: 'arki-select',
  markup: (a) => `<arki-select label="Kotikunta" placeholder ${a}><option value="091">Helsinki</option><option value="049">Espoo</option></arki-select>`,
  setUserValue: (el) => choose(el, '049'),
  expectedValue: ['049'],
  initialValue: [''],
  focusTarget: sel,
});

describe('arki-select', () => {
  it('copies light-DOM options and groups into a native select, as text', async () => {
    const el = await fixture<ArkiSelect>(html`<arki-select label="Palvelu">
      <optgroup label="Terveys"><option value="hammas">Hammashoito</option><option value="neuvola" disabled>Neuvola</option></optgroup>
      <option value="x">&lt;script&gt;alert(1)&lt;/script&gt;</option>
    </arki-select>`);
    const s = sel(el);
    expect(s.querySelector('optgroup')!.label).to.equal('Terveys');
    expect(optionTexts(el)).to.deep.equal(['Hammashoito', 'Neuvola', '<script>alert(1)</script>']);
    expect(s.options[1]!.disabled).to.equal(true);
    expect(s.querySelector('script')).to.equal(null);
    expect(el.value, 'first enabled option, as native').to.equal('hammas');
  });

  it('watches option changes: added, removed and renamed options update the list', async () => {
    const el = await fixture<ArkiSelect>(html`<arki-select label="Kotikunta">${towns}</arki-select>`);
    const extra = document.createElement('option');
    extra.value = '853';
    extra.textContent = 'Turku';
    el.append(extra);
    el.querySelector('option')!.textContent = 'Helsingfors';
    el.querySelector('option[value="049"]')!.remove();
    await nextFrame();
    await el.updateComplete;
    expect(optionTexts(el)).to.deep.equal(['Helsingfors', 'Vantaa', 'Turku']);
  });

  it('takes options from the options property, with groups', async () => {
    const el = await fixture<ArkiSelect>(html`<arki-select label="Kieli" placeholder></arki-select>`);
    el.options = [
      { value: 'fi', label: 'suomi' },
      { label: 'Muut', options: [{ value: 'sv', label: 'svenska' }, { value: 'en', label: 'English', disabled: true }] },
    ];
    await el.updateComplete;
    expect(optionTexts(el)).to.deep.equal(['Valitse…', 'suomi', 'svenska', 'English']);
    expect(sel(el).querySelector('optgroup')!.label).to.equal('Muut');
  });

  it('malformed options are skipped with a warning, never thrown', async () => {
    resetDevWarnings();
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(String(m));
    try {
      const el = await fixture<ArkiSelect>(html`<arki-select label="Kieli"></arki-select>`);
      el.options = [{ value: 'fi', label: 'suomi' }, 42 as never, 'sv' as never];
      await el.updateComplete;
      expect(optionTexts(el)).to.deep.equal(['suomi', 'sv']);
      expect(warnings.some((w) => w.includes('<arki-select>') && w.includes('malformed'))).to.equal(true);
    } finally {
      console.warn = orig;
    }
  });

  it('placeholder: a first empty option ("Valitse…", or its own text) that counts as no value when required', async () => {
    const el = await fixture<ArkiSelect>(html`<arki-select label="Kotikunta" placeholder required>${towns}</arki-select>`);
    expect(optionTexts(el)[0]).to.equal('Valitse…');
    expect(sel(el).value).to.equal('');
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Valitse kotikunta');
    el.placeholder = 'Valitse kunta';
    await el.updateComplete;
    expect(optionTexts(el)[0]).to.equal('Valitse kunta');
    await choose(el, '092');
    expect(el.validity.valid).to.equal(true);
    await choose(el, '');
    expect(el.validity.valueMissing).to.equal(true);
  });

  it('a value set before its option exists is kept and selected when the option arrives', async () => {
    const el = await fixture<ArkiSelect>(html`<arki-select label="Kotikunta" placeholder></arki-select>`);
    el.value = '092';
    await el.updateComplete;
    expect(el.value).to.equal('');
    el.options = [{ value: '091', label: 'Helsinki' }, { value: '092', label: 'Vantaa' }];
    await el.updateComplete;
    expect(el.value).to.equal('092');
    expect(sel(el).value).to.equal('092');
  });

  it('default value: the value attribute or a selected option; reset returns to it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><arki-select label="Kotikunta" name="k"><option value="091">Helsinki</option><option value="049" selected>Espoo</option></arki-select></form>`);
    const el = form.querySelector('arki-select')!;
    await el.updateComplete;
    expect(sel(el).value).to.equal('049');
    await choose(el, '091');
    form.reset();
    await el.updateComplete;
    expect(sel(el).value).to.equal('049');
    expect(new FormData(form).get('k')).to.equal('049');
  });

  it('the user’s choice survives a re-render and a framework setting the same value', async () => {
    const el = await fixture<ArkiSelect>(html`<arki-select label="Kotikunta" value="091">${towns}</arki-select>`);
    await choose(el, '092');
    el.value = '092';
    el.setAttribute('value', '091'); // a framework re-rendering the initial value
    el.hint = 'Kunta, jossa asut';
    await el.updateComplete;
    expect(sel(el).value).to.equal('092');
    expect(el.value).to.equal('092');
  });

  it('fires input and change from the host on a user choice only', async () => {
    const el = await fixture<ArkiSelect>(html`<arki-select label="Kotikunta">${towns}</arki-select>`);
    const events: string[] = [];
    for (const t of ['input', 'change']) document.addEventListener(t, (e) => { if (e.composedPath()[0] === el && e.composed) events.push(t); });
    el.value = '049';
    await el.updateComplete;
    expect(events).to.deep.equal([]);
    await choose(el, '092');
    expect(events).to.deep.equal(['input', 'change']);
  });

  it('keyboard: Tab focuses the select; typing a letter chooses an option (type-ahead)', async () => {
    const el = await fixture<ArkiSelect>(html`<arki-select label="Kotikunta" placeholder>${towns}</arki-select>`);
    let changes = 0;
    el.addEventListener('change', () => changes++);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(sel(el));
    await sendKeys({ press: 'v' });
    await el.updateComplete;
    expect(el.value).to.equal('092');
    expect(changes).to.equal(1);
  });

  it('readonly: focusable and announced as read-only, but the choice does not change', async () => {
    const el = await fixture<ArkiSelect>(html`<arki-select label="Kotikunta" readonly value="049">${towns}</arki-select>`);
    let events = 0;
    el.addEventListener('change', () => events++);
    expect(sel(el).getAttribute('aria-readonly')).to.equal('true');
    sel(el).focus();
    expect(el.shadowRoot!.activeElement).to.equal(sel(el));
    await sendKeys({ press: 'ArrowDown' });
    await choose(el, '092');
    expect(sel(el).value).to.equal('049');
    expect(el.value).to.equal('049');
    expect(events).to.equal(0);
  });

  it('required message is localised and shown after a submit attempt', async () => {
    const form = await fixture<HTMLFormElement>(html`<form lang="sv"><arki-select label="Hemkommun" placeholder required>${towns}</arki-select></form>`);
    const el = form.querySelector('arki-select')!;
    await el.updateComplete;
    expect(optionTexts(el)[0]).to.equal('Välj…');
    form.addEventListener('submit', (e) => e.preventDefault());
    form.requestSubmit();
    await el.updateComplete;
    expect(errorText(el)).to.equal('Fel: Välj hemkommun');
    expect(sel(el).getAttribute('aria-invalid')).to.equal('true');
    el.lang = 'en';
    el.label = 'Home municipality';
    await nextFrame();
    await el.updateComplete;
    expect(errorText(el)).to.equal('Error: Select home municipality');
  });

  describe('accessibility', () => {
    const states: Array<[string, ReturnType<typeof html>]> = [
      ['placeholder', html`<arki-select label="Kotikunta" placeholder>${towns}</arki-select>`],
      ['chosen, hint', html`<arki-select label="Kotikunta" hint="Kunta, jossa asut" value="049">${towns}</arki-select>`],
      ['required, error', html`<arki-select label="Kotikunta" required placeholder error="Valitse kotikunta">${towns}</arki-select>`],
      ['disabled', html`<arki-select label="Kotikunta" disabled>${towns}</arki-select>`],
      ['readonly', html`<arki-select label="Kotikunta" readonly>${towns}</arki-select>`],
      ['groups', html`<arki-select label="Palvelu"><optgroup label="Terveys"><option>Hammashoito</option></optgroup></arki-select>`],
    ];
    for (const [name, tpl] of states) {
      it(`has no axe violations: ${name}`, async () => {
        const wrap = await fixture<HTMLElement>(html`<div>${tpl}</div>`);
        await wrap.querySelector('arki-select')!.updateComplete;
        await expectAccessible(wrap);
      });
    }
  });
});
