import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { accordionStrings } from '../../i18n/accordion.js';
import { focusRing, reset } from '../../styles/shared.js';
import { ArkiAccordionItem } from '../accordion-item/accordion-item.js';
import { headingLevels } from '../accordion-item/heading.js';
import '../icon/icon.js';
import { anchorParts, readHashState, writeHashState } from './hash-state.js';
import styles from './accordion.styles.js';

export const accordionRemember = ['none', 'hash'] as const;

/**
 * Sections of related content that the user opens one by one or all at once (ARIA Authoring
 * Practices accordion; GOV.UK accordion). Each section's heading is a real heading
 * (`heading-level`) holding a button. Keyboard: Tab between section buttons, Enter or Space
 * opens and closes, ↑/↓ move between section buttons (wrapping), Home/End go to the first/last.
 *
 * **Remembering state:** with `remember="hash"` and an `id`, the open sections are kept in the
 * URL fragment as `#<id>=<section>,<section>` (section = the item's `id`, else its 1-based
 * position), so a reload, a shared link or Back restores them. Other fragment parts (anchors,
 * other accordions) are kept; the fragment is replaced without adding history entries.
 * A link to `#<id of a section or of anything inside one>` opens that section. One trade-off:
 * a fragment that holds both an anchor and state (`#yhteys&faq=maksut`) no longer makes the
 * browser scroll to the anchor on reload, so avoid `remember` on pages that use anchors a lot.
 *
 * Closed sections use `hidden="until-found"` where supported, so the browser's find still
 * finds their text and opens them.
 *
 * @summary Sections that open and close, with "show all sections" and find-in-page.
 * @status stable
 * @since 0.1.0
 *
 * @slot - `arki-accordion-item` elements.
 * @csspart show-all - The "show all / hide all sections" button.
 * @fires toggle - Bubbles from an item when the user opens or closes it.
 */
export class ArkiAccordion extends ArkiElement {
  static override styles = [reset, focusRing, styles];

  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level' },
    remember: {},
  };

  /** Level of the section headings, 2–6; match the page's outline. */
  declare headingLevel: string | number;
  /** `hash`: keep the open sections in the URL fragment (needs an `id`). */
  declare remember: (typeof accordionRemember)[number];

  private observer?: MutationObserver;

  constructor() {
    super();
    this.headingLevel = 2;
    this.remember = 'none';
  }

  /** The sections, in order. */
  get items(): ArkiAccordionItem[] {
    return [...this.querySelectorAll<ArkiAccordionItem>(':scope > arki-accordion-item')];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-render "show all / hide all" whenever a section opens or closes, however that happened.
    this.observer = new MutationObserver(() => this.requestUpdate());
    this.observer.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['open'] });
    this.addEventListener('toggle', this.onItemToggle);
    this.addEventListener('keydown', this.onKeydown);
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.removeEventListener('toggle', this.onItemToggle);
    this.removeEventListener('keydown', this.onKeydown);
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.headingLevel = Number(this.oneOf('heading-level', String(this.headingLevel), headingLevels, '2'));
    if (changed.has('remember')) this.remember = this.oneOf('remember', this.remember, accordionRemember, 'none');
    for (const item of this.items) item.headingLevel = this.headingLevel;
  }

  protected override firstUpdated(): void {
    if (this.remember === 'hash' && !this.id) this.warn('remember="hash" needs an id on the accordion; the state is not remembered.');
    this.restoreFromHash();
  }

  private get remembers(): boolean {
    return this.remember === 'hash' && !!this.id;
  }

  private keyOf(item: ArkiAccordionItem, index: number): string {
    return item.id || String(index + 1);
  }

  /** Opens what the fragment says: our stored state, and any section a plain anchor points into. */
  private restoreFromHash(): void {
    if (!this.remembers) return;
    const hash = window.location.hash;
    const stored = readHashState(hash, this.id);
    const items = this.items;
    if (stored) items.forEach((item, i) => (item.open = stored.includes(this.keyOf(item, i))));
    for (const id of anchorParts(hash)) {
      const target = document.getElementById(id);
      const item = target && items.find((it) => it === target || it.contains(target));
      if (!item || !target) continue;
      item.open = true;
      void item.updateComplete.then(() => target.scrollIntoView({ block: 'start' }));
    }
  }

  private onHashChange = (): void => this.restoreFromHash();

  private writeHash(): void {
    if (!this.remembers) return;
    const open = this.items.flatMap((item, i) => (item.open ? [this.keyOf(item, i)] : []));
    const { pathname, search, hash } = window.location;
    history.replaceState(history.state, '', `${pathname}${search}${writeHashState(hash, this.id, open)}`);
  }

  private onItemToggle = (e: Event): void => {
    if (e.target instanceof ArkiAccordionItem && e.target.parentElement === this) this.writeHash();
  };

  private get allOpen(): boolean {
    const items = this.items;
    return items.length > 0 && items.every((i) => i.open);
  }

  private toggleAll = (): void => {
    const open = !this.allOpen;
    for (const item of this.items) item.userToggle(open);
  };

  /** ↑ ↓ Home End between section buttons, only when a section button has focus. */
  private onKeydown = (e: KeyboardEvent): void => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
    const items = this.items;
    const origin = e.composedPath()[0];
    const index = items.findIndex((item) => item.headerButton === origin);
    if (index < 0) return;
    e.preventDefault();
    const last = items.length - 1;
    const next = { ArrowDown: index === last ? 0 : index + 1, ArrowUp: index === 0 ? last : index - 1, Home: 0, End: last }[e.key]!;
    items[next]!.focus();
  };

  protected override render(): TemplateResult {
    const s = this.localize.strings(accordionStrings);
    const allOpen = this.allOpen;
    return html`<div class="controls">
        <button part="show-all" class="show-all focus-ring" type="button" aria-expanded=${allOpen ? 'true' : 'false'} @click=${this.toggleAll}>
          <span class="chevron"><arki-icon name=${allOpen ? 'chevron-up' : 'chevron-down'}></arki-icon></span>
          <span class="label">${allOpen ? s.accordionHideAll : s.accordionShowAll}</span>
        </button>
      </div>
      <div class="items"><slot @slotchange=${() => this.requestUpdate()}></slot></div>`;
  }
}

defineElement('arki-accordion', ArkiAccordion);

declare global {
  interface HTMLElementTagNameMap {
    'arki-accordion': ArkiAccordion;
  }
}
