import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { devWarn } from '../../base/dev.js';
import { FocusKeeperController } from '../../controllers/focus-keeper.js';
import { headerStrings } from '../../i18n/header.js';
import { focusRing, reset } from '../../styles/shared.js';
import '../icon/icon.js';
import { containsFocus, tabbables } from '../../base/focus.js';
import { layoutWidth } from '../../base/layout-width.js';
import { StickyFocusController } from './sticky-focus.js';
import styles from './header.styles.js';

/** A link of the main navigation. */
export interface HeaderNavItem {
  label: string;
  href: string;
  /** The section the current page belongs to (`aria-current="page"`). */
  current?: boolean;
}

const navConverter = {
  fromAttribute(value: string | null): HeaderNavItem[] {
    if (!value) return [];
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed as HeaderNavItem[];
    } catch {
      // fall through to the warning
    }
    devWarn('arki-header', `navigation="${value.slice(0, 60)}" is not a JSON array of {label, href}; no links are shown.`);
    return [];
  },
};

/**
 * The page header: logo, service name, language switcher, search and the main navigation
 * (a `nav` landmark named "Päävalikko"). It is the page's `banner` landmark unless it sits
 * inside `main`, `article`, `aside`, `nav` or `section`.
 *
 * **Narrow screens:** when the header is narrower than `collapse-below` CSS pixels (default
 * 768, its own width, so it also works in a narrow column; the page's scrollbar counts as room,
 * as in a media query, so the layout cannot flip as the scrollbar comes and goes), the navigation and the search fold
 * behind a "Valikko" button (ARIA Authoring Practices disclosure: `aria-expanded`,
 * `aria-controls`). Tab goes from the button into the menu; Esc closes it and returns focus to
 * the button. The language switcher stays visible: a user who cannot read the current
 * language must not have to find it behind a menu. Folding while focus is in the navigation or
 * the search (zooming in) moves focus to the menu button; unfolding while the menu button has
 * focus moves it to the first navigation link, so focus is never lost to the page.
 *
 * **Sticky:** `sticky` keeps the header at the top while scrolling. So that it never covers the
 * element that has focus (WCAG 2.4.11), it sets `scroll-padding-top` on `<html>` to its own
 * height (restored when it stops being sticky or leaves the page), and scrolls a focused
 * element out from under it if an engine ignores scroll padding when moving focus.
 *
 * @summary Page header with logo, service name, navigation, language switcher and search; collapsible and sticky.
 * @status stable
 * @since 0.1.0
 *
 * @slot logo - The organisation's logo, usually a link to the front page.
 * @slot service-name - The service name, usually a link to the service's start page. Or use `service-name`.
 * @slot navigation - Custom navigation content (links), after the `navigation` links.
 * @slot language - An `arki-language-switcher`.
 * @slot search - A search form.
 * @csspart base - The header box.
 * @csspart menu-button - The "Valikko" button of narrow screens.
 * @csspart nav - The navigation landmark.
 * @cssproperty --arki-header-background - Background.
 * @cssproperty --arki-header-max-width - Width of the content area (default 80rem).
 */
export class ArkiHeader extends ArkiElement {
  static override styles = [reset, focusRing, styles];

  static override properties: PropertyDeclarations = {
    serviceName: { attribute: 'service-name' },
    navigation: { converter: navConverter },
    navLabel: { attribute: 'nav-label' },
    sticky: { type: Boolean, reflect: true },
    collapseBelow: { type: Number, attribute: 'collapse-below' },
    narrow: { state: true },
    menuOpen: { state: true },
    banner: { state: true },
  };

  /** Service name as text (or use the `service-name` slot). */
  declare serviceName: string;
  /** Main navigation links. Property, or JSON in the attribute. */
  declare navigation: HeaderNavItem[];
  /** Accessible name of the navigation; default "Päävalikko" / "Huvudmeny" / "Main menu". */
  declare navLabel: string;
  /** Stay at the top of the viewport while the page scrolls. */
  declare sticky: boolean;
  /**
   * Below this width (CSS px, of the header itself, plus the page's scrollbar if it has one) the
   * navigation folds behind a menu button.
   */
  declare collapseBelow: number;

  /** True when the navigation is folded behind the menu button. */
  declare narrow: boolean;
  /** True while the folded menu is shown. */
  declare menuOpen: boolean;
  private declare banner: boolean;

  private resizeObserver?: ResizeObserver;
  private readonly stickyFocus = new StickyFocusController(this);
  /** The layout of the last render, to notice a fold or unfold. */
  private wasNarrow = false;

  constructor() {
    super();
    this.serviceName = '';
    this.navigation = [];
    this.navLabel = '';
    this.sticky = false;
    this.collapseBelow = 768;
    this.narrow = false;
    this.menuOpen = false;
    this.banner = true;
    // Keeps focus when the layout switches (a controller registers itself with its host).
    new FocusKeeperController<'menu-button' | 'navigation' | 'same'>(this, {
      switching: () => this.narrow !== this.wasNarrow,
      // Folding hides the search and the navigation; unfolding removes the menu button and moves
      // the search back beside the language switcher (its slot is re-created).
      locate: (focused) => {
        const inFoldable = this.foldable.some((el) => containsFocus(el));
        if (this.narrow) return inFoldable ? 'menu-button' : undefined;
        return focused === this.menuButton ? 'navigation' : inFoldable ? 'same' : undefined;
      },
      resolve: (to, focused) => {
        if (to === 'menu-button') return this.menuButton;
        if (to === 'same') return focused;
        return this.foldable.flatMap((el) => tabbables(el))[0];
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.banner = !this.closest('main, article, aside, nav, section, [role="main"], [role="article"], [role="complementary"], [role="navigation"], [role="region"]');
    // Measured in the next frame: changing layout inside the observer's callback would start a
    // resize loop (and an error event) when the new layout changes the height.
    this.resizeObserver = new ResizeObserver(() => requestAnimationFrame(() => this.measure()));
    this.resizeObserver.observe(this);
    // Now, before the first render, so a narrow header never paints its wide layout first.
    this.measure();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  private measure(): void {
    if (!this.isConnected) return;
    const narrow = layoutWidth(this) < this.collapseBelow; // with the page's scrollbar: no flip-flop
    if (narrow !== this.narrow) {
      this.narrow = narrow;
      if (!narrow) this.menuOpen = false;
    }
    this.stickyFocus.update(this.sticky);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('collapseBelow') && !(this.collapseBelow >= 0)) {
      this.warn(`collapse-below="${this.getAttribute('collapse-below')}" is not a width in pixels; using 768.`);
      this.collapseBelow = 768;
    }
    if (changed.has('collapseBelow') && this.hasUpdated) this.measure();
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.wasNarrow = this.narrow;
    if (changed.has('sticky') || changed.has('menuOpen') || changed.has('narrow')) this.stickyFocus.update(this.sticky);
  }

  /** Opens or closes the folded menu (narrow screens only). */
  toggleMenu(open = !this.menuOpen): void {
    this.menuOpen = this.narrow && open;
  }

  private get menuButton(): HTMLButtonElement | null {
    return this.shadowRoot?.querySelector<HTMLButtonElement>('.menu-button') ?? null;
  }

  /** What folds behind the menu button: the navigation first, then the search. */
  private get foldable(): HTMLElement[] {
    return ['.nav', '.search'].map((q) => this.shadowRoot?.querySelector<HTMLElement>(q)).filter((el): el is HTMLElement => !!el);
  }

  private onKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || e.defaultPrevented || !this.menuOpen) return;
    e.preventDefault();
    this.menuOpen = false;
    this.menuButton?.focus();
  };

  /** A link chosen in the folded menu closes it (single-page apps stay on the page). */
  private onPanelClick = (e: MouseEvent): void => {
    if (this.menuOpen && e.composedPath().some((n) => n instanceof HTMLAnchorElement)) this.menuOpen = false;
  };

  private renderNav(): TemplateResult {
    const label = this.navLabel || this.localize.strings(headerStrings).headerNavLabel;
    const items = (Array.isArray(this.navigation) ? this.navigation : []).filter((i) => i && i.label && i.href);
    return html`<nav part="nav" class="nav" aria-label=${label}>
      ${items.length
        ? html`<ul class="list">
            ${items.map((i) => html`<li><a class="nav-link focus-ring" href=${i.href} aria-current=${i.current ? 'page' : nothing}>${i.label}</a></li>`)}
          </ul>`
        : nothing}
      <slot name="navigation"></slot>
    </nav>`;
  }

  protected override render(): TemplateResult {
    const s = this.localize.strings(headerStrings);
    const search = html`<div class="search"><slot name="search"></slot></div>`;
    return html`<div part="base" class="header ${this.narrow ? 'narrow' : ''}" role=${this.banner ? 'banner' : nothing} @keydown=${this.onKeydown}>
      <div class="bar">
        <div class="brand">
          <slot name="logo"></slot>
          <span class="service"><slot name="service-name">${this.serviceName}</slot></span>
        </div>
        <div class="tools">
          <slot name="language"></slot>
          ${this.narrow ? nothing : search}
          ${this.narrow
            ? html`<button part="menu-button" class="menu-button focus-ring" type="button" aria-expanded=${this.menuOpen ? 'true' : 'false'}
                aria-controls="menu" @click=${() => this.toggleMenu()}>
                <arki-icon name=${this.menuOpen ? 'close' : 'menu'}></arki-icon>${s.headerMenu}
              </button>`
            : nothing}
        </div>
      </div>
      <div class="panel" id="menu" ?hidden=${this.narrow && !this.menuOpen} @click=${this.onPanelClick}>
        ${this.narrow ? search : nothing} ${this.renderNav()}
      </div>
    </div>`;
  }
}

defineElement('arki-header', ArkiHeader);

declare global {
  interface HTMLElementTagNameMap {
    'arki-header': ArkiHeader;
  }
}
