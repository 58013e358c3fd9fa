import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { FocusKeeperController } from '../../controllers/focus-keeper.js';
import { ArkiTabChangeEvent } from '../../events/tab-change.js';
import { focusRing, reset } from '../../styles/shared.js';
import { typography } from '../../styles/typography.js';
import '../tab/tab.js';
import '../tab-panel/tab-panel.js';
import type { ArkiTab } from '../tab/tab.js';
import type { ArkiTabPanel } from '../tab-panel/tab-panel.js';
import styles from './tabs.styles.js';

export { ArkiTabChangeEvent };

let nextId = 0;

/**
 * Tabs, as the ARIA Authoring Practices tabs pattern with **automatic activation**: the arrow
 * keys move between tabs and select them, Home and End go to the first and last, and only the
 * selected tab is in the Tab order (roving tabindex). Tab then moves into the panel.
 *
 * **Semantics across shadow DOM.** `aria-controls` and `aria-labelledby` are ID references,
 * which do not cross shadow roots. So the tab buttons (`role="tab"`) and the panel wrappers
 * (`role="tabpanel"`) are all rendered in this element's one shadow root, where the references
 * resolve; your `arki-tab` and `arki-tab-panel` elements are slotted into them (each gets a
 * `slot` attribute, `tab-0`, `panel-0`, ...; named slots rather than manual assignment, because
 * accessibility checkers follow named slots). Before the script runs, the tab labels and all
 * panels are plain content in reading order.
 *
 * **Stacked on narrow screens.** With `stack-below="40rem"`, on viewports narrower than that
 * the tabs become a list of headings, each followed by its content, all visible. Crossing that
 * width keeps focus in place (e.g. zooming to 400 %): a focused tab hands focus to its heading
 * and back; focus in a section stays there, and that section's tab is selected when the tabs
 * return (firing `arki-tab-change`), so its content stays visible.
 *
 * @summary Tabs with automatic activation; optionally stacked headings on narrow screens.
 * @status stable
 * @since 0.1.0
 *
 * @slot - `arki-tab` and `arki-tab-panel` elements (paired by order, or by `panel`/`name`).
 *
 * @csspart tablist - The row of tabs.
 * @csspart tab - Each tab button.
 * @csspart panel - Each panel wrapper.
 * @csspart heading - Each heading in stacked mode.
 *
 * @cssproperty --arki-tabs-indicator-color - Colour of the selected tab's underline.
 *
 * @fires {ArkiTabChangeEvent} arki-tab-change - The user selected another tab.
 */
export class ArkiTabs extends ArkiElement {
  static override styles = [reset, typography, focusRing, styles];

  static override properties: PropertyDeclarations = {
    label: {},
    stackBelow: { attribute: 'stack-below' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    selectedIndex: { type: Number, attribute: false },
    tabs: { state: true },
    panels: { state: true },
    labels: { state: true },
    stacked: { state: true },
  };

  /** Accessible name of the tab list (APG: every tablist is labelled). */
  declare label: string;
  /** A CSS length, e.g. `40rem`: on viewports narrower than this, show stacked headings. */
  declare stackBelow: string;
  /** Level of the headings in stacked mode, 2–6. */
  declare headingLevel: number;
  /** Index of the selected tab. */
  declare selectedIndex: number;

  private declare tabs: ArkiTab[];
  private declare panels: ArkiTabPanel[];
  /** Each tab's text, for its button's name: some checkers do not take a name from slotted content. */
  private declare labels: string[];
  private declare stacked: boolean;

  private readonly uid = `arki-tabs-${++nextId}`;
  private observer?: MutationObserver;
  private media?: MediaQueryList;
  /** The layout of the last render, to notice a switch. */
  private wasStacked = false;
  /** A selection made because focus was in that section when the tabs came back. */
  private focusSelected?: { index: number; previous: number };

  constructor() {
    super();
    this.label = '';
    this.stackBelow = '';
    this.headingLevel = 3;
    this.selectedIndex = -1;
    this.tabs = [];
    this.panels = [];
    this.labels = [];
    this.stacked = false;
    // Keeps focus when the layout switches (a controller registers itself with its host).
    new FocusKeeperController<{ index: number; content: boolean }>(this, {
      switching: () => this.stacked !== this.wasStacked,
      locate: (focused) => this.locateFocus(focused),
      resolve: ({ index, content }, focused) => {
        const change = this.focusSelected;
        this.focusSelected = undefined;
        if (change) this.dispatchEvent(new ArkiTabChangeEvent(change.index, this.nameOf(change.index), change.previous));
        if (content) return focused;
        return this.stacked ? this.renderRoot.querySelector<HTMLElement>(`.stack-heading[data-index="${index}"]`) : this.tabButton(index);
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer = new MutationObserver(() => this.collect());
    this.observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['selected', 'disabled', 'panel', 'name'] });
    this.collect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.media?.removeEventListener('change', this.onMedia);
  }

  /** The selected tab's panel name ('' when tabs pair by order). */
  get selectedName(): string {
    return this.nameOf(this.selectedIndex);
  }

  /** Selects a tab by index or panel name (no event: this is not a user action). */
  select(tab: number | string): void {
    const i = typeof tab === 'number' ? tab : this.tabs.findIndex((_, j) => this.nameOf(j) === tab);
    if (this.tabs[i] && !this.tabs[i].disabled) this.selectedIndex = i;
  }

  /** Focuses the selected tab. */
  override focus(options?: FocusOptions): void {
    this.tabButton(this.selectedIndex)?.focus(options);
  }

  private nameOf(i: number): string {
    return this.tabs[i]?.panel || this.panelFor(i)?.name || '';
  }

  private panelFor(i: number): ArkiTabPanel | undefined {
    const tab = this.tabs[i];
    if (!tab) return undefined;
    return tab.panel ? this.panels.find((p) => p.name === tab.panel) : this.panels[i];
  }

  private tabButton(i: number): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>(`#${this.uid}-tab-${i}`) ?? null;
  }

  private collect(): void {
    const tabs = [...this.children].filter((c): c is ArkiTab => c.localName === 'arki-tab');
    const panels = [...this.children].filter((c): c is ArkiTabPanel => c.localName === 'arki-tab-panel');
    const same = (a: Element[], b: Element[]) => a.length === b.length && a.every((x, i) => x === b[i]);
    if (!same(tabs, this.tabs)) this.tabs = tabs;
    if (!same(panels, this.panels)) this.panels = panels;
    else this.requestUpdate(); // a `panel`, `name` or `disabled` changed: re-pair and re-render
    const labels = tabs.map((t) => (t.textContent ?? '').replace(/\s+/g, ' ').trim());
    if (labels.join('\u0000') !== this.labels.join('\u0000')) this.labels = labels;
    // A tab marked `selected` from outside (markup or script) that is not the current one wins.
    const marked = this.tabs.findIndex((t, i) => t.selected && !t.disabled && i !== this.selectedIndex);
    if (marked >= 0) this.selectedIndex = marked;
  }

  private enabledIndex(from: number, step: 1 | -1): number {
    const n = this.tabs.length;
    for (let k = 1; k <= n; k++) {
      const i = (((from + step * k) % n) + n) % n;
      if (!this.tabs[i]!.disabled) return i;
    }
    return from;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('headingLevel') && !(this.headingLevel >= 2 && this.headingLevel <= 6)) {
      this.warn(`unknown heading-level="${this.headingLevel}"; using 3. Allowed: 2–6.`);
      this.headingLevel = 3;
    }
    const current = this.tabs[this.selectedIndex];
    if (this.tabs.length && (!current || current.disabled)) {
      this.selectedIndex = this.tabs.findIndex((t) => !t.disabled);
    }
    if (changed.has('stackBelow')) this.watchMedia();
    if (changed.has('tabs') || changed.has('panels')) {
      this.tabs.forEach((t, i) => {
        if (!this.panelFor(i)) this.warn(`tab ${i + 1} ("${t.textContent?.trim()}") has no arki-tab-panel${t.panel ? ` named "${t.panel}"` : ''}.`);
      });
      // A panel no tab names is not shown: say so rather than lose its content silently.
      const paired = new Set(this.tabs.map((_, i) => this.panelFor(i)));
      for (const p of this.panels) {
        if (!paired.has(p)) this.warn(`arki-tab-panel${p.name ? ` named "${p.name}"` : ''} has no arki-tab${p.name ? ` with panel="${p.name}"` : ''}, so it is not shown.`);
      }
    }
  }

  private watchMedia(): void {
    this.media?.removeEventListener('change', this.onMedia);
    this.media = undefined;
    this.stacked = false;
    if (!this.stackBelow) return;
    const query = `(width < ${this.stackBelow})`;
    const media = matchMedia(query);
    if (media.media === 'not all' || !/^\s*[\d.]+[a-z%]*\s*$/i.test(this.stackBelow)) {
      this.warn(`unknown stack-below="${this.stackBelow}"; tabs are never stacked. Use a CSS length such as 40rem.`);
      return;
    }
    this.media = media;
    media.addEventListener('change', this.onMedia);
    this.stacked = media.matches;
  }

  private onMedia = (): void => {
    this.stacked = !!this.media?.matches;
  };

  /**
   * Which item holds focus before the layout switches: its tab, heading or panel wrapper
   * (`content: false`), or something inside its panel (`content: true`). Going back to tabs,
   * that item is selected, so what had focus is shown.
   */
  private locateFocus(focused: HTMLElement): { index: number; content: boolean } | undefined {
    let index = -1;
    let content = false;
    if (focused.getRootNode() === this.shadowRoot) {
      index = Number(focused.closest<HTMLElement>('[data-index]')?.dataset.index ?? -1);
    } else {
      let node: Node | null = focused;
      while (node && node.parentNode !== this) node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
      const child = node as Element | null;
      if (child?.localName === 'arki-tab') index = this.tabs.indexOf(child as ArkiTab);
      else if (child?.localName === 'arki-tab-panel') {
        index = this.tabs.findIndex((_, i) => this.panelFor(i) === child);
        content = true;
      }
    }
    if (index < 0 || !this.tabs[index]) return undefined;
    if (!this.stacked && index !== this.selectedIndex && !this.tabs[index].disabled) {
      this.focusSelected = { index, previous: this.selectedIndex };
      this.selectedIndex = index;
    }
    return { index, content };
  }

  protected override updated(): void {
    this.wasStacked = this.stacked;
    // Each tab and panel goes into the slot made for it; a panel without a tab into none.
    const paired = new Set(this.tabs.map((_, i) => this.panelFor(i)));
    const setSlot = (el: Element, name: string) => el.getAttribute('slot') !== name && el.setAttribute('slot', name);
    this.tabs.forEach((t, i) => {
      setSlot(t, `tab-${i}`);
      const panel = this.panelFor(i);
      if (panel) setSlot(panel, `panel-${i}`);
      t.selected = i === this.selectedIndex;
    });
    for (const p of this.panels) if (!paired.has(p)) setSlot(p, 'unpaired');
  }

  private userSelect(i: number, focus = false): void {
    const tab = this.tabs[i];
    if (!tab || tab.disabled) return;
    const previous = this.selectedIndex;
    this.selectedIndex = i;
    if (focus) this.tabButton(i)?.focus();
    if (i !== previous) this.dispatchEvent(new ArkiTabChangeEvent(i, this.nameOf(i), previous));
  }

  private onKeydown(e: KeyboardEvent): void {
    const from = Number((e.target as HTMLElement).dataset.index ?? -1);
    if (from < 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const keys: Record<string, () => number> = {
      ArrowRight: () => this.enabledIndex(from, rtl ? -1 : 1),
      ArrowLeft: () => this.enabledIndex(from, rtl ? 1 : -1),
      Home: () => this.enabledIndex(-1, 1),
      End: () => this.enabledIndex(this.tabs.length, -1),
    };
    const target = keys[e.key];
    if (!target) return;
    e.preventDefault();
    this.userSelect(target(), true);
  }

  private renderTabs(): TemplateResult {
    const sel = this.selectedIndex;
    return html`<div part="tablist" class="tablist" role="tablist" aria-label=${ifDefined(this.label || undefined)} @keydown=${this.onKeydown}>
        ${repeat(this.tabs, (t) => t, (t, i) => html`<button
          part="tab"
          class="tab focus-ring"
          type="button"
          role="tab"
          id="${this.uid}-tab-${i}"
          data-index=${i}
          aria-label=${ifDefined(this.labels[i] || undefined)}
          aria-selected=${i === sel ? 'true' : 'false'}
          aria-controls=${ifDefined(this.panelFor(i) ? `${this.uid}-panel-${i}` : undefined)}
          aria-disabled=${ifDefined(t.disabled ? 'true' : undefined)}
          tabindex=${i === sel ? '0' : '-1'}
          @click=${() => this.userSelect(i)}
        ><slot name="tab-${i}"></slot></button>`)}
      </div>
      ${repeat(this.tabs, (t) => t, (_t, i) => this.panelFor(i)
        ? html`<div part="panel" class="panel focus-ring" role="tabpanel" id="${this.uid}-panel-${i}" data-index=${i} aria-labelledby="${this.uid}-tab-${i}" tabindex="0" ?hidden=${i !== sel}><slot name="panel-${i}"></slot></div>`
        : nothing)}`;
  }

  private renderStacked(): TemplateResult {
    return html`${repeat(this.tabs, (t) => t, (t, i) => html`<div class="stack-item" ?hidden=${t.disabled}>
      <div part="heading" class="stack-heading focus-ring" role="heading" aria-level=${this.headingLevel} data-index=${i}><slot name="tab-${i}"></slot></div>
      <div part="panel" class="panel"><slot name="panel-${i}"></slot></div>
    </div>`)}`;
  }

  protected override render(): TemplateResult {
    return this.stacked ? this.renderStacked() : this.renderTabs();
  }
}

defineElement('arki-tabs', ArkiTabs);

declare global {
  interface HTMLElementTagNameMap {
    'arki-tabs': ArkiTabs;
  }
}
