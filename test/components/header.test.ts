import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetDevWarnings } from '../../src/base/dev.js';
import '../../src/components/header/header.js';
import type { ArkiHeader, HeaderNavItem } from '../../src/components/header/header.js';
import { expectAccessible } from '../helpers/a11y.js';

const nav: HeaderNavItem[] = [
  { label: 'Asuminen', href: '#asuminen' },
  { label: 'Kasvatus ja koulutus', href: '#kasvatus', current: true },
  { label: 'Terveys', href: '#terveys' },
];
const root = (el: ArkiHeader) => el.shadowRoot!;
const menuButton = (el: ArkiHeader) => root(el).querySelector<HTMLButtonElement>('.menu-button');
const panel = (el: ArkiHeader) => root(el).querySelector<HTMLElement>('#menu')!;
const links = (el: ArkiHeader) => [...root(el).querySelectorAll<HTMLAnchorElement>('.nav-link')];
const visible = (node: Element) => node.getBoundingClientRect().width > 0 && node.checkVisibility();
const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await nextFrame();
};

/** Names an element for a failure message (comparing DOM nodes directly makes the runner serialise the page). */
const label = (e: Element | null | undefined): string =>
  e ? `${e.localName}${e.id ? `#${e.id}` : ''}${e.getAttribute('part') ? `[${e.getAttribute('part')}]` : ''}${e.getAttribute('slot') ? `{${e.getAttribute('slot')}}` : ''} "${(e.textContent ?? '').trim().slice(0, 30)}"` : 'nothing';
/** Fails unless `actual` is `target`, naming both. */
const expectSame = (actual: Element | null | undefined, target: Element | null | undefined, what = 'focus'): void => {
  expect(actual === target, `${what}: on ${label(actual)}, expected ${label(target)}`).to.equal(true);
};

async function make(width: number, attrs = '', lang = 'fi'): Promise<ArkiHeader> {
  const wrap = document.createElement('div');
  wrap.style.width = `${width}px`;
  wrap.lang = lang;
  wrap.innerHTML = `<arki-header service-name="Asiointipalvelu" ${attrs}>
    <a slot="logo" href="#etusivu">Kaupunki</a>
  </arki-header>`;
  const el = (await fixture<HTMLElement>(wrap)).querySelector('arki-header')!;
  el.navigation = nav;
  await frames();
  await el.updateComplete;
  return el;
}

describe('arki-header', () => {
  afterEach(() => {
    window.scrollTo(0, 0);
  });

  it('wide: a banner with the service name and a navigation landmark named "Päävalikko"; no menu button', async () => {
    const el = await make(1000);
    expect(root(el).querySelector('[part="base"]')!.getAttribute('role')).to.equal('banner');
    const navEl = root(el).querySelector('nav')!;
    expect(navEl.getAttribute('aria-label')).to.equal('Päävalikko');
    expect(links(el).map((a) => a.textContent)).to.deep.equal(['Asuminen', 'Kasvatus ja koulutus', 'Terveys']);
    expect(links(el).map((a) => a.getAttribute('aria-current'))).to.deep.equal([null, 'page', null]);
    expect(links(el).every(visible)).to.equal(true);
    expect(el.narrow).to.equal(false);
    expect(menuButton(el)).to.equal(null);
    expect(root(el).querySelector('.service')!.textContent).to.contain('Asiointipalvelu');
    for (const name of ['logo', 'service-name', 'navigation', 'language', 'search']) expect(root(el).querySelector(`slot[name="${name}"]`), name).to.exist;
    await expectAccessible(el);
  });

  it('narrow: the navigation folds behind "Valikko" (aria-expanded, aria-controls)', async () => {
    const el = await make(320);
    expect(el.narrow).to.equal(true);
    const button = menuButton(el)!;
    expect(button.textContent!.trim()).to.equal('Valikko');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).getElementById(button.getAttribute('aria-controls')!)).to.equal(panel(el));
    expect(links(el).some(visible)).to.equal(false);
    const r = button.getBoundingClientRect();
    expect(r.width).to.be.at.least(44);
    expect(r.height).to.be.at.least(44);
    await expectAccessible(el);
  });

  it('menu keyboard: Enter opens, Tab goes into the navigation, Esc closes and returns focus; Space toggles', async () => {
    const el = await make(320);
    const button = menuButton(el)!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(links(el).every(visible)).to.equal(true);
    await expectAccessible(el);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(links(el)[0]);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(links(el)[1]);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(links(el).some(visible)).to.equal(false);
    expect(root(el).activeElement).to.equal(button);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.menuOpen).to.equal(true);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.menuOpen).to.equal(false);
  });

  it('Esc with the menu closed does nothing; a chosen link closes the menu', async () => {
    const el = await make(320);
    menuButton(el)!.click();
    await el.updateComplete;
    links(el)[2]!.addEventListener('click', (e) => e.preventDefault());
    links(el)[2]!.click();
    await el.updateComplete;
    expect(el.menuOpen).to.equal(false);
  });

  it('growing wider unfolds the navigation; collapse-below is configurable', async () => {
    const el = await make(320);
    menuButton(el)!.click();
    el.parentElement!.style.width = '1000px';
    await frames();
    await el.updateComplete;
    expect(el.narrow).to.equal(false);
    expect(el.menuOpen).to.equal(false);
    expect(links(el).every(visible)).to.equal(true);
    const small = await make(320, 'collapse-below="300"');
    expect(small.narrow).to.equal(false);
    small.collapseBelow = 400;
    await small.updateComplete;
    await frames();
    expect(small.narrow).to.equal(true);
  });

  it('does not flip between its layouts when unfolding makes the page scroll (collapse-below at the boundary)', async function () {
    // Where scrollbars are overlaid (they take no room) no loop is possible: nothing to test.
    const root = document.documentElement;
    root.style.overflowY = 'scroll';
    const scrollbar = window.innerWidth - root.clientWidth;
    root.style.overflowY = '';
    if (!scrollbar) this.skip();
    const bodyStyle = document.body.getAttribute('style');
    document.body.style.margin = '0';
    try {
      const wrap = await fixture<HTMLElement>(html`<div>
        <arki-header service-name="Asiointipalvelu" collapse-below="0"><a slot="logo" href="#etusivu">Kaupunki</a></arki-header>
        <div class="spacer"></div>
      </div>`);
      const el = wrap.querySelector('arki-header')!;
      // Enough links to wrap onto more rows when unfolded than the folded header's one.
      el.navigation = ['Asuminen', 'Kasvatus ja koulutus', 'Terveys', 'Sosiaalipalvelut', 'Liikenne ja kadut', 'Kulttuuri ja vapaa-aika', 'Ympäristö', 'Työ ja yrittäminen', 'Päätöksenteko'].map((label, i) => ({ label, href: `#l${i}` }));
      await frames();
      const wide = el.getBoundingClientRect().height;
      el.collapseBelow = 100000;
      await el.updateComplete;
      await frames();
      expect(el.narrow, 'folded').to.equal(true);
      const narrow = el.getBoundingClientRect();
      expect(wide, 'the unfolded header is the taller one (the set-up needs it)').to.be.above(narrow.height);
      // The page fits exactly while folded, and needs a scrollbar once unfolded.
      wrap.querySelector<HTMLElement>('.spacer')!.style.height = `${window.innerHeight - (narrow.top + window.scrollY) - narrow.height}px`;
      await frames();
      expect(root.scrollHeight, 'no scrollbar while folded').to.be.at.most(window.innerHeight);
      // Exactly as wide as collapse-below without a scrollbar: unfolds, which brings the scrollbar.
      el.collapseBelow = narrow.width;
      let last = el.narrow;
      let flips = 0;
      for (let i = 0; i < 12; i++) {
        await nextFrame();
        if (el.narrow !== last) {
          flips++;
          last = el.narrow;
        }
      }
      expect(flips, 'layout changes in 12 frames').to.equal(1);
      expect(el.narrow, 'settles unfolded: the scrollbar counts as room, as in a media query').to.equal(false);
      expect(root.scrollHeight, 'the page now scrolls').to.be.above(window.innerHeight);
    } finally {
      if (bodyStyle === null) document.body.removeAttribute('style');
      else document.body.setAttribute('style', bodyStyle);
    }
  });

  it('folding while focus is in the navigation or the search moves focus to "Valikko"; unfolding moves it to the navigation', async () => {
    const el = await make(1000);
    el.insertAdjacentHTML('beforeend', '<div slot="language"><a id="sv" href="#sv" lang="sv">Svenska</a></div><form slot="search" role="search"><input id="haku" aria-label="Haku"></form>');
    await frames();
    const width = (w: number) => {
      el.parentElement!.style.width = `${w}px`;
    };
    links(el)[1]!.focus();
    width(320); // as zooming in
    await frames();
    await el.updateComplete;
    expect(el.narrow).to.equal(true);
    expectSame(root(el).activeElement, menuButton(el), 'from a navigation link');
    width(1000);
    await frames();
    await el.updateComplete;
    expectSame(root(el).activeElement, links(el)[0], 'the menu button is gone: its navigation');
    const search = el.querySelector<HTMLInputElement>('#haku')!;
    search.focus();
    search.value = 'pysäköinti';
    width(320);
    await frames();
    await el.updateComplete;
    expectSame(root(el).activeElement, menuButton(el), 'from the search');
    expect(search.value, 'nothing typed is lost').to.equal('pysäköinti');
    width(1000);
    await frames();
    const language = el.querySelector<HTMLAnchorElement>('#sv')!;
    language.focus();
    width(320);
    await frames();
    await el.updateComplete;
    expectSame(document.activeElement, language, 'the language switcher stays visible: focus stays');
  });

  it('no horizontal overflow at 320 px, with a language switcher and search', async () => {
    const el = await make(320);
    el.insertAdjacentHTML('beforeend', '<div slot="language"><a href="#sv" lang="sv">Svenska</a></div><form slot="search" role="search"><input aria-label="Haku"></form>');
    await frames();
    expect(el.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('is not a banner inside <main>', async () => {
    const wrap = await fixture<HTMLElement>(html`<main><arki-header service-name="Osio"></arki-header></main>`);
    const el = wrap.querySelector('arki-header')!;
    await el.updateComplete;
    expect(root(el).querySelector('[part="base"]')!.hasAttribute('role')).to.equal(false);
  });

  it('is localised: Meny / Huvudmeny, Menu / Main menu; nav-label overrides', async () => {
    const sv = await make(320, '', 'sv');
    expect(menuButton(sv)!.textContent!.trim()).to.equal('Meny');
    expect(root(sv).querySelector('nav')!.getAttribute('aria-label')).to.equal('Huvudmeny');
    const en = await make(320, 'nav-label="Services"', 'en');
    expect(menuButton(en)!.textContent!.trim()).to.equal('Menu');
    expect(root(en).querySelector('nav')!.getAttribute('aria-label')).to.equal('Services');
  });

  it('bad navigation JSON: a warning, no links, no exception', async () => {
    resetDevWarnings();
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<ArkiHeader>(html`<arki-header navigation="[rikki"></arki-header>`);
      expect(links(el).length).to.equal(0);
      expect(warnings.some((w) => w.includes('<arki-header>') && w.includes('not a JSON array'))).to.equal(true);
    } finally {
      console.warn = orig;
    }
  });

  describe('sticky', () => {
    it('sets scroll-padding-top on <html> to its height, and restores the page value after', async () => {
      const html = document.documentElement;
      html.style.scrollPaddingTop = '5px';
      const el = await make(1000, 'sticky');
      const height = el.getBoundingClientRect().height;
      expect(parseFloat(html.style.scrollPaddingTop)).to.be.at.least(height);
      expect(parseFloat(html.style.scrollPaddingTop)).to.be.at.most(height + 16);
      el.sticky = false;
      await el.updateComplete;
      expect(html.style.scrollPaddingTop).to.equal('5px');
      el.sticky = true;
      await el.updateComplete;
      expect(parseFloat(html.style.scrollPaddingTop)).to.be.at.least(height);
      el.remove();
      expect(html.style.scrollPaddingTop).to.equal('5px');
      html.style.scrollPaddingTop = '';
    });

    it('a focused element is never left under the header (WCAG 2.4.11)', async () => {
      const wrap = document.createElement('div');
      wrap.innerHTML = `<arki-header sticky service-name="Palvelu"></arki-header>
        <div>${Array.from({ length: 40 }, (_, i) => `<p style="margin:0;height:60px"><button>Painike ${i}</button></p>`).join('')}</div>`;
      await fixture<HTMLElement>(wrap);
      const el = wrap.querySelector('arki-header')!;
      await frames();
      const buttons = [...wrap.querySelectorAll('button')];
      // Put button 20 exactly at the top of the viewport, under the header, then reach it with Tab
      // from the button before it: it is "in the viewport", so only scroll padding makes the
      // browser scroll it out from under the header.
      window.scrollTo(0, window.scrollY + buttons[20]!.getBoundingClientRect().top);
      await frames();
      const headerBottom = () => el.getBoundingClientRect().bottom;
      expect(buttons[20]!.getBoundingClientRect().top, 'precondition: hidden under the header').to.be.below(headerBottom());
      buttons[19]!.focus({ preventScroll: true });
      await sendKeys({ press: 'Tab' });
      await frames();
      expect(document.activeElement).to.equal(buttons[20]);
      expect(buttons[20]!.getBoundingClientRect().top).to.be.at.least(headerBottom());
      // Programmatic focus and scrollIntoView, too.
      window.scrollTo(0, window.scrollY + buttons[30]!.getBoundingClientRect().top);
      await frames();
      buttons[30]!.focus();
      await frames();
      expect(buttons[30]!.getBoundingClientRect().top).to.be.at.least(headerBottom());
    });
  });
});
