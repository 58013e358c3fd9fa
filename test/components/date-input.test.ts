import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/date-input/date-input.js';
import type { ArkiDateInput } from '../../src/components/date-input/date-input.js';
import { checkDate, monthNames } from '../../src/components/date-input/date-parts.js';
import { resetDevWarnings } from '../../src/base/dev.js';
import { expectAccessible } from '../helpers/a11y.js';
import { runFormControlSuite } from '../helpers/form-control-suite.js';

type Part = 'day' | 'month' | 'year';
const root = (el: ArkiDateInput) => el.shadowRoot!;
const part = (el: ArkiDateInput, p: Part) => root(el).querySelector<HTMLInputElement>(`#${p}`)!;
const errorText = (el: ArkiDateInput) => root(el).querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const invalidParts = (el: ArkiDateInput) => (['day', 'month', 'year'] as const).filter((p) => part(el, p).getAttribute('aria-invalid') === 'true');
const entries = (form: HTMLFormElement, name: string) => new FormData(form).getAll(name);

async function mount(markup: string): Promise<{ form: HTMLFormElement; el: ArkiDateInput; after: HTMLButtonElement }> {
  const form = await fixture<HTMLFormElement>(html`<form></form>`);
  const t = document.createElement('template');
  t.innerHTML = `${markup}<button type="button">Jatka</button>`;
  form.append(t.content);
  const el = form.querySelector<ArkiDateInput>('arki-date-input')!;
  await el.updateComplete;
  return { form, el, after: form.querySelector('button')! };
}

/** Types into the three fields as a user: focus the day, type, Tab, type... */
async function typeDate(el: ArkiDateInput, day: string, month: string, year: string): Promise<void> {
  part(el, 'day').focus();
  if (day) await sendKeys({ type: day });
  await sendKeys({ press: 'Tab' });
  if (month) await sendKeys({ type: month });
  await sendKeys({ press: 'Tab' });
  if (year) await sendKeys({ type: year });
  await el.updateComplete;
}

/** Sets the parts directly (as an input event from each field): for the many validation cases. */
async function fill(el: ArkiDateInput, day: string, month: string, year: string): Promise<void> {
  for (const [p, v] of [['day', day], ['month', month], ['year', year]] as const) {
    const input = part(el, p);
    input.value = v;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  el.reportValidity();
  await el.updateComplete;
}

function captureWarnings(): { warnings: string[]; restore: () => void } {
  resetDevWarnings();
  const warnings: string[] = [];
  const orig = console.warn;
  console.warn = (m: string) => warnings.push(String(m));
  return { warnings, restore: () => (console.warn = orig) };
}

runFormControlSuite<ArkiDateInput>({
  tag: 'arki-date-input',
  markup: (a) => `<arki-date-input label="Syntymäaika" ${a}></arki-date-input>`,
  setUserValue: (el) => typeDate(el, '29', '2', '2024'),
  expectedValue: ['2024-02-29'],
  initialValue: [''], // as a native date input: the name is submitted with "" until the date is real
  focusTarget: (el) => part(el, 'day'),
});

describe('arki-date-input', () => {
  it('one fieldset named by the legend; three numeric inputs, each with its own label', async () => {
    const { el } = await mount(`<arki-date-input label="Syntymäaika" hint="Esimerkiksi 27 3 2007" required></arki-date-input>`);
    const fieldset = root(el).querySelector('fieldset')!;
    expect(fieldset.querySelector(':scope > legend')!.textContent).to.contain('Syntymäaika').and.to.contain('(pakollinen)');
    expect(fieldset.getAttribute('aria-describedby')).to.equal('hint');
    const labels = (['day', 'month', 'year'] as const).map((p) => part(el, p).labels![0]!.textContent);
    expect(labels).to.deep.equal(['Päivä', 'Kuukausi', 'Vuosi']);
    for (const p of ['day', 'month', 'year'] as const) {
      expect(part(el, p).inputMode).to.equal('numeric');
      expect(part(el, p).type).to.equal('text');
      expect(part(el, p).closest('fieldset')).to.equal(fieldset);
    }
  });

  it('labels in Swedish and English', async () => {
    for (const [lang, expected] of [['sv', ['Dag', 'Månad', 'År']], ['en', ['Day', 'Month', 'Year']]] as const) {
      const { el } = await mount(`<div lang="${lang}"><arki-date-input label="X"></arki-date-input></div>`);
      expect((['day', 'month', 'year'] as const).map((p) => part(el, p).labels![0]!.textContent)).to.deep.equal([...expected]);
    }
  });

  it('value is ISO YYYY-MM-DD in FormData; "" while incomplete or invalid, typed parts kept', async () => {
    const { form, el } = await mount(`<arki-date-input label="Alkupäivä" name="alku"></arki-date-input>`);
    await typeDate(el, '5', '3', '');
    expect(el.value).to.equal('');
    expect(entries(form, 'alku')).to.deep.equal(['']);
    part(el, 'year').focus();
    await sendKeys({ type: '2025' });
    await el.updateComplete;
    expect(el.value).to.equal('2025-03-05');
    expect(entries(form, 'alku')).to.deep.equal(['2025-03-05']);
    await fill(el, '31', '2', '2025');
    expect(entries(form, 'alku')).to.deep.equal(['']);
    expect([part(el, 'day').value, part(el, 'month').value, part(el, 'year').value]).to.deep.equal(['31', '2', '2025']);
  });

  it('the value attribute and property take ISO; reset returns to the attribute', async () => {
    const { form, el } = await mount(`<arki-date-input label="Alkupäivä" name="alku" value="2024-06-01"></arki-date-input>`);
    expect([part(el, 'day').value, part(el, 'month').value, part(el, 'year').value]).to.deep.equal(['1', '6', '2024']);
    el.value = '2025-12-24';
    await el.updateComplete;
    expect(part(el, 'day').value).to.equal('24');
    expect(entries(form, 'alku')).to.deep.equal(['2025-12-24']);
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('2024-06-01');
  });

  describe('real dates (GOV.UK order and messages)', () => {
    const cases: Array<[string, [string, string, string], string, Part[]]> = [
      ['31.2. is not a date', ['31', '2', '2024'], 'Syntymäaika: päivämäärän on oltava todellinen päivämäärä', ['day']],
      ['29.2. in a non-leap year', ['29', '2', '2023'], 'päivämäärän on oltava todellinen päivämäärä', ['day']],
      ['29.2.1900 (century, not leap)', ['29', '2', '1900'], 'todellinen päivämäärä', ['day']],
      ['month 00', ['1', '00', '2024'], 'todellinen päivämäärä', ['month']],
      ['month 13', ['1', '13', '2024'], 'todellinen päivämäärä', ['month']],
      ['day 0', ['0', '5', '2024'], 'todellinen päivämäärä', ['day']],
      ['letters in the day', ['1a', '5', '2024'], 'todellinen päivämäärä', ['day']],
      ['two bad parts', ['32', '13', '2024'], 'todellinen päivämäärä', ['day', 'month']],
      ['year "24"', ['1', '5', '24'], 'Syntymäaika: vuodessa on oltava 4 numeroa', ['year']],
      ['year "20245"', ['1', '5', '20245'], 'vuodessa on oltava 4 numeroa', ['year']],
      ['missing month', ['1', '', '2024'], 'Syntymäaika: päivämäärästä puuttuu kuukausi', ['month']],
      ['missing day and month', ['', '', '2024'], 'päivämäärästä puuttuu päivä ja kuukausi', ['day', 'month']],
    ];
    for (const [name, [d, m, y], message, parts] of cases) {
      it(name, async () => {
        const { el } = await mount(`<arki-date-input label="Syntymäaika" name="s"></arki-date-input>`);
        await fill(el, d, m, y);
        expect(el.value).to.equal('');
        expect(el.validity.valid).to.equal(false);
        expect(errorText(el)).to.contain(message);
        expect(invalidParts(el), 'only the parts at fault are aria-invalid').to.deep.equal(parts);
      });
    }

    it('29.2. in leap years (2024, 2000) is real', async () => {
      const { el } = await mount(`<arki-date-input label="Syntymäaika"></arki-date-input>`);
      await fill(el, '29', '2', '2024');
      expect(el.value).to.equal('2024-02-29');
      expect(el.validity.valid).to.equal(true);
      expect(invalidParts(el)).to.deep.equal([]);
      await fill(el, '29', '02', '2000');
      expect(el.value).to.equal('2000-02-29');
    });

    it('months by name or abbreviation in fi, sv and en', async () => {
      const { el } = await mount(`<arki-date-input label="Päivä"></arki-date-input>`);
      for (const month of ['helmikuu', 'helmi', 'Februari', 'feb', 'February']) {
        await fill(el, '3', month, '2025');
        expect(el.value, month).to.equal('2025-02-03');
      }
    });

    it('a whole date typed or pasted into one field is split into the three', async () => {
      const { el } = await mount(`<arki-date-input label="Päivä"></arki-date-input>`);
      part(el, 'day').focus();
      await sendKeys({ type: '24.12.2024' });
      await el.updateComplete;
      expect([part(el, 'day').value, part(el, 'month').value, part(el, 'year').value]).to.deep.equal(['24', '12', '2024']);
      expect(el.value).to.equal('2024-12-24');
    });

    it('messages in Swedish and English', async () => {
      for (const [lang, notReal, missing, year] of [
        ['sv', 'Födelsedatum måste vara ett verkligt datum', 'Födelsedatum måste innehålla en månad', 'året måste ha 4 siffror'],
        ['en', 'Date of birth must be a real date', 'Date of birth must include a month', 'year must include 4 numbers'],
      ] as const) {
        const label = lang === 'sv' ? 'Födelsedatum' : 'Date of birth';
        const { el } = await mount(`<div lang="${lang}"><arki-date-input label="${label}"></arki-date-input></div>`);
        await fill(el, '31', '2', '2024');
        expect(errorText(el), lang).to.contain(notReal);
        await fill(el, '3', '', '2024');
        expect(errorText(el), lang).to.contain(missing);
        await fill(el, '3', '4', '99');
        expect(errorText(el), lang).to.contain(year);
      }
    });

    it('the pure checker agrees (no DOM)', () => {
      const names = monthNames(['fi']);
      expect(checkDate({ day: '28', month: '2', year: '2023' }, names).iso).to.equal('2023-02-28');
      expect(checkDate({ day: ' 7 ', month: 'maaliskuu', year: '2023' }, names).iso).to.equal('2023-03-07');
      expect(checkDate({ day: '', month: '', year: '' }).problem!.kind).to.equal('empty');
      expect(checkDate({ day: '31', month: '4', year: '2023' }).problem).to.deep.equal({ kind: 'not-real', parts: ['day'] });
      expect(checkDate({ day: '1', month: '1', year: '0000' }).problem!.kind).to.equal('not-real');
    });
  });

  it('required and empty: "Syötä …" naming the legend, all parts marked', async () => {
    const { form, el } = await mount(`<arki-date-input label="Syntymäaika" name="s" required></arki-date-input>`);
    expect(el.validity.valueMissing).to.equal(true);
    form.addEventListener('submit', (e) => e.preventDefault());
    form.requestSubmit();
    await el.updateComplete;
    expect(errorText(el)).to.contain('Syötä syntymäaika');
    expect(invalidParts(el)).to.deep.equal(['day', 'month', 'year']);
  });

  it('min and max: messages name the limit as a date in words in the locale', async () => {
    for (const [lang, before, after] of [
      ['fi', 'Alkupäivä: päivämäärän on oltava 1. tammikuuta 2025 tai sen jälkeen', 'Alkupäivä: päivämäärän on oltava 31. joulukuuta 2025 tai sitä ennen'],
      ['sv', 'Alkupäivä måste vara 1 januari 2025 eller senare', 'Alkupäivä måste vara 31 december 2025 eller tidigare'],
      ['en', 'Alkupäivä must be the same as or after 1 January 2025', 'Alkupäivä must be the same as or before 31 December 2025'],
    ] as const) {
      const { el } = await mount(`<div lang="${lang}"><arki-date-input label="Alkupäivä" min="2025-01-01" max="2025-12-31"></arki-date-input></div>`);
      await fill(el, '31', '12', '2024');
      expect(el.validity.rangeUnderflow).to.equal(true);
      expect(errorText(el), lang).to.contain(before);
      await fill(el, '1', '1', '2026');
      expect(el.validity.rangeOverflow).to.equal(true);
      expect(errorText(el), lang).to.contain(after);
      await fill(el, '1', '1', '2025');
      expect(el.validity.valid, 'min itself is allowed').to.equal(true);
      await fill(el, '31', '12', '2025');
      expect(el.validity.valid, 'max itself is allowed').to.equal(true);
    }
  });

  it('malformed value, min and max: a dev warning and a safe fallback', async () => {
    const w = captureWarnings();
    try {
      const { el } = await mount(`<arki-date-input label="X" value="31.12.2024" min="2024-13-01" max="huomenna"></arki-date-input>`);
      expect(el.value).to.equal('');
      expect(part(el, 'day').value).to.equal('');
      await fill(el, '1', '1', '1900');
      expect(el.validity.valid, 'bad limits are ignored').to.equal(true);
      expect(w.warnings.some((m) => m.includes('<arki-date-input>') && m.includes('value="31.12.2024"'))).to.equal(true);
      expect(w.warnings.some((m) => m.includes('min="2024-13-01"'))).to.equal(true);
      expect(w.warnings.some((m) => m.includes('max="huomenna"'))).to.equal(true);
      const { el: el2 } = await mount(`<arki-date-input label="X" value="2023-02-29"></arki-date-input>`);
      expect(part(el2, 'day').value, 'an unreal date is shown as given').to.equal('29');
      expect(el2.validity.badInput).to.equal(true);
      expect(w.warnings.some((m) => m.includes('value="2023-02-29" is not a real date'))).to.equal(true);
    } finally {
      w.restore();
    }
  });

  it('errors appear after leaving the whole date, not when moving between its fields', async () => {
    const { el, after } = await mount(`<arki-date-input label="Syntymäaika" name="s"></arki-date-input>`);
    part(el, 'day').focus();
    await sendKeys({ type: '31' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2024' });
    await el.updateComplete;
    expect(errorText(el), 'still typing').to.equal('');
    after.focus();
    await el.updateComplete;
    expect(errorText(el)).to.contain('todellinen päivämäärä');
    part(el, 'day').focus();
    part(el, 'day').select();
    await sendKeys({ type: '28' });
    await el.updateComplete;
    expect(errorText(el), 'once shown, it updates as the user fixes it').to.equal('');
  });

  it('focus() goes to the first part at fault (for the error summary), else the day', async () => {
    const { el } = await mount(`<arki-date-input label="X"></arki-date-input>`);
    el.focus();
    expect(root(el).activeElement).to.equal(part(el, 'day'));
    await fill(el, '1', '', '2024');
    el.focus();
    expect(root(el).activeElement).to.equal(part(el, 'month'));
    await fill(el, '1', '2', '24');
    el.focus();
    expect(root(el).activeElement).to.equal(part(el, 'year'));
  });

  it('a restore brings back an unfinished date as the user left it', async () => {
    const { form, el } = await mount(`<arki-date-input label="X" name="d"></arki-date-input>`);
    const state = new FormData();
    state.append('day', '31');
    state.append('month', '2');
    state.append('year', '');
    (el as unknown as { formStateRestoreCallback(s: unknown, m: string): void }).formStateRestoreCallback(state, 'restore');
    await el.updateComplete;
    expect([part(el, 'day').value, part(el, 'month').value]).to.deep.equal(['31', '2']);
    expect(entries(form, 'd')).to.deep.equal(['']);
  });

  it('autocomplete="bday" gives each part its autofill token', async () => {
    const { el } = await mount(`<arki-date-input label="Syntymäaika" autocomplete="bday"></arki-date-input>`);
    expect((['day', 'month', 'year'] as const).map((p) => part(el, p).getAttribute('autocomplete'))).to.deep.equal(['bday-day', 'bday-month', 'bday-year']);
  });

  it('disabled and readonly reach every part', async () => {
    const { el } = await mount(`<arki-date-input label="X" disabled></arki-date-input>`);
    expect((['day', 'month', 'year'] as const).every((p) => part(el, p).disabled)).to.equal(true);
    const { form, el: el2 } = await mount(`<arki-date-input label="X" name="d" value="2024-05-01" readonly></arki-date-input>`);
    expect((['day', 'month', 'year'] as const).every((p) => part(el2, p).readOnly)).to.equal(true);
    expect(entries(form, 'd')).to.deep.equal(['2024-05-01']);
  });

  it('an error from outside marks all parts', async () => {
    const { el } = await mount(`<arki-date-input label="X" error="Päivämäärä on jo varattu"></arki-date-input>`);
    expect(errorText(el)).to.contain('Päivämäärä on jo varattu');
    expect(invalidParts(el)).to.deep.equal(['day', 'month', 'year']);
  });

  it('legend-as-heading', async () => {
    const { el } = await mount(`<arki-date-input label="Milloin muutit?" legend-as-heading></arki-date-input>`);
    expect(root(el).querySelector('legend > h1')!.textContent).to.contain('Milloin muutit?');
    await expectAccessible(el);
  });
});

describe('arki-date-input: accessibility per state', () => {
  for (const [name, attrs] of [
    ['default', ''],
    ['hint and required', 'hint="Esimerkiksi 27 3 2007" required'],
    ['error', 'error="Syötä syntymäaika"'],
    ['disabled', 'disabled value="2024-01-01"'],
    ['readonly', 'readonly value="2024-01-01"'],
  ] as const) {
    it(name, async () => {
      const { el } = await mount(`<arki-date-input label="Syntymäaika" ${attrs}></arki-date-input>`);
      await expectAccessible(el);
    });
  }

  it('a part-level error', async () => {
    const { el } = await mount(`<arki-date-input label="Syntymäaika"></arki-date-input>`);
    await fill(el, '31', '2', '2024');
    await expectAccessible(el);
  });
});
