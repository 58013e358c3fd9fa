import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/fieldset/fieldset.js';
import '../../src/components/radio-group/radio-group.js';
import '../../src/components/date-input/date-input.js';
import type { ArkiFieldset } from '../../src/components/fieldset/fieldset.js';
import type { ArkiRadioGroup } from '../../src/components/radio-group/radio-group.js';
import { resetDevWarnings } from '../../src/base/dev.js';
import { expectAccessible } from '../helpers/a11y.js';

const root = (el: ArkiFieldset) => el.shadowRoot!;

async function mount(markup: string): Promise<{ form: HTMLFormElement; el: ArkiFieldset }> {
  const form = await fixture<HTMLFormElement>(html`<form></form>`);
  const t = document.createElement('template');
  t.innerHTML = markup;
  form.append(t.content);
  const el = form.querySelector<ArkiFieldset>('arki-fieldset')!;
  await el.updateComplete;
  return { form, el };
}

const address = (attrs = '') => `<arki-fieldset label="Osoite" ${attrs}>
  <label for="street">Katuosoite</label><input id="street" name="street" value="Kauppakatu 1" />
  <label for="postal">Postinumero</label><input id="postal" name="postal" value="00100" />
</arki-fieldset>`;

function captureWarnings(): { warnings: string[]; restore: () => void } {
  resetDevWarnings();
  const warnings: string[] = [];
  const orig = console.warn;
  console.warn = (m: string) => warnings.push(String(m));
  return { warnings, restore: () => (console.warn = orig) };
}

describe('arki-fieldset', () => {
  it('a native fieldset named by its legend; the hint describes it; slotted controls stay in the light DOM and submit', async () => {
    const { form, el } = await mount(address('hint="Osoite, johon päätös lähetetään"'));
    const fieldset = root(el).querySelector('fieldset')!;
    expect(fieldset.querySelector(':scope > legend')!.textContent!.trim()).to.equal('Osoite');
    expect(root(el).getElementById(fieldset.getAttribute('aria-describedby')!)!.textContent).to.equal('Osoite, johon päätös lähetetään');
    const slot = fieldset.querySelector<HTMLSlotElement>('slot:not([name])')!;
    expect(slot.assignedElements().map((e) => e.id).filter(Boolean)).to.deep.equal(['street', 'postal']);
    expect(el.querySelector('#street')!.parentElement).to.equal(el);
    expect(Object.fromEntries(new FormData(form))).to.deep.equal({ street: 'Kauppakatu 1', postal: '00100' });
    await expectAccessible(el);
  });

  it('legend-as-heading wraps an h1 by default, or the given level', async () => {
    const { el } = await mount(address('legend-as-heading size="l"'));
    expect(root(el).querySelector('legend > h1')!.textContent).to.contain('Osoite');
    const { el: el2 } = await mount(address('legend-as-heading heading-level="3"'));
    expect(root(el2).querySelector('legend > h3')).to.exist;
    const { el: el3 } = await mount(address('heading-level="2"'));
    expect(root(el3).querySelector('legend h2'), 'no heading unless legend-as-heading').to.equal(null);
    await expectAccessible(el);
  });

  it('size s/m/l changes the legend size; a bad size or level falls back with a warning', async () => {
    const sizes: number[] = [];
    for (const size of ['s', 'm', 'l']) {
      const { el } = await mount(address(`size="${size}"`));
      sizes.push(parseFloat(getComputedStyle(root(el).querySelector('legend')!).fontSize));
    }
    expect(sizes[0]).to.be.lessThan(sizes[1]!);
    expect(sizes[1]).to.be.lessThan(sizes[2]!);
    const w = captureWarnings();
    try {
      const { el } = await mount(address('size="xl" legend-as-heading heading-level="0"'));
      expect(el.size).to.equal('m');
      expect(root(el).querySelector('legend > h1')).to.exist;
      expect(w.warnings.some((m) => m.includes('<arki-fieldset>') && m.includes('size="xl"'))).to.equal(true);
      expect(w.warnings.some((m) => m.includes('heading-level="0"'))).to.equal(true);
    } finally {
      w.restore();
    }
  });

  it('warns when it has no legend', async () => {
    const w = captureWarnings();
    try {
      await mount(`<arki-fieldset><input aria-label="x" /></arki-fieldset>`);
      expect(w.warnings.some((m) => m.includes('<arki-fieldset>') && m.includes('no label'))).to.equal(true);
    } finally {
      w.restore();
    }
  });

  it('help slot beside the legend, outside it', async () => {
    const { el } = await mount(`<arki-fieldset label="Osoite"><button type="button" slot="help">Ohje</button><input aria-label="x" /></arki-fieldset>`);
    const slot = root(el).querySelector<HTMLSlotElement>('slot[name="help"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Ohje');
    expect(slot.closest('legend')).to.equal(null);
  });

  it('disabled disables every control inside, native and Arki, keeping values; clearing it restores them', async () => {
    const { form, el } = await mount(`<arki-fieldset label="Yhteystiedot" disabled>
      <label for="n">Nimi</label><input id="n" name="nimi" value="Maija" />
      <label for="k">Kieli</label><input id="k" name="kieli" value="fi" disabled />
      <arki-radio-group label="Tapa" name="tapa" value="email"><arki-radio value="email" label="Sähköposti"></arki-radio></arki-radio-group>
    </arki-fieldset>`);
    const group = el.querySelector<ArkiRadioGroup>('arki-radio-group')!;
    await group.updateComplete;
    expect([...new FormData(form).keys()]).to.deep.equal([]);
    expect(group.shadowRoot!.querySelector('input')!.disabled).to.equal(true);
    el.disabled = false;
    await el.updateComplete;
    await group.updateComplete;
    expect(Object.fromEntries(new FormData(form))).to.deep.equal({ nimi: 'Maija', tapa: 'email' });
    expect(el.querySelector<HTMLInputElement>('#k')!.disabled, 'disabled by the page stays disabled').to.equal(true);
  });

  it('controls added while disabled are disabled too', async () => {
    const { form, el } = await mount(address('disabled'));
    const input = document.createElement('input');
    input.name = 'uusi';
    input.setAttribute('aria-label', 'Uusi');
    el.append(input);
    await new Promise((r) => setTimeout(r));
    expect(input.disabled).to.equal(true);
    expect(new FormData(form).has('uusi')).to.equal(false);
  });

  it('groups other Arki controls accessibly', async () => {
    const { el } = await mount(`<arki-fieldset label="Hakemuksen tiedot" size="l" legend-as-heading hint="Kaikki kohdat ovat pakollisia">
      <arki-date-input label="Alkupäivä" name="alku" required></arki-date-input>
      <arki-radio-group label="Kesto" name="kesto"><arki-radio value="1" label="1 vuosi"></arki-radio><arki-radio value="2" label="2 vuotta"></arki-radio></arki-radio-group>
    </arki-fieldset>`);
    await expectAccessible(el);
  });
});
