import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetDevWarnings } from '../../src/base/dev.js';
import '../../src/components/breadcrumb/breadcrumb.js';
import type { ArkiBreadcrumb, BreadcrumbItem } from '../../src/components/breadcrumb/breadcrumb.js';
import { expectAccessible } from '../helpers/a11y.js';

const path: BreadcrumbItem[] = [
  { label: 'Etusivu', href: '/' },
  { label: 'Kasvatus ja koulutus', href: '/kasvatus' },
  { label: 'Varhaiskasvatus', href: '/kasvatus/varhaiskasvatus' },
  { label: 'Hakeminen', href: '/kasvatus/varhaiskasvatus/hakeminen' },
  { label: 'Palvelusetelit', href: '/kasvatus/varhaiskasvatus/hakeminen/setelit' },
  { label: 'Hakemuksen täyttäminen' },
];

const root = (el: ArkiBreadcrumb) => el.shadowRoot!;
const crumbs = (el: ArkiBreadcrumb) => [...root(el).querySelectorAll<HTMLElement>('.crumb')];
const shown = (node: HTMLElement) => node.getBoundingClientRect().width > 1;
const more = (el: ArkiBreadcrumb) => root(el).querySelector<HTMLButtonElement>('.more');
const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await nextFrame();
};

async function make(attrs: { collapse?: string; width?: number; items?: BreadcrumbItem[]; lang?: string } = {}): Promise<ArkiBreadcrumb> {
  const wrap = await fixture<HTMLElement>(html`<div style="width:${attrs.width ?? 1000}px" lang=${attrs.lang ?? 'fi'}>
    <arki-breadcrumb .items=${attrs.items ?? path} collapse=${attrs.collapse ?? 'auto'}></arki-breadcrumb>
  </div>`);
  const el = wrap.querySelector('arki-breadcrumb')!;
  await frames();
  await el.updateComplete;
  return el;
}

describe('arki-breadcrumb', () => {
  it('is a nav named "Murupolku" with an ordered list; the last level is aria-current="page"', async () => {
    const el = await make();
    const nav = root(el).querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Murupolku');
    const list = nav.querySelector('ol')!;
    expect(list.children.length).to.equal(6);
    expect([...list.children].every((c) => c.localName === 'li')).to.equal(true);
    const all = crumbs(el);
    expect(all.map((c) => c.textContent)).to.deep.equal(path.map((p) => p.label));
    expect(all.slice(0, 5).every((c) => c.localName === 'a')).to.equal(true);
    expect(all[5]!.localName).to.equal('span');
    expect(all[5]!.getAttribute('aria-current')).to.equal('page');
    expect(all.filter((c) => c.hasAttribute('aria-current')).length).to.equal(1);
    expect(all.every(shown)).to.equal(true);
    expect(more(el)).to.equal(null);
    await expectAccessible(el);
  });

  it('separators are decorative: no text, nothing for assistive technology', async () => {
    const el = await make();
    const list = root(el).querySelector('ol')!;
    expect(list.textContent!.replace(/\s+/g, '')).to.equal(path.map((p) => p.label.replace(/\s+/g, '')).join(''));
    for (const sep of root(el).querySelectorAll('.sep')) expect(sep.shadowRoot!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('a last level with a link is a link marked aria-current="page"', async () => {
    const el = await make({ items: [{ label: 'Etusivu', href: '/' }, { label: 'Tämä', href: '/tama' }] });
    const last = crumbs(el)[1]!;
    expect(last.localName).to.equal('a');
    expect(last.getAttribute('aria-current')).to.equal('page');
  });

  it('collapsed: shows first, "…" and the last two; the middle levels stay in the list for screen readers', async () => {
    const el = await make({ collapse: 'always' });
    expect(el.collapsed).to.equal(true);
    const all = crumbs(el);
    expect(all.length, 'every level still rendered').to.equal(6);
    expect(all.map(shown)).to.deep.equal([true, false, false, false, true, true]);
    for (const c of all) {
      expect(c.closest('[aria-hidden]')).to.equal(null);
      expect(getComputedStyle(c).display).not.to.equal('none');
      expect(getComputedStyle(c).visibility).to.equal('visible');
    }
    expect(root(el).querySelectorAll('li').length).to.equal(6);
    const button = more(el)!;
    expect(shown(button)).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.querySelector('.visually-hidden')!.textContent).to.equal('Näytä koko murupolku');
    expect(button.querySelector('[aria-hidden="true"]')!.textContent, 'the visible "…" is not read').to.equal('…');
    await expectAccessible(el);
  });

  it('keyboard: Tab reaches "…"; Enter shows every level and focuses the first one revealed', async () => {
    const el = await make({ collapse: 'always' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(crumbs(el)[0]);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(more(el));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(more(el)).to.equal(null);
    expect(crumbs(el).every(shown)).to.equal(true);
    expect(root(el).activeElement).to.equal(crumbs(el)[1]);
    await expectAccessible(el);
  });

  it('collapsed levels are text, not links: no 1-px targets, no invisible tab stops', async () => {
    const el = await make({ collapse: 'always' });
    const all = crumbs(el);
    expect(all.map((c) => c.localName)).to.deep.equal(['a', 'span', 'span', 'span', 'a', 'span']);
    expect(all.slice(1, 4).map((c) => c.textContent)).to.deep.equal(['Kasvatus ja koulutus', 'Varhaiskasvatus', 'Hakeminen']);
    crumbs(el)[0]!.focus();
    await sendKeys({ press: 'Tab' }); // "…"
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(crumbs(el)[4]);
    expect(el.collapsed).to.equal(true);
  });

  it('auto: collapses below collapse-below px of its own width, and expands again when wider', async () => {
    const wide = await make({ width: 900 });
    expect(wide.collapsed).to.equal(false);
    const narrow = await make({ width: 320 });
    expect(narrow.collapsed).to.equal(true);
    narrow.parentElement!.style.width = '700px';
    await frames();
    expect(narrow.collapsed).to.equal(false);
    narrow.collapseBelow = 800;
    await narrow.updateComplete;
    await frames();
    expect(narrow.collapsed).to.equal(true);
    narrow.collapse = 'never';
    await narrow.updateComplete;
    expect(narrow.collapsed).to.equal(false);
    expect(crumbs(narrow).every(shown)).to.equal(true);
  });

  it('three levels never collapse', async () => {
    const el = await make({ collapse: 'always', items: path.slice(0, 2).concat(path.slice(5)) });
    expect(el.collapsed).to.equal(false);
    expect(more(el)).to.equal(null);
  });

  it('reads levels from child links when items is not given', async () => {
    const el = await fixture<ArkiBreadcrumb>(html`<arki-breadcrumb><a href="/">Etusivu</a><a href="/asuminen">Asuminen</a><span>Vuokra-asunnot</span></arki-breadcrumb>`);
    await el.updateComplete;
    expect(crumbs(el).map((c) => [c.localName, c.textContent, c.getAttribute('href')])).to.deep.equal([
      ['a', 'Etusivu', '/'],
      ['a', 'Asuminen', '/asuminen'],
      ['span', 'Vuokra-asunnot', null],
    ]);
    await expectAccessible(el);
  });

  it('bad JSON in items: a warning and an empty list, not an exception', async () => {
    resetDevWarnings();
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<ArkiBreadcrumb>(html`<arki-breadcrumb items="[{label: 'rikki'"></arki-breadcrumb>`);
      expect(crumbs(el).length).to.equal(0);
      expect(warnings.some((w) => w.includes('<arki-breadcrumb>') && w.includes('not a JSON array'))).to.equal(true);
      el.setAttribute('items', JSON.stringify(path.slice(0, 2)));
      await el.updateComplete;
      expect(crumbs(el).length).to.equal(2);
    } finally {
      console.warn = orig;
    }
  });

  it('is localised: Brödsmulor, Breadcrumb', async () => {
    const sv = await make({ lang: 'sv', collapse: 'always' });
    expect(root(sv).querySelector('nav')!.getAttribute('aria-label')).to.equal('Brödsmulor');
    expect(more(sv)!.textContent!.trim()).to.contain('Visa alla nivåer i brödsmulorna');
    const en = await make({ lang: 'en' });
    expect(root(en).querySelector('nav')!.getAttribute('aria-label')).to.equal('Breadcrumb');
  });
});
