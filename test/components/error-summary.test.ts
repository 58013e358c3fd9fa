import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html as litHtml, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiFormElement, type FieldValidator } from '../../src/base/arki-form-element.js';
import '../../src/components/button/button.js';
import '../../src/components/error-summary/error-summary.js';
import type { ArkiErrorSummary } from '../../src/components/error-summary/error-summary.js';
import '../../src/components/file-upload/file-upload.js';
import { formStrings } from '../../src/i18n/forms.js';

const { fi, sv, en } = formStrings;
import { expectAccessible } from '../helpers/a11y.js';

/** A minimal Arki control, so these tests depend on the base class only. */
class SummaryTestControl extends ArkiFormElement {
  static override properties: PropertyDeclarations = {
    value: {},
  };

  declare value: string;

  constructor() {
    super();
    this.value = '';
  }
  protected formValue() {
    return this.value || null;
  }
  protected resetValue() {
    this.value = '';
  }
  protected restoreValue(s: string | File | FormData) {
    this.value = String(s);
  }
  protected validationAnchor() {
    return this.renderRoot.querySelector('input') ?? undefined;
  }
  protected override builtInValidators(): FieldValidator[] {
    return [() => (this.required && !this.value ? { flag: 'valueMissing', message: this.localize.strings(formStrings).valueMissing(this.label) } : null)];
  }
  protected override render(): TemplateResult {
    return litHtml`${this.renderLabel('i')}${this.renderError('e')}<input id="i" .value=${this.value} aria-describedby=${this.describedBy('h', 'e')}
      @input=${(e: Event) => { this.value = (e.target as HTMLInputElement).value; this.dirty = true; }} />`;
  }
}
customElements.define('summary-test-control', SummaryTestControl);

const summaryOf = (form: HTMLFormElement) => form.querySelector('arki-error-summary')!;
const links = (s: ArkiErrorSummary) => [...s.shadowRoot!.querySelectorAll('a')];
const linkTexts = (s: ArkiErrorSummary) => links(s).map((a) => a.textContent!.trim());
const box = (s: ArkiErrorSummary) => s.shadowRoot!.querySelector<HTMLElement>('.summary');
/** Element identity without chai's inspection (which can hang on a failing custom-element compare). */
function same(actual: Element | null | undefined, expected: Element | null | undefined, what: string): void {
  const name = (e: Element | null | undefined) => (e ? `<${e.localName}${e.id ? `#${e.id}` : ''}>` : String(e));
  if (actual !== expected) throw new Error(`${what}: expected ${name(expected)}, got ${name(actual)}`);
}
const link = (s: ArkiErrorSummary, href: string) => links(s).find((a) => a.getAttribute('href') === href)!;
const tick = () => new Promise((r) => setTimeout(r, 10));

async function settle(form: HTMLFormElement): Promise<void> {
  for (const el of form.querySelectorAll('*')) await (el as Partial<ArkiFormElement>).updateComplete;
  await summaryOf(form).updateComplete;
}

async function type(el: HTMLInputElement, text: string): Promise<void> {
  el.focus();
  await sendKeys({ press: 'End' }); // Tab into a field selects its text: add to it instead
  for (const ch of text) await sendKeys({ type: ch }); // one by one: WebKit's driver merges repeated keys
}

function applicationForm(lang = 'fi'): TemplateResult {
  return html`<form lang=${lang}>
    <arki-error-summary></arki-error-summary>
    <label for="nimi">Nimi</label><input id="nimi" name="nimi" required />
    <summary-test-control id="osoite" name="osoite" label="Osoite" required></summary-test-control>
    <label for="email">Sähköposti</label><input id="email" name="email" type="email" />
    <fieldset><legend>Asukastyyppi</legend>
      <input type="radio" id="r1" name="tyyppi" value="a" required /><label for="r1">Asukas</label>
      <input type="radio" id="r2" name="tyyppi" value="b" /><label for="r2">Yritys</label>
    </fieldset>
    <summary-test-control name="lisa" label="Lisätieto" required></summary-test-control>
    <arki-file-upload id="liite" name="liite" label="Liite" required></arki-file-upload>
    <arki-button type="submit">Lähetä</arki-button>
  </form>`;
}

describe('arki-error-summary', () => {
  beforeEach(() => {
    document.title = 'Pysäköintitunnus';
  });

  it('takes over validation: sets novalidate, renders nothing while there are no errors', async () => {
    const form = await fixture<HTMLFormElement>(applicationForm());
    await settle(form);
    expect(form.noValidate).to.equal(true);
    expect(box(summaryOf(form))).to.equal(null);
    expect(summaryOf(form).getBoundingClientRect().height).to.equal(0);
    expect(document.title).to.equal('Pysäköintitunnus');
  });

  it('an invalid submit is stopped and lists every error in document order, as links to the controls', async () => {
    const form = await fixture<HTMLFormElement>(applicationForm());
    await settle(form);
    const s = summaryOf(form);
    let submits = 0;
    form.addEventListener('submit', (e) => { e.preventDefault(); submits++; });
    await type(form.querySelector<HTMLInputElement>('#email')!, 'ei-osoite');
    form.querySelector('arki-button')!.click();
    await settle(form);
    expect(submits, 'the page never sees an invalid submit').to.equal(0);
    expect(linkTexts(s)).to.deep.equal([
      fi.valueMissing('Nimi'),
      fi.valueMissing('Osoite'),
      fi.typeMismatchEmail('Sähköposti'),
      'Tee valinta: Asukastyyppi',
      fi.valueMissing('Lisätieto'),
      'Valitse tiedosto: Liite',
    ]);
    const lisa = form.querySelector<HTMLElement>('summary-test-control[name="lisa"]')!;
    expect(lisa.id, 'a control without an id gets one').to.match(/^arki-field-\d+$/);
    expect(links(s).map((a) => a.getAttribute('href'))).to.deep.equal(['#nimi', '#osoite', '#email', '#r1', `#${lisa.id}`, '#liite']);
    const title = s.shadowRoot!.querySelector('[role="heading"]')!;
    expect(title.textContent!.trim()).to.equal('Tarkista seuraavat kohdat');
    expect(title.getAttribute('aria-level')).to.equal('2');
  });

  it('focuses the summary, prefixes the title, and shows each Arki control\'s inline error', async () => {
    const form = await fixture<HTMLFormElement>(applicationForm());
    await settle(form);
    const s = summaryOf(form);
    form.requestSubmit();
    await settle(form);
    same(document.activeElement, s, 'focus on the summary');
    same(s.shadowRoot!.activeElement, box(s), 'summary box');
    expect(document.title).to.equal('Virhe: Pysäköintitunnus');
    for (const el of form.querySelectorAll('summary-test-control, arki-file-upload')) {
      expect(el.matches('[data-user-invalid]'), el.localName).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part~="error"]'), `${el.localName} inline error`).to.exist;
    }
  });

  it('a link moves focus to its control: native, Arki (through the host) and file upload, with the keyboard too', async () => {
    const form = await fixture<HTMLFormElement>(applicationForm());
    await settle(form);
    const s = summaryOf(form);
    form.requestSubmit();
    await settle(form);
    link(s, '#nimi').click();
    same(document.activeElement, form.querySelector('#nimi'), 'native input');
    const osoite = form.querySelector('#osoite')!;
    link(s, '#osoite').focus();
    await sendKeys({ press: 'Enter' });
    same(document.activeElement, osoite, 'Arki host');
    same(osoite.shadowRoot!.activeElement, osoite.shadowRoot!.querySelector('input'), 'inner input');
    link(s, '#r1').click();
    same(document.activeElement, form.querySelector('#r1'), 'first radio');
    link(s, '#liite').click();
    const upload = form.querySelector('arki-file-upload')!;
    same(upload.shadowRoot!.activeElement, upload.shadowRoot!.querySelector('input[type="file"]'), 'file input');
    expect(location.hash, 'no hash navigation').to.equal('');
  });

  it('nothing typed is lost; fixed entries go when the user leaves the field; all fixed: hidden, title restored, submit passes', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <arki-error-summary></arki-error-summary>
      <label for="a">Nimi</label><input id="a" name="a" required />
      <label for="b">Puhelin</label><input id="b" name="b" required minlength="5" />
      <summary-test-control id="c" name="c" label="Osoite" required></summary-test-control>
      <button id="send">Lähetä</button>
    </form>`);
    await settle(form);
    const s = summaryOf(form);
    let data: FormData | undefined;
    form.addEventListener('submit', (e) => { e.preventDefault(); data = new FormData(form); });
    await type(form.querySelector<HTMLInputElement>('#b')!, '040');
    form.querySelector<HTMLButtonElement>('#send')!.click();
    await settle(form);
    expect(linkTexts(s)).to.deep.equal([fi.valueMissing('Nimi'), fi.tooShort('Puhelin', 5), fi.valueMissing('Osoite')]);
    expect(form.querySelector<HTMLInputElement>('#b')!.value).to.equal('040');
    await type(form.querySelector<HTMLInputElement>('#a')!, 'Maija');
    await sendKeys({ press: 'Tab' }); // leave: change + focusout
    await tick();
    await settle(form);
    expect(linkTexts(s)).to.deep.equal([fi.tooShort('Puhelin', 5), fi.valueMissing('Osoite')]);
    expect(document.title).to.equal('Virhe: Pysäköintitunnus');
    await type(form.querySelector<HTMLInputElement>('#b')!, '12345');
    await sendKeys({ press: 'Tab' });
    const c = form.querySelector<SummaryTestControl>('#c')!;
    await type(c.shadowRoot!.querySelector('input')!, 'Kotikatu 1');
    await sendKeys({ press: 'Tab' });
    await tick();
    await settle(form);
    expect(box(s)).to.equal(null);
    expect(document.title).to.equal('Pysäköintitunnus');
    form.querySelector<HTMLButtonElement>('#send')!.click();
    expect(data, 'the valid form is submitted').to.exist;
    expect([...data!.entries()]).to.deep.equal([['a', 'Maija'], ['b', '04012345'], ['c', 'Kotikatu 1']]);
  });

  it('a valid submit passes through untouched; formnovalidate skips the check', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <arki-error-summary></arki-error-summary>
      <label for="a">Nimi</label><input id="a" name="a" required />
      <button id="draft" formnovalidate>Tallenna luonnos</button>
    </form>`);
    await settle(form);
    let submits = 0;
    form.addEventListener('submit', (e) => { e.preventDefault(); submits++; });
    form.querySelector<HTMLButtonElement>('#draft')!.click();
    expect(submits).to.equal(1);
    await settle(form);
    expect(box(summaryOf(form))).to.equal(null);
    form.querySelector('input')!.value = 'Maija';
    form.requestSubmit();
    expect(submits).to.equal(2);
    expect(document.title).to.equal('Pysäköintitunnus');
  });

  it('server errors: controls with an error from outside are listed on load, focused and titled, without a submit', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <arki-error-summary></arki-error-summary>
      <label for="a">Nimi</label><input id="a" name="a" required />
      <summary-test-control id="hetu" name="hetu" label="Henkilötunnus" value="010101-123N" error="Henkilötunnuksella on jo voimassa oleva tunnus"></summary-test-control>
      <summary-test-control id="osoite" name="osoite" label="Osoite" required></summary-test-control>
    </form>`);
    await settle(form);
    const s = summaryOf(form);
    expect(linkTexts(s), 'empty required fields are not errors before a submit').to.deep.equal(['Henkilötunnuksella on jo voimassa oleva tunnus']);
    same(document.activeElement, s, 'focus on the summary');
    expect(document.title).to.equal('Virhe: Pysäköintitunnus');
    links(s)[0]!.click();
    same(document.activeElement, form.querySelector('#hetu'), 'hetu');
    expect(form.querySelector<SummaryTestControl>('#hetu')!.value).to.equal('010101-123N');
  });

  it('no-autofocus leaves focus alone on load', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <arki-error-summary no-autofocus></arki-error-summary>
      <summary-test-control name="x" label="X" error="Palvelinvirhe"></summary-test-control>
    </form>`);
    await settle(form);
    expect(linkTexts(summaryOf(form))).to.deep.equal(['Palvelinvirhe']);
    same(document.activeElement, document.body, 'body');
  });

  it('explicit entries (errors property) for server-rendered pages; href links focus the element', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <arki-error-summary .errors=${[{ text: 'Syötä nimi', href: '#nimi' }, { text: 'Valitse alkamispäivä', href: '#alku' }]}></arki-error-summary>
      <label for="nimi">Nimi</label><input id="nimi" />
      <label for="alku">Alkamispäivä</label><input id="alku" />
    </div>`);
    const s = wrap.querySelector('arki-error-summary')!;
    await s.updateComplete;
    expect(linkTexts(s)).to.deep.equal(['Syötä nimi', 'Valitse alkamispäivä']);
    same(document.activeElement, s, 'focus on the summary');
    links(s)[1]!.click();
    same(document.activeElement, wrap.querySelector('#alku'), 'alku');
    s.errors = [];
    await s.updateComplete;
    expect(box(s)).to.equal(null);
    expect(document.title).to.equal('Pysäköintitunnus');
  });

  for (const [lang, heading, prefix, message] of [
    ['sv', 'Kontrollera följande', 'Fel: ', sv.valueMissing('Namn')],
    ['en', 'There is a problem', 'Error: ', en.valueMissing('Namn')],
  ]) {
    it(`is localised: ${lang}`, async () => {
      const form = await fixture<HTMLFormElement>(html`<form lang=${lang}>
        <arki-error-summary></arki-error-summary>
        <label for="a">Namn</label><input id="a" name="a" required />
      </form>`);
      await settle(form);
      form.requestSubmit();
      await settle(form);
      const s = summaryOf(form);
      expect(s.shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal(heading);
      expect(linkTexts(s)).to.deep.equal([message]);
      expect(document.title).to.equal(`${prefix}Pysäköintitunnus`);
    });
  }

  it('form reset and removal clear the summary, the title prefix and novalidate', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <arki-error-summary></arki-error-summary>
      <label for="a">Nimi</label><input id="a" name="a" required />
    </form>`);
    await settle(form);
    form.requestSubmit();
    await settle(form);
    expect(document.title).to.equal('Virhe: Pysäköintitunnus');
    form.reset();
    await settle(form);
    expect(box(summaryOf(form))).to.equal(null);
    expect(document.title).to.equal('Pysäköintitunnus');
    form.requestSubmit();
    await settle(form);
    summaryOf(form).remove();
    expect(document.title).to.equal('Pysäköintitunnus');
    expect(form.noValidate).to.equal(false);
  });

  it('heading text and level can be set; a bad level falls back to 2 with a warning', async () => {
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const s = await fixture<ArkiErrorSummary>(html`<arki-error-summary heading="Hakemuksessa on virheitä" heading-level="9" .errors=${[{ text: 'Syötä nimi', href: '#x' }]}></arki-error-summary>`);
      const title = s.shadowRoot!.querySelector('[role="heading"]')!;
      expect(title.textContent!.trim()).to.equal('Hakemuksessa on virheitä');
      expect(title.getAttribute('aria-level')).to.equal('2');
      expect(warnings.some((w) => w.includes('heading-level="9"'))).to.equal(true);
    } finally {
      console.warn = orig;
    }
  });

  it('messages and names are text, never markup', async () => {
    const s = await fixture<ArkiErrorSummary>(html`<arki-error-summary .errors=${[{ text: '<img src=x onerror="window.__x=1">Syötä nimi', href: '#x' }]}></arki-error-summary>`);
    expect(s.shadowRoot!.querySelector('img')).to.equal(null);
    expect(linkTexts(s)[0]).to.contain('<img');
  });

  it('is accessible with errors listed', async () => {
    const form = await fixture<HTMLFormElement>(applicationForm());
    await settle(form);
    form.requestSubmit();
    await settle(form);
    await expectAccessible(form);
  });
});
