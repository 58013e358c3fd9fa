import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { StatusAnnouncer } from '../../controllers/status-announcer.js';
import { ArkiDismissEvent } from '../../events/dismiss.js';
import { alertStrings, type AlertStrings } from '../../i18n/alert.js';
import { focusRing, reset, visuallyHidden } from '../../styles/shared.js';
import { typography } from '../../styles/typography.js';
import { closeButton } from '../../styles/close-button.js';
import { containsFocus, findTarget, focusElement, nextTabbableAfter, parentOf } from '../../base/focus.js';
import '../icon/icon.js';
import styles from './alert.styles.js';

export { ArkiDismissEvent };

export const alertVariants = ['info', 'success', 'warning', 'error'] as const;
export type AlertVariant = (typeof alertVariants)[number];
export const alertLiveModes = ['auto', 'off'] as const;
export type AlertLive = (typeof alertLiveModes)[number];

const prefixKey: Record<AlertVariant, keyof AlertStrings> = {
  info: 'alertInfo',
  success: 'alertSuccess',
  warning: 'alertWarning',
  error: 'alertError',
};

/**
 * An inline message: info, success, warning or error. The variant is shown by an icon and said
 * in words to screen readers (a visually hidden "Virhe:" prefix), never by colour alone.
 *
 * **Static or dynamic.** An alert that is in the page when it loads has no live role: it is
 * read in reading order like any text, and does not interrupt. An alert inserted later, or
 * shown later by removing `hidden`, is announced through the library's light-DOM announcer
 * (assertive for `error`, polite otherwise). It does not use `role="alert"`: live regions inside
 * shadow roots are announced unreliably. "Later" means after the document finished loading;
 * set `live="off"` for an alert a framework renders as part of a page's first view. A shown
 * alert whose text, heading or variant changes is announced again, once per change (the same
 * text rendered again says nothing).
 *
 * **Dismissible.** The close button fires a cancelable `arki-dismiss`, then hides the alert and
 * moves focus to the `return-focus` element, else the next focusable element in the alert's
 * container, else the container itself, so keyboard and screen reader users are not dropped
 * to the top of the page.
 *
 * @summary Info, success, warning and error messages; optionally dismissible.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The message.
 * @slot heading - A heading of your own (e.g. an `<h2>`), instead of the `heading` attribute.
 *
 * @csspart base - The alert box.
 * @csspart heading - The heading line.
 * @csspart content - The message.
 * @csspart close - The close button.
 *
 * @cssproperty --arki-alert-radius - Corner radius.
 *
 * @fires {ArkiDismissEvent} arki-dismiss - The user pressed the close button; cancelable.
 */
export class ArkiAlert extends ArkiElement {
  static override styles = [reset, typography, focusRing, visuallyHidden, closeButton, styles];

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    dismissible: { type: Boolean, reflect: true },
    returnFocus: { attribute: 'return-focus' },
    live: {},
    slottedHeading: { state: true },
  };

  declare variant: AlertVariant;
  /** A short heading, shown in bold before the message. */
  declare heading: string;
  /** Makes the heading a real heading at this level (2–6); unset, it is bold text. */
  declare headingLevel?: number;
  /** Shows a close button. */
  declare dismissible: boolean;
  /** Where focus goes after dismiss: an element id or a CSS selector. */
  declare returnFocus: string;
  /** `auto`: announce when inserted or shown after the page loaded, and when it changes while shown; `off`: never announce. */
  declare live: AlertLive;

  private declare slottedHeading: boolean;

  constructor() {
    super();
    this.variant = 'info';
    this.heading = '';
    this.dismissible = false;
    this.returnFocus = '';
    this.live = 'auto';
    this.slottedHeading = false;
    new StatusAnnouncer(this, {
      message: () => this.message(),
      politeness: () => (this.variant === 'error' ? 'assertive' : 'polite'),
      lang: () => this.localize.code,
      enabled: () => this.live !== 'off',
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) this.variant = this.oneOf('variant', this.variant, alertVariants, 'info');
    if (changed.has('live')) this.live = this.oneOf('live', this.live, alertLiveModes, 'auto');
    if (changed.has('headingLevel') && this.headingLevel != null && !(this.headingLevel >= 2 && this.headingLevel <= 6)) {
      this.warn(`unknown heading-level="${this.headingLevel}"; the heading is shown as bold text. Allowed: 2–6.`);
      this.headingLevel = undefined;
    }
  }

  /** The words that name the variant, e.g. "Virhe". */
  get variantText(): string {
    return this.localize.strings(alertStrings)[prefixKey[this.variant] ?? 'alertInfo'] as string;
  }

  /** What the announcer says: the variant in words, then the alert's text. */
  private message(): string {
    const text = [this.heading, this.textContent ?? ''].join(' ').replace(/\s+/g, ' ').trim();
    return text ? `${this.variantText}: ${text}` : '';
  }

  /** Hides the alert as the close button does (fires `arki-dismiss`, moves focus). */
  dismiss(): void {
    const event = new ArkiDismissEvent();
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    const hadFocus = containsFocus(this) || document.activeElement === document.body;
    const container = parentOf(this);
    this.hidden = true;
    if (!hadFocus) return;
    const target = findTarget(this.returnFocus, this) ?? (container && nextTabbableAfter(this, container)) ?? container;
    if (target) focusElement(target);
  }

  private onHeadingSlotChange(e: Event): void {
    this.slottedHeading = (e.target as HTMLSlotElement).assignedNodes({ flatten: true }).some((n) => n.textContent?.trim());
  }

  private renderHeading(prefix: TemplateResult): TemplateResult {
    const level = this.headingLevel;
    const shown = !!this.heading || this.slottedHeading;
    return html`<div
      part="heading"
      class="heading"
      ?hidden=${!shown}
      role=${ifDefined(level && this.heading ? 'heading' : undefined)}
      aria-level=${ifDefined(level && this.heading ? level : undefined)}
    >
      ${shown ? prefix : nothing}<slot name="heading" @slotchange=${this.onHeadingSlotChange}>${this.heading}</slot>
    </div>`;
  }

  protected override render(): TemplateResult {
    const prefix = html`<span class="visually-hidden">${this.variantText}: </span>`;
    const hasHeading = !!this.heading || this.slottedHeading;
    return html`<div part="base" class="alert">
      <arki-icon class="icon" name=${this.variant}></arki-icon>
      <div class="body">
        ${this.renderHeading(prefix)}
        <div part="content" class="content">${hasHeading ? nothing : prefix}<slot></slot></div>
      </div>
      ${this.dismissible
        ? html`<button part="close" class="close focus-ring" type="button" aria-label=${this.localize.strings(alertStrings).alertDismiss} @click=${this.dismiss}>
            <arki-icon name="close"></arki-icon>
          </button>`
        : nothing}
    </div>`;
  }
}

defineElement('arki-alert', ArkiAlert);

declare global {
  interface HTMLElementTagNameMap {
    'arki-alert': ArkiAlert;
  }
}
