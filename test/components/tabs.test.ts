import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/tabs/tabs.js';
import type { ArkiTabs } from '../../src/components/tabs/tabs.js';
import type { ArkiTabChangeEvent } from '../../src/events/tab-change.js';
import { expectAccessible, runAxe } from '../helpers/a11y.js';

const tabButtons = (el: ArkiTabs) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
const tabPanels = (el: ArkiTabs) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tabpanel"]')];
const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
const selected = (el: ArkiTabs) => tabButtons(el).findIndex((b) => b.getAttribute('aria-selected') === 'true');

/** Names an element for a failure message (comparing DOM nodes directly makes the runner serialise the page). */
const label = (e: Element | null | undefined): string =>
  e ? `${e.localName}${e.id ? `#${e.id}` : ''}${e.getAttribute('part') ? `[${e.getAttribute('part')}]` : ''}${e.getAttribute('slot') ? `{${e.getAttribute('slot')}}` : ''} "${(e.textContent ?? '').trim().slice(0, 30)}"` : 'nothing';
/** Fails unless `actual` is `target`, naming both. */
const expectSame = (actual: Element | null | undefined, target: Element | null | undefined, what = 'focus'): void => {
  expect(actual === target, `${what}: on ${label(actual)}, expected ${label(target)}`).to.equal(true);
};

/** Role and accessible name as axe computes them over the flat tree (shadow roots and slots). */
interface AxeCommons {
  setup(node: Element): unknown;
  teardown(): void;
  utils: { getNodeFromTree(el: Element): unknown };
  commons: { aria: { getRole(v: unknown): string | null }; text: { accessibleTextVirtual(v: unknown): string } };
}
async function a11yInfo(root: Element, els: Element[]): Promise<Array<{ role: string | null; name: string }>> {
  await runAxe(root); // loads axe
  const axe = (window as unknown as { axe: AxeCommons }).axe;
  axe.setup(root);
  try {
    return els.map((el) => {
      const v = axe.utils.getNodeFromTree(el);
      return { role: axe.commons.aria.getRole(v), name: axe.commons.text.accessibleTextVirtual(v).trim() };
    });
  } finally {
    axe.teardown();
  }
}

async function make(extra = html``): Promise<ArkiTabs> {
  const el = await fixture<ArkiTabs>(html`<arki-tabs label="Asiointikanavat">
    <arki-tab>Verkossa</arki-tab>
    <arki-tab>Puhelimitse</arki-tab>
    <arki-tab>Paikan päällä</arki-tab>
    <arki-tab-panel><p>Asioi <a href="#verkko">verkossa</a>.</p></arki-tab-panel>
    <arki-tab-panel><p>Soita 09 123 4567.</p></arki-tab-panel>
    <arki-tab-panel><p>Käyntiosoite Esimerkkikatu 1.</p></arki-tab-panel>
    ${extra}
  </arki-tabs>`);
  await el.updateComplete;
  return el;
}

describe('arki-tabs', () => {
  it('renders tablist, tabs and tabpanels in one shadow root, with resolving IDREFs', async () => {
    const el = await make();
    const root = el.shadowRoot!;
    const list = root.querySelector('[role="tablist"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Asiointikanavat');
    const tabs = tabButtons(el);
    expect(tabs.length).to.equal(3);
    tabs.forEach((tab, i) => {
      expect(tab.parentElement).to.equal(list);
      const panel = root.getElementById(tab.getAttribute('aria-controls')!)!;
      expect(panel.getAttribute('role')).to.equal('tabpanel');
      expect(root.getElementById(panel.getAttribute('aria-labelledby')!)).to.equal(tab);
      expect(tab.getAttribute('aria-selected')).to.equal(i === 0 ? 'true' : 'false');
      expect(tab.getAttribute('tabindex')).to.equal(i === 0 ? '0' : '-1');
      expect(panel.hidden).to.equal(i !== 0);
    });
    expect(el.querySelector('arki-tab')!.selected).to.equal(true);
    expect(el.hasAttribute('id')).to.equal(false);
  });

  it('accessibility tree (flat tree): tabs are named by their slotted labels, panels by their tabs', async () => {
    const el = await make();
    const tabs = tabButtons(el);
    const info = await a11yInfo(el, [el.shadowRoot!.querySelector('[role="tablist"]')!, ...tabs, tabPanels(el)[0]!]);
    expect(info.map((i) => i.role)).to.deep.equal(['tablist', 'tab', 'tab', 'tab', 'tabpanel']);
    expect(info.map((i) => i.name)).to.deep.equal(['Asiointikanavat', 'Verkossa', 'Puhelimitse', 'Paikan päällä', 'Verkossa']);
  });

  it('keyboard: Tab reaches only the selected tab, then the panel', async () => {
    const el = await make();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(tabButtons(el)[0]);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(tabPanels(el)[0]);
  });

  it('keyboard: arrows move and select (automatic activation), wrapping; Home and End', async () => {
    const el = await make();
    const events: number[] = [];
    el.addEventListener('arki-tab-change', (e) => events.push(e.index));
    el.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActive()).to.equal(tabButtons(el)[1]);
    expect(selected(el)).to.equal(1);
    expect(tabPanels(el)[1]!.hidden).to.equal(false);
    expect(tabPanels(el)[0]!.hidden).to.equal(true);
    expect(tabButtons(el)[1]!.getAttribute('tabindex')).to.equal('0');
    expect(tabButtons(el)[0]!.getAttribute('tabindex')).to.equal('-1');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(selected(el)).to.equal(0);
    await sendKeys({ press: 'ArrowLeft' });
    expect(selected(el)).to.equal(2);
    expect(deepActive()).to.equal(tabButtons(el)[2]);
    await sendKeys({ press: 'Home' });
    expect(selected(el)).to.equal(0);
    await sendKeys({ press: 'End' });
    expect(selected(el)).to.equal(2);
    expect(events).to.deep.equal([1, 2, 0, 2, 0, 2]);
  });

  it('disabled tabs are skipped by the arrow keys and cannot be clicked', async () => {
    const el = await fixture<ArkiTabs>(html`<arki-tabs label="x">
      <arki-tab>A</arki-tab><arki-tab disabled>B</arki-tab><arki-tab>C</arki-tab>
      <arki-tab-panel>a</arki-tab-panel><arki-tab-panel>b</arki-tab-panel><arki-tab-panel>c</arki-tab-panel>
    </arki-tabs>`);
    await el.updateComplete;
    expect(tabButtons(el)[1]!.getAttribute('aria-disabled')).to.equal('true');
    el.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(selected(el)).to.equal(2);
    tabButtons(el)[1]!.click();
    await el.updateComplete;
    expect(selected(el)).to.equal(2);
  });

  it('a click selects and fires arki-tab-change with index and panel name; programmatic changes fire nothing', async () => {
    const el = await fixture<ArkiTabs>(html`<arki-tabs label="x">
      <arki-tab panel="ohje">Ohje</arki-tab><arki-tab panel="hinnat" selected>Hinnat</arki-tab>
      <arki-tab-panel name="hinnat">Hinnasto</arki-tab-panel><arki-tab-panel name="ohje">Ohjeet</arki-tab-panel>
    </arki-tabs>`);
    await el.updateComplete;
    expect(selected(el)).to.equal(1);
    expect(el.selectedName).to.equal('hinnat');
    expect(tabPanels(el)[1]!.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('Hinnasto');
    let fired = 0;
    el.addEventListener('arki-tab-change', () => fired++);
    el.select('ohje');
    await el.updateComplete;
    expect(selected(el)).to.equal(0);
    expect(fired).to.equal(0);
    const change = oneEvent(el, 'arki-tab-change') as Promise<ArkiTabChangeEvent>;
    tabButtons(el)[1]!.click();
    const e = await change;
    expect([e.index, e.name, e.previousIndex]).to.deep.equal([1, 'hinnat', 0]);
    expect(e.bubbles && e.composed).to.equal(true);
  });

  it('follows added tabs and a selected attribute set from outside', async () => {
    const el = await make();
    const tab = document.createElement('arki-tab');
    tab.textContent = 'Chat';
    const panel = document.createElement('arki-tab-panel');
    panel.textContent = 'Chat-palvelu';
    el.append(tab, panel);
    await nextFrame();
    await el.updateComplete;
    expect(tabButtons(el).length).to.equal(4);
    tab.setAttribute('selected', '');
    await nextFrame();
    await el.updateComplete;
    expect(selected(el)).to.equal(3);
    expect(el.querySelector('arki-tab')!.selected).to.equal(false);
    tab.textContent = 'Chat-palvelu';
    await nextFrame();
    await el.updateComplete;
    expect(tabButtons(el)[3]!.getAttribute('aria-label'), 'the name follows the text').to.equal('Chat-palvelu');
  });

  it('stack-below: narrower viewports get headings and all sections; a bad length warns', async () => {
    const el = await make();
    el.stackBelow = '1000rem';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="tablist"]')).to.equal(null);
    const headings = [...el.shadowRoot!.querySelectorAll('[role="heading"]')];
    expect(headings.map((h) => h.getAttribute('aria-level'))).to.deep.equal(['3', '3', '3']);
    expect([...el.shadowRoot!.querySelectorAll('.panel')].every((p) => !(p as HTMLElement).hidden && p.getBoundingClientRect().height > 0)).to.equal(true);
    await expectAccessible(el);
    el.stackBelow = '1px';
    await el.updateComplete;
    expect(tabButtons(el).length).to.equal(3);
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      el.stackBelow = 'leveä) or (min-width: 0';
      await el.updateComplete;
      expect(tabButtons(el).length).to.equal(3);
      expect(warnings.some((w) => w.includes('stack-below'))).to.equal(true);
    } finally {
      console.warn = orig;
    }
  });

  it('stack-below crossed while a tab has focus: focus moves to its heading, and back to its tab', async () => {
    const el = await make();
    tabButtons(el)[1]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expectSame(deepActive(), tabButtons(el)[2]);
    el.stackBelow = '1000rem'; // as a zoom to 400 %: the viewport is now narrower than stack-below
    await el.updateComplete;
    const headings = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="heading"]')];
    expectSame(deepActive(), headings[2], 'the heading of the focused tab');
    expect(headings[2]!.querySelector('slot')!.name).to.equal('tab-2');
    expect(headings[2]!.matches(':focus-visible'), 'with a visible focus indicator').to.equal(true);
    el.stackBelow = '1px';
    await el.updateComplete;
    expectSame(deepActive(), tabButtons(el)[2], 'back to the same tab');
    expect(selected(el)).to.equal(2);
  });

  it('stack-below crossed while focus is in a section: focus stays there, and its tab is selected when tabs return', async () => {
    const el = await make();
    el.stackBelow = '1000rem';
    await el.updateComplete;
    expect(el.selectedIndex).to.equal(0);
    el.select(2);
    await el.updateComplete;
    const link = el.querySelector<HTMLAnchorElement>('a[href="#verkko"]')!;
    link.focus();
    const changes: number[] = [];
    el.addEventListener('arki-tab-change', (e) => changes.push((e as ArkiTabChangeEvent).index));
    el.stackBelow = '1px';
    await el.updateComplete;
    expect(selected(el), 'the section with focus is the shown one').to.equal(0);
    expectSame(deepActive(), link);
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(changes).to.deep.equal([0]);
    el.stackBelow = '1000rem';
    await el.updateComplete;
    expectSame(deepActive(), link);
  });

  it('warns about a tab without a panel', async () => {
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<ArkiTabs>(html`<arki-tabs label="x"><arki-tab>Yksin</arki-tab><arki-tab panel="ei">Orpo</arki-tab><arki-tab-panel>1</arki-tab-panel></arki-tabs>`);
      await el.updateComplete;
      expect(tabButtons(el)[1]!.hasAttribute('aria-controls')).to.equal(false);
      expect(warnings.some((w) => w.includes('Orpo') && w.includes('"ei"'))).to.equal(true);
    } finally {
      console.warn = orig;
    }
  });

  it('tab targets are at least 44 px high', async () => {
    const el = await make();
    for (const t of tabButtons(el)) expect(t.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('is accessible: default, second tab selected, disabled tab', async () => {
    const el = await make(html``);
    await expectAccessible(el);
    el.focus();
    await sendKeys({ press: 'ArrowRight' });
    await expectAccessible(el);
    el.querySelectorAll('arki-tab')[2]!.disabled = true;
    await nextFrame();
    await el.updateComplete;
    await expectAccessible(el);
  });
});
