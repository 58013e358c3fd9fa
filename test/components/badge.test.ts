import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/badge/badge.js';
import type { ArkiBadge } from '../../src/components/badge/badge.js';
import { expectAccessible } from '../helpers/a11y.js';

/** The text a screen reader reads: everything but aria-hidden parts, slots filled in. */
function spoken(el: ArkiBadge): string {
  const walk = (n: Node): string => {
    if (n instanceof HTMLSlotElement) return n.assignedNodes({ flatten: true }).map(walk).join('');
    if (n instanceof Element && n.getAttribute('aria-hidden') === 'true') return '';
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    return [...n.childNodes].map(walk).join(' ');
  };
  return walk(el.shadowRoot!).replace(/\s+/g, ' ').trim();
}
const visible = (el: ArkiBadge) => el.shadowRoot!.querySelector('.number')?.textContent;

describe('arki-badge', () => {
  it('shows its text; not interactive', async () => {
    const el = await fixture<ArkiBadge>(html`<arki-badge variant="info">Uusi</arki-badge>`);
    expect(spoken(el)).to.equal('Uusi');
    expect(el.shadowRoot!.querySelector('button, a, [tabindex]')).to.equal(null);
  });

  it('count: the number shown, "3 uutta" read (fi, sv, en)', async () => {
    for (const [lang, text] of [['fi', '3 uutta'], ['sv', '3 nya'], ['en', '3 new']]) {
      const el = await fixture<ArkiBadge>(html`<arki-badge lang=${lang} count="3"></arki-badge>`);
      expect(visible(el)).to.equal('3');
      expect(spoken(el)).to.equal(text);
    }
  });

  it('count with label or own text; above max shows 99+ and reads "yli 99 uutta"', async () => {
    const labelled = await fixture<ArkiBadge>(html`<arki-badge count="5" label="uutta viestiä"></arki-badge>`);
    expect(spoken(labelled)).to.equal('5 uutta viestiä');
    const own = await fixture<ArkiBadge>(html`<arki-badge count="2">hakemusta</arki-badge>`);
    expect(spoken(own)).to.equal('2 hakemusta');
    const many = await fixture<ArkiBadge>(html`<arki-badge count="250"></arki-badge>`);
    expect(many.shadowRoot!.querySelector('[aria-hidden="true"]')!.textContent).to.equal('99+');
    expect(spoken(many)).to.equal('yli 99 uutta');
    const en = await fixture<ArkiBadge>(html`<arki-badge lang="en" count="12" max="9"></arki-badge>`);
    expect(spoken(en)).to.equal('more than 9 new');
  });

  it('bad input falls back with warnings', async () => {
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<ArkiBadge>(html`<arki-badge count="-2" variant="pink" max="0">Uusi</arki-badge>`);
      expect(visible(el)).to.equal(undefined);
      expect(el.variant).to.equal('neutral');
      expect(el.max).to.equal(99);
      expect(warnings.some((w) => w.includes('count="-2"'))).to.equal(true);
      expect(warnings.some((w) => w.includes('variant="pink"'))).to.equal(true);
    } finally {
      console.warn = orig;
    }
  });

  it('a long text wraps inside the badge at 320 px and in narrower containers (no overflow)', async () => {
    for (const width of [320, 120]) {
      const wrap = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px">
        <arki-badge variant="info">Hakemus odottaa liitteitä ja käsittelijän tarkistusta</arki-badge>
        <arki-badge count="1234" label="uutta viestiä lukematta">viestiä saapunut</arki-badge>
      </div>`);
      const badges = [...wrap.querySelectorAll('arki-badge')];
      await Promise.all(badges.map((el) => el.updateComplete));
      const base = (el: ArkiBadge) => el.shadowRoot!.querySelector('[part="base"]')!;
      for (const el of badges) expect(base(el).getBoundingClientRect().right, `${width}px: the badge stays inside`).to.be.at.most(wrap.getBoundingClientRect().right + 0.5);
      const long = base(badges[0]!);
      expect(long.getBoundingClientRect().height, `${width}px: the long text wraps onto more lines`).to.be.greaterThan(parseFloat(getComputedStyle(long).lineHeight) * 1.5);
      await expectAccessible(wrap);
    }
  });

  it('is accessible: variants, counts', async () => {
    const el = await fixture<HTMLElement>(html`<div>
      ${['neutral', 'info', 'success', 'warning', 'error'].map((v) => html`<arki-badge variant=${v}>Maksuton</arki-badge> <arki-badge variant=${v} count="7"></arki-badge> `)}
      <arki-badge count="1000" variant="error"></arki-badge>
    </div>`);
    await expectAccessible(el);
  });
});
