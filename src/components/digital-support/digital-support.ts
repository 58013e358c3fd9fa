import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { digitalSupportConfig, onDigitalSupportConfigChange, type DigitalSupportConfig } from '../../config/digital-support.js';
import { digitalSupportStrings } from '../../i18n/digital-support.js';
import { serviceStrings } from '../../i18n/service.js';
import { focusRing, reset, visuallyHidden } from '../../styles/shared.js';
import { typography } from '../../styles/typography.js';
import { closeButton } from '../../styles/close-button.js';
import { headingLevels, renderHeading, type HeadingLevel } from '../accordion-item/heading.js';
import { MediaController } from '../help-panel/media.js';
import '../icon/icon.js';
import { dataLocale, dateConverter, parseData, text } from '../service-card/service-shared.js';
import { parseDigitalSupport } from './parse.js';
import { renderChannels } from './view.js';
import styles from './digital-support.styles.js';

export const digitalSupportModes = ['inline', 'launcher'] as const;
export type DigitalSupportMode = (typeof digitalSupportModes)[number];

const DEFAULT_BREAKPOINT = '48em';
/** Below this height (e.g. 400 % zoom, a phone held sideways) the launcher stops floating too. */
const SHORT = '30em';

/**
 * "Tarvitsetko apua?" / "Behöver du hjälp?" / "Need help?": the municipality's help with digital
 * services: the digital support phone with its hours, in-person support points with address and
 * hours, booking a remote support session, chat, and the accessibility feedback channel that
 * Finnish law requires (a dev warning says when it is missing).
 *
 * **Configuration.** Set the channels once for the whole site with `configureDigitalSupport()`
 * (or `window.ArkiConfig.digitalSupport`), so every page shows the same help in the same place
 * (WCAG 3.2.6). An element's `config` (object or JSON) and attributes (`phone`, `chat-url`,
 * `booking-url`, `accessibility-url`) override it field by field.
 *
 * **Modes.** `inline` (default) is a block in the page. `launcher` is the consistent floating
 * "Tarvitsetko apua?" button at the bottom-right that opens a non-modal panel above it; put it
 * last in `<body>`. It covers nothing: it reserves its own height at the end of the page, a
 * focused element that would slip under it is scrolled clear, and the panel closes when focus or
 * a click goes elsewhere. On narrow or short viewports (up to `breakpoint`, default 48em wide, or
 * 30em high, which includes 400 % zoom) it stops floating: the button and panel sit in the page's
 * flow where the element is.
 *
 * @summary Consistent help with digital services: phone, places, remote support, chat, feedback.
 * @status beta
 * @since 0.1.0
 *
 * @csspart base - The block (inline) or the panel (launcher).
 * @csspart launcher - The launcher button.
 * @csspart heading - The heading.
 * @csspart close - The panel's close button.
 *
 * @cssproperty --arki-digital-support-background - Background of the block and the panel.
 */
export class ArkiDigitalSupport extends ArkiElement {
  static override styles = [reset, typography, focusRing, visuallyHidden, closeButton, styles];

  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    config: {},
    phone: {},
    chatUrl: { attribute: 'chat-url' },
    bookingUrl: { attribute: 'booking-url' },
    accessibilityUrl: { attribute: 'accessibility-url' },
    headingLevel: { attribute: 'heading-level' },
    breakpoint: {},
    open: { type: Boolean, reflect: true },
    now: { converter: dateConverter },
    resolved: { state: true },
  };

  /** `inline` block, or a `launcher` button that opens a panel. */
  declare mode: DigitalSupportMode;
  /** The channels, as an object or JSON; overrides the page-wide configuration field by field. */
  declare config?: DigitalSupportConfig | string;
  /** Digital support phone number (overrides the configuration's). */
  declare phone: string;
  declare chatUrl: string;
  declare bookingUrl: string;
  /** The accessibility feedback form (required by law). */
  declare accessibilityUrl: string;
  /** Level of the heading, 2–6 (channel names are one level below). */
  declare headingLevel: string | number;
  /** Launcher: widest viewport in which it stops floating, as a CSS length (default 48em). */
  declare breakpoint: string;
  /** Launcher: whether the panel is open. */
  declare open: boolean;
  /** A fixed time for the opening hours (stories, screenshots). */
  declare now?: Date;

  private declare resolved: DigitalSupportConfig;
  private get launcher(): HTMLButtonElement | null {
    return this.renderRoot?.querySelector<HTMLButtonElement>('[part="launcher"]') ?? null;
  }

  private readonly media = new MediaController(this, () => `(max-width: ${this.validBreakpoint}), (max-height: ${SHORT})`, () => this.onMediaChange());
  private unsubscribe?: () => void;
  private focusHeading = false;
  private configChanged = true;
  private frame = 0;

  constructor() {
    super();
    this.mode = 'inline';
    this.phone = '';
    this.chatUrl = '';
    this.bookingUrl = '';
    this.accessibilityUrl = '';
    this.headingLevel = 2;
    this.breakpoint = DEFAULT_BREAKPOINT;
    this.open = false;
    this.resolved = {};
  }

  /** Whether the launcher floats (wide enough, launcher mode). */
  get floating(): boolean {
    return this.mode === 'launcher' && !this.media.matches;
  }

  private get validBreakpoint(): string {
    const bp = this.breakpoint;
    return typeof CSS !== 'undefined' && CSS.supports?.('width', bp) && !/%|auto/.test(bp) ? bp : DEFAULT_BREAKPOINT;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = onDigitalSupportConfigChange(() => {
      this.configChanged = true;
      this.requestUpdate();
    });
    this.configChanged = true; // window.ArkiConfig may have been set while disconnected
    document.addEventListener('focusin', this.onDocumentFocus, true);
    document.addEventListener('pointerdown', this.onDocumentPointer, true);
    this.addEventListener('keydown', this.onKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    document.removeEventListener('focusin', this.onDocumentFocus, true);
    document.removeEventListener('pointerdown', this.onDocumentPointer, true);
    this.removeEventListener('keydown', this.onKeydown);
    cancelAnimationFrame(this.frame);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode')) this.mode = this.oneOf('mode', this.mode, digitalSupportModes, 'inline');
    if (changed.has('headingLevel')) this.headingLevel = Number(this.oneOf('heading-level', String(this.headingLevel), headingLevels, '2'));
    if (changed.has('breakpoint') && this.validBreakpoint !== this.breakpoint) this.warn(`breakpoint="${this.breakpoint}" is not a CSS length; using ${DEFAULT_BREAKPOINT}.`);
    // Re-validate only when a source changed, not on every open and close.
    const sources = ['config', 'phone', 'chatUrl', 'bookingUrl', 'accessibilityUrl'] as const;
    if (this.configChanged || sources.some((k) => changed.has(k))) this.resolved = this.resolve();
    this.configChanged = false;
  }

  /** Page-wide configuration, then attributes, then `config`, each validated. */
  private resolve(): DigitalSupportConfig {
    const warn = (m: string) => this.warn(m);
    const shared = parseData(digitalSupportConfig(), 'digitalSupport', parseDigitalSupport, warn) ?? {};
    const attrs = parseData(
      {
        ...(this.phone ? { phone: this.phone } : {}),
        ...(this.chatUrl ? { chat: this.chatUrl } : {}),
        ...(this.bookingUrl ? { booking: this.bookingUrl } : {}),
        ...(this.accessibilityUrl ? { accessibilityFeedback: this.accessibilityUrl } : {}),
      },
      'attributes',
      parseDigitalSupport,
      warn,
    ) ?? {};
    const own = parseData(this.config, 'config', parseDigitalSupport, warn) ?? {};
    const merged: DigitalSupportConfig = { ...shared, ...attrs, ...own };
    if (!merged.phone && !merged.locations && !merged.booking && !merged.chat) {
      this.warn('has no help channels; configure them with configureDigitalSupport() or the `config` property.');
    }
    if (!merged.accessibilityFeedback) {
      this.warn('has no accessibility feedback link (accessibilityFeedback.url or accessibility-url). Finnish law (Act 306/2019) requires every public digital service to offer one.');
    }
    return merged;
  }

  protected override updated(): void {
    if (this.focusHeading && this.open) this.renderRoot.querySelector<HTMLElement>('.heading-text')?.focus();
    this.focusHeading = false;
  }

  /** Opens or closes the launcher's panel as the user did. */
  private toggle(open: boolean, returnFocus = false): void {
    if (this.open === open) return;
    this.open = open;
    this.focusHeading = open;
    if (!open && returnFocus) this.launcher?.focus();
  }

  private onMediaChange(): void {
    this.requestUpdate();
  }

  private onKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.open || e.defaultPrevented || e.isComposing) return;
    e.preventDefault();
    this.toggle(false, true);
  };

  /** Floating panel: a press outside closes it (it must not stay over the page). */
  private onDocumentPointer = (e: Event): void => {
    if (this.floating && this.open && !e.composedPath().includes(this)) this.toggle(false);
  };

  /**
   * Focus went somewhere in the page. The floating panel closes (it would cover the focused
   * element), and an element that ended up under the launcher is scrolled clear of it, after the
   * browser's own scrolling into view.
   */
  private onDocumentFocus = (e: FocusEvent): void => {
    if (!this.floating || e.composedPath().includes(this)) return;
    if (this.open) this.toggle(false);
    const target = e.composedPath()[0];
    if (!(target instanceof Element)) return;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      const launcher = this.launcher?.getBoundingClientRect();
      if (!launcher) return;
      const r = target.getBoundingClientRect();
      const overlaps = r.bottom > launcher.top && r.top < launcher.bottom && r.right > launcher.left && r.left < launcher.right;
      if (overlaps) window.scrollBy({ top: r.bottom - launcher.top + 8, left: 0, behavior: 'instant' as ScrollBehavior });
    });
  };

  private renderContent(): TemplateResult {
    const s = this.localize.strings(digitalSupportStrings);
    const locale = dataLocale(this.localize.code);
    const config = this.resolved;
    const level = Number(this.headingLevel);
    const heading = text(config.heading, locale);
    const intro = text(config.intro, locale);
    const title = html`<span class="heading-text" id="heading" tabindex="-1">${heading === nothing ? s.dsHeading : heading}</span>`;
    return html`${renderHeading(level as HeadingLevel, 'heading', title)}
      <p class="intro">${intro === nothing ? s.dsIntro : intro}</p>
      ${renderChannels(config, { locale, s, svc: this.localize.strings(serviceStrings), level: level + 1, now: this.now })}`;
  }

  protected override render(): TemplateResult {
    if (this.mode === 'inline') {
      return html`<section part="base" class="base inline" aria-labelledby="heading">${this.renderContent()}</section>`;
    }
    const s = this.localize.strings(digitalSupportStrings);
    const floating = this.floating;
    // The dock stacks the panel above the launcher whatever their heights (text spacing, zoom);
    // the reserve is an invisible copy of the launcher that keeps its height free at the page end.
    return html`<div class="launcher-area" ?data-floating=${floating}>
      ${floating ? html`<div class="reserve" aria-hidden="true"><span class="launcher"><arki-icon name="help"></arki-icon><span>${s.dsHeading}</span></span></div>` : nothing}
      <div class="dock">
        <button part="launcher" class="launcher focus-ring" type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="panel" @click=${() => this.toggle(!this.open)}>
          <arki-icon name="help"></arki-icon><span>${s.dsHeading}</span>
        </button>
        <div part="base" id="panel" class="base panel" role=${floating ? 'dialog' : 'region'} aria-labelledby="heading" ?hidden=${!this.open}>
          <button part="close" class="close focus-ring" type="button" aria-label=${s.dsClose} @click=${() => this.toggle(false, true)}>
            <arki-icon name="close"></arki-icon>
          </button>
          ${this.renderContent()}
        </div>
      </div>
    </div>`;
  }
}

defineElement('arki-digital-support', ArkiDigitalSupport);

declare global {
  interface HTMLElementTagNameMap {
    'arki-digital-support': ArkiDigitalSupport;
  }
}
