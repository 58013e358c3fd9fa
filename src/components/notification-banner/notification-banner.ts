import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { StatusAnnouncer } from '../../controllers/status-announcer.js';
import { notificationBannerStrings } from '../../i18n/notification-banner.js';
import { reset } from '../../styles/shared.js';
import { typography } from '../../styles/typography.js';
import '../icon/icon.js';
import styles from './notification-banner.styles.js';

export const notificationBannerVariants = ['info', 'success'] as const;
export type NotificationBannerVariant = (typeof notificationBannerVariants)[number];

let nextId = 0;

/**
 * A page-level message at the top of the main content (the GOV.UK notification banner), e.g.
 * "Palvelussa huoltokatko 12.12. klo 18–20". A `region` landmark named by its heading
 * ("Tiedote" by default), so screen reader users can find it from the landmark list.
 *
 * **Success after an action.** Use `variant="success"` to confirm that something the user did
 * worked ("Hakemus lähetetty"). With `focus-on-load`, the banner takes focus when it first
 * renders (`tabindex="-1"`, removed again on blur, as GOV.UK does): screen readers read it and
 * the next Tab continues from it; a `focus-on-load` banner shown later (by removing `hidden`)
 * takes focus then. A success banner inserted or shown later without `focus-on-load`, or
 * changed to success or given new text while shown, is announced through the library's
 * announcer (never `role="alert"` inside a shadow root), once per change.
 * Info banners are not announced: they are page content, read in order.
 * Use one banner per page; for errors use an error summary or `arki-alert`.
 *
 * @summary Page-level notice (e.g. a maintenance break) and success confirmation.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The message: text, a heading-like `<p>` and links.
 *
 * @csspart base - The banner (the region landmark).
 * @csspart heading - The coloured heading bar.
 * @csspart content - The message area.
 *
 * @cssproperty --arki-notification-banner-radius - Corner radius.
 */
export class ArkiNotificationBanner extends ArkiElement {
  static override styles = [reset, typography, styles];

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    focusOnLoad: { type: Boolean, attribute: 'focus-on-load' },
  };

  declare variant: NotificationBannerVariant;
  /** The heading, and the region's name. Default "Tiedote" / "Onnistui" in the page's language. */
  declare heading: string;
  /** Level of the heading, 2–6 (default 2, as GOV.UK). */
  declare headingLevel: number;
  /** Take focus when first rendered, or shown later: for a success banner after a completed action. */
  declare focusOnLoad: boolean;

  private get banner(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.banner') ?? null;
  }
  private readonly headingId = `arki-notification-banner-${++nextId}`;

  constructor() {
    super();
    this.variant = 'info';
    this.heading = '';
    this.headingLevel = 2;
    this.focusOnLoad = false;
    new StatusAnnouncer(this, {
      message: () => (this.variant === 'success' ? [this.headingText, this.textContent ?? ''].join(': ').replace(/\s+/g, ' ').trim() : ''),
      politeness: () => 'polite',
      lang: () => this.localize.code,
      onAppear: (how) => {
        if (!this.focusOnLoad) return false;
        // Inserted: firstUpdated has focused it already (or, moved in the page, it must not steal focus).
        if (how === 'shown') this.focus();
        return true;
      },
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) this.variant = this.oneOf('variant', this.variant, notificationBannerVariants, 'info');
    if (changed.has('headingLevel') && !(this.headingLevel >= 2 && this.headingLevel <= 6)) {
      this.warn(`unknown heading-level="${this.headingLevel}"; using 2. Allowed: 2–6.`);
      this.headingLevel = 2;
    }
  }

  protected override firstUpdated(): void {
    // At once, also while the page loads (the usual case: the page after a completed action).
    if (this.focusOnLoad && !this.hidden) this.focus();
  }

  /** The heading in use: `heading`, or the localised default for the variant. */
  get headingText(): string {
    const s = this.localize.strings(notificationBannerStrings);
    return this.heading || (this.variant === 'success' ? s.notificationBannerSuccess : s.notificationBannerInfo);
  }

  /** Moves focus to the banner (it becomes focusable until it loses focus). */
  override focus(options?: FocusOptions): void {
    if (!this.banner) return;
    // Set directly, not through render: focus() must work synchronously, from firstUpdated too.
    this.banner.setAttribute('tabindex', '-1');
    this.banner.focus(options);
  }

  private onBlur(): void {
    this.banner?.removeAttribute('tabindex');
  }

  protected override render(): TemplateResult {
    return html`<div
      part="base"
      class="banner"
      role="region"
      aria-labelledby=${this.headingId}
      @blur=${this.onBlur}
    >
      <div part="heading" class="header">
        <arki-icon name=${this.variant === 'success' ? 'success' : 'info'}></arki-icon>
        <span id=${this.headingId} role="heading" aria-level=${this.headingLevel}>${this.headingText}</span>
      </div>
      <div part="content" class="content"><slot></slot></div>
    </div>`;
  }
}

defineElement('arki-notification-banner', ArkiNotificationBanner);

declare global {
  interface HTMLElementTagNameMap {
    'arki-notification-banner': ArkiNotificationBanner;
  }
}
