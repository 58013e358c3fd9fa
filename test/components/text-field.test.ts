import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/text-field/text-field.js';
import '../../src/components/button/button.js';
import type { ArkiTextField } from '../../src/components/text-field/text-field.js';
import { resetDevWarnings } from '../../src/base/dev.js';
import { inSentence } from '../../src/i18n/forms.js';
import { registerTranslation } from '../../src/i18n/index.js';
import { loadPageChecks } from '../a11y/page-checks.js';
import { expectAccessible } from '../helpers/a11y.js';
import { runFormControlSuite } from '../helpers/form-control-suite.js';

const input = (el: ArkiTextField) => el.shadowRoot!.querySelector('input')!;
const errorText = (el: ArkiTextField) => el.shadowRoot!.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Types as a user: focus, then keystrokes, one at a time (WebKit's driver merges repeated keys). */
async function type(el: ArkiTextField, text: string): Promise<void> {
  input(el).focus();
  for (const ch of text) await sendKeys({ type: ch });
  await el.updateComplete;
}

/** Leaves the field as a user does: focus moves to a button after it. */
async function leave(el: ArkiTextField): Promise<void> {
  const after = document.createElement('button');
  after.textContent = 'Seuraava';
  el.after(after);
  after.focus();
  await el.updateComplete;
  after.remove();
}

async function inForm(markup: ReturnType<typeof html>): Promise<{ form: HTMLFormElement; el: ArkiTextField }> {
  const form = await fixture<HTMLFormElement>(html`<form>${markup}</form>`);
  const el = form.querySelector('arki-text-field')!;
  await el.updateComplete;
  return { form, el };
}

function captureWarnings(): { warnings: string[]; restore: () => void } {
  resetDevWarnings();
  const warnings: string[] = [];
  const orig = console.warn;
  console.warn = (m: string) => warnings.push(String(m));
  return { warnings, restore: () => (console.warn = orig) };
}

runFormControlSuite<ArkiTextField>({
  tag: 'arki-text-field',
  markup: (a) => `<arki-text-field label="Sukunimi" ${a}></arki-text-field>`,
  setUserValue: (el) => type(el, 'Virtanen'),
  expectedValue: ['Virtanen'],
  initialValue: [''], // as a native input: an empty field submits its name with ""
  focusTarget: input,
});

describe('arki-text-field', () => {
  it('renders label, hint and input in one shadow root, linked by for/id and aria-describedby', async () => {
    const el = await fixture<ArkiTextField>(html`<arki-text-field label="Sukunimi" hint="Kuten passissa" required></arki-text-field>`);
    const label = el.shadowRoot!.querySelector('label')!;
    expect(label.htmlFor).to.equal(input(el).id);
    expect(label.textContent).to.contain('Sukunimi').and.to.contain('(pakollinen)');
    const hint = el.shadowRoot!.querySelector('[part~="hint"]')!;
    expect(input(el).getAttribute('aria-describedby')).to.equal(hint.id);
    expect(input(el).getAttribute('aria-required')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.label-row slot[name="help"]'), 'help slot beside the label').to.exist;
  });

  it('a page overrides the marker and the error prefix with registerTranslation (field strings group)', async () => {
    const el = await fixture<ArkiTextField>(html`<arki-text-field label="Sukunimi" required error="Tarkista sukunimi"></arki-text-field>`);
    try {
      registerTranslation({ $code: 'fi', required: 'vaaditaan', errorPrefix: 'Huomio' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('label')!.textContent).to.contain('(vaaditaan)');
      expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('Huomio:');
    } finally {
      registerTranslation({ $code: 'fi', required: 'pakollinen', errorPrefix: 'Virhe' });
    }
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.contain('(pakollinen)');
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('Virhe:');
  });

  it('optional marking from an ancestor marks optional fields instead', async () => {
    const form = await fixture<HTMLFormElement>(html`<form data-arki-marking="optional" lang="sv">
      <arki-text-field label="Efternamn" required></arki-text-field><arki-text-field label="Smeknamn"></arki-text-field>
    </form>`);
    const [a, b] = [...form.querySelectorAll('arki-text-field')];
    await b!.updateComplete;
    expect(a!.shadowRoot!.querySelector('label')!.textContent).not.to.contain('(');
    expect(b!.shadowRoot!.querySelector('label')!.textContent).to.contain('(frivillig)');
  });

  it('passes type, autocomplete and inputmode through; number is a text input with a numeric keyboard', async () => {
    const el = await fixture<ArkiTextField>(html`<arki-text-field label="Sähköposti" type="email" autocomplete="email"></arki-text-field>`);
    expect(input(el).type).to.equal('email');
    expect(input(el).getAttribute('autocomplete')).to.equal('email');
    el.type = 'number';
    await el.updateComplete;
    expect(input(el).type).to.equal('text');
    expect(input(el).getAttribute('inputmode')).to.equal('numeric');
    el.step = '0.1';
    await el.updateComplete;
    expect(input(el).getAttribute('inputmode')).to.equal('decimal');
    el.inputmode = 'tel';
    await el.updateComplete;
    expect(input(el).getAttribute('inputmode')).to.equal('tel');
  });

  it('an unknown type or width falls back with a warning naming the element', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const el = await fixture<ArkiTextField>(html`<arki-text-field label="Nimi" type="colour" width="7"></arki-text-field>`);
      expect(input(el).type).to.equal('text');
      expect(el.shadowRoot!.querySelector('.box')!.hasAttribute('data-width')).to.equal(false);
      expect(warnings.some((w) => w.includes('<arki-text-field>') && w.includes('type="colour"'))).to.equal(true);
      expect(warnings.some((w) => w.includes('width="7"'))).to.equal(true);
    } finally {
      restore();
    }
  });

  it('width in characters narrows the box (GOV.UK widths); without it the box is full width', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="inline-size: 600px">
      <arki-text-field label="Postinumero" width="5"></arki-text-field>
      <arki-text-field label="Nimi" width="20"></arki-text-field>
      <arki-text-field label="Osoite"></arki-text-field>
    </div>`);
    const fields = [...wrap.querySelectorAll('arki-text-field')];
    await Promise.all(fields.map((f) => f.updateComplete));
    const [five, twenty, full] = fields.map((f) => f.shadowRoot!.querySelector<HTMLElement>('.box')!.getBoundingClientRect().width);
    expect(five).to.be.lessThan(twenty!);
    expect(twenty).to.be.lessThan(full!);
    expect(full).to.be.closeTo(600, 1);
    // Five digits fit without scrolling.
    const five5 = fields[0]!;
    five5.value = '00100';
    await five5.updateComplete;
    expect(input(five5).scrollWidth).to.be.at.most(input(five5).clientWidth);
  });

  it('prefix and suffix sit inside the box, hidden from screen readers; a click on them focuses the input', async () => {
    const el = await fixture<ArkiTextField>(html`<arki-text-field label="Summa euroina"><span slot="start">€</span><span slot="end">/kk</span></arki-text-field>`);
    const box = el.shadowRoot!.querySelector('.box')!;
    const start = box.querySelector<HTMLSlotElement>('slot[name="start"]')!;
    expect(start.assignedElements()[0]!.textContent).to.equal('€');
    expect(start.parentElement!.getAttribute('aria-hidden')).to.equal('true');
    expect(box.querySelector<HTMLSlotElement>('slot[name="end"]')!.assignedElements()).to.have.length(1);
    (el.querySelector('[slot="start"]') as HTMLElement).click();
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
  });

  it('sizes keep the target size: s ≥ 24 px, m and l ≥ 44 px', async () => {
    for (const [size, min] of [['s', 24], ['m', 44], ['l', 44]] as const) {
      const el = await fixture<ArkiTextField>(html`<arki-text-field label="Nimi" size=${size}></arki-text-field>`);
      expect(el.shadowRoot!.querySelector('.box')!.getBoundingClientRect().height, size).to.be.at.least(min);
    }
  });

  describe('events', () => {
    it('fires input on each keystroke and change on commit, from the host, bubbling and composed', async () => {
      const el = await fixture<ArkiTextField>(html`<arki-text-field label="Nimi"></arki-text-field>`);
      const events: string[] = [];
      const seen: Event[] = [];
      for (const t of ['input', 'change']) document.addEventListener(t, (e) => { if (e.composedPath()[0] === el) { events.push(t); seen.push(e); } });
      await type(el, 'abc');
      expect(events).to.deep.equal(['input', 'input', 'input']);
      await leave(el);
      expect(events.filter((e) => e === 'change')).to.have.length(1);
      expect(seen.every((e) => e.bubbles && e.composed)).to.equal(true);
      expect(el.value).to.equal('abc');
    });

    it('fires nothing on programmatic changes, and an input listener already sees the new FormData', async () => {
      const { form, el } = await inForm(html`<arki-text-field label="Nimi" name="n"></arki-text-field>`);
      let count = 0;
      let seenValue: unknown;
      el.addEventListener('input', () => { count++; seenValue = new FormData(form).get('n'); });
      el.addEventListener('change', () => count++);
      el.value = 'Maija';
      await el.updateComplete;
      form.reset();
      await el.updateComplete;
      expect(count).to.equal(0);
      await type(el, 'M');
      expect(seenValue).to.equal('M');
    });
  });

  describe('validation', () => {
    it('shows no error while first typing; shows it on leaving; updates live while fixing', async () => {
      const el = await fixture<ArkiTextField>(html`<arki-text-field label="Sähköposti" type="email"></arki-text-field>`);
      await type(el, 'maija@');
      expect(errorText(el)).to.equal('');
      expect(input(el).hasAttribute('aria-invalid')).to.equal(false);
      expect(el.validity.typeMismatch).to.equal(true);
      await leave(el);
      expect(errorText(el)).to.contain('Syötä sähköpostiosoite muodossa nimi@esimerkki.fi');
      expect(input(el).getAttribute('aria-invalid')).to.equal('true');
      const error = el.shadowRoot!.querySelector('[part~="error"]')!;
      expect(input(el).getAttribute('aria-describedby')).to.contain(error.id);
      // The error sits above the input.
      expect(error.compareDocumentPosition(input(el)) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      await type(el, 'esimerkki.fi');
      expect(errorText(el)).to.equal('');
      expect(input(el).hasAttribute('aria-invalid')).to.equal(false);
    });

    it('leaving an untouched required field shows nothing; a submit attempt does', async () => {
      const { form, el } = await inForm(html`<arki-text-field label="Sukunimi" required></arki-text-field>`);
      input(el).focus();
      await leave(el);
      expect(errorText(el)).to.equal('');
      form.addEventListener('submit', (e) => e.preventDefault());
      form.requestSubmit();
      await el.updateComplete;
      expect(errorText(el)).to.equal('Virhe: Syötä sukunimi');
    });

    const cases: Array<[string, string, string, string]> = [
      ['required (whitespace only)', 'label="Sukunimi" required', '   ', 'Syötä sukunimi'],
      ['email', 'label="Sähköposti" type="email"', 'maija.example.fi', 'Syötä sähköpostiosoite muodossa nimi@esimerkki.fi'],
      ['url', 'label="Kotisivu" type="url"', 'ei osoite', 'Syötä verkko-osoite muodossa https://esimerkki.fi'],
      ['number: not a number', 'label="Ikä" type="number"', '12a', 'Ikä: syötä luku'],
      ['number: min', 'label="Ikä" type="number" min="18"', '17', 'Ikä: arvon on oltava vähintään 18'],
      ['number: max', 'label="Ikä" type="number" max="120"', '121', 'Ikä: arvon on oltava enintään 120'],
      ['number: step 1', 'label="Henkilömäärä" type="number"', '2,5', 'Henkilömäärä: syötä kokonaisluku'],
      ['number: step 0.5', 'label="Tunnit" type="number" step="0.5"', '1,2', 'Tunnit: syötä 1 tai 1,5'],
      ['minlength', 'label="Selite" minlength="5"', 'abc', 'Selite: kirjoita vähintään 5 merkkiä'],
      ['maxlength', 'label="Lyhenne" maxlength="3"', 'abcd', 'Lyhenne: kirjoita enintään 3 merkkiä'],
      ['pattern', 'label="Rekisteritunnus" pattern="[A-Z]{2,3}-[0-9]{1,3}"', 'abc123', 'Syötä rekisteritunnus oikeassa muodossa'],
      ['validate=hetu checksum', 'label="Henkilötunnus" validate="hetu"', '131052-308U', 'Tarkista henkilötunnuksen tarkistusmerkki (viimeinen merkki)'],
      ['validate=hetu date', 'label="Henkilötunnus" validate="hetu"', '310252-308T', 'Tarkista henkilötunnuksen syntymäaika (6 ensimmäistä numeroa)'],
      ['validate=business-id', 'label="Y-tunnus" validate="business-id"', '1572860-1', 'Tarkista Y-tunnuksen tarkistusnumero (viimeinen numero)'],
      ['validate=postal-code', 'label="Postinumero" validate="postal-code"', '0010', 'Syötä postinumero viitenä numerona, esimerkiksi 00100'],
      ['validate=iban', 'label="Tilinumero" validate="iban"', 'FI21 1234 5600 0007 86', 'Tarkista tilinumero: siinä on virheellinen numero'],
      ['validate=phone', 'label="Puhelinnumero" validate="phone"', '112', 'Syötä puhelinnumero muodossa 040 123 4567 tai +358 40 123 4567'],
    ];
    for (const [name, attrs, text, message] of cases) {
      it(`message: ${name}`, async () => {
        const form = await fixture<HTMLFormElement>(html`<form></form>`);
        const t = document.createElement('template');
        t.innerHTML = `<arki-text-field ${attrs}></arki-text-field>`;
        form.append(t.content);
        const el = form.querySelector('arki-text-field')!;
        await el.updateComplete;
        await type(el, text);
        expect(el.validity.valid, 'invalid').to.equal(false);
        expect(form.checkValidity()).to.equal(false);
        await leave(el);
        expect(errorText(el)).to.equal(`Virhe: ${message}`);
        expect(el.value, 'text kept').to.equal(text);
      });
    }

    it('valid values pass every constraint (decimal comma, spaces, IDN e-mail, address without scheme)', async () => {
      const ok: Array<[string, string]> = [
        ['type="number" min="0" max="2000" step="any"', '1 234,5'],
        ['type="number" step="0.5" min="1"', '2,5'],
        ['type="email"', 'maija@ääkkönen.fi'],
        ['type="url"', 'www.esimerkki.fi'],
        ['maxlength="2"', '😀😀'],
        ['pattern="[A-Z]{2,3}-[0-9]{1,3}"', 'ABC-123'],
        ['validate="hetu"', '010594Y9032'],
      ];
      for (const [attrs, text] of ok) {
        const t = document.createElement('template');
        t.innerHTML = `<arki-text-field label="Kenttä" ${attrs}></arki-text-field>`;
        const el = (await fixture<HTMLElement>(html`<div></div>`)).appendChild(t.content.firstElementChild!) as ArkiTextField;
        await el.updateComplete;
        await type(el, text);
        expect(el.validity.valid, `${attrs} ${text}: ${el.validationMessage}`).to.equal(true);
      }
    });

    it('messages are localised in sv and en and follow a lang change', async () => {
      const el = await fixture<ArkiTextField>(html`<arki-text-field lang="sv" label="Efternamn" required></arki-text-field>`);
      expect(el.validationMessage).to.equal('Ange efternamn');
      el.lang = 'en';
      el.label = 'Last name';
      await nextFrame();
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Enter last name');
      el.type = 'email';
      el.value = 'x';
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Enter an email address in the correct format, like name@example.com');
      el.lang = 'sv';
      el.validate = 'hetu';
      el.type = 'text';
      el.value = '131052-308U';
      await nextFrame();
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Kontrollera kontrolltecknet i personbeteckningen (det sista tecknet)');
    });

    it('names the field inside the sentence: lower-cased word, kept acronyms and codes, quoted questions', async () => {
      expect(inSentence('Sukunimi')).to.equal('sukunimi');
      expect(inSentence('Y-tunnus')).to.equal('Y-tunnus');
      expect(inSentence('IBAN-tilinumero')).to.equal('IBAN-tilinumero');
      expect(inSentence('Sähköposti:')).to.equal('sähköposti');
      expect(inSentence('Mikä on nimesi?')).to.equal('”Mikä on nimesi?”');
      const el = await fixture<ArkiTextField>(html`<arki-text-field label="Y-tunnus" required></arki-text-field>`);
      expect(el.validationMessage).to.equal('Syötä Y-tunnus');
    });

    it('an unknown validate name is ignored with a warning', async () => {
      const { warnings, restore } = captureWarnings();
      try {
        const el = await fixture<ArkiTextField>(html`<arki-text-field label="Tunnus" validate="ssn" value="mitä tahansa"></arki-text-field>`);
        expect(el.validity.valid).to.equal(true);
        expect(warnings.some((w) => w.includes('validate="ssn"') && w.includes('hetu'))).to.equal(true);
      } finally {
        restore();
      }
    });

    it('field-specific messages replace the generic ones (property and JSON attribute)', async () => {
      const el = await fixture<ArkiTextField>(html`<arki-text-field label="Sukunimi" required messages='{"valueMissing":"Syötä sukunimesi"}'></arki-text-field>`);
      expect(el.validationMessage).to.equal('Syötä sukunimesi');
      el.messages = { patternMismatch: 'Syötä henkilötunnus, esimerkiksi 131052-308T' };
      el.validate = 'hetu';
      el.value = '131052-308U';
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Syötä henkilötunnus, esimerkiksi 131052-308T');
    });

    it('an outside (server) error is shown at once; editing drops it and validation shows live', async () => {
      const el = await fixture<ArkiTextField>(html`<arki-text-field label="Sähköposti" type="email" value="maija@esimerkki.fi" error="Osoite on jo käytössä"></arki-text-field>`);
      expect(errorText(el)).to.contain('Osoite on jo käytössä');
      input(el).focus();
      input(el).select();
      for (const ch of 'maija@') await sendKeys({ type: ch });
      await el.updateComplete;
      expect(el.error).to.equal('');
      expect(errorText(el)).to.contain('Syötä sähköpostiosoite');
    });
  });

  describe('normalised values', () => {
    it('submits phone as E.164 and IBAN compact, without rewriting what the user typed; restore brings the typed text back', async () => {
      const { form, el } = await inForm(html`<arki-text-field label="Puhelin" name="puh" validate="phone"></arki-text-field>`);
      await type(el, '040 123 4567');
      expect(input(el).value).to.equal('040 123 4567');
      expect(el.value).to.equal('040 123 4567');
      expect(new FormData(form).get('puh')).to.equal('+358401234567');
      form.reset();
      await el.updateComplete;
      (el as unknown as { formStateRestoreCallback(s: string, m: string): void }).formStateRestoreCallback('040 123 4567', 'restore');
      await el.updateComplete;
      expect(input(el).value).to.equal('040 123 4567');
      el.validate = 'iban';
      el.value = 'fi21 1234 5600 0007 85';
      await el.updateComplete;
      expect(new FormData(form).get('puh')).to.equal('FI2112345600000785');
      expect(input(el).value).to.equal('fi21 1234 5600 0007 85');
    });

    it('an invalid value is submitted as typed', async () => {
      const { form, el } = await inForm(html`<arki-text-field label="Puhelin" name="puh" validate="phone"></arki-text-field>`);
      await type(el, '040 12');
      expect(new FormData(form).get('puh')).to.equal('040 12');
    });

    it('numbers submit as plain decimals and addresses with a scheme', async () => {
      const { form, el } = await inForm(html`<arki-text-field label="Summa" name="s" type="number" step="any"></arki-text-field>`);
      await type(el, '1 234,5');
      expect(new FormData(form).get('s')).to.equal('1234.5');
      el.type = 'url';
      el.value = 'www.esimerkki.fi';
      await el.updateComplete;
      expect(new FormData(form).get('s')).to.equal('https://www.esimerkki.fi');
    });
  });

  describe('nothing the user typed is lost', () => {
    it('maxlength is not enforced: a longer text is kept and reported', async () => {
      const { form, el } = await inForm(html`<arki-text-field label="Lyhenne" name="l" maxlength="3"></arki-text-field>`);
      await type(el, 'abcdef');
      expect(input(el).value).to.equal('abcdef');
      expect(new FormData(form).get('l')).to.equal('abcdef');
      expect(el.validity.tooLong).to.equal(true);
    });

    it('a failed submit, a re-render and a framework setting the same value keep the text', async () => {
      const { form, el } = await inForm(html`<arki-text-field label="Henkilötunnus" validate="hetu" value="131052"></arki-text-field>`);
      await type(el, '-308U');
      form.addEventListener('submit', (e) => e.preventDefault());
      form.requestSubmit();
      await el.updateComplete;
      expect(errorText(el)).to.contain('tarkistusmerkki');
      el.lang = 'sv';
      await nextFrame();
      await el.updateComplete;
      el.label = 'Personbeteckning';
      el.value = '131052-308U';
      await el.updateComplete;
      expect(input(el).value).to.equal('131052-308U');
      // The value attribute is the default value: once the user has typed, a framework
      // re-setting the attribute does not overwrite the text (as a native input).
      el.setAttribute('value', '131052');
      await el.updateComplete;
      expect(input(el).value).to.equal('131052-308U');
    });

    it('before any edit the value attribute sets the value; reset returns to it', async () => {
      const { form, el } = await inForm(html`<arki-text-field label="Nimi" value="Maija"></arki-text-field>`);
      el.setAttribute('value', 'Matti');
      await el.updateComplete;
      expect(input(el).value).to.equal('Matti');
      await type(el, 's');
      form.reset();
      await el.updateComplete;
      expect(input(el).value).to.equal('Matti');
    });

    it('a label with markup is shown as text, never parsed', async () => {
      const markup = '<img src=x onerror=alert(1)>Nimi';
      const el = await fixture<ArkiTextField>(html`<arki-text-field label=${markup} required></arki-text-field>`);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.querySelector('label')!.textContent).to.contain('<img');
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the input; Enter submits the form through its default button', async () => {
      const { form, el } = await inForm(html`<arki-text-field label="Hakusana" name="q"></arki-text-field><arki-button type="submit" name="go" value="1">Hae</arki-button>`);
      let data: FormData | undefined;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        data = new FormData(form, (e as SubmitEvent).submitter);
      });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
      for (const ch of 'kirjasto') await sendKeys({ type: ch });
      const submitted = oneEvent(form, 'submit');
      await sendKeys({ press: 'Enter' });
      await submitted;
      expect(data!.get('q')).to.equal('kirjasto');
      expect(data!.get('go')).to.equal('1');
    });

    it('Enter without a submit button submits the form; an invalid form shows the error instead', async () => {
      const { form, el } = await inForm(html`<arki-text-field label="Postinumero" name="p" validate="postal-code"></arki-text-field>`);
      let submitted = 0;
      form.addEventListener('submit', (e) => { e.preventDefault(); submitted++; });
      await type(el, '001');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(submitted).to.equal(0);
      expect(errorText(el)).to.contain('Syötä postinumero');
      await type(el, '00');
      await sendKeys({ press: 'Enter' });
      expect(submitted).to.equal(1);
    });

    it('the help slot sits beside the label and its button is reachable with Tab before the input', async () => {
      const el = await fixture<ArkiTextField>(html`<arki-text-field label="Henkilötunnus"><button slot="help" type="button">Ohje</button></arki-text-field>`);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el.querySelector('button'));
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
      el.focus();
      expect(el.shadowRoot!.activeElement, 'focus() goes to the input, not the help').to.equal(input(el));
    });
  });

  describe('accessibility', () => {
    const states: Array<[string, ReturnType<typeof html>]> = [
      ['empty', html`<arki-text-field label="Sukunimi"></arki-text-field>`],
      ['filled with hint', html`<arki-text-field label="Sukunimi" hint="Kuten henkilöllisyystodistuksessa" value="Virtanen"></arki-text-field>`],
      ['required with error', html`<arki-text-field label="Sukunimi" required error="Syötä sukunimi"></arki-text-field>`],
      ['disabled', html`<arki-text-field label="Sukunimi" disabled value="Virtanen"></arki-text-field>`],
      ['readonly', html`<arki-text-field label="Sukunimi" readonly value="Virtanen"></arki-text-field>`],
      ['prefix, suffix and width', html`<arki-text-field label="Vuokra euroina kuukaudessa" width="10"><span slot="start">€</span><span slot="end">/kk</span></arki-text-field>`],
      ['size s', html`<arki-text-field label="Hakusana" type="search" size="s"></arki-text-field>`],
    ];
    for (const [name, tpl] of states) {
      it(`has no axe violations: ${name}`, async () => {
        const wrap = await fixture<HTMLElement>(html`<div>${tpl}</div>`);
        await wrap.querySelector('arki-text-field')!.updateComplete;
        await expectAccessible(wrap);
      });
    }

    it('has no axe violations with a shown validation error', async () => {
      const { form, el } = await inForm(html`<arki-text-field label="Henkilötunnus" validate="hetu" required></arki-text-field>`);
      await type(el, '131052-308U');
      await leave(el);
      expect(errorText(el)).not.to.equal('');
      await expectAccessible(form);
    });
  });
});

describe('arki-audit: arki-control-label', () => {
  it('accepts an aria-label on the element only when it reaches the control inside', async () => {
    const A = await loadPageChecks();
    const wrap = await fixture<HTMLElement>(html`<div>
      <arki-text-field id="reaches" aria-label="Hae 83"></arki-text-field>
      <arki-text-field id="stops" aria-label="Hae 84"></arki-text-field>
      <arki-text-field id="none"></arki-text-field>
      <arki-text-field id="labelled" label="Nimi"></arki-text-field>
    </div>`);
    const fields = [...wrap.querySelectorAll('arki-text-field')];
    await Promise.all(fields.map((f) => f.updateComplete));
    // As a version of the control that does not forward the host's aria-label would render it.
    input(wrap.querySelector<ArkiTextField>('#stops')!).removeAttribute('aria-label');
    const flagged = A.arkiRules(document).filter((v) => v.rule === 'arki-control-label');
    expect(flagged.map((v) => v.element).sort()).to.deep.equal(['arki-text-field#none', 'arki-text-field#stops']);
    expect(flagged.find((v) => v.element.includes('#stops'))!.message).to.contain('aria-label on the element does not reach the control');
  });
});
