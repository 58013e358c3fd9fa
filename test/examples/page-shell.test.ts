import { expect, fixture, fixtureCleanup, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ArkiHeader } from '../../src/components/header/header.js';
import type { ArkiSkipLink } from '../../src/components/skip-link/skip-link.js';
import { pageShell } from '../../stories/page-shell.stories.js';
import { expectAccessible } from '../helpers/a11y.js';
import { trySetViewport } from '../helpers/driver.js';

// The page shell story itself is what is tested: the page a municipality copies.

const frames = async (n = 4) => {
  for (let i = 0; i < n; i++) await nextFrame();
};

async function renderShell(lang: 'fi' | 'sv' | 'en' = 'fi'): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(pageShell(lang));
  await Promise.all([...el.querySelectorAll('*')].map((n) => (n as Partial<ArkiHeader>).updateComplete));
  await frames();
  return el;
}

/**
 * Sets a real viewport where the launcher can (Chromium, Firefox). WebDriver (WebKit) cannot
 * resize the page, so there the shell is laid out in a box of the same width instead; every
 * Arki component sizes itself by its own width, so the layout under test is the same.
 */
async function narrow(width: number): Promise<{ real: boolean }> {
  const real = await trySetViewport({ width, height: 640 });
  if (real) await frames();
  return { real };
}

describe('page shell', () => {
  afterEach(async () => {
    await trySetViewport({ width: 1280, height: 800 }); // where it can be changed at all
    window.scrollTo(0, 0);
  });

  it('the skip link is the first thing in the tab order and moves focus to <main>', async () => {
    const el = await renderShell();
    const skip = el.querySelector<ArkiSkipLink>('arki-skip-link')!;
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(skip);
    const anchor = skip.shadowRoot!.activeElement as HTMLElement;
    const r = anchor.getBoundingClientRect();
    const hit = skip.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    expect(!!hit && anchor.contains(hit), 'visible on focus, on top of the header').to.equal(true);
    await sendKeys({ press: 'Enter' });
    const main = el.querySelector('main')!;
    expect(document.activeElement).to.equal(main);
    // The next Tab lands inside the main content, past the header and the breadcrumb.
    await sendKeys({ press: 'Tab' });
    expect(main.contains(document.activeElement)).to.equal(true);
  });

  it('at 1280 px the navigation is shown in full, and the page is axe-clean', async () => {
    await trySetViewport({ width: 1280, height: 800 }); // WebKit: the default window is wide enough
    const el = await renderShell();
    const header = el.querySelector('arki-header')!;
    expect(header.narrow).to.equal(false);
    expect(header.shadowRoot!.querySelector('.menu-button')).to.equal(null);
    expect(el.querySelector('arki-breadcrumb')!.collapsed).to.equal(false);
    await expectAccessible(el);
  });

  it('at 320 px: no horizontal scrolling, navigation behind the menu button, breadcrumb shortened', async () => {
    const { real } = await narrow(320);
    const el = await renderShell();
    if (!real) el.style.inlineSize = '320px';
    await frames();
    const header = el.querySelector('arki-header')!;
    expect(header.narrow).to.equal(true);
    const button = header.shadowRoot!.querySelector<HTMLButtonElement>('.menu-button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(header.shadowRoot!.querySelector('.nav-link')!.checkVisibility()).to.equal(false);
    expect(el.querySelector('arki-breadcrumb')!.collapsed).to.equal(true);
    if (real) {
      expect(window.innerWidth).to.equal(320);
      expect(document.documentElement.scrollWidth, 'no horizontal scrolling').to.be.at.most(window.innerWidth);
    }
    expect(el.scrollWidth, 'nothing wider than 320 px').to.be.at.most(320);
    const limit = (real ? 0 : el.getBoundingClientRect().left) + 320.5;
    for (const child of el.querySelectorAll('*')) expect(child.getBoundingClientRect().right, child.localName).to.be.at.most(limit);
    await expectAccessible(el);
  });

  it('menu button at 320 px: Enter opens, Tab goes into the navigation, Esc closes and focus returns', async () => {
    const { real } = await narrow(320);
    const el = await renderShell();
    if (!real) el.style.inlineSize = '320px';
    await frames();
    const header = el.querySelector('arki-header')!;
    const root = header.shadowRoot!;
    const button = root.querySelector<HTMLButtonElement>('.menu-button')!;
    // Reach the button with the keyboard, as a user would: Tab until it has focus.
    for (let i = 0; i < 12 && root.activeElement !== button; i++) await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await header.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const panel = root.getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel.checkVisibility()).to.equal(true);
    await expectAccessible(el);
    // In the folded menu the search comes first, then the navigation links in order.
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      const active = root.activeElement as HTMLElement | null;
      order.push(active?.classList.contains('nav-link') ? active.textContent! : document.activeElement!.localName);
    }
    expect(order.slice(-4)).to.deep.equal(['Asuminen', 'Kasvatus ja koulutus', 'Terveys ja hyvinvointi', 'Kulttuuri ja vapaa-aika']);
    expect(panel.contains(document.activeElement) || panel.contains(root.activeElement)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await header.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(root.activeElement).to.equal(button);
    expect(root.querySelector('.nav-link')!.checkVisibility()).to.equal(false);
  });

  it('is localised: the same shell in Swedish and English is axe-clean', async () => {
    for (const lang of ['sv', 'en'] as const) {
      fixtureCleanup(); // one page at a time: one banner, one main, one contentinfo
      const el = await renderShell(lang);
      expect(el.querySelector('arki-skip-link')!.shadowRoot!.textContent).to.satisfy((t: string) => t.length > 0);
      await expectAccessible(el);
    }
  });
});
