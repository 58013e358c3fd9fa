import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/checkbox-group/checkbox-group.js';
import type { ArkiCheckboxGroup } from '../../src/components/checkbox-group/checkbox-group.js';
import { resetDevWarnings } from '../../src/base/dev.js';
import { expectAccessible } from '../helpers/a11y.js';
import { runFormControlSuite } from '../helpers/form-control-suite.js';

const root = (el: ArkiCheckboxGroup) => el.shadowRoot!;
const boxes = (el: ArkiCheckboxGroup) => [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const box = (el: ArkiCheckboxGroup, value: string) => boxes(el).find((r) => r.value === value)!;
const errorText = (el: ArkiCheckboxGroup) => root(el).querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const entries = (form: HTMLFormElement, name: string) => new FormData(form).getAll(name);

const hobbies = (attrs = '') => `<arki-checkbox-group label="Harrastukset" ${attrs}>
  <arki-checkbox-option value="sport" label="Liikunta"></arki-checkbox-option>
  <arki-checkbox-option value="music" label="Musiikki"></arki-checkbox-option>
  <arki-checkbox-option value="art" label="Kuvataide"></arki-checkbox-option>
  <arki-checkbox-option value="games" label="Pelit"></arki-checkbox-option>
</arki-checkbox-group>`;

async function mount(markup: string): Promise<{ form: HTMLFormElement; el: ArkiCheckboxGroup }> {
  const form = await fixture<HTMLFormElement>(html`<form></form>`);
  const t = document.createElement('template');
  t.innerHTML = markup;
  form.append(t.content);
  const el = form.querySelector<ArkiCheckboxGroup>('arki-checkbox-group')!;
  await el.updateComplete;
  return { form, el };
}

async function click(el: ArkiCheckboxGroup, ...values: string[]): Promise<void> {
  for (const v of values) box(el, v).click();
  await el.updateComplete;
}

async function submit(form: HTMLFormElement, el: ArkiCheckboxGroup): Promise<void> {
  form.addEventListener('submit', (e) => e.preventDefault());
  form.requestSubmit();
  await el.updateComplete;
}

function captureWarnings(): { warnings: string[]; restore: () => void } {
  resetDevWarnings();
  const warnings: string[] = [];
  const orig = console.warn;
  console.warn = (m: string) => warnings.push(String(m));
  return { warnings, restore: () => (console.warn = orig) };
}

runFormControlSuite<ArkiCheckboxGroup>({
  tag: 'arki-checkbox-group',
  markup: (a) => hobbies(a),
  setUserValue: (el) => click(el, 'sport', 'art'),
  expectedValue: ['sport', 'art'],
  focusTarget: (el) => boxes(el)[0]!,
});

describe('arki-checkbox-group', () => {
  it('is a fieldset named by its legend, with a native checkbox and label per option', async () => {
    const { el } = await mount(hobbies('hint="Valitse kaikki sopivat" required'));
    const fieldset = root(el).querySelector('fieldset')!;
    expect(fieldset.querySelector(':scope > legend')!.textContent).to.contain('Harrastukset').and.to.contain('(pakollinen)');
    expect(fieldset.getAttribute('aria-describedby')).to.equal('hint');
    expect(boxes(el).map((b) => b.labels![0]!.textContent)).to.deep.equal(['Liikunta', 'Musiikki', 'Kuvataide', 'Pelit']);
  });

  it('FormData has one entry per checked option, in option order; value is the array', async () => {
    const { form, el } = await mount(hobbies('name="h"'));
    await click(el, 'games', 'sport');
    expect(el.value).to.deep.equal(['sport', 'games']);
    expect(entries(form, 'h')).to.deep.equal(['sport', 'games']);
    await click(el, 'sport');
    expect(entries(form, 'h')).to.deep.equal(['games']);
  });

  it('user changes fire input and change; code changes fire nothing', async () => {
    const { form, el } = await mount(hobbies('name="h"'));
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push(`input:${entries(form, 'h').join()}`));
    el.addEventListener('change', () => seen.push(`change:${el.value.join()}`));
    box(el, 'music').click();
    expect(seen).to.deep.equal(['input:music', 'change:music']);
    seen.length = 0;
    el.value = ['art'];
    await el.updateComplete;
    expect(seen).to.deep.equal([]);
    expect(box(el, 'art').checked).to.equal(true);
    expect(box(el, 'music').checked).to.equal(false);
  });

  it('initially checked options; reset returns to them', async () => {
    const { form, el } = await mount(`<arki-checkbox-group label="Tiedotteet" name="t">
      <arki-checkbox-option value="news" label="Uutiskirje" checked></arki-checkbox-option>
      <arki-checkbox-option value="events" label="Tapahtumat"></arki-checkbox-option></arki-checkbox-group>`);
    expect(entries(form, 't')).to.deep.equal(['news']);
    await click(el, 'news', 'events');
    expect(entries(form, 't')).to.deep.equal(['events']);
    form.reset();
    await el.updateComplete;
    expect(entries(form, 't')).to.deep.equal(['news']);
    expect(box(el, 'news').checked).to.equal(true);
  });

  it('required: "Valitse …" after a submit attempt, in each language', async () => {
    for (const [lang, label, expected] of [
      ['fi', 'Harrastukset', 'Valitse harrastukset'],
      ['sv', 'Hobbyer', 'Välj hobbyer'],
      ['en', 'Hobbies', 'Select hobbies'],
    ] as const) {
      const { form, el } = await mount(`<div lang="${lang}"><arki-checkbox-group label="${label}" name="h" required><arki-checkbox-option value="a" label="A"></arki-checkbox-option></arki-checkbox-group></div>`);
      expect(el.validity.valueMissing).to.equal(true);
      await submit(form, el);
      expect(errorText(el), lang).to.contain(expected);
    }
  });

  it('min and max: localised messages that name the limit; an empty optional group is valid', async () => {
    const { form, el } = await mount(hobbies('name="h" min="2" max="3"'));
    expect(el.validity.valid, 'nothing chosen, not required').to.equal(true);
    await click(el, 'sport');
    expect(el.validity.rangeUnderflow).to.equal(true);
    await submit(form, el);
    expect(errorText(el)).to.contain('Harrastukset: valitse vähintään 2 vaihtoehtoa');
    await click(el, 'music');
    expect(el.validity.valid).to.equal(true);
    expect(errorText(el)).to.equal('');
    await click(el, 'art', 'games');
    expect(el.validity.rangeOverflow).to.equal(true);
    expect(errorText(el)).to.contain('Harrastukset: valitse enintään 3 vaihtoehtoa');
    expect(entries(form, 'h'), 'nothing the user chose is undone').to.deep.equal(['sport', 'music', 'art', 'games']);
    for (const [lang, min, max] of [
      ['sv', 'välj minst 2 alternativ', 'välj högst 3 alternativ'],
      ['en', 'select at least 2 options', 'select no more than 3 options'],
    ] as const) {
      el.setAttribute('lang', lang);
      el.value = ['sport'];
      await el.updateComplete;
      await el.updateComplete;
      expect(errorText(el), lang).to.contain(min);
      el.value = ['sport', 'music', 'art', 'games'];
      await el.updateComplete;
      expect(errorText(el), lang).to.contain(max);
    }
  });

  it('required with min names the minimum', async () => {
    const { form, el } = await mount(hobbies('name="h" min="2" required'));
    await submit(form, el);
    expect(el.validity.valueMissing).to.equal(true);
    expect(errorText(el)).to.contain('valitse vähintään 2 vaihtoehtoa');
  });

  it('bad min or max: a dev warning, and the limit is ignored', async () => {
    const w = captureWarnings();
    try {
      const { el } = await mount(hobbies('min="-1" max="kolme"'));
      await click(el, 'sport', 'music', 'art', 'games');
      expect(el.validity.valid).to.equal(true);
      expect(w.warnings.some((m) => m.includes('<arki-checkbox-group>') && m.includes('min="-1"'))).to.equal(true);
      expect(w.warnings.some((m) => m.includes('max="kolme"'))).to.equal(true);
      const { el: el2 } = await mount(hobbies('min="3" max="2"'));
      await click(el2, 'sport', 'music', 'art', 'games');
      expect(el2.validity.valid, 'max ignored').to.equal(true);
      expect(w.warnings.some((m) => m.includes('min="3" is larger than max="2"'))).to.equal(true);
    } finally {
      w.restore();
    }
  });

  it('exclusive "none of these": clears the others, is cleared by them, has an "or" divider', async () => {
    const markup = (lang: string) => `<div lang="${lang}"><arki-checkbox-group label="Oireet" name="o" min="2">
      <arki-checkbox-option value="fever" label="Kuume"></arki-checkbox-option>
      <arki-checkbox-option value="cough" label="Yskä"></arki-checkbox-option>
      <arki-checkbox-option value="none" label="Ei mitään näistä" exclusive></arki-checkbox-option></arki-checkbox-group></div>`;
    const { form, el } = await mount(markup('fi'));
    expect(root(el).querySelector('.divider')!.textContent).to.equal('tai');
    await click(el, 'fever', 'cough', 'none');
    expect(entries(form, 'o')).to.deep.equal(['none']);
    expect(box(el, 'fever').checked).to.equal(false);
    expect(el.validity.valid, 'exclusive satisfies min').to.equal(true);
    await click(el, 'cough');
    expect(entries(form, 'o')).to.deep.equal(['cough']);
    expect(box(el, 'none').checked).to.equal(false);
    for (const [lang, or] of [['sv', 'eller'], ['en', 'or']]) {
      const { el: other } = await mount(markup(lang!));
      expect(root(other).querySelector('.divider')!.textContent).to.equal(or);
    }
    await expectAccessible(el);
  });

  it('disabled: all checkboxes; a disabled option alone', async () => {
    const { el } = await mount(hobbies('disabled'));
    expect(boxes(el).every((b) => b.disabled)).to.equal(true);
    const { form, el: el2 } = await mount(`<arki-checkbox-group label="X" name="x">
      <arki-checkbox-option value="a" label="A" checked disabled></arki-checkbox-option>
      <arki-checkbox-option value="b" label="B"></arki-checkbox-option></arki-checkbox-group>`);
    expect(boxes(el2).map((b) => b.disabled)).to.deep.equal([true, false]);
    expect(entries(form, 'x'), 'a disabled option is not submitted, as native').to.deep.equal([]);
  });

  it('readonly: no change by click or Space; aria-readonly on each checkbox; submitted', async () => {
    const { form, el } = await mount(`<arki-checkbox-group label="X" name="x" readonly>
      <arki-checkbox-option value="a" label="A" checked></arki-checkbox-option>
      <arki-checkbox-option value="b" label="B"></arki-checkbox-option></arki-checkbox-group>`);
    await click(el, 'b');
    box(el, 'a').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.value).to.deep.equal(['a']);
    expect(boxes(el).map((b) => b.checked)).to.deep.equal([true, false]);
    expect(boxes(el).every((b) => b.getAttribute('aria-readonly') === 'true')).to.equal(true);
    expect(entries(form, 'x')).to.deep.equal(['a']);
    await expectAccessible(el);
  });

  it('keyboard: each checkbox is a Tab stop and Space toggles it', async () => {
    const { el } = await mount(hobbies());
    boxes(el)[0]!.focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(box(el, 'music'));
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.value).to.deep.equal(['sport', 'music']);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.value).to.deep.equal(['sport']);
  });

  it('inline layout puts options side by side', async () => {
    const { el } = await mount(`<arki-checkbox-group label="Päivät" inline>
      <arki-checkbox-option value="ma" label="ma"></arki-checkbox-option><arki-checkbox-option value="ti" label="ti"></arki-checkbox-option></arki-checkbox-group>`);
    const [a, b] = boxes(el).map((x) => x.getBoundingClientRect());
    expect(a!.top).to.equal(b!.top);
    expect(b!.left).to.be.greaterThan(a!.right);
  });
});

describe('arki-checkbox-group: conditional reveal', () => {
  const markup = `<arki-checkbox-group label="Miten haluat tiedon?" name="tapa">
    <arki-checkbox-option value="sms" label="Tekstiviesti"><input slot="conditional" id="phone" name="phone" aria-label="Matkapuhelinnumero" required /></arki-checkbox-option>
    <arki-checkbox-option value="email" label="Sähköposti"></arki-checkbox-option>
  </arki-checkbox-group>`;

  it('aria-controls and aria-expanded (allowed on checkboxes) follow the checked state; hidden field is disabled', async () => {
    const { form, el } = await mount(markup);
    const sms = box(el, 'sms');
    const panel = root(el).getElementById(sms.getAttribute('aria-controls')!)!;
    const phone = form.querySelector<HTMLInputElement>('#phone')!;
    expect(sms.getAttribute('aria-expanded')).to.equal('false');
    expect(box(el, 'email').hasAttribute('aria-expanded')).to.equal(false);
    expect(panel.hidden).to.equal(true);
    expect(phone.disabled).to.equal(true);
    expect(form.checkValidity(), 'hidden required field does not block').to.equal(true);
    await click(el, 'sms');
    expect(sms.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.equal(false);
    expect(phone.disabled).to.equal(false);
    expect(form.checkValidity()).to.equal(false);
    phone.value = '040 123 4567';
    await click(el, 'sms');
    expect(new FormData(form).has('phone')).to.equal(false);
    await click(el, 'sms');
    expect(phone.value).to.equal('040 123 4567');
    await expectAccessible(el);
  });

  it('a disabled group keeps its revealed field disabled too', async () => {
    const { form, el } = await mount(markup);
    await click(el, 'sms');
    el.disabled = true;
    await el.updateComplete;
    expect(form.querySelector<HTMLInputElement>('#phone')!.disabled).to.equal(true);
    el.disabled = false;
    await el.updateComplete;
    expect(form.querySelector<HTMLInputElement>('#phone')!.disabled).to.equal(false);
  });
});

describe('arki-checkbox-group: accessibility per state', () => {
  for (const [name, attrs] of [
    ['default', ''],
    ['hint and required', 'hint="Valitse kaikki sopivat" required'],
    ['error', 'error="Valitse vähintään yksi harrastus"'],
    ['disabled', 'disabled'],
    ['inline', 'inline'],
    ['legend as heading', 'legend-as-heading'],
  ] as const) {
    it(name, async () => {
      const { el } = await mount(hobbies(attrs));
      await expectAccessible(el);
    });
  }
});
