import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { focusRing, reset } from '../../styles/shared.js';
import '../icon/icon.js';
import styles from './details.styles.js';

/**
 * A single disclosure ("Mitä tarkoittaa kotikunta?"), built on a native `<details>` and
 * `<summary>` in the shadow root, so it keeps their semantics, keyboard (Enter and Space on the
 * summary), and the browser's find opening it. Styled like the GOV.UK details component: for
 * help that only some users need. For several related sections use `arki-accordion`.
 *
 * @summary A single disclosure with native details/summary semantics.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The content shown when open.
 * @slot summary - Summary text with markup (phrasing content). Or use `summary`.
 * @csspart summary - The native `<summary>`.
 * @csspart content - The content box.
 * @cssproperty --arki-details-summary-color - Colour of the summary text.
 * @fires toggle - When the user opens or closes it (not when `open` is set by script). A `ToggleEvent` where supported.
 */
export class ArkiDetails extends ArkiElement {
  static override shadowRootOptions: ShadowRootInit = { ...ArkiElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [reset, focusRing, styles];

  static override properties: PropertyDeclarations = {
    summary: {},
    open: { type: Boolean, reflect: true },
  };

  /** The always visible text that opens and closes the content. */
  declare summary: string;
  declare open: boolean;

  private get details(): HTMLDetailsElement | null {
    return this.renderRoot?.querySelector('details') ?? null;
  }

  constructor() {
    super();
    this.summary = '';
    this.open = false;
  }

  protected override firstUpdated(): void {
    if (!this.summary && !this.querySelector(':scope > [slot="summary"]')) this.warn('has no summary; the user cannot tell what it holds.');
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.details && this.details.open !== this.open) this.details.open = this.open;
  }

  override focus(options?: FocusOptions): void {
    this.shadowRoot?.querySelector('summary')?.focus(options);
  }

  /**
   * The native toggle (it does not bubble or cross the shadow root). When the native state
   * differs from ours, the user did it (a click, a key, find-in-page): adopt it and tell the page.
   * When it matches, it is the echo of a change made through `open`: no event.
   */
  private onNativeToggle = (): void => {
    const open = this.details?.open ?? false;
    if (open === this.open) return;
    this.open = open;
    const init = { bubbles: true, composed: true };
    const states = open ? { newState: 'open', oldState: 'closed' } : { newState: 'closed', oldState: 'open' };
    this.dispatchEvent(typeof ToggleEvent === 'function' ? new ToggleEvent('toggle', { ...init, ...states }) : new Event('toggle', init));
  };

  protected override render(): TemplateResult {
    return html`<details ?open=${this.open} @toggle=${this.onNativeToggle}>
      <summary part="summary" class="focus-ring">
        <arki-icon class="marker" name="chevron-right"></arki-icon>
        <span class="summary-text"><slot name="summary">${this.summary}</slot></span>
      </summary>
      <div part="content" class="content"><slot></slot></div>
    </details>`;
  }
}

defineElement('arki-details', ArkiDetails);

declare global {
  interface HTMLElementTagNameMap {
    'arki-details': ArkiDetails;
  }
}
