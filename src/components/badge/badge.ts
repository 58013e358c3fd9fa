import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { tagStrings } from '../../i18n/tag.js';
import { reset, visuallyHidden } from '../../styles/shared.js';
import { statusColours } from '../tag/tag.styles.js';
import styles from './badge.styles.js';

export const badgeVariants = ['neutral', 'info', 'success', 'warning', 'error'] as const;
export type BadgeVariant = (typeof badgeVariants)[number];

/**
 * A small status or category label ("Uusi", "Maksuton"), or a count ("3 uutta"). Not
 * interactive; the text carries the meaning, never the colour alone.
 *
 * **Count.** With `count`, the number is shown and a visually hidden word completes it for
 * screen readers: `label`, your own slotted text (then visible), or "uutta"/"nya"/"new". Above
 * `max` (default 99) "99+" is shown and "yli 99 uutta" is read.
 *
 * @summary Status or category label, or a count with a spoken expansion.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The badge's text (with `count`: shown after the number).
 *
 * @csspart base - The badge.
 */
export class ArkiBadge extends ArkiElement {
  static override styles = [reset, visuallyHidden, statusColours, styles];

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    count: { type: Number },
    max: { type: Number },
    label: {},
    hasText: { state: true },
  };

  declare variant: BadgeVariant;
  /** A count to show, e.g. unread messages. */
  declare count?: number;
  /** Largest count shown as a number; above it "99+". */
  declare max: number;
  /** With `count`: what is counted, read but not shown ("uutta viestiä"). */
  declare label: string;

  private declare hasText: boolean;

  constructor() {
    super();
    this.variant = 'neutral';
    this.max = 99;
    this.label = '';
    this.hasText = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) this.variant = this.oneOf('variant', this.variant, badgeVariants, 'neutral');
    if (changed.has('count') && this.count != null && !(Number.isInteger(this.count) && this.count >= 0)) {
      this.warn(`invalid count="${this.count}"; no count is shown. Use a whole number of 0 or more.`);
      this.count = undefined;
    }
    if (changed.has('max') && !(Number.isInteger(this.max) && this.max > 0)) {
      this.warn(`invalid max="${this.max}"; using 99.`);
      this.max = 99;
    }
  }

  private onSlotChange(e: Event): void {
    this.hasText = (e.target as HTMLSlotElement).assignedNodes({ flatten: true }).some((n) => n.textContent?.trim());
  }

  private renderCount(count: number): TemplateResult {
    const s = this.localize.strings(tagStrings);
    const over = count > this.max;
    const max = this.localize.number(this.max);
    const noun = this.label || (this.hasText ? '' : s.badgeCountNew);
    return html`${over
        ? html`<span class="number" aria-hidden="true">${max}+</span><span class="visually-hidden">${s.badgeOverMax(max)}</span>`
        : html`<span class="number">${this.localize.number(count)}</span>`}${noun ? html`<span class="visually-hidden"> ${noun}</span>` : nothing}`;
  }

  protected override render(): TemplateResult {
    const counting = this.count != null;
    return html`<span part="base" class="badge ${counting ? 'counting' : ''}"
      >${counting ? this.renderCount(this.count!) : nothing}<slot class=${counting && this.hasText ? 'after-count' : ''} @slotchange=${this.onSlotChange}></slot
    ></span>`;
  }
}

defineElement('arki-badge', ArkiBadge);

declare global {
  interface HTMLElementTagNameMap {
    'arki-badge': ArkiBadge;
  }
}
