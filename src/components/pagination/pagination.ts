import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { ArkiPageChangeEvent } from '../../events/page-change.js';
import { paginationStrings } from '../../i18n/pagination.js';
import { focusRing, reset } from '../../styles/shared.js';
import { typography } from '../../styles/typography.js';
import '../icon/icon.js';
import { pageItems } from './page-items.js';
import styles from './pagination.styles.js';

export { ArkiPageChangeEvent, pageItems };

/**
 * Pagination for search results and long lists (GOV.UK pagination): previous and next, the
 * first and last page, the current page with one on each side, and an ellipsis for the rest.
 * A `nav` landmark named "Sivunumerointi"; the current page has `aria-current="page"`; each
 * number is named "Sivu 3" and previous/next "Edellinen sivu"/"Seuraava sivu".
 *
 * **Links or events.** With `href-template` (e.g. `?sivu={page}`) every item is a real link,
 * which works without script; `arki-page-change` still fires and `preventDefault()` lets a
 * single-page app's router take over. Without a template the items are buttons: the event
 * fires and the pagination moves to the new page unless cancelled. Then move focus to the new
 * results (e.g. their heading) yourself, as a page load would.
 *
 * Nothing is rendered for a single page. On narrow containers previous and next share the first
 * row and the numbers wrap below them; every target is at least 44×44 px.
 *
 * @summary Previous/next and page numbers with ellipsis, as links or events.
 * @status stable
 * @since 0.1.0
 *
 * @csspart base - The `nav`.
 * @csspart link - Each page, previous and next link or button.
 *
 * @fires {ArkiPageChangeEvent} arki-page-change - The user chose a page; cancelable.
 */
export class ArkiPagination extends ArkiElement {
  static override styles = [reset, typography, focusRing, styles];

  static override properties: PropertyDeclarations = {
    page: { type: Number, reflect: true },
    total: { type: Number },
    hrefTemplate: { attribute: 'href-template' },
    label: {},
  };

  /** The current page, 1-based. */
  declare page: number;
  /** Number of pages. */
  declare total: number;
  /** Link URL with `{page}` for the page number, e.g. `?sivu={page}`. Unset: buttons and events. */
  declare hrefTemplate: string;
  /** The landmark's name, when a page has more than one pagination (default "Sivunumerointi"). */
  declare label: string;

  private refocus = false;

  constructor() {
    super();
    this.page = 1;
    this.total = 0;
    this.hrefTemplate = '';
    this.label = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('total') && !(Number.isInteger(this.total) && this.total >= 0)) {
      this.warn(`invalid total="${this.total}"; nothing is shown. Use a whole number of pages.`);
      this.total = 0;
    }
    if ((changed.has('page') || changed.has('total')) && this.total > 0) {
      const p = Math.min(Math.max(Math.trunc(this.page) || 1, 1), this.total);
      if (p !== this.page) {
        this.warn(`page="${this.page}" is outside 1–${this.total}; showing page ${p}.`);
        this.page = p;
      }
    }
    if (changed.has('hrefTemplate') && this.hrefTemplate) {
      if (/^\s*(javascript|data|vbscript):/i.test(this.hrefTemplate)) {
        this.warn(`unsafe href-template="${this.hrefTemplate}"; using buttons instead.`);
        this.hrefTemplate = '';
      } else if (!this.hrefTemplate.includes('{page}')) {
        this.warn(`href-template="${this.hrefTemplate}" has no {page}; every link would point to the same page.`);
      }
    }
  }

  protected override updated(): void {
    // A button that disappeared under the focus (previous on page 1, next on the last page):
    // put focus on the current page instead of dropping it to the top of the document.
    if (this.refocus) {
      this.refocus = false;
      if (!this.shadowRoot!.activeElement) this.shadowRoot!.querySelector<HTMLElement>('[aria-current="page"]')?.focus();
    }
  }

  /** The URL of a page in link mode. */
  hrefFor(page: number): string | undefined {
    return this.hrefTemplate ? this.hrefTemplate.replaceAll('{page}', String(page)) : undefined;
  }

  private choose(e: Event, page: number): void {
    if (page === this.page) {
      if (!this.hrefTemplate) e.preventDefault();
      return;
    }
    const event = new ArkiPageChangeEvent(page, this.page, this.hrefFor(page));
    this.dispatchEvent(event);
    if (event.defaultPrevented) {
      e.preventDefault();
      return;
    }
    if (!this.hrefTemplate) {
      this.refocus = true;
      this.page = page;
    }
  }

  private renderLink(page: number, content: TemplateResult | string, opts: { cls: string; label?: string; rel?: string }): TemplateResult {
    const current = page === this.page && !opts.rel;
    const attrs = {
      class: `link focus-ring ${opts.cls}`,
      label: opts.label,
      current: current ? 'page' : undefined,
    };
    const onClick = (e: Event) => this.choose(e, page);
    return this.hrefTemplate
      ? html`<a part="link" class=${attrs.class} href=${this.hrefFor(page)!} rel=${ifDefined(opts.rel)} aria-label=${ifDefined(attrs.label)} aria-current=${ifDefined(attrs.current)} @click=${onClick}>${content}</a>`
      : html`<button part="link" type="button" class=${attrs.class} aria-label=${ifDefined(attrs.label)} aria-current=${ifDefined(attrs.current)} @click=${onClick}>${content}</button>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.total <= 1) return nothing;
    const s = this.localize.strings(paginationStrings);
    const items = pageItems(this.page, this.total).map((p, i) => ({ p, key: p ?? `gap-${i}` }));
    const prev = this.page > 1;
    const next = this.page < this.total;
    return html`<nav part="base" class="nav" aria-label=${this.label || s.paginationLabel}>
      ${prev
        ? html`<div class="step prev">${this.renderLink(this.page - 1, html`<arki-icon name="chevron-left"></arki-icon><span>${s.paginationPrevious}</span>`, { cls: 'step-link', rel: 'prev', label: `${s.paginationPrevious} ${s.paginationPageWord}` })}</div>`
        : nothing}
      <ul class="list">
        ${repeat(items, (it) => it.key, ({ p }) => p === null
          ? html`<li class="item ellipsis">⋯</li>`
          : html`<li class="item">${this.renderLink(p, this.localize.number(p), { cls: p === this.page ? 'number current' : 'number', label: s.paginationPage(this.localize.number(p)) })}</li>`)}
      </ul>
      ${next
        ? html`<div class="step next">${this.renderLink(this.page + 1, html`<span>${s.paginationNext}</span><arki-icon name="chevron-right"></arki-icon>`, { cls: 'step-link', rel: 'next', label: `${s.paginationNext} ${s.paginationPageWord}` })}</div>`
        : nothing}
    </nav>`;
  }
}

defineElement('arki-pagination', ArkiPagination);

declare global {
  interface HTMLElementTagNameMap {
    'arki-pagination': ArkiPagination;
  }
}
