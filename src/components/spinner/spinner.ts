import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { announce } from '../../controllers/announcer.js';
import { reset } from '../../styles/shared.js';
import { typography } from '../../styles/typography.js';
import styles from './spinner.styles.js';

export const spinnerSizes = ['s', 'm', 'l'] as const;
export type SpinnerSize = (typeof spinnerSizes)[number];

/**
 * A loading indicator for a wait of unknown length: an indeterminate `progressbar` named
 * "Ladataan" (localised) or your `label`. With reduced motion it does not spin; it fades
 * slowly instead, so it still shows that something is happening.
 *
 * A spinner that appears is not read by itself. Set `announce` to have its label announced
 * (politely, through the library's announcer) when it is inserted or shown after the page
 * loaded; announce the result yourself when the wait is over. For a wait with known progress
 * use `arki-progress`; inside a button use `arki-button`'s `loading`.
 *
 * @summary Indeterminate loading indicator with a spoken label.
 * @status stable
 * @since 0.1.0
 *
 * @csspart base - The progressbar.
 * @csspart label - The visible label (`show-label`).
 *
 * @cssproperty --arki-spinner-color - Colour of the moving arc.
 */
export class ArkiSpinner extends ArkiElement {
  static override styles = [reset, typography, styles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'hidden'];
  }

  static override properties: PropertyDeclarations = {
    label: {},
    size: { reflect: true },
    showLabel: { type: Boolean, attribute: 'show-label' },
    announce: { type: Boolean },
  };

  /** What is loading; default "Ladataan" / "Laddar" / "Loading". */
  declare label: string;
  declare size: SpinnerSize;
  /** Show the label as text beside the spinner. */
  declare showLabel: boolean;
  /** Announce the label when the spinner appears after the page loaded. */
  declare announce: boolean;

  constructor() {
    super();
    this.label = '';
    this.size = 'm';
    this.showLabel = false;
    this.announce = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hidden && document.readyState === 'complete') void this.announceLater();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'hidden' && old !== null && value === null && this.isConnected) void this.announceLater();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('size')) this.size = this.oneOf('size', this.size, spinnerSizes, 'm');
  }

  /** The accessible name in use. */
  get labelText(): string {
    return this.label || this.localize.t.loading;
  }

  private async announceLater(): Promise<void> {
    await this.updateComplete;
    if (this.announce && !this.hidden && this.isConnected) announce(this.labelText, 'polite', this.localize.code);
  }

  protected override render(): TemplateResult {
    return html`<span class="wrap"
      ><span part="base" class="spinner" role="progressbar" aria-label=${this.labelText}><span class="ring"></span></span
      >${this.showLabel ? html`<span part="label" class="label" aria-hidden="true">${this.labelText}</span>` : nothing}</span
    >`;
  }
}

defineElement('arki-spinner', ArkiSpinner);

declare global {
  interface HTMLElementTagNameMap {
    'arki-spinner': ArkiSpinner;
  }
}
