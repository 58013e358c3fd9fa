import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ArkiFormElement } from '../../src/base/arki-form-element.js';
import type { ArkiErrorSummary } from '../../src/components/error-summary/error-summary.js';
import { permitForm, todayIso, type PermitLang } from '../../stories/example-parking-permit.stories.js';
import '../helpers/a11y.js';

// The example form of issue 8, exactly as its stories render it, filled in as a user would:
// typing, choosing a file, ticking the box, pressing Enter on the submit button.

const field = <E extends HTMLElement = ArkiFormElement>(form: HTMLFormElement, name: string) => form.querySelector<E>(`[name="${name}"]`)!;
const summaryOf = (form: HTMLFormElement) => form.querySelector<ArkiErrorSummary>('arki-error-summary')!;
const links = (form: HTMLFormElement) => [...summaryOf(form).shadowRoot!.querySelectorAll('a')];
const inner = (el: Element, selector = 'input') => el.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));
const iso = (daysAhead: number) => todayIso(new Date(Date.now() + daysAhead * 864e5));

/** Element identity without chai's deep inspection of custom elements. */
function same(actual: Element | null | undefined, expected: Element | null | undefined, what: string): void {
  const name = (e: Element | null | undefined) => (e ? `<${e.localName}${e.id ? `#${e.id}` : ''}>` : String(e));
  if (actual !== expected) throw new Error(`${what}: expected ${name(expected)}, got ${name(actual)}`);
}

async function settle(form: HTMLFormElement): Promise<void> {
  for (const el of form.querySelectorAll('*')) await (el as Partial<ArkiFormElement>).updateComplete;
}

async function render(lang: PermitLang): Promise<HTMLFormElement> {
  const form = await fixture<HTMLFormElement>(permitForm(lang));
  await settle(form);
  return form;
}

/**
 * Types at the end of a field (Tab into a field selects its text), one key at a time:
 * WebKit's driver merges repeated keys ("00100" would arrive as "010").
 */
async function typeIn(input: HTMLElement, text: string): Promise<void> {
  input.focus();
  await sendKeys({ press: 'End' });
  for (const ch of text) await sendKeys({ type: ch });
}

async function typeField(form: HTMLFormElement, name: string, text: string): Promise<void> {
  await typeIn(inner(field(form, name)), text);
}

async function typeDate(form: HTMLFormElement, date: string): Promise<void> {
  const [y, m, d] = date.split('-');
  const el = field(form, 'alkupaiva');
  await typeIn(inner(el, '#day'), String(Number(d)));
  await typeIn(inner(el, '#month'), String(Number(m)));
  await typeIn(inner(el, '#year'), y!);
}

/** Chooses a file as the browser's picker does: the native input gets the files and fires change. */
async function chooseFile(form: HTMLFormElement, file: File): Promise<void> {
  const el = field(form, 'rekisteriote');
  const input = inner(el, 'input[type="file"]');
  const dt = new DataTransfer();
  dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function tickConsent(form: HTMLFormElement): Promise<void> {
  inner(field(form, 'suostumus')).focus();
  await sendKeys({ press: ' ' });
}

/** Submits with the keyboard, and returns the FormData the page's submit listener saw (if any). */
async function submit(form: HTMLFormElement): Promise<FormData | undefined> {
  let data: FormData | undefined;
  const listener = (e: Event) => {
    data = new FormData(form, (e as SubmitEvent).submitter);
  };
  form.addEventListener('submit', listener);
  form.querySelector<HTMLElement>('arki-button[type="submit"]')!.focus();
  await sendKeys({ press: 'Enter' });
  await tick();
  await settle(form);
  form.removeEventListener('submit', listener);
  return data;
}

const pdf = new File([new Uint8Array(245_000)], 'rekisteriote.pdf', { type: 'application/pdf', lastModified: 1 });

async function fillValid(form: HTMLFormElement, start: string): Promise<void> {
  await typeField(form, 'nimi', 'Maija Meikalainen');
  await typeField(form, 'hetu', '131052-308T');
  await typeField(form, 'katuosoite', 'Mannerheimintie 5 A 12');
  await typeField(form, 'postinumero', '00100');
  await typeField(form, 'rekisteritunnus', 'ABC-123');
  await typeDate(form, start);
  await chooseFile(form, pdf);
  await tickConsent(form);
}

function entries(data: FormData): Array<[string, string]> {
  return [...data].map(([k, v]) => [k, typeof v === 'string' ? v : `file:${v.name}:${v.size}`]);
}

describe('example: apply for a resident parking permit', () => {
  beforeEach(() => {
    document.title = 'Asukaspysäköinti';
  });

  it('a valid form submits exactly the expected FormData', async () => {
    const form = await render('fi');
    const start = iso(10);
    await fillValid(form, start);
    const data = await submit(form);
    expect(data, 'submitted').to.exist;
    expect(entries(data!)).to.deep.equal([
      ['nimi', 'Maija Meikalainen'],
      ['hetu', '131052-308T'],
      ['katuosoite', 'Mannerheimintie 5 A 12'],
      ['postinumero', '00100'],
      ['rekisteritunnus', 'ABC-123'],
      ['alkupaiva', start],
      ['rekisteriote', 'file:rekisteriote.pdf:245000'],
      ['suostumus', 'kylla'],
    ]);
    expect(summaryOf(form).shadowRoot!.querySelector('.summary')).to.equal(null);
    expect(document.title).to.equal('Asukaspysäköinti');
  });

  it('an invalid submit shows the summary in document order, focused and titled; links move focus; nothing typed is lost', async () => {
    const form = await render('fi');
    await typeField(form, 'hetu', '131052-308X');
    await typeField(form, 'postinumero', '123');
    await typeField(form, 'rekisteritunnus', 'ABCD-1234');
    await typeDate(form, '2030-02-31');
    await chooseFile(form, new File(['MZ'], 'ohjelma.exe', { type: 'application/x-msdownload' }));
    const data = await submit(form);
    expect(data, 'the page never sees an invalid submit').to.equal(undefined);

    const names = ['nimi', 'hetu', 'katuosoite', 'postinumero', 'rekisteritunnus', 'alkupaiva', 'rekisteriote', 'suostumus'];
    const controls = names.map((n) => field(form, n));
    expect(links(form).map((a) => a.getAttribute('href'))).to.deep.equal(controls.map((c) => `#${c.id}`));
    // Each entry is the control's own inline message, and the control shows it.
    expect(links(form).map((a) => a.textContent!.trim())).to.deep.equal(controls.map((c) => c.validationMessage));
    for (const c of controls) expect(c.shadowRoot!.querySelector('[part~="error"], .file-error'), `${c.getAttribute('name')} inline error`).to.exist;
    const texts = links(form).map((a) => a.textContent!.trim());
    expect(texts[4]).to.equal('Syötä rekisteritunnus muodossa ABC-123');
    expect(texts[6]).to.equal('Tiedoston ohjelma.exe on oltava tyyppiä PDF, JPG tai PNG');
    expect(texts[7]).to.equal('Vahvista, että antamasi tiedot ovat oikein');

    same(document.activeElement, summaryOf(form), 'focus on the summary');
    expect(summaryOf(form).shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal('Tarkista seuraavat kohdat');
    expect(document.title).to.equal('Virhe: Asukaspysäköinti');

    links(form)[5]!.click();
    const date = field(form, 'alkupaiva');
    same(document.activeElement, date, 'date input');
    expect(date.shadowRoot!.activeElement!.getAttribute('aria-invalid'), 'focus on the first invalid part').to.equal('true');
    links(form)[1]!.focus();
    await sendKeys({ press: 'Enter' });
    same(document.activeElement, field(form, 'hetu'), 'hetu');
    same(field(form, 'hetu').shadowRoot!.activeElement, inner(field(form, 'hetu')), 'hetu input');

    expect(inner(field(form, 'hetu')).value).to.equal('131052-308X');
    expect(inner(field(form, 'postinumero')).value).to.equal('123');
    expect(inner(field(form, 'rekisteritunnus')).value).to.equal('ABCD-1234');
    expect(['#day', '#month', '#year'].map((s) => inner(date, s).value)).to.deep.equal(['31', '2', '2030']);
    expect([...field(form, 'rekisteriote').shadowRoot!.querySelectorAll('.file-name')].map((n) => n.textContent)).to.deep.equal(['ohjelma.exe']);
  });

  it('after fixing every field the next submit passes, the summary goes and the title is restored', async () => {
    const form = await render('fi');
    await typeField(form, 'hetu', '131052-308X');
    expect(await submit(form)).to.equal(undefined);
    expect(document.title).to.equal('Virhe: Asukaspysäköinti');
    const hetu = inner(field(form, 'hetu'));
    hetu.focus();
    hetu.select();
    await sendKeys({ press: 'Backspace' });
    const start = iso(3);
    await fillValid(form, start);
    const data = await submit(form);
    expect(data, 'submitted').to.exist;
    expect(entries(data!).map(([k]) => k)).to.deep.equal(['nimi', 'hetu', 'katuosoite', 'postinumero', 'rekisteritunnus', 'alkupaiva', 'rekisteriote', 'suostumus']);
    expect(data!.get('hetu')).to.equal('131052-308T');
    expect(summaryOf(form).shadowRoot!.querySelector('.summary')).to.equal(null);
    expect(document.title).to.equal('Asukaspysäköinti');
  });

  it('a start date before today is refused', async () => {
    const form = await render('fi');
    await fillValid(form, iso(-1));
    expect(await submit(form)).to.equal(undefined);
    expect(links(form).map((a) => a.getAttribute('href'))).to.deep.equal([`#${field(form, 'alkupaiva').id}`]);
  });

  for (const [lang, heading, prefix, plate] of [
    ['sv', 'Kontrollera följande', 'Fel: ', 'Ange registreringsnumret i formen ABC-123'],
    ['en', 'There is a problem', 'Error: ', 'Enter the registration number in the format ABC-123'],
  ] as const) {
    it(`the summary flow in ${lang}`, async () => {
      const form = await render(lang);
      await typeField(form, 'rekisteritunnus', '12-ABC');
      expect(await submit(form)).to.equal(undefined);
      expect(summaryOf(form).shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal(heading);
      expect(links(form)).to.have.length(8);
      expect(links(form)[4]!.textContent!.trim()).to.equal(plate);
      expect(document.title).to.equal(`${prefix}Asukaspysäköinti`);
      same(document.activeElement, summaryOf(form), 'focus on the summary');
    });
  }
});
