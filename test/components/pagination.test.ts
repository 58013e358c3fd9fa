import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/pagination/pagination.js';
import { pageItems, type ArkiPagination } from '../../src/components/pagination/pagination.js';
import type { ArkiPageChangeEvent } from '../../src/events/page-change.js';
import { expectAccessible } from '../helpers/a11y.js';

const links = (el: ArkiPagination) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="link"]')];
/** What a screen reader would hear per item: its name, or the text of an ellipsis. */
const names = (el: ArkiPagination) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="link"], .ellipsis')].map((n) => n.getAttribute('aria-label') ?? n.textContent!.replace(/\s+/g, ' ').trim());
const current = (el: ArkiPagination) => el.shadowRoot!.querySelector<HTMLElement>('[aria-current="page"]');
const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

describe('arki-pagination', () => {
  it('pageItems: first, last, current ±1, ellipsis for gaps of two or more', () => {
    const cases: Array<[number, number, Array<number | null>]> = [
      [1, 0, []],
      [1, 1, [1]],
      [1, 2, [1, 2]],
      [1, 3, [1, 2, 3]],
      [1, 5, [1, 2, null, 5]],
      [3, 5, [1, 2, 3, 4, 5]],
      [5, 5, [1, null, 4, 5]],
      [1, 10, [1, 2, null, 10]],
      [3, 10, [1, 2, 3, 4, null, 10]],
      [4, 10, [1, 2, 3, 4, 5, null, 10]],
      [5, 10, [1, null, 4, 5, 6, null, 10]],
      [7, 10, [1, null, 6, 7, 8, 9, 10]],
      [10, 10, [1, null, 9, 10]],
      [50, 100, [1, null, 49, 50, 51, null, 100]],
    ];
    for (const [page, total, expected] of cases) expect(pageItems(page, total), `${page}/${total}`).to.deep.equal(expected);
  });

  it('a nav landmark with localised names; the current page has aria-current', async () => {
    const el = await fixture<ArkiPagination>(html`<arki-pagination page="5" total="10" href-template="?sivu={page}"></arki-pagination>`);
    const nav = el.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Sivunumerointi');
    expect(names(el)).to.deep.equal(['Edellinen sivu', 'Sivu 1', '⋯', 'Sivu 4', 'Sivu 5', 'Sivu 6', '⋯', 'Sivu 10', 'Seuraava sivu']);
    expect(current(el)!.textContent).to.equal('5');
    expect(el.shadowRoot!.querySelectorAll('[aria-current]').length).to.equal(1);
    for (const [lang, label, prev, page, next] of [
      ['sv', 'Sidnumrering', 'Föregående sida', 'Sida 2', 'Nästa sida'],
      ['en', 'Pagination', 'Previous page', 'Page 2', 'Next page'],
    ]) {
      const other = await fixture<ArkiPagination>(html`<arki-pagination lang=${lang} page="2" total="3"></arki-pagination>`);
      expect(other.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal(label);
      const n = names(other);
      expect([n[0], n[2], n[n.length - 1]]).to.deep.equal([prev, page, next]);
    }
  });

  it('link mode: real links from the template; no previous on the first page, no next on the last', async () => {
    const el = await fixture<ArkiPagination>(html`<arki-pagination page="1" total="3" href-template="/haku?q=koira&amp;sivu={page}"></arki-pagination>`);
    expect(links(el).every((a) => a.localName === 'a')).to.equal(true);
    expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal(['/haku?q=koira&sivu=1', '/haku?q=koira&sivu=2', '/haku?q=koira&sivu=3', '/haku?q=koira&sivu=2']);
    expect(links(el).at(-1)!.getAttribute('rel')).to.equal('next');
    el.page = 3;
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Edellinen sivu');
    expect(links(el)[0]!.getAttribute('href')).to.equal('/haku?q=koira&sivu=2');
    expect(names(el).at(-1)).to.equal('Sivu 3');
  });

  it('link mode: arki-page-change fires; preventDefault stops the navigation', async () => {
    const el = await fixture<ArkiPagination>(html`<arki-pagination page="1" total="4" href-template="#sivu-{page}"></arki-pagination>`);
    const hash = location.hash;
    el.addEventListener('arki-page-change', (e) => e.preventDefault(), { once: true });
    links(el)[1]!.click();
    await new Promise((r) => setTimeout(r, 100)); // Firefox navigates to a fragment asynchronously
    expect(location.hash).to.equal(hash);
    const change = oneEvent(el, 'arki-page-change') as Promise<ArkiPageChangeEvent>;
    links(el)[2]!.click();
    const e = await change;
    expect([e.page, e.previousPage, e.href]).to.deep.equal([3, 1, '#sivu-3']);
    await new Promise((r) => setTimeout(r, 100));
    expect(location.hash).to.equal('#sivu-3');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('event mode: buttons; keyboard Enter moves pages; focus never drops when next disappears', async () => {
    const el = await fixture<ArkiPagination>(html`<arki-pagination page="1" total="3"></arki-pagination>`);
    expect(links(el).every((b) => b.localName === 'button')).to.equal(true);
    const pages: number[] = [];
    el.addEventListener('arki-page-change', (e) => pages.push(e.page));
    const next = links(el).at(-1)!;
    next.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.page).to.equal(2);
    expect(deepActive(), 'next keeps focus').to.equal(next);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.page).to.equal(3);
    expect(deepActive(), 'focus moved to the current page').to.equal(current(el));
    expect(pages).to.deep.equal([2, 3]);
    await sendKeys({ press: 'Enter' }); // the current page: nothing happens
    expect(pages).to.deep.equal([2, 3]);
  });

  it('event mode: a cancelled event keeps the page', async () => {
    const el = await fixture<ArkiPagination>(html`<arki-pagination page="2" total="3"></arki-pagination>`);
    el.addEventListener('arki-page-change', (e) => e.preventDefault());
    links(el)[0]!.click();
    await el.updateComplete;
    expect(el.page).to.equal(2);
  });

  it('renders nothing for one page; bad input falls back with warnings', async () => {
    const one = await fixture<ArkiPagination>(html`<arki-pagination page="1" total="1"></arki-pagination>`);
    expect(one.shadowRoot!.querySelector('nav')).to.equal(null);
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const far = await fixture<ArkiPagination>(html`<arki-pagination page="20" total="10"></arki-pagination>`);
      expect(far.page).to.equal(10);
      expect(warnings.some((w) => w.includes('page="20"'))).to.equal(true);
      const neg = await fixture<ArkiPagination>(html`<arki-pagination total="-3"></arki-pagination>`);
      expect(neg.shadowRoot!.querySelector('nav')).to.equal(null);
      expect(warnings.some((w) => w.includes('total="-3"'))).to.equal(true);
      const js = await fixture<ArkiPagination>(html`<arki-pagination total="3" href-template="javascript:alert({page})"></arki-pagination>`);
      expect(links(js).every((b) => b.localName === 'button')).to.equal(true);
      expect(warnings.some((w) => w.includes('unsafe href-template'))).to.equal(true);
    } finally {
      console.warn = orig;
    }
  });

  it('every target is at least 44×44 px, also in a 320 px container', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="inline-size: 320px"><arki-pagination page="5" total="10"></arki-pagination></div>`);
    const el = wrap.querySelector('arki-pagination')!;
    await el.updateComplete;
    for (const l of links(el)) {
      const r = l.getBoundingClientRect();
      expect(Math.round(r.width)).to.be.at.least(44);
      expect(Math.round(r.height)).to.be.at.least(44);
      expect(r.right).to.be.at.most(wrap.getBoundingClientRect().right + 0.5);
    }
    // Narrow: previous and next on the first row, above the numbers.
    const [prev, first] = links(el);
    expect(prev!.getBoundingClientRect().bottom).to.be.at.most(first!.getBoundingClientRect().top + 0.5);
  });

  it('narrow (320 px): shown in the DOM and Tab order, row by row: Edellinen, the numbers, Seuraava', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="inline-size: 320px"><arki-pagination page="5" total="10"></arki-pagination></div>`);
    const el = wrap.querySelector('arki-pagination')!;
    await el.updateComplete;
    const all = links(el);
    const rects = all.map((l) => l.getBoundingClientRect());
    const label = (i: number) => all[i]!.getAttribute('aria-label');
    // Reading order: a later link is on a lower row, or on the same row further along.
    for (let i = 1; i < rects.length; i++) {
      const [a, b] = [rects[i - 1]!, rects[i]!];
      const sameRow = Math.abs(a.top - b.top) < 1;
      expect(sameRow ? b.left >= a.right - 0.5 : b.top >= a.bottom - 0.5, `${label(i)} comes after ${label(i - 1)} on screen`).to.equal(true);
    }
    expect(rects.at(-1)!.top, 'Seuraava is below the numbers').to.be.at.least(rects.at(-2)!.bottom - 0.5);
  });

  for (const [name, attrs] of [
    ['links, first page', { page: 1, tpl: '?sivu={page}' }],
    ['links, middle page', { page: 5, tpl: '?sivu={page}' }],
    ['buttons, last page', { page: 10, tpl: '' }],
  ] as const) {
    it(`is accessible: ${name}`, async () => {
      const el = await fixture<HTMLElement>(html`<div>
        <arki-pagination page=${attrs.page} total="10" href-template=${attrs.tpl}></arki-pagination>
        <arki-pagination lang="sv" page=${attrs.page} total="10" href-template=${attrs.tpl} label="Sidor med sökresultat"></arki-pagination>
      </div>`);
      await expectAccessible(el);
    });
  }
});
