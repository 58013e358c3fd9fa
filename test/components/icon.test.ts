import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/icon/icon.js';
import { iconNames, type ArkiIcon } from '../../src/components/icon/icon.js';
import { expectAccessible } from '../helpers/a11y.js';

describe('arki-icon', () => {
  it('is decorative by default: hidden from assistive technology', async () => {
    const el = await fixture<ArkiIcon>(html`<arki-icon name="phone"></arki-icon>`);
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.hasAttribute('role')).to.equal(false);
  });

  it('with a label it is an image with that name', async () => {
    const el = await fixture<ArkiIcon>(html`<arki-icon name="warning" label="Varoitus"></arki-icon>`);
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('Varoitus');
    expect(svg.hasAttribute('aria-hidden')).to.equal(false);
  });

  it('renders every icon of the set with visible geometry', async () => {
    for (const name of iconNames) {
      const el = await fixture<ArkiIcon>(html`<arki-icon name=${name} style="--arki-icon-size: 24px"></arki-icon>`);
      const box = el.shadowRoot!.querySelector('svg')!.getBBox();
      expect(Math.max(box.width, box.height), name).to.be.greaterThan(8);
    }
  });

  it('an unknown name renders nothing and warns once, naming the value', async () => {
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<ArkiIcon>(html`<arki-icon name="unicorn"></arki-icon>`);
      expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
      expect(warnings.filter((w) => w.includes('name="unicorn"')).length).to.equal(1);
    } finally {
      console.warn = orig;
    }
  });

  it('follows the text size and can be sized with the s/m/l scale', async () => {
    const el = await fixture<HTMLElement>(html`<div style="font-size:20px"><arki-icon name="info"></arki-icon><arki-icon name="info" size="l"></arki-icon></div>`);
    const [m, l] = [...el.querySelectorAll('arki-icon')].map((i) => i.getBoundingClientRect().width);
    expect(m).to.be.closeTo(25, 0.5);
    expect(l).to.be.closeTo(35, 0.5);
  });

  it('is accessible decorative and labelled', async () => {
    const el = await fixture(html`<p><arki-icon name="phone"></arki-icon> 09 123 4567 <arki-icon name="error" label="Virhe"></arki-icon></p>`);
    await expectAccessible(el);
  });
});
