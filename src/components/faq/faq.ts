import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { announce } from '../../controllers/announcer.js';
import { faqStrings } from '../../i18n/faq.js';
import { fieldStyles } from '../../styles/field.js';
import { focusRing, reset } from '../../styles/shared.js';
import { typography } from '../../styles/typography.js';
import '../accordion/accordion.js';
import type { ArkiAccordionItem } from '../accordion-item/accordion-item.js';
import { JsonLdScript } from '../service-card/json-ld.js';
import { matches, terms } from './filter.js';
import styles from './faq.styles.js';

/** How long typing must pause before the result count is announced. */
export const FAQ_ANNOUNCE_DELAY = 600;

/** Plain text of an element, with whitespace collapsed. */
const plain = (nodes: Iterable<Node>): string => [...nodes].map((n) => n.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();

/**
 * Frequently asked questions with a search filter, built on `arki-accordion`: each question is a
 * heading with a button that shows its answer. Put an `arki-accordion` of `arki-accordion-item`s
 * inside (question in `heading`, the answer as content, links and lists welcome).
 *
 * **Filter.** A labelled search field above the questions narrows them as the user types, matching
 * the question and the answer text: case-insensitive in the page's language (ä, ö and å included),
 * every word in any order. The visible count updates at once; screen readers hear it once typing
 * pauses. With no match a message and "Tyhjennä haku" are shown. ↑/↓/Home/End skip filtered-out
 * questions.
 *
 * **Search engines.** With `json-ld`, a schema.org `FAQPage` describing every question and answer
 * (as text) is kept in a `<script type="application/ld+json">` in the element's light DOM, where
 * crawlers read it. It is written with `textContent` and `<` is escaped, so an answer containing
 * `</script>` cannot end the script.
 *
 * @summary FAQ on the accordion, with a search filter and optional FAQPage JSON-LD.
 * @status beta
 * @since 0.1.0
 *
 * @slot - An `arki-accordion` holding `arki-accordion-item`s.
 *
 * @csspart filter - The search field's wrapper.
 * @csspart count - The result count.
 * @csspart empty - The "no results" message.
 */
export class ArkiFaq extends ArkiElement {
  static override styles = [reset, typography, focusRing, fieldStyles, styles];

  static override properties: PropertyDeclarations = {
    label: {},
    noFilter: { type: Boolean, attribute: 'no-filter' },
    jsonLd: { type: Boolean, attribute: 'json-ld' },
    query: {},
    shown: { state: true },
    total: { state: true },
  };

  /** Label of the search field; default "Hae kysymyksistä". */
  declare label: string;
  /** Leave out the search field (for a handful of questions). */
  declare noFilter: boolean;
  /** Keep a schema.org FAQPage JSON-LD script in the light DOM. */
  declare jsonLd: boolean;
  /** The search text. Setting it filters without an announcement. */
  declare query: string;

  private declare shown: number;
  private declare total: number;

  private readonly script = new JsonLdScript(this);
  private observer?: MutationObserver;
  private announceTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.label = '';
    this.noFilter = false;
    this.jsonLd = false;
    this.query = '';
    this.shown = 0;
    this.total = 0;
  }

  /** The questions, in order (all of them, filtered out or not). */
  get items(): ArkiAccordionItem[] {
    return [...this.querySelectorAll<ArkiAccordionItem>('arki-accordion-item')];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Questions added, removed or edited re-filter (and refresh the JSON-LD); our own script does not.
    const isScript = (n: Node | null) => n instanceof HTMLScriptElement || n?.parentNode instanceof HTMLScriptElement;
    const relevant = (r: MutationRecord) =>
      !isScript(r.target) && (r.type !== 'childList' || [...r.addedNodes, ...r.removedNodes].some((n) => !isScript(n)));
    this.observer = new MutationObserver((records) => {
      if (records.some(relevant)) this.requestUpdate();
    });
    this.observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['heading'] });
    this.addEventListener('keydown', this.onKeydown, { capture: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.removeEventListener('keydown', this.onKeydown, { capture: true });
    clearTimeout(this.announceTimer);
  }

  protected override firstUpdated(): void {
    if (!this.querySelector('arki-accordion')) this.warn('has no arki-accordion inside; put the questions in <arki-accordion> as <arki-accordion-item>s.');
  }

  protected override willUpdate(): void {
    this.applyFilter();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.jsonLd) this.script.set(this.structuredData());
    else if (changed.has('jsonLd')) this.script.set(undefined);
  }

  private question(item: ArkiAccordionItem): string {
    return item.heading || plain(item.querySelectorAll(':scope > [slot="heading"]'));
  }

  private answer(item: ArkiAccordionItem): string {
    return plain([...item.childNodes].filter((n) => !(n instanceof Element && n.slot === 'heading')));
  }

  /** Hides the questions that do not match; only those this element hid are shown again. */
  private applyFilter(): void {
    const words = terms(this.query, this.localize.code);
    const items = this.items;
    let shown = 0;
    for (const item of items) {
      const hit = matches(`${this.question(item)} ${this.answer(item)}`, words, this.localize.code);
      if (hit) shown++;
      if (!hit && !item.hidden) {
        item.hidden = true;
        item.setAttribute('data-arki-filtered', '');
      } else if (hit && item.hasAttribute('data-arki-filtered')) {
        item.hidden = false;
        item.removeAttribute('data-arki-filtered');
      }
    }
    this.shown = shown;
    this.total = items.length;
  }

  /** schema.org FAQPage of every question, filtered or not. */
  structuredData(): Record<string, unknown> {
    return {
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: this.items.map((item) => ({
        '@type': 'Question',
        name: this.question(item),
        acceptedAnswer: { '@type': 'Answer', text: this.answer(item) },
      })),
    };
  }

  private onInput(e: Event): void {
    this.query = (e.target as HTMLInputElement).value;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const s = this.localize.strings(faqStrings);
      if (this.isConnected) announce(this.shown === 0 ? s.faqNoResults(this.query.trim()) : s.faqCount(this.shown, this.total), 'polite', this.localize.code);
    }, FAQ_ANNOUNCE_DELAY);
  }

  private clear(): void {
    this.query = '';
    clearTimeout(this.announceTimer);
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  }

  /** The accordion's arrow keys, but over the questions still shown. */
  private onKeydown = (e: KeyboardEvent): void => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
    const visible = this.items.filter((i) => !i.hidden);
    if (visible.length === this.items.length) return; // nothing filtered: the accordion handles it
    const origin = e.composedPath()[0];
    const index = visible.findIndex((item) => item.headerButton === origin);
    if (index < 0) return;
    e.preventDefault();
    e.stopPropagation();
    const last = visible.length - 1;
    const next = { ArrowDown: index === last ? 0 : index + 1, ArrowUp: index === 0 ? last : index - 1, Home: 0, End: last }[e.key]!;
    visible[next]!.focus();
  };

  protected override render(): TemplateResult {
    const s = this.localize.strings(faqStrings);
    const query = this.query.trim();
    return html`<div part="filter" class="filter" ?hidden=${this.noFilter}>
        <label class="label" for="search">${this.label || s.faqFilterLabel}</label>
        <input id="search" class="control" type="search" autocomplete="off" .value=${this.query} aria-describedby="count" @input=${this.onInput} />
        <p part="count" id="count" class="count">${s.faqCount(this.shown, this.total)}</p>
      </div>
      <slot></slot>
      <div part="empty" class="empty" ?hidden=${!query || this.shown > 0}>
        <p>${s.faqNoResults(query)}</p>
        <button class="clear focus-ring" type="button" @click=${this.clear}>${s.faqClear}</button>
      </div>`;
  }
}

defineElement('arki-faq', ArkiFaq);

declare global {
  interface HTMLElementTagNameMap {
    'arki-faq': ArkiFaq;
  }
}
