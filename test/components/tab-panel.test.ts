import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetDevWarnings } from '../../src/base/dev.js';
import '../../src/components/tabs/tabs.js';
import type { ArkiTabs } from '../../src/components/tabs/tabs.js';
import type { ArkiTabPanel } from '../../src/components/tab-panel/tab-panel.js';
import { expectAccessible, roleAndName } from '../helpers/a11y.js';

// The panel's own API: pairing with its tab, the tabpanel wrapper arki-tabs puts it in, its
// hidden and focusable states, stacked mode and misuse. Keyboard between tabs, selection events
// and the stacked-mode focus moves are tested in tabs.test.ts.

const wrapperOf = (el: ArkiTabs, panel: ArkiTabPanel): HTMLElement | null => {
  const slot = panel.assignedSlot;
  return slot && slot.getRootNode() === el.shadowRoot ? slot.parentElement : null;
};
const tabButton = (el: ArkiTabs, i: number) => el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')[i]!;
const panelNamed = (el: ArkiTabs, name: string) => el.querySelector<ArkiTabPanel>(`arki-tab-panel[name="${name}"]`)!;
const shown = (panel: ArkiTabPanel) => panel.firstElementChild!.checkVisibility();
const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

async function settle(el: ArkiTabs): Promise<void> {
  await nextFrame(); // the tabs' MutationObserver
  await el.updateComplete;
  await Promise.all([...el.querySelectorAll<ArkiTabPanel>('arki-tab-panel')].map((p) => p.updateComplete));
}

/** Panels in a different order from their tabs, paired by name; the second tab selected. */
async function make(attrs = ''): Promise<ArkiTabs> {
  const wrap = document.createElement('div');
  wrap.innerHTML = `<arki-tabs label="Uimahalli" ${attrs}>
    <arki-tab panel="aukiolo">Aukioloajat</arki-tab>
    <arki-tab panel="hinnat" selected>Hinnat</arki-tab>
    <arki-tab panel="saapuminen">Saapuminen</arki-tab>
    <arki-tab-panel name="hinnat"><p>Aikuiset 6,50 €, lapset 3 €.</p></arki-tab-panel>
    <arki-tab-panel name="saapuminen"><p>Bussit 52 ja 55. <a href="#reitit">Katso reitit</a></p></arki-tab-panel>
    <arki-tab-panel name="aukiolo"><p>Ma–pe 6–21, la–su 9–18.</p></arki-tab-panel>
  </arki-tabs>
  <button>Seuraava</button>`;
  const el = (await fixture<HTMLElement>(wrap)).querySelector('arki-tabs')!;
  await settle(el);
  return el;
}

function captureWarnings(): { warnings: string[]; restore: () => void } {
  resetDevWarnings();
  const warnings: string[] = [];
  const orig = console.warn;
  console.warn = (m: string) => warnings.push(String(m));
  return { warnings, restore: () => (console.warn = orig) };
}

describe('arki-tab-panel', () => {
  it('pairs by name, whatever the order: each panel sits in a tabpanel labelled by its own tab, which controls it', async () => {
    const el = await make();
    const root = el.shadowRoot!;
    ['aukiolo', 'hinnat', 'saapuminen'].forEach((name, i) => {
      const wrapper = wrapperOf(el, panelNamed(el, name))!;
      expect(wrapper, name).to.not.equal(null);
      expect(wrapper.getAttribute('role')).to.equal('tabpanel');
      expect(root.getElementById(wrapper.getAttribute('aria-labelledby')!), name).to.equal(tabButton(el, i));
      expect(root.getElementById(tabButton(el, i).getAttribute('aria-controls')!), name).to.equal(wrapper);
    });
    expect(el.selectedName).to.equal('hinnat');
  });

  it('pairs by order when the tabs name no panel', async () => {
    const el = await fixture<ArkiTabs>(html`<arki-tabs label="Asiointi">
      <arki-tab>Verkossa</arki-tab><arki-tab>Puhelimitse</arki-tab>
      <arki-tab-panel><p>Asioi verkossa.</p></arki-tab-panel><arki-tab-panel><p>Soita 09 123 4567.</p></arki-tab-panel>
    </arki-tabs>`);
    await settle(el);
    const panels = [...el.querySelectorAll('arki-tab-panel')];
    panels.forEach((p, i) => {
      expect(el.shadowRoot!.getElementById(wrapperOf(el, p)!.getAttribute('aria-labelledby')!)).to.equal(tabButton(el, i));
    });
    expect(panels.map((p) => p.name)).to.deep.equal(['', '']);
  });

  it('the tabpanel is named by its tab in the accessibility tree', async () => {
    const el = await make();
    const wrapper = wrapperOf(el, panelNamed(el, 'hinnat'))!;
    expect(await roleAndName(el, wrapper)).to.deep.equal({ role: 'tabpanel', name: 'Hinnat' });
  });

  it("only the selected tab's panel is shown; the others are hidden until their tab is selected", async () => {
    const el = await make();
    const [hinnat, saapuminen, aukiolo] = ['hinnat', 'saapuminen', 'aukiolo'].map((n) => panelNamed(el, n));
    expect([shown(hinnat!), shown(saapuminen!), shown(aukiolo!)]).to.deep.equal([true, false, false]);
    expect(wrapperOf(el, aukiolo!)!.hidden).to.equal(true);
    tabButton(el, 0).click();
    await settle(el);
    expect([shown(hinnat!), shown(saapuminen!), shown(aukiolo!)]).to.deep.equal([false, false, true]);
    expect(wrapperOf(el, hinnat!)!.hidden).to.equal(true);
    expect(wrapperOf(el, aukiolo!)!.hidden).to.equal(false);
    await expectAccessible(el);
  });

  it('name reflects, and renaming a panel (or its tab) re-pairs them', async () => {
    const el = await make();
    const hinnat = panelNamed(el, 'hinnat');
    hinnat.name = 'hinnasto';
    await hinnat.updateComplete;
    expect(hinnat.getAttribute('name'), 'property → attribute').to.equal('hinnasto');
    await settle(el);
    expect(wrapperOf(el, hinnat), 'no tab names it now').to.equal(null);
    expect(shown(hinnat)).to.equal(false);
    el.querySelectorAll('arki-tab')[1]!.panel = 'hinnasto';
    await settle(el);
    const wrapper = wrapperOf(el, hinnat)!;
    expect(el.shadowRoot!.getElementById(wrapper.getAttribute('aria-labelledby')!)).to.equal(tabButton(el, 1));
    expect(shown(hinnat)).to.equal(true);
  });

  it('a panel without focusable content is a Tab stop (tabindex="0") right after its tab (APG)', async () => {
    const el = await make();
    const wrapper = wrapperOf(el, panelNamed(el, 'hinnat'))!;
    expect(panelNamed(el, 'hinnat').querySelector('a, button, input, [tabindex]')).to.equal(null);
    expect(wrapper.getAttribute('tabindex')).to.equal('0');
    el.focus();
    expect(deepActive()).to.equal(tabButton(el, 1));
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(wrapper);
    expect(wrapper.matches(':focus-visible'), 'with a visible focus indicator').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()!.textContent, 'then out of the tabs').to.equal('Seuraava');
  });

  it('a panel with focusable content: Tab from its tab goes into the panel, through its link, then out', async () => {
    const el = await make();
    tabButton(el, 2).click();
    await settle(el);
    const link = panelNamed(el, 'saapuminen').querySelector('a')!;
    const wrapper = wrapperOf(el, panelNamed(el, 'saapuminen'))!;
    el.focus();
    expect(deepActive()).to.equal(tabButton(el, 2));
    const visited: Element[] = [];
    for (let i = 0; i < 3 && deepActive()?.textContent !== 'Seuraava'; i++) {
      await sendKeys({ press: 'Tab' });
      visited.push(deepActive()!);
    }
    // APG: the panel itself need not be a Tab stop when its first content is focusable.
    expect(visited.filter((v) => v !== wrapper)).to.deep.equal([link, visited.at(-1)!]);
    expect(visited.at(-1)!.textContent).to.equal('Seuraava');
  });

  it('stacked: every panel is shown after its own heading, with no tabpanel role and no extra Tab stop', async () => {
    const el = await make('stack-below="1000rem"');
    const root = el.shadowRoot!;
    expect(root.querySelector('[role="tabpanel"]')).to.equal(null);
    for (const [name, title] of [['aukiolo', 'Aukioloajat'], ['hinnat', 'Hinnat'], ['saapuminen', 'Saapuminen']]) {
      const panel = panelNamed(el, name!);
      expect(shown(panel), name).to.equal(true);
      const wrapper = wrapperOf(el, panel)!;
      expect(wrapper.hasAttribute('tabindex')).to.equal(false);
      const headingEl = wrapper.previousElementSibling!;
      expect(headingEl.getAttribute('role')).to.equal('heading');
      expect((headingEl.querySelector('slot') as HTMLSlotElement).assignedElements()[0]!.textContent, name).to.equal(title);
    }
    await expectAccessible(el);
  });

  it('outside arki-tabs (or before the script runs) it is a plain block in reading order', async () => {
    const panel = await fixture<ArkiTabPanel>(html`<arki-tab-panel name="hinnat"><p>Aikuiset 6,50 €.</p></arki-tab-panel>`);
    expect(getComputedStyle(panel).display).to.equal('block');
    expect(panel.hasAttribute('role')).to.equal(false);
    expect(shown(panel)).to.equal(true);
    expect(panel.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.localName).to.equal('p');
    panel.hidden = true;
    expect(getComputedStyle(panel).display, 'hidden wins over display:block').to.equal('none');
    panel.hidden = false;
    await expectAccessible(panel);
  });

  it('a tab whose panel does not exist: no aria-controls and a warning that names the tab and the panel', async () => {
    const w = captureWarnings();
    try {
      const el = await fixture<ArkiTabs>(html`<arki-tabs label="x">
        <arki-tab panel="hinnat">Hinnat</arki-tab><arki-tab panel="aukiolo">Aukioloajat</arki-tab>
        <arki-tab-panel name="hinnat"><p>Aikuiset 6,50 €.</p></arki-tab-panel>
      </arki-tabs>`);
      await settle(el);
      expect(tabButton(el, 1).hasAttribute('aria-controls')).to.equal(false);
      expect(w.warnings.some((m) => m.includes('<arki-tabs>') && m.includes('Aukioloajat') && m.includes('"aukiolo"'))).to.equal(true);
      await expectAccessible(el);
    } finally {
      w.restore();
    }
  });

  // A panel without a tab is not rendered (slot "unpaired"): the author must hear about it.
  it('a panel that no tab names: a warning naming it, so its content is not lost silently', async () => {
    const w = captureWarnings();
    try {
      const el = await fixture<ArkiTabs>(html`<arki-tabs label="x">
        <arki-tab panel="hinnat">Hinnat</arki-tab>
        <arki-tab-panel name="hinnat"><p>Aikuiset 6,50 €.</p></arki-tab-panel>
        <arki-tab-panel name="aukiolo"><p>Ma–pe 6–21.</p></arki-tab-panel>
      </arki-tabs>`);
      await settle(el);
      expect(w.warnings.some((m) => m.includes('<arki-tabs>') && m.includes('"aukiolo"'))).to.equal(true);
    } finally {
      w.restore();
    }
  });

  it('a panel that no tab names does not become an unlabelled tabpanel', async () => {
    const el = await fixture<ArkiTabs>(html`<arki-tabs label="x">
      <arki-tab panel="hinnat">Hinnat</arki-tab>
      <arki-tab-panel name="hinnat"><p>Aikuiset 6,50 €.</p></arki-tab-panel>
      <arki-tab-panel name="aukiolo"><p>Ma–pe 6–21.</p></arki-tab-panel>
    </arki-tabs>`);
    await settle(el);
    const orphan = panelNamed(el, 'aukiolo');
    expect(wrapperOf(el, orphan)).to.equal(null);
    const tabpanels = [...el.shadowRoot!.querySelectorAll('[role="tabpanel"]')];
    expect(tabpanels.length).to.equal(1);
    expect(tabpanels[0]!.hasAttribute('aria-labelledby')).to.equal(true);
    await expectAccessible(el);
  });

  it('is accessible: selected panel with text, with a link, and stacked', async () => {
    const el = await make();
    await expectAccessible(el);
    tabButton(el, 2).click();
    await settle(el);
    await expectAccessible(el);
    el.stackBelow = '1000rem';
    await el.updateComplete;
    await expectAccessible(el);
  });
});
