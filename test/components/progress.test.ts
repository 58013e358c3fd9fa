import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/progress/progress.js';
import type { ArkiProgress } from '../../src/components/progress/progress.js';
import { expectAccessible } from '../helpers/a11y.js';

const bar = (el: ArkiProgress) => el.shadowRoot!.querySelector<HTMLElement>('[role="progressbar"]')!;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Records what the library's live regions say, in order. */
function recordAnnouncements() {
  const said: string[] = [];
  const mo = new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target instanceof Element ? r.target : r.target.parentElement;
      const region = el?.closest('[data-arki-announcer]');
      const t = region?.textContent ?? '';
      if (t && said[said.length - 1] !== t) said.push(t);
    }
  });
  mo.observe(document.body, { subtree: true, childList: true, characterData: true });
  return { said, stop: () => mo.disconnect() };
}

async function setValue(el: ArkiProgress, v: number, pause = 0) {
  el.value = v;
  await el.updateComplete;
  if (pause) await wait(pause);
}

describe('arki-progress', () => {
  // Let an announcement left from the previous test land before recording.
  beforeEach(() => wait(150));

  it('a progressbar named by its visible label, with value, range and a readable value text', async () => {
    const el = await fixture<ArkiProgress>(html`<arki-progress label="Tiedoston lataus" value="45"></arki-progress>`);
    const b = bar(el);
    expect(el.shadowRoot!.getElementById(b.getAttribute('aria-labelledby')!)!.textContent).to.equal('Tiedoston lataus');
    expect([b.getAttribute('aria-valuemin'), b.getAttribute('aria-valuemax'), b.getAttribute('aria-valuenow')]).to.deep.equal(['0', '100', '45']);
    expect(b.getAttribute('aria-valuetext')).to.equal(el.text);
    expect(el.text.replace(/\s/g, ' ')).to.equal('45 %');
    const indicator = el.shadowRoot!.querySelector<HTMLElement>('[part="indicator"]')!;
    await wait(400); // the width transition
    expect(Math.round((indicator.getBoundingClientRect().width / b.clientWidth) * 100)).to.equal(45);
  });

  it('max and value-text: "3/5 tiedostoa"; values outside the range are clamped', async () => {
    const el = await fixture<ArkiProgress>(html`<arki-progress label="Lähetys" value="3" max="5" value-text="3/5 tiedostoa"></arki-progress>`);
    expect(bar(el).getAttribute('aria-valuetext')).to.equal('3/5 tiedostoa');
    expect(el.shadowRoot!.querySelector('[part="value"]')!.textContent).to.equal('3/5 tiedostoa');
    el.value = 9;
    await el.updateComplete;
    expect(bar(el).getAttribute('aria-valuenow')).to.equal('5');
  });

  it('indeterminate without a value: no aria-valuenow', async () => {
    const el = await fixture<ArkiProgress>(html`<arki-progress label="Käsitellään"></arki-progress>`);
    expect(bar(el).hasAttribute('aria-valuenow')).to.equal(false);
    expect(bar(el).classList.contains('indeterminate')).to.equal(true);
  });

  it('announces each 25 % step and completion, never per percent (interval off)', async () => {
    const el = await fixture<ArkiProgress>(html`<arki-progress label="Lataus" value="0" announce-interval="0"></arki-progress>`);
    const rec = recordAnnouncements();
    try {
      for (const v of [5, 10, 30, 40, 55, 60, 80, 90]) await setValue(el, v, 130);
      await setValue(el, 100, 200);
    } finally {
      rec.stop();
    }
    expect(rec.said.map((s) => s.replace(/\s/g, ' '))).to.deep.equal(['Lataus: 30 %', 'Lataus: 55 %', 'Lataus: 80 %', 'Lataus: valmis']);
  });

  it('every percent in quick succession: at most one step per interval, plus completion', async () => {
    const el = await fixture<ArkiProgress>(html`<arki-progress lang="en" label="Upload" value="0"></arki-progress>`);
    const rec = recordAnnouncements();
    try {
      for (let v = 1; v <= 100; v++) await setValue(el, v, v % 10 === 0 ? 130 : 0);
      await wait(200);
    } finally {
      rec.stop();
    }
    expect(rec.said.map((s) => s.replace(/\s/g, ' '))).to.deep.equal(['Upload: 25%', 'Upload: complete']);
  });

  it('a throttled step is announced when the interval ends, with the value then', async () => {
    const el = await fixture<ArkiProgress>(html`<arki-progress lang="sv" label="Överföring" value="0" announce-interval="0.5"></arki-progress>`);
    const rec = recordAnnouncements();
    try {
      await setValue(el, 30, 150); // announced at once
      await setValue(el, 60); // within the interval: waits
      await setValue(el, 70, 600);
    } finally {
      rec.stop();
    }
    expect(rec.said.map((s) => s.replace(/\s/g, ' '))).to.deep.equal(['Överföring: 30 %', 'Överföring: 70 %']);
  });

  it('the initial value and going backwards are not announced; announce-step="0" leaves completion only', async () => {
    const rec = recordAnnouncements();
    try {
      const el = await fixture<ArkiProgress>(html`<arki-progress label="Vaihe" value="60" announce-step="0" announce-interval="0"></arki-progress>`);
      await wait(150);
      await setValue(el, 10, 150);
      await setValue(el, 90, 150);
      await setValue(el, 100, 150);
    } finally {
      rec.stop();
    }
    expect(rec.said).to.deep.equal(['Vaihe: valmis']);
  });

  it('bad input falls back with warnings', async () => {
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<ArkiProgress>(html`<arki-progress value="abc" max="-1"></arki-progress>`);
      expect(el.max).to.equal(100);
      expect(el.value).to.equal(null);
      expect(warnings.some((w) => w.includes('max="-1"'))).to.equal(true);
      expect(warnings.some((w) => w.includes('value="NaN"'))).to.equal(true);
      expect(warnings.some((w) => w.includes('no label'))).to.equal(true);
    } finally {
      console.warn = orig;
    }
  });

  it('is accessible: determinate, complete, indeterminate', async () => {
    const el = await fixture<HTMLElement>(html`<div>
      <arki-progress label="Tiedoston lataus" value="45"></arki-progress>
      <arki-progress label="Valmis" value="100"></arki-progress>
      <arki-progress label="Käsitellään"></arki-progress>
    </div>`);
    await expectAccessible(el);
  });
});
