import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { devWarn } from '../../base/dev.js';
import { layoutWidth } from '../../base/layout-width.js';
import { breadcrumbStrings } from '../../i18n/breadcrumb.js';
import { focusRing, reset, visuallyHidden } from '../../styles/shared.js';
import '../icon/icon.js';
import styles from './breadcrumb.styles.js';

/** One level of the path. The last one is the current page. */
export interface BreadcrumbItem {
  label: string;
  href?: string;
}

export const breadcrumbCollapse = ['auto', 'always', 'never'] as const;

/** `items` from an attribute: JSON, and a clear warning (not an exception) when it is not. */
const itemsConverter = {
  fromAttribute(value: string | null): BreadcrumbItem[] {
    if (!value) return [];
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed as BreadcrumbItem[];
    } catch {
      // fall through to the warning
    }
    devWarn('arki-breadcrumb', `items="${value.slice(0, 60)}" is not a JSON array of {label, href}; nothing is shown.`);
    return [];
  },
};

/**
 * Where the page sits in the site: a `nav` landmark named "Murupolku" with an ordered list of
 * links, the current page marked `aria-current="page"`. Separators are decorative icons.
 *
 * **Narrow screens:** below `collapse-below` pixels of its own width (default 640; the page's
 * scrollbar counts as room, as in a media query, so it cannot flip as the scrollbar comes and goes), a path of
 * four or more levels shows the first, a "…" button and the last two. The middle levels stay in
 * the list as visually hidden text, so screen readers still read the whole path; the "…" button
 * (in the tab order right after the first level) shows them all as links again and moves focus
 * to the first of them.
 *
 * Levels come from `items` (property, or JSON in the attribute), or, without it, from child
 * `<a>` elements and a last plain element for the current page: those also show before the
 * script runs.
 *
 * @summary Breadcrumb navigation that shortens on narrow screens without hiding levels from screen readers.
 * @status stable
 * @since 0.1.0
 *
 * @csspart base - The `nav`.
 */
export class ArkiBreadcrumb extends ArkiElement {
  static override styles = [reset, focusRing, visuallyHidden, styles];

  static override properties: PropertyDeclarations = {
    items: { converter: itemsConverter },
    collapse: {},
    collapseBelow: { type: Number, attribute: 'collapse-below' },
    narrow: { state: true },
    expanded: { state: true },
    childItems: { state: true },
  };

  /** The path from the front page to the current page. */
  declare items: BreadcrumbItem[];
  /** `auto` (by width), `always` or `never`. */
  declare collapse: (typeof breadcrumbCollapse)[number];
  /** In `auto`, collapse when the breadcrumb (plus the page's scrollbar) is narrower than this many CSS pixels. */
  declare collapseBelow: number;

  private declare narrow: boolean;
  private declare expanded: boolean;
  private declare childItems: BreadcrumbItem[];
  private resizeObserver?: ResizeObserver;
  private childObserver?: MutationObserver;

  constructor() {
    super();
    this.items = [];
    this.collapse = 'auto';
    this.collapseBelow = 640;
    this.narrow = false;
    this.expanded = false;
    this.childItems = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Measured in the next frame: changing layout inside the observer's callback would start a
    // resize loop (and an error event) when the new layout changes the height.
    this.resizeObserver = new ResizeObserver(() => requestAnimationFrame(() => this.measure()));
    this.resizeObserver.observe(this);
    this.measure(); // before the first render: a narrow breadcrumb never paints in full first
    this.childObserver = new MutationObserver(() => this.readChildren());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
    this.readChildren();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.childObserver?.disconnect();
  }

  private measure(): void {
    if (!this.isConnected) return;
    this.narrow = layoutWidth(this) < this.collapseBelow; // with the page's scrollbar: no flip-flop
  }

  private readChildren(): void {
    this.childItems = [...this.children].map((el) => ({ label: el.textContent?.trim() ?? '', href: el.getAttribute('href') ?? undefined }));
  }

  /** The levels shown: `items`, else the child elements. */
  get levels(): BreadcrumbItem[] {
    const list = this.items.length ? this.items : this.childItems;
    return list.filter((i) => i && typeof i.label === 'string' && i.label.trim() !== '');
  }

  /** True while middle levels are visually hidden behind "…". */
  get collapsed(): boolean {
    if (this.expanded || this.levels.length < 4) return false;
    return this.collapse === 'always' || (this.collapse === 'auto' && this.narrow);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('collapse')) this.collapse = this.oneOf('collapse', this.collapse, breadcrumbCollapse, 'auto');
    if (changed.has('collapseBelow') && !(this.collapseBelow >= 0)) {
      this.warn(`collapse-below="${this.getAttribute('collapse-below')}" is not a width in pixels; using 640.`);
      this.collapseBelow = 640;
    }
    if (changed.has('collapseBelow') && this.isConnected && this.hasUpdated) this.measure();
    if (changed.has('items')) this.expanded = false;
  }

  private async expand(): Promise<void> {
    this.expanded = true;
    await this.updateComplete;
    // The button is gone; focus the first level it stood for, so focus is not lost.
    this.shadowRoot?.querySelectorAll<HTMLElement>('.crumb')[1]?.focus();
  }

  /**
   * A collapsed level is text, not a link: still in the list and read by screen readers, but
   * neither a 1-px pointer target nor an invisible stop in the tab order. "…" turns them back
   * into links.
   */
  private renderCrumb(item: BreadcrumbItem, current: boolean, hidden: boolean): TemplateResult {
    if (hidden) return html`<span class="crumb visually-hidden hidden-level">${item.label}</span>`;
    return item.href
      ? html`<a class="crumb focus-ring" href=${item.href} aria-current=${ifDefined(current ? 'page' : undefined)}>${item.label}</a>`
      : html`<span class="crumb" aria-current=${ifDefined(current ? 'page' : undefined)}>${item.label}</span>`;
  }

  protected override render(): TemplateResult {
    const s = this.localize.strings(breadcrumbStrings);
    const levels = this.levels;
    const collapsed = this.collapsed;
    const last = levels.length - 1;
    return html`<nav part="base" aria-label=${s.breadcrumbLabel}>
      <ol class="list">
        ${levels.map((item, i) => {
          const hidden = collapsed && i > 0 && i < last - 1;
          const holdsButton = collapsed && i === 1;
          return html`<li class="item ${hidden && !holdsButton ? 'visually-hidden hidden-level' : ''}">
            ${i > 0 ? html`<arki-icon class="sep" name="chevron-right"></arki-icon>` : nothing}
            ${holdsButton
              ? html`<button class="more focus-ring" type="button" aria-expanded="false" @click=${this.expand}>
                  <span aria-hidden="true">…</span><span class="visually-hidden">${s.breadcrumbShowAll}</span>
                </button>`
              : nothing}
            ${this.renderCrumb(item, i === last, hidden)}
          </li>`;
        })}
      </ol>
    </nav>`;
  }
}

defineElement('arki-breadcrumb', ArkiBreadcrumb);

declare global {
  interface HTMLElementTagNameMap {
    'arki-breadcrumb': ArkiBreadcrumb;
  }
}
