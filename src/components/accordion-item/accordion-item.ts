import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { accordionStrings } from '../../i18n/accordion.js';
import { focusRing, reset, visuallyHidden } from '../../styles/shared.js';
import '../icon/icon.js';
import { headingLevels, renderHeading, type HeadingLevel } from './heading.js';
import styles from './accordion-item.styles.js';

/** Does this engine reveal `hidden="until-found"` content for find-in-page? */
function supportsUntilFound(): boolean {
  return typeof HTMLElement !== 'undefined' && 'onbeforematch' in HTMLElement.prototype;
}

/**
 * One section of an `arki-accordion` (ARIA Authoring Practices accordion): a heading that
 * contains a button with `aria-expanded` and `aria-controls`, and the panel it shows. A closed
 * panel is `hidden="until-found"` where the engine supports it, so the browser's find still
 * finds its text and opens the section; elsewhere it is plain `hidden`. A link to an element
 * inside a closed section (`#id`) opens it too when the accordion is told to `remember`.
 *
 * @summary A section of an accordion: heading button and panel.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The section content.
 * @slot heading - Heading text with markup (phrasing content only: it sits inside a button). Or use `heading`.
 * @csspart heading - The `<h2>`…`<h6>`.
 * @csspart button - The section button.
 * @csspart panel - The content panel.
 * @fires toggle - When the user opens or closes the section (button, "show all", find-in-page). A `ToggleEvent` where supported.
 */
export class ArkiAccordionItem extends ArkiElement {
  static override styles = [reset, focusRing, visuallyHidden, styles];

  static override properties: PropertyDeclarations = {
    heading: {},
    summary: {},
    open: { type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level' },
    untilFound: { state: true },
  };

  /** Heading text. */
  declare heading: string;
  /** A line under the heading that says what the section holds (GOV.UK "summary"). */
  declare summary: string;
  declare open: boolean;
  /** 2–6. Set by the accordion from its own `heading-level`; on the item only when used alone. */
  declare headingLevel: string | number;

  private declare untilFound: boolean;

  constructor() {
    super();
    this.heading = '';
    this.summary = '';
    this.open = false;
    this.headingLevel = 2;
    this.untilFound = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.untilFound = supportsUntilFound();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.headingLevel = Number(this.oneOf('heading-level', String(this.headingLevel), headingLevels, '2'));
  }

  protected override firstUpdated(): void {
    if (!this.heading && !this.querySelector(':scope > [slot="heading"]')) this.warn('has no heading; every section needs one.');
  }

  override focus(options?: FocusOptions): void {
    this.headerButton?.focus(options);
  }

  /** The section button, for the accordion's arrow-key navigation. */
  get headerButton(): HTMLButtonElement | null {
    return this.shadowRoot?.querySelector<HTMLButtonElement>('.button') ?? null;
  }

  /**
   * Opens or closes the section as the user did it, firing `toggle`. The accordion's "show all"
   * uses it; a page setting state should set `open` (no event).
   */
  userToggle(open: boolean): void {
    if (this.open === open) return;
    this.open = open;
    const init = { bubbles: true, composed: true };
    const states = open ? { newState: 'open', oldState: 'closed' } : { newState: 'closed', oldState: 'open' };
    this.dispatchEvent(typeof ToggleEvent === 'function' ? new ToggleEvent('toggle', { ...init, ...states }) : new Event('toggle', init));
  }

  // Find-in-page (or a fragment link) reached text in the closed panel: the browser shows it,
  // and the section must agree that it is open.
  private onBeforeMatch = (): void => this.userToggle(true);

  protected override render(): TemplateResult {
    const s = this.localize.strings(accordionStrings);
    const panelHidden = this.open ? undefined : this.untilFound ? 'until-found' : '';
    const button = html`<button
      part="button"
      id="button"
      class="button focus-ring"
      type="button"
      aria-expanded=${this.open ? 'true' : 'false'}
      aria-controls="panel"
      @click=${() => this.userToggle(!this.open)}
    >
      <span class="heading-text"><slot name="heading">${this.heading}</slot></span>
      ${this.summary ? html`<span class="visually-hidden">, </span><span class="summary">${this.summary}</span>` : nothing}
      <span class="visually-hidden">, </span>
      <span class="toggle"
        ><span class="chevron"><arki-icon name=${this.open ? 'chevron-up' : 'chevron-down'}></arki-icon></span
        ><span class="toggle-text">${this.open ? s.accordionHide : s.accordionShow}<span class="visually-hidden">
            ${s.accordionThisSection}</span
          ></span
        ></span
      >
    </button>`;
    return html`${renderHeading(Number(this.headingLevel) as HeadingLevel, 'heading', button)}
      <div part="panel" id="panel" class="panel" hidden=${ifDefined(panelHidden)} @beforematch=${this.onBeforeMatch}><slot></slot></div>`;
  }
}

defineElement('arki-accordion-item', ArkiAccordionItem);

declare global {
  interface HTMLElementTagNameMap {
    'arki-accordion-item': ArkiAccordionItem;
  }
}
