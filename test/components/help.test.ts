import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/help/help.js';
import '../../src/components/text-field/text-field.js';
import type { ArkiHelp } from '../../src/components/help/help.js';
import { EDGE, place } from '../../src/components/help/placement.js';
import { resetDevWarnings } from '../../src/base/dev.js';
import { expectAccessible } from '../helpers/a11y.js';
import { announced } from '../helpers/announcements.js';

const trigger = (el: ArkiHelp) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="trigger"]')!;
const box = (el: ArkiHelp) => el.shadowRoot!.querySelector<HTMLElement>('[part="popover"]')!;
const shown = (el: ArkiHelp) => box(el).checkVisibility();
const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
/** A short name for an element: comparing these keeps failure messages readable (and cheap). */
const who = (e: Element | null | undefined): string =>
  e ? `${e.localName}${e.id ? `#${e.id}` : ''}${e.getAttribute('part') ? `[${e.getAttribute('part')}]` : ''}` : 'nothing';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function helpFixture(markup = html`<div>
  <button id="before">Ennen</button>
  <arki-help label="Henkilötunnus"><p>Henkilötunnus on muotoa PPKKVV-NNNT. <a id="link" href="#hetu">Lue lisää</a></p></arki-help>
  <button id="after">Jälkeen</button>
</div>`) {
  const wrap = await fixture<HTMLElement>(markup);
  const el = wrap.querySelector('arki-help')!;
  await el.updateComplete;
  return { wrap, el };
}

describe('arki-help', () => {
  afterEach(() => document.querySelectorAll('arki-help').forEach((h) => h.hide()));

  it('is a "?" button named "Ohje: <topic>", at least 24×24 px, closed by default', async () => {
    const { el } = await helpFixture();
    const b = trigger(el);
    expect(b.localName).to.equal('button');
    expect(b.getAttribute('aria-label')).to.equal('Ohje: Henkilötunnus');
    expect(b.getAttribute('aria-expanded')).to.equal('false');
    const r = b.getBoundingClientRect();
    expect(r.width).to.be.at.least(24);
    expect(r.height).to.be.at.least(24);
    expect(shown(el)).to.equal(false);
    await expectAccessible(el.parentElement!);
  });

  it('opens on click as a popover, announces its text, and closes on a second click', async () => {
    const { el } = await helpFixture();
    trigger(el).click();
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(shown(el)).to.equal(true);
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    if ('showPopover' in HTMLElement.prototype) expect(box(el).matches(':popover-open')).to.equal(true);
    await wait(150);
    await announced('Henkilötunnus on muotoa PPKKVV-NNNT. Lue lisää');
    await expectAccessible(el.parentElement!);
    trigger(el).click();
    await el.updateComplete;
    expect(shown(el)).to.equal(false);
  });

  it('keyboard: Enter and Space toggle; Esc closes and focus stays on the button', async () => {
    const { wrap, el } = await helpFixture();
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(who(deepActive())).to.equal(who(trigger(el)));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shown(el)).to.equal(true);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(shown(el)).to.equal(false);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(shown(el)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shown(el)).to.equal(false);
    expect(who(deepActive())).to.equal(who(trigger(el)));
  });

  it('Tab moves into the help text (its link); Esc there closes and returns focus to the button', async () => {
    const { wrap, el } = await helpFixture();
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(who(deepActive())).to.equal(who(wrap.querySelector('#link')));
    expect(shown(el)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shown(el)).to.equal(false);
    expect(who(deepActive())).to.equal(who(trigger(el)));
  });

  it('closes when focus moves past it, and on a pointer press outside (focus is not moved)', async () => {
    const { wrap, el } = await helpFixture();
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' }); // the link
    await sendKeys({ press: 'Tab' }); // the close button
    expect(who(deepActive())).to.equal('button[close]');
    expect(shown(el)).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(who(deepActive())).to.equal(who(wrap.querySelector('#after')));
    expect(shown(el)).to.equal(false);

    trigger(el).click();
    await el.updateComplete;
    // A press inside the box keeps it open; one elsewhere closes it.
    box(el).dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(shown(el)).to.equal(true);
    wrap.querySelector('#before')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(shown(el)).to.equal(false);
    expect(who(deepActive()), 'focus not moved').to.equal('button#after');
  });

  it('the close button closes it and returns focus to the trigger', async () => {
    const { el } = await helpFixture();
    trigger(el).click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="close"]')!.click();
    await el.updateComplete;
    expect(shown(el)).to.equal(false);
    expect(who(deepActive())).to.equal(who(trigger(el)));
  });

  it('Esc inside a dialog closes only the help', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><dialog><arki-help label="Postinumero"><p>Viisi numeroa.</p></arki-help></dialog></div>`);
    const dialog = wrap.querySelector('dialog')!;
    dialog.showModal();
    const el = wrap.querySelector('arki-help')!;
    await el.updateComplete;
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shown(el)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await nextFrame();
    const open = dialog.open;
    // A <dialog> left in the page stalls WebKit's test driver: remove it before asserting.
    dialog.close();
    dialog.remove();
    expect(shown(el)).to.equal(false);
    expect(open, 'dialog stays open').to.equal(true);
  });

  it('fires toggle on user action only, and only one help is open at a time', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <arki-help label="A"><p>Ohje A</p></arki-help><arki-help label="B"><p>Ohje B</p></arki-help>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll('arki-help')] as ArkiHelp[];
    const events: string[] = [];
    wrap.addEventListener('toggle', (e) => events.push(`${(e.target as ArkiHelp).label}:${(e as ToggleEvent).newState ?? ''}`));
    a!.show();
    await a!.updateComplete;
    expect(events).to.deep.equal([]);
    trigger(b!).click();
    await a!.updateComplete;
    await b!.updateComplete;
    expect(shown(a!)).to.equal(false);
    expect(shown(b!)).to.equal(true);
    expect(events.at(-1)).to.match(/^B/);
  });

  it('in a form control\'s help slot takes the control\'s label as its topic', async () => {
    const field = await fixture<HTMLElement>(html`<arki-text-field label="Sähköposti"><arki-help slot="help"><p>Lähetämme vahvistuksen tähän osoitteeseen.</p></arki-help></arki-text-field>`);
    const el = field.querySelector('arki-help')!;
    await el.updateComplete;
    expect(trigger(el).getAttribute('aria-label')).to.equal('Ohje: Sähköposti');
    await expectAccessible(field);
  });

  it('inline: visible text names the button (label in name)', async () => {
    const { el } = await helpFixture(html`<p>Kirjaudu <arki-help text="vahvalla tunnistautumisella">Pankkitunnukset tai mobiilivarmenne.</arki-help>.</p>`);
    expect(trigger(el).hasAttribute('aria-label')).to.equal(false);
    expect(trigger(el).textContent!.trim()).to.equal('vahvalla tunnistautumisella');
    trigger(el).click();
    await el.updateComplete;
    await expectAccessible(el.parentElement!);
  });

  it('localises the name in sv and en', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <div lang="sv"><arki-help label="Personbeteckning"><p>x</p></arki-help></div>
      <div lang="en"><arki-help label="Personal identity code"><p>x</p></arki-help></div>
    </div>`);
    const [sv, en] = [...wrap.querySelectorAll('arki-help')] as ArkiHelp[];
    await sv!.updateComplete;
    await en!.updateComplete;
    expect(trigger(sv!).getAttribute('aria-label')).to.equal('Hjälp: Personbeteckning');
    expect(trigger(en!).getAttribute('aria-label')).to.equal('Help: Personal identity code');
    sv!.show();
    await sv!.updateComplete;
    expect(sv!.shadowRoot!.querySelector('[part="close"]')!.getAttribute('aria-label')).to.equal('Stäng hjälpen');
  });

  it('warns in development when it has no text or no topic', async () => {
    resetDevWarnings();
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      await helpFixture(html`<div><arki-help></arki-help></div>`);
    } finally {
      console.warn = orig;
    }
    expect(warnings.some((w) => w.includes('<arki-help>') && w.includes('no help text'))).to.equal(true);
    expect(warnings.some((w) => w.includes('<arki-help>') && w.includes('no `label`'))).to.equal(true);
  });

  for (const fallback of [false, true]) {
    it(`stays inside the viewport at the edges: right, left, bottom (flips above)${fallback ? ', measured without CSS anchors' : ''}`, async () => {
      const supports = CSS.supports;
      // Engines without anchor positioning get the measured placement: pretend to be one.
      if (fallback) CSS.supports = ((...args: string[]) => (/anchor|position-area/.test(args.join(' ')) ? false : supports.apply(CSS, args as [string]))) as typeof CSS.supports;
      try {
        const long = 'Pitkä ohjeteksti, joka kertoo tarkasti mitä kenttään kirjoitetaan ja miksi tietoa tarvitaan. '.repeat(3);
        for (const pos of ['right', 'left', 'bottom'] as const) {
          const css = { right: 'position:fixed;top:40px;right:0', left: 'position:fixed;top:40px;left:0', bottom: 'position:fixed;bottom:0;left:40%' }[pos];
          const wrap = await fixture<HTMLElement>(html`<div style=${css}><arki-help label="Testi"><p>${long}</p></arki-help></div>`);
          const el = wrap.querySelector('arki-help')!;
          await el.updateComplete;
          trigger(el).click();
          await el.updateComplete;
          await nextFrame();
          const r = box(el).getBoundingClientRect();
          const vw = document.documentElement.clientWidth;
          expect(r.left, `${pos} left`).to.be.at.least(0);
          expect(r.right, `${pos} right`).to.be.at.most(vw);
          expect(r.top, `${pos} top`).to.be.at.least(0);
          expect(r.bottom, `${pos} bottom`).to.be.at.most(window.innerHeight);
          if (pos === 'bottom') expect(r.bottom, 'above the trigger').to.be.at.most(trigger(el).getBoundingClientRect().top);
          if (fallback) expect(box(el).hasAttribute('data-placed'), 'placed by measuring').to.equal(true);
          el.hide();
        }
      } finally {
        CSS.supports = supports;
      }
    });
  }

  describe('placement arithmetic (the fallback without CSS anchors)', () => {
    const vp = { width: 320, height: 640 };
    it('places below, aligned with the trigger start', () => {
      const p = place({ top: 100, left: 50, width: 24, height: 24 }, { width: 200, height: 100 }, vp);
      expect(p).to.include({ side: 'below', top: 130, left: 50 });
    });
    it('clamps at the inline end and start edges', () => {
      expect(place({ top: 100, left: 300, width: 24, height: 24 }, { width: 200, height: 100 }, vp).left).to.equal(320 - EDGE - 200);
      expect(place({ top: 100, left: 0, width: 24, height: 24 }, { width: 200, height: 100 }, vp, true).left).to.equal(EDGE);
    });
    it('never wider than the viewport', () => {
      const p = place({ top: 100, left: 150, width: 24, height: 24 }, { width: 600, height: 100 }, vp);
      expect(p.left).to.equal(EDGE);
    });
    it('flips above when there is no room below, and limits the height to the room', () => {
      const p = place({ top: 600, left: 50, width: 24, height: 24 }, { width: 200, height: 300 }, vp);
      expect(p.side).to.equal('above');
      expect(p.top + 300).to.be.at.most(600);
      const tall = place({ top: 300, left: 50, width: 24, height: 24 }, { width: 200, height: 1000 }, vp);
      expect(tall.maxHeight).to.be.below(640);
      expect(tall.top).to.be.at.least(0);
    });
  });
});
