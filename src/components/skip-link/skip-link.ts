import { html, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { skipLinkStrings } from '../../i18n/skip-link.js';
import styles from './skip-link.styles.js';

/**
 * The first focusable element of a page: hidden until it receives keyboard focus, then moves
 * focus past the header to the main content (WCAG 2.4.1 Bypass Blocks). Put it first in
 * `<body>`. A plain `href="#…"` link only scrolls in some browsers and leaves the focus where
 * it was; this one really moves focus (giving the target `tabindex="-1"` for as long as it has
 * focus, as GOV.UK Frontend does). Without JavaScript it is still a working in-page link.
 *
 * @summary "Siirry pääsisältöön": skips the header and moves focus to the main content.
 * @status stable
 * @since 0.1.0
 *
 * @slot - Link text; defaults to "Siirry pääsisältöön" / "Hoppa till huvudinnehållet" / "Skip to main content".
 * @csspart base - The `<a>`.
 * @cssproperty --arki-skip-link-background - Background while shown.
 * @cssproperty --arki-skip-link-color - Text colour while shown.
 */
export class ArkiSkipLink extends ArkiElement {
  static override shadowRootOptions: ShadowRootInit = { ...ArkiElement.shadowRootOptions, delegatesFocus: true };
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    target: {},
  };

  /**
   * The main content: an id (`main`, `#main`) or a CSS selector. Default: `#main`, else the
   * `<main>` element.
   */
  declare target: string;

  constructor() {
    super();
    this.target = '';
  }

  /** The element the link leads to, or null when there is none on the page. */
  findTarget(): HTMLElement | null {
    const doc = this.ownerDocument;
    const wanted = this.target.trim();
    if (!wanted) return doc.getElementById('main') ?? doc.querySelector<HTMLElement>('main, [role="main"]');
    const byId = doc.getElementById(wanted.replace(/^#/, ''));
    if (byId) return byId;
    try {
      return doc.querySelector<HTMLElement>(wanted);
    } catch {
      return null; // not a valid selector: reported below like a missing target
    }
  }

  private get href(): string {
    const wanted = this.target.trim();
    if (!wanted) return '#main';
    return /^#?[\w-]+$/.test(wanted) ? `#${wanted.replace(/^#/, '')}` : '#';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // After the page has parsed: the skip link comes before the main content it points to.
    requestAnimationFrame(() => {
      if (this.isConnected && !this.findTarget()) this.warn(`target "${this.target || '#main / <main>'}" is not on the page; the link cannot move focus.`);
    });
  }

  private onClick = (e: MouseEvent): void => {
    const target = this.findTarget();
    if (!target) return; // leave the browser's default
    e.preventDefault();
    if (!target.matches('a[href], button, input, select, textarea, [tabindex]')) {
      target.setAttribute('tabindex', '-1');
      // Removed again when focus leaves, so a later click on the content shows no focus outline.
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    }
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  };

  protected override render(): TemplateResult {
    return html`<a part="base" class="link" href=${this.href} @click=${this.onClick}
      ><slot>${this.localize.strings(skipLinkStrings).skipLinkText}</slot></a
    >`;
  }
}

defineElement('arki-skip-link', ArkiSkipLink);

declare global {
  interface HTMLElementTagNameMap {
    'arki-skip-link': ArkiSkipLink;
  }
}
