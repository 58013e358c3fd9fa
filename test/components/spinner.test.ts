import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/spinner/spinner.js';
import type { ArkiSpinner } from '../../src/components/spinner/spinner.js';
import { lastAnnouncement } from '../../src/controllers/announcer.js';
import { expectAccessible } from '../helpers/a11y.js';
import { announced } from '../helpers/announcements.js';
import { tryEmulateMedia } from '../helpers/driver.js';

const bar = (el: ArkiSpinner) => el.shadowRoot!.querySelector<HTMLElement>('[role="progressbar"]')!;
const settle = () => new Promise((r) => setTimeout(r, 160));

describe('arki-spinner', () => {
  it('an indeterminate progressbar named in the page language', async () => {
    for (const [lang, name] of [['fi', 'Ladataan'], ['sv', 'Laddar'], ['en', 'Loading']]) {
      const el = await fixture<ArkiSpinner>(html`<arki-spinner lang=${lang}></arki-spinner>`);
      expect(bar(el).getAttribute('aria-label')).to.equal(name);
      expect(bar(el).hasAttribute('aria-valuenow')).to.equal(false);
    }
    const own = await fixture<ArkiSpinner>(html`<arki-spinner label="Haetaan hakutuloksia"></arki-spinner>`);
    expect(bar(own).getAttribute('aria-label')).to.equal('Haetaan hakutuloksia');
  });

  it('show-label shows the text once (hidden from the tree, the bar is named)', async () => {
    const el = await fixture<ArkiSpinner>(html`<arki-spinner show-label></arki-spinner>`);
    const label = el.shadowRoot!.querySelector('[part="label"]')!;
    expect(label.textContent).to.equal('Ladataan');
    expect(label.getAttribute('aria-hidden')).to.equal('true');
  });

  it('announce: its label is announced when inserted or shown; not without it', async () => {
    await fixture(html`<arki-spinner label="Haetaan 71"></arki-spinner>`);
    await settle();
    expect(lastAnnouncement()).not.to.equal('Haetaan 71');
    await fixture(html`<arki-spinner announce label="Haetaan 72"></arki-spinner>`);
    await announced('Haetaan 72');
    const hidden = await fixture<ArkiSpinner>(html`<arki-spinner announce hidden label="Haetaan 73"></arki-spinner>`);
    await settle();
    expect(lastAnnouncement()).not.to.equal('Haetaan 73');
    hidden.hidden = false;
    await announced('Haetaan 73');
  });

  it('spins, and does not spin with reduced motion', async () => {
    const el = await fixture<ArkiSpinner>(html`<arki-spinner></arki-spinner>`);
    const ring = el.shadowRoot!.querySelector('.ring')!;
    expect(getComputedStyle(ring).animationName).to.equal('arki-spin');
    // Firefox over BiDi and WebKit over WebDriver cannot emulate media: the rule is read instead.
    if (await tryEmulateMedia({ reducedMotion: 'reduce' })) {
      try {
        expect(getComputedStyle(ring).animationName).to.equal('arki-fade');
      } finally {
        await tryEmulateMedia({ reducedMotion: 'no-preference' });
      }
    } else {
      // Check the rule the browser would apply instead.
      const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const media = rules.find((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('prefers-reduced-motion: reduce'));
      const ringRule = [...(media?.cssRules ?? [])].find((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === '.ring');
      expect(ringRule?.cssText ?? '').to.match(/animation:[^;]*arki-fade/);
    }
  });

  it('sizes, and an unknown size falls back with a warning', async () => {
    const sizes: number[] = [];
    for (const size of ['s', 'm', 'l']) {
      const el = await fixture<ArkiSpinner>(html`<arki-spinner size=${size}></arki-spinner>`);
      sizes.push(bar(el).getBoundingClientRect().width);
    }
    expect(sizes[0]).to.be.below(sizes[1]!);
    expect(sizes[1]).to.be.below(sizes[2]!);
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<ArkiSpinner>(html`<arki-spinner size="xl"></arki-spinner>`);
      expect(el.size).to.equal('m');
      expect(warnings.some((w) => w.includes('size="xl"'))).to.equal(true);
    } finally {
      console.warn = orig;
    }
  });

  it('is accessible', async () => {
    const el = await fixture<HTMLElement>(html`<div><arki-spinner></arki-spinner><arki-spinner size="l" show-label label="Haetaan"></arki-spinner></div>`);
    await expectAccessible(el);
  });
});
