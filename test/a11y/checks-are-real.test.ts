import { expect, fixture, html } from '@open-wc/testing';
import '../helpers/a11y.js';
import '../../src/components/button/button.js';
import { engine, focusCheck, forcedColorsCheck, ibmCheck, reflowOutcome, targetSizeCheck, textSpacingCheck } from './checks.js';
import { loadPageChecks } from './page-checks.js';
import { checkAriaSnapshot } from './server.js';
import { narrowViewport, REFLOW_WIDTH } from './reflow-frame.js';

// Proof that checks 2–7 of the story sweep can fail (axe, check 1: axe-is-real.test.ts). Each
// check must fail on a deliberately broken fixture and pass on a correct one; a check that
// passes everything (or fails everything) is a defect. Fixtures use inline styles on purpose.

describe('check 2, IBM Equal Access, catches broken fixtures', () => {
  it('an unlabelled input inside an open shadow root → input_label_exists', async () => {
    const el = await fixture<HTMLElement>(html`<div></div>`);
    el.attachShadow({ mode: 'open' }).innerHTML = '<input type="text">';
    const r = await ibmCheck(el);
    expect(r.failures.join('\n')).to.contain('input_label_exists');
  });

  it('the same input with a label in the same shadow root passes', async () => {
    const el = await fixture<HTMLElement>(html`<div></div>`);
    el.attachShadow({ mode: 'open' }).innerHTML = '<label for="x">Nimi</label><input id="x" type="text">';
    expect((await ibmCheck(el)).failures).to.deep.equal([]);
  });
});

describe('check 3, target size, catches broken fixtures', () => {
  const square = (px: number, label: string) => `<button aria-label="${label}" style="all:unset;display:inline-block;width:${px}px;height:${px}px;background:#000"></button>`;

  it('a 12×12 px button right next to another → violation', async () => {
    const el = await fixture(html`<div></div>`);
    el.innerHTML = square(12, 'a') + square(12, 'b');
    const r = await targetSizeCheck(el);
    expect(r.failures.length).to.equal(2);
    expect(r.failures[0]).to.match(/12\.0×12\.0 px/);
  });

  it('a 12×12 px button inside an open shadow root, crowded → violation', async () => {
    const el = await fixture<HTMLElement>(html`<div></div>`);
    el.attachShadow({ mode: 'open' }).innerHTML = square(12, 'a') + square(30, 'b');
    const r = await targetSizeCheck(el);
    expect(r.failures.length).to.equal(1);
    expect(r.failures[0]).to.contain('>>> button');
  });

  it('a 12×12 px button with 24 px of space around it → spacing exception, listed for review', async () => {
    const el = await fixture(html`<div style="display:flex;gap:24px"></div>`);
    el.innerHTML = square(12, 'a') + square(12, 'b');
    const r = await targetSizeCheck(el);
    expect(r.failures).to.deep.equal([]);
    expect(r.review.map((e) => e.kind)).to.deep.equal(['exception: spacing', 'exception: spacing']);
  });

  it('a small link inside a sentence → inline exception; 24×24 buttons pass', async () => {
    const el = await fixture(html`<div><p style="font-size:10px;line-height:1">Lue <a href="#x">ehdot</a> ennen lähettämistä.</p></div>`);
    el.insertAdjacentHTML('beforeend', square(24, 'a') + square(24, 'b'));
    const r = await targetSizeCheck(el);
    expect(r.failures).to.deep.equal([]);
    expect(r.review.map((e) => e.kind)).to.deep.equal(['exception: inline']);
  });
});

describe(`check 4, reflow at ${REFLOW_WIDTH} CSS px, catches broken fixtures`, () => {
  const wide = '<div style="width:400px;height:20px;background:#ccc">leveä</div>';
  const fluid = '<div style="max-width:400px;height:20px;background:#ccc">joustava</div>';
  const ways = engine === 'webkit' ? (['frame'] as const) : (['viewport', 'frame'] as const);

  for (const way of ways) {
    it(`${way}: a 400 px wide block scrolls sideways → violation; a fluid one does not`, async () => {
      const narrow = await narrowViewport(way);
      try {
        const bad = reflowOutcome(await narrow.html(wide));
        expect(bad.failures.join('\n')).to.match(/scrolls horizontally at 320 CSS px/);
        expect(bad.failures.join('\n')).to.contain('right edge 4');
        expect(reflowOutcome(await narrow.html(fluid)).failures).to.deep.equal([]);
      } finally {
        await narrow.close();
      }
    });
  }

  it('the narrow viewport really is 320 px wide and media queries follow it', async () => {
    const narrow = await narrowViewport();
    try {
      const r = await narrow.html('<p>x</p>');
      expect(r.viewportWidth).to.be.within(REFLOW_WIDTH - 20, REFLOW_WIDTH); // minus a classic scrollbar, if any
    } finally {
      await narrow.close();
    }
  });
});

describe('check 5, text spacing, catches broken fixtures', () => {
  /** Makes a box just wide enough for its text, so the WCAG letter spacing wraps it to a second line. */
  const tight = (box: HTMLElement) => {
    box.style.width = 'max-content';
    box.style.width = `${Math.ceil(box.getBoundingClientRect().width) + 4}px`;
  };
  const box = 'height:20px;line-height:20px;font-size:16px;font-family:sans-serif';

  it('a fixed-height box with overflow hidden cuts off its text when spacing grows → violation', async () => {
    const el = await fixture(html`<div><div class="t" style="${box};overflow:hidden">Hakemus lähetetty</div></div>`);
    tight(el.querySelector('.t')!);
    const r = await textSpacingCheck(el);
    expect(r.failures.length).to.equal(1);
    expect(r.failures[0]).to.contain('Hakemus lähetetty').and.contain('is cut off by').and.not.contain('even without');
  });

  it('the clipping box inside a shadow root is found too (spacing goes into shadow roots)', async () => {
    const el = await fixture<HTMLElement>(html`<div></div>`);
    el.attachShadow({ mode: 'open' }).innerHTML = `<div class="t" style="${box};overflow:hidden">Ajanvaraus vahvistettu</div>`;
    tight(el.shadowRoot!.querySelector('.t')!);
    const r = await textSpacingCheck(el);
    expect(r.failures.join('\n')).to.contain('Ajanvaraus vahvistettu');
  });

  it('a fixed-height box whose wrapped text runs into the next line → overlap violation', async () => {
    const el = await fixture(html`<div>
      <div class="t" style="${box}">Ensimmäinen rivi</div>
      <div style="${box}">Toinen rivi tässä</div>
    </div>`);
    tight(el.querySelector('.t')!);
    const r = await textSpacingCheck(el);
    expect(r.failures.join('\n')).to.contain('text overlaps').and.contain('Ensimmäinen rivi');
  });

  it('text in a box that grows with its content passes; visually hidden text is ignored', async () => {
    const el = await fixture(html`<div>
      <div class="t" style="min-height:20px;line-height:20px">Hakemus lähetetty</div>
      <arki-button href="https://example.org" target="_blank">Lue lisää</arki-button>
    </div>`);
    tight(el.querySelector('.t')!);
    await (el.querySelector('arki-button') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect((await textSpacingCheck(el)).failures).to.deep.equal([]);
  });
});

describe('check 7, focus visible, catches broken fixtures', () => {
  it('a button with outline:none and no other indicator → violation (computed styles)', async () => {
    const el = await fixture(html`<div style="padding:16px"><button style="outline:none;font-size:16px;padding:8px 16px">Tallenna</button></div>`);
    const r = await focusCheck(el);
    expect(r.failures.length).to.equal(1);
    expect(r.failures[0]).to.contain('button').and.contain('no style change');
  });

  it('… and by screenshot difference', async () => {
    const el = await fixture(html`<div style="padding:16px"><button style="outline:none;font-size:16px;padding:8px 16px">Tallenna</button></div>`);
    const r = await focusCheck(el, { screenshots: 'signature' });
    expect(r.failures.length).to.equal(1);
    expect(r.failures[0]).to.contain('(screenshot;');
    expect(r.failures[0]).to.match(/indicator 0 px² changed at ≥3:1/);
  });

  it('a faint indicator (1 px outline at 1.3:1) → violation', async () => {
    const el = await fixture(html`<div style="padding:16px;background:#fff"><style>
      .faint:focus-visible { outline: 1px solid #ddd; outline-offset: 2px; }
    </style><button class="faint" style="font-size:16px;padding:8px 16px">Tallenna</button></div>`);
    const r = await focusCheck(el, { screenshots: 'signature' });
    expect(r.failures.length).to.equal(1);
  });

  it('the Arki button (3 px ring at ≥ 3:1) passes, by computed styles and screenshots', async () => {
    const el = await fixture(html`<div style="padding:16px"><arki-button>Lähetä</arki-button></div>`);
    await (el.querySelector('arki-button') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect((await focusCheck(el)).failures).to.deep.equal([]);
    expect((await focusCheck(el, { screenshots: 'signature' })).failures).to.deep.equal([]);
  });
});

describe('check 7 does not count what it cannot measure as a pass', () => {
  it('a button that takes focus straight back (a one-element focus trap) is listed for review, not passed', async () => {
    const el = await fixture(html`<div style="padding:16px"><button style="font-size:16px;padding:8px 16px">Jää tähän</button></div>`);
    const button = el.querySelector('button')!;
    button.addEventListener('blur', () => setTimeout(() => button.focus()));
    button.focus();
    const r = await focusCheck(el);
    expect(r.failures).to.deep.equal([]);
    expect(r.review.map((e) => e.kind).join()).to.contain('focus trap');
  });

  it("a plain link keeping the browser's default indicator is accepted (G165) but never an Arki component's", async () => {
    const el = await fixture(html`<div style="padding:16px"><p><a href="#x">Lue lisää</a></p></div>`);
    const r = await focusCheck(el);
    expect(r.failures).to.deep.equal([]);
  });
});

describe('checks 5 and 7 leave out what nobody can see or reach (behind a modal, scrolled away), and only that', () => {
  it('focus: the page behind the modal is not measured; a broken button inside the modal still fails', async () => {
    const el = await fixture(html`<div style="padding:16px"><button style="outline:none">Taustalla</button>
      <dialog><p>Istunto päättyy</p><button class="bad" style="outline:none;font-size:16px;padding:8px 16px">Jatka</button></dialog></div>`);
    const dialog = el.querySelector('dialog')!;
    dialog.showModal();
    try {
      const r = await focusCheck(el);
      expect(r.failures.length, r.failures.join('\n')).to.equal(1);
      expect(r.failures[0]).to.contain('button.bad');
    } finally {
      dialog.close();
    }
  });

  it('text spacing: text scrolled out of an overflow:auto box does not overlap what is below it; visible overlap still fails', async () => {
    const el = await fixture(html`<div style="width:300px">
      <div style="height:60px;overflow:auto;font-size:16px;line-height:20px"><p style="margin:0">Yksi</p><p style="margin:0">Kaksi</p><p style="margin:0">Kolme</p><p style="margin:0">Neljä</p></div>
      <p style="margin:0;font-size:16px;line-height:20px">Alla oleva teksti</p></div>`);
    expect((await textSpacingCheck(el)).failures).to.deep.equal([]);
    const overlapping = await fixture(html`<div style="width:300px">
      <div style="height:50px;font-size:16px;line-height:20px"><p style="margin:0">Yksi</p><p style="margin:0">Kaksi</p></div>
      <p style="margin:0;font-size:16px;line-height:20px">Alla oleva teksti</p></div>`);
    expect((await textSpacingCheck(overlapping)).failures.join('\n')).to.contain('overlap');
  });
});

describe('check 6, forced colours, catches broken fixtures', () => {
  it('a button whose only boundary is its background colour loses it → violation (Chromium; elsewhere the reason is given)', async () => {
    const el = await fixture(html`<div style="padding:16px;background:#fff">
      <span role="button" tabindex="0" style="display:inline-block;padding:12px 20px;background:#0050a0;color:#fff;font-size:16px">Lähetä</span>
    </div>`);
    const r = await forcedColorsCheck(el);
    if (engine !== 'chromium') {
      expect(r.skipped, 'says why it cannot run here').to.be.a('string').and.not.equal('');
      return;
    }
    expect(r.skipped).to.equal(undefined);
    expect(r.failures.join('\n')).to.contain('its boundary disappears in forced colours');
  });

  it('a button with a real border keeps its boundary; the Arki button passes', async function () {
    if (engine !== 'chromium') this.skip();
    const el = await fixture(html`<div style="padding:16px;background:#fff">
      <span role="button" tabindex="0" style="display:inline-block;padding:12px 20px;border:2px solid #0050a0;color:#0050a0;font-size:16px">Lähetä</span>
      <arki-button>Tallenna</arki-button>
    </div>`);
    await (el.querySelector('arki-button') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const r = await forcedColorsCheck(el);
    expect(r.failures).to.deep.equal([]);
  });

  it('a focus indicator drawn only with a background colour vanishes in forced colours → violation', async function () {
    if (engine !== 'chromium') this.skip();
    const el = await fixture(html`<div style="padding:16px;background:#fff"><style>
      .bg-focus { outline: none; border: 2px solid #333; background: #fff; color: #000; }
      .bg-focus:focus-visible { background: #ffbf47; }
    </style><button class="bg-focus" style="font-size:16px;padding:8px 16px">Tallenna</button></div>`);
    const r = await forcedColorsCheck(el);
    expect(r.failures.join('\n')).to.contain('[forced colours]');
  });
});

describe('the in-page checks see through shadow roots', () => {
  it('lists tab-order elements inside open shadow roots, not hosts that delegate focus', async () => {
    const el = await fixture(html`<div><arki-button>Yksi</arki-button><button>Kaksi</button></div>`);
    await (el.querySelector('arki-button') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const A = await loadPageChecks();
    const found = A.focusableElements(el).map((e) => A.describe(e));
    expect(found.length).to.equal(2);
    expect(found[0]).to.match(/arki-button >>> button\.button/);
    expect(found[1]).to.match(/div > button$/);
  });
});

describe('check 8, the accessibility-tree snapshot, sees a change in what a screen reader gets', () => {
  it('a story rendered differently from its committed snapshot → changed, with the lines that differ (Chromium)', async function () {
    if (engine !== 'chromium') this.skip(); // Playwright drives Chromium only; the sweep says so too
    const el = await fixture(html`<div id="storybook-root"><button>Lähetä hakemus</button><p>Ylimääräinen teksti</p></div>`);
    const changed = await checkAriaSnapshot('components-button--primary', 'Components/Button › Primary', { dry: true });
    expect(changed).to.include({ supported: true, ok: false, status: 'changed' });
    expect((changed as { diff: string }).diff).to.contain('+ ').and.contain('Ylimääräinen teksti');
    el.querySelector('p')!.remove();
    el.querySelector('button')!.replaceWith(Object.assign(document.createElement('arki-button'), { textContent: 'Lähetä hakemus' }));
    await (el.querySelector('arki-button') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(await checkAriaSnapshot('components-button--primary', 'Components/Button › Primary', { dry: true }), 'the same tree as the story → same').to.include({ ok: true, status: 'same' });
  });
});
