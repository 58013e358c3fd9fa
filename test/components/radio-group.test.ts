import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/radio-group/radio-group.js';
import '../../src/components/text-field/text-field.js';
import type { ArkiRadioGroup } from '../../src/components/radio-group/radio-group.js';
import { resetDevWarnings } from '../../src/base/dev.js';
import { expectAccessible } from '../helpers/a11y.js';
import { runFormControlSuite } from '../helpers/form-control-suite.js';

const root = (el: ArkiRadioGroup) => el.shadowRoot!;
const radios = (el: ArkiRadioGroup) => [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const radio = (el: ArkiRadioGroup, value: string) => radios(el).find((r) => r.value === value)!;
const focused = (el: ArkiRadioGroup) => root(el).activeElement as HTMLInputElement | null;
const errorText = (el: ArkiRadioGroup) => root(el).querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const entries = (form: HTMLFormElement, name: string) => new FormData(form).getAll(name);

const contact = (attrs = '') => `<arki-radio-group label="Yhteydenottotapa" ${attrs}>
  <arki-radio value="email" label="Sähköposti"></arki-radio>
  <arki-radio value="phone" label="Puhelin"></arki-radio>
  <arki-radio value="letter" label="Kirje"></arki-radio>
</arki-radio-group>`;

async function mount(markup: string): Promise<{ form: HTMLFormElement; el: ArkiRadioGroup; before: HTMLButtonElement; after: HTMLButtonElement }> {
  const form = await fixture<HTMLFormElement>(html`<form></form>`);
  const t = document.createElement('template');
  t.innerHTML = `<button type="button">Ennen</button>${markup}<button type="button">Jälkeen</button>`;
  form.append(t.content);
  const el = form.querySelector<ArkiRadioGroup>('arki-radio-group')!;
  await el.updateComplete;
  const [before, after] = [...form.querySelectorAll<HTMLButtonElement>(':scope > button')] as [HTMLButtonElement, HTMLButtonElement];
  return { form, el, before, after };
}

/** Shift+Tab in every driver: WebDriver (WebKit) only types, so hold Shift by its key code. */
async function shiftTab(): Promise<void> {
  if (/AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent)) {
    await sendKeys({ type: '\uE008\uE004\uE008' }); // Shift down, Tab, Shift up (WebDriver key codes)
    return;
  }
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** Presses an arrow key and lets the browser (and the WebKit wrap fallback) act. */
async function arrow(key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight'): Promise<void> {
  await sendKeys({ press: key });
  await new Promise((r) => setTimeout(r, 20));
}

function captureWarnings(): { warnings: string[]; restore: () => void } {
  resetDevWarnings();
  const warnings: string[] = [];
  const orig = console.warn;
  console.warn = (m: string) => warnings.push(String(m));
  return { warnings, restore: () => (console.warn = orig) };
}

runFormControlSuite<ArkiRadioGroup>({
  tag: 'arki-radio-group',
  markup: (a) => contact(a),
  setUserValue: async (el) => {
    radio(el, 'phone').click();
    await el.updateComplete;
  },
  expectedValue: ['phone'],
  focusTarget: (el) => radios(el)[0]!,
});

describe('arki-radio-group', () => {
  it('is a fieldset named by its legend, with a native radio and label per option', async () => {
    const { el } = await mount(contact('hint="Valitse yksi" required'));
    const fieldset = root(el).querySelector('fieldset')!;
    const legend = fieldset.querySelector(':scope > legend')!;
    expect(legend.textContent).to.contain('Yhteydenottotapa').and.to.contain('(pakollinen)');
    expect(fieldset.getAttribute('aria-describedby')).to.equal('hint');
    expect(root(el).getElementById('hint')!.textContent).to.equal('Valitse yksi');
    expect(radios(el).map((r) => r.value)).to.deep.equal(['email', 'phone', 'letter']);
    for (const r of radios(el)) {
      expect(r.labels![0]!.textContent).to.be.oneOf(['Sähköposti', 'Puhelin', 'Kirje']);
      expect(r.name, 'one native group in the shadow root').to.equal(radios(el)[0]!.name);
    }
  });

  it('option hints are linked to their radio', async () => {
    const { el } = await mount(`<arki-radio-group label="Asunto"><arki-radio value="own" label="Omistusasunto" hint="Myös osaomistus"></arki-radio><arki-radio value="rent" label="Vuokra-asunto"></arki-radio></arki-radio-group>`);
    const own = radio(el, 'own');
    expect(root(el).getElementById(own.getAttribute('aria-describedby')!)!.textContent).to.equal('Myös osaomistus');
    expect(radio(el, 'rent').hasAttribute('aria-describedby')).to.equal(false);
  });

  it('labels and hints are text, never markup', async () => {
    const { el } = await mount(`<arki-radio-group label="<img src=x onerror=alert(1)>"><arki-radio value="a" label="<script>alert(1)</script>"></arki-radio></arki-radio-group>`);
    expect(root(el).querySelector('img, script')).to.equal(null);
    expect(root(el).querySelector('label')!.textContent).to.equal('<script>alert(1)</script>');
  });

  it('a click checks the option, updates value and FormData, and fires one input and one change', async () => {
    const { form, el } = await mount(contact('name="tapa"'));
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push(`input:${el.value}:${entries(form, 'tapa').join()}`));
    el.addEventListener('change', () => seen.push(`change:${el.value}`));
    radio(el, 'letter').click();
    expect(seen).to.deep.equal(['input:letter:letter', 'change:letter']);
    await el.updateComplete;
    expect(radio(el, 'letter').checked).to.equal(true);
  });

  it('setting value from code checks the option without events', async () => {
    const { form, el } = await mount(contact('name="tapa"'));
    let events = 0;
    el.addEventListener('change', () => events++);
    el.addEventListener('input', () => events++);
    el.value = 'email';
    await el.updateComplete;
    expect(radio(el, 'email').checked).to.equal(true);
    expect(entries(form, 'tapa')).to.deep.equal(['email']);
    expect(events).to.equal(0);
  });

  it('initial value from the value attribute or a checked option; reset returns to it', async () => {
    const { form, el } = await mount(`<arki-radio-group label="Kieli" name="kieli"><arki-radio value="fi" label="suomi"></arki-radio><arki-radio value="sv" label="svenska" checked></arki-radio></arki-radio-group>`);
    expect(el.value).to.equal('sv');
    expect(radio(el, 'sv').checked).to.equal(true);
    radio(el, 'fi').click();
    await el.updateComplete;
    expect(entries(form, 'kieli')).to.deep.equal(['fi']);
    form.reset();
    await el.updateComplete;
    expect(radio(el, 'sv').checked).to.equal(true);
    expect(entries(form, 'kieli')).to.deep.equal(['sv']);

    const other = await mount(contact('name="tapa" value="phone"'));
    expect(other.el.value).to.equal('phone');
    expect(entries(other.form, 'tapa')).to.deep.equal(['phone']);
  });

  it('a value that matches no option checks nothing and warns', async () => {
    const w = captureWarnings();
    try {
      const { form, el } = await mount(contact('name="tapa" value="fax"'));
      expect(radios(el).some((r) => r.checked)).to.equal(false);
      expect(entries(form, 'tapa')).to.deep.equal([]);
      expect(w.warnings.some((m) => m.includes('<arki-radio-group>') && m.includes('value="fax"'))).to.equal(true);
    } finally {
      w.restore();
    }
  });

  it('options added and removed later are rendered', async () => {
    const { el } = await mount(contact());
    const extra = document.createElement('arki-radio');
    extra.setAttribute('value', 'visit');
    extra.setAttribute('label', 'Käynti');
    el.append(extra);
    await nextFrame();
    await el.updateComplete;
    expect(radios(el).map((r) => r.value)).to.deep.equal(['email', 'phone', 'letter', 'visit']);
    el.querySelector('arki-radio[value="phone"]')!.remove();
    await nextFrame();
    await el.updateComplete;
    expect(radios(el).map((r) => r.value)).to.deep.equal(['email', 'letter', 'visit']);
    extra.label = 'Käynti toimistolla';
    await extra.updateComplete;
    await el.updateComplete;
    expect(radio(el, 'visit').labels![0]!.textContent).to.equal('Käynti toimistolla');
  });

  it('required: "Valitse …" names the legend, in each language', async () => {
    for (const [lang, expected] of [['fi', 'Valitse yhteydenottotapa'], ['sv', 'Välj kontaktsätt'], ['en', 'Select contact method']] as const) {
      const label = { fi: 'Yhteydenottotapa', sv: 'Kontaktsätt', en: 'Contact method' }[lang];
      const { form, el } = await mount(`<div lang="${lang}"><arki-radio-group label="${label}" name="t" required><arki-radio value="a" label="A"></arki-radio><arki-radio value="b" label="B"></arki-radio></arki-radio-group></div>`);
      form.addEventListener('submit', (e) => e.preventDefault());
      form.requestSubmit();
      await el.updateComplete;
      expect(errorText(el), lang).to.contain(expected);
      expect(root(el).querySelector('legend')!.textContent).to.contain({ fi: '(pakollinen)', sv: '(obligatorisk)', en: '(required)' }[lang]);
    }
  });

  it('the error appears after leaving the group, and goes once an option is chosen', async () => {
    const { el, after } = await mount(contact('name="t" required'));
    radios(el)[0]!.focus();
    after.focus();
    await el.updateComplete;
    expect(errorText(el), 'untouched: no error yet').to.equal('');
    el.reportValidity();
    await el.updateComplete;
    expect(errorText(el)).to.contain('Valitse yhteydenottotapa');
    expect(root(el).querySelector('.field')!.hasAttribute('data-invalid')).to.equal(true);
    radio(el, 'email').click();
    await el.updateComplete;
    expect(errorText(el)).to.equal('');
  });

  it('disabled: every radio is disabled; a disabled option alone is skipped', async () => {
    const { el } = await mount(contact('disabled'));
    expect(radios(el).every((r) => r.disabled)).to.equal(true);
    const { el: el2 } = await mount(`<arki-radio-group label="Aika"><arki-radio value="am" label="Aamu"></arki-radio><arki-radio value="noon" label="Keskipäivä" disabled></arki-radio><arki-radio value="pm" label="Ilta"></arki-radio></arki-radio-group>`);
    expect(radios(el2).map((r) => r.disabled)).to.deep.equal([false, true, false]);
    radios(el2)[0]!.focus();
    await arrow('ArrowDown');
    await el2.updateComplete;
    expect(el2.value).to.equal('pm');
  });

  it('readonly: clicks and arrow keys do not change the choice; exposed as readonly; still submitted', async () => {
    const { form, el } = await mount(contact('name="t" value="phone" readonly'));
    let events = 0;
    el.addEventListener('change', () => events++);
    radio(el, 'letter').click();
    await el.updateComplete;
    expect(el.value).to.equal('phone');
    expect(radio(el, 'phone').checked).to.equal(true);
    radio(el, 'phone').focus();
    await arrow('ArrowDown');
    await el.updateComplete;
    expect(el.value).to.equal('phone');
    expect(radio(el, 'phone').checked).to.equal(true);
    expect(events).to.equal(0);
    const fieldset = root(el).querySelector('fieldset')!;
    expect(fieldset.getAttribute('role')).to.equal('radiogroup');
    expect(fieldset.getAttribute('aria-readonly')).to.equal('true');
    expect(entries(form, 't')).to.deep.equal(['phone']);
    await expectAccessible(el);
  });

  it('error from outside is shown above the options and described on the fieldset', async () => {
    const { el } = await mount(contact('name="t" error="Valitse, miten haluat vastauksen"'));
    const error = root(el).querySelector('[part~="error"]')!;
    expect(error.textContent).to.contain('Virhe:').and.to.contain('Valitse, miten haluat vastauksen');
    expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.contain(error.id);
    expect(error.compareDocumentPosition(radios(el)[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
  });

  it('inline lays two short options side by side', async () => {
    const { el } = await mount(`<arki-radio-group label="Onko sinulla lapsia?" inline><arki-radio value="yes" label="Kyllä"></arki-radio><arki-radio value="no" label="Ei"></arki-radio></arki-radio-group>`);
    const [a, b] = radios(el).map((r) => r.getBoundingClientRect());
    expect(a!.top).to.equal(b!.top);
    expect(b!.left).to.be.greaterThan(a!.right);
    await expectAccessible(el);
  });

  it('every radio is a 44 × 44 px target', async () => {
    const { el } = await mount(contact());
    for (const r of radios(el)) {
      const box = r.getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
    }
  });

  it('legend-as-heading wraps the legend text in a heading of the given level; a bad level warns', async () => {
    const { el } = await mount(contact('legend-as-heading'));
    expect(root(el).querySelector('legend > h1')!.textContent).to.contain('Yhteydenottotapa');
    const { el: el2 } = await mount(contact('legend-as-heading heading-level="2"'));
    expect(root(el2).querySelector('legend > h2')).to.exist;
    const w = captureWarnings();
    try {
      const { el: el3 } = await mount(contact('legend-as-heading heading-level="9"'));
      expect(root(el3).querySelector('legend > h1')).to.exist;
      expect(w.warnings.some((m) => m.includes('heading-level="9"'))).to.equal(true);
    } finally {
      w.restore();
    }
    await expectAccessible(el);
  });

  it('help slot content sits beside the legend, outside it (not part of the group name)', async () => {
    const { el } = await mount(`<arki-radio-group label="Tapa"><button type="button" slot="help">Ohje</button><arki-radio value="a" label="A"></arki-radio></arki-radio-group>`);
    const slot = root(el).querySelector<HTMLSlotElement>('slot[name="help"]')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Ohje']);
    expect(slot.closest('legend')).to.equal(null);
    expect(radios(el).length).to.equal(1);
  });

  it('focus() goes to the checked radio, else the first enabled one', async () => {
    const { el } = await mount(contact('value="letter"'));
    el.focus();
    expect(focused(el)!.value).to.equal('letter');
    const { el: el2 } = await mount(`<arki-radio-group label="X"><arki-radio value="a" label="A" disabled></arki-radio><arki-radio value="b" label="B"></arki-radio></arki-radio-group>`);
    el2.focus();
    expect(focused(el2)!.value).to.equal('b');
  });
});

describe('arki-radio-group: keyboard (APG radio group, native behaviour)', () => {
  it('Tab enters on the first radio when none is checked, and leaves the group with the next Tab', async () => {
    const { el, before, after } = await mount(contact());
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.value).to.equal('email');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(after);
    await shiftTab();
    expect(focused(el)?.value, 'Shift+Tab comes back to the group').to.be.oneOf(['email', 'letter']);
  });

  it('Tab enters on the checked radio', async () => {
    const { el, before, after } = await mount(contact('value="phone"'));
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.value).to.equal('phone');
    after.focus();
    await shiftTab();
    expect(focused(el)?.value).to.equal('phone');
  });

  it('Space checks the focused radio', async () => {
    const { el, before } = await mount(contact('name="t"'));
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.value).to.equal('');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.value).to.equal('email');
  });

  it('Down/Right move to and check the next radio, wrapping from last to first', async () => {
    const { el } = await mount(contact('value="email"'));
    let changes = 0;
    el.addEventListener('change', () => changes++);
    radio(el, 'email').focus();
    await arrow('ArrowDown');
    expect(focused(el)?.value).to.equal('phone');
    expect(el.value).to.equal('phone');
    await arrow('ArrowRight');
    expect(el.value).to.equal('letter');
    await arrow('ArrowDown');
    expect(focused(el)?.value).to.equal('email');
    expect(el.value).to.equal('email');
    expect(changes).to.equal(3);
  });

  it('Up/Left move to and check the previous radio, wrapping from first to last', async () => {
    const { el } = await mount(contact('value="email"'));
    radio(el, 'email').focus();
    await arrow('ArrowUp');
    expect(focused(el)?.value).to.equal('letter');
    expect(el.value).to.equal('letter');
    await arrow('ArrowLeft');
    expect(el.value).to.equal('phone');
  });
});

describe('arki-radio-group: conditional reveal', () => {
  const markup = `<arki-radio-group label="Miten otamme yhteyttä?" name="tapa" required>
    <arki-radio value="email" label="Sähköposti"><input slot="conditional" id="email" name="email" aria-label="Sähköpostiosoite" required /></arki-radio>
    <arki-radio value="phone" label="Puhelin"><input slot="conditional" id="phone" name="phone" aria-label="Puhelinnumero" /></arki-radio>
    <arki-radio value="none" label="Ei yhteydenottoa"></arki-radio>
  </arki-radio-group>`;
  const nested = (form: HTMLFormElement, id: string) => form.querySelector<HTMLInputElement>(`#${id}`)!;
  const panel = (el: ArkiRadioGroup, value: string) => root(el).getElementById(radio(el, value).getAttribute('aria-controls')!)!;

  it('each option with a nested field controls a panel in the same shadow root, hidden until checked', async () => {
    const { el } = await mount(markup);
    expect(radio(el, 'none').hasAttribute('aria-controls')).to.equal(false);
    expect(panel(el, 'email').hidden).to.equal(true);
    expect(radio(el, 'email').hasAttribute('aria-expanded'), 'aria-expanded is not allowed on radios').to.equal(false);
    radio(el, 'email').click();
    await el.updateComplete;
    expect(panel(el, 'email').hidden).to.equal(false);
    expect(panel(el, 'phone').hidden).to.equal(true);
    const slot = panel(el, 'email').querySelector('slot')!;
    expect(slot.assignedElements()[0]!.localName).to.equal('arki-radio');
    expect(nested(el.form!, 'email').getBoundingClientRect().height).to.be.greaterThan(0);
    expect(nested(el.form!, 'phone').getBoundingClientRect().height).to.equal(0);
    await expectAccessible(el);
  });

  it('hidden nested fields are disabled: not submitted, not validated; what was typed is kept', async () => {
    const { form, el } = await mount(markup);
    expect(nested(form, 'email').disabled).to.equal(true);
    radio(el, 'email').click();
    await el.updateComplete;
    expect(nested(form, 'email').disabled).to.equal(false);
    expect(form.checkValidity(), 'the revealed required field blocks submit').to.equal(false);
    nested(form, 'email').value = 'maija@example.fi';
    expect(form.checkValidity()).to.equal(true);
    expect(entries(form, 'email')).to.deep.equal(['maija@example.fi']);
    radio(el, 'none').click();
    await el.updateComplete;
    expect(entries(form, 'email'), 'hidden: not submitted').to.deep.equal([]);
    nested(form, 'email').value = '';
    expect(form.checkValidity(), 'hidden required field does not block').to.equal(true);
    nested(form, 'email').value = 'maija@example.fi';
    radio(el, 'email').click();
    await el.updateComplete;
    expect(nested(form, 'email').value, 'typed value kept').to.equal('maija@example.fi');
    expect(entries(form, 'email')).to.deep.equal(['maija@example.fi']);
  });

  it('a field the page disabled stays disabled when revealed', async () => {
    const { form, el } = await mount(`<arki-radio-group label="X"><arki-radio value="a" label="A"><input slot="conditional" id="fixed" aria-label="Kiinteä" disabled /></arki-radio></arki-radio-group>`);
    radio(el, 'a').click();
    await el.updateComplete;
    expect(nested(form, 'fixed').disabled).to.equal(true);
  });

  it('the revealed field comes next in tab order after its radio', async () => {
    const { form, el } = await mount(markup);
    radio(el, 'email').click();
    await el.updateComplete;
    radio(el, 'email').focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(nested(form, 'email'));
  });

  it('works with arki-text-field: hidden one is disabled and not submitted', async () => {
    const { form, el } = await mount(`<arki-radio-group label="Yhteys" name="tapa">
      <arki-radio value="email" label="Sähköposti"><arki-text-field slot="conditional" name="email" label="Sähköpostiosoite" required></arki-text-field></arki-radio>
      <arki-radio value="none" label="Ei"></arki-radio></arki-radio-group>`);
    const field = form.querySelector('arki-text-field')!;
    await field.updateComplete;
    expect(field.hasAttribute('disabled')).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
    radio(el, 'email').click();
    await el.updateComplete;
    await field.updateComplete;
    expect(field.hasAttribute('disabled')).to.equal(false);
    expect(form.checkValidity(), 'revealed required text field blocks').to.equal(false);
    await expectAccessible(el);
  });
});

describe('arki-radio-group: accessibility per state', () => {
  for (const [name, attrs] of [
    ['default', ''],
    ['hint and required', 'hint="Valitse yksi" required'],
    ['error', 'error="Valitse yhteydenottotapa"'],
    ['disabled', 'disabled'],
    ['checked', 'value="phone"'],
  ] as const) {
    it(name, async () => {
      const { el } = await mount(contact(attrs));
      await expectAccessible(el);
    });
  }
});
