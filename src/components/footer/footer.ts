import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { devWarn } from '../../base/dev.js';
import { footerStrings } from '../../i18n/footer.js';
import { focusRing, reset } from '../../styles/shared.js';
import { headingLevels, renderHeading, type HeadingLevel } from '../accordion-item/heading.js';
import styles from './footer.styles.js';

export interface FooterLink {
  label: string;
  href: string;
}
/** A titled group of links ("Asiointi", "Tietoa meistä"). */
export interface FooterGroup {
  heading: string;
  links: FooterLink[];
}

function jsonArray<T>(name: string, what: string) {
  return {
    fromAttribute(value: string | null): T[] {
      if (!value) return [];
      try {
        const parsed: unknown = JSON.parse(value);
        if (Array.isArray(parsed)) return parsed as T[];
      } catch {
        // fall through to the warning
      }
      devWarn('arki-footer', `${name}="${value.slice(0, 60)}" is not a JSON array of ${what}; nothing is shown.`);
      return [];
    },
  };
}

const slotNames = ['logo', 'contact', 'social', 'accessibility'] as const;

/**
 * The page footer: groups of links, contact details, social media links, the accessibility
 * statement and legal text. It is the page's `contentinfo` landmark unless it sits inside
 * `main`, `article`, `aside`, `nav` or `section`.
 *
 * Finnish law (Laki digitaalisten palvelujen tarjoamisesta 306/2019) requires every public
 * service to publish an accessibility statement and link to it, and the footer is where users
 * look for it: give `accessibility-href` (a link "Saavutettavuusseloste" is made) or a link in
 * the `accessibility` slot. Without either, a dev warning is logged.
 *
 * @summary Page footer with link groups, contact, social links and the accessibility statement.
 * @status stable
 * @since 0.1.0
 *
 * @slot logo - The organisation's logo or name.
 * @slot groups - Custom link groups, after those of `groups`.
 * @slot contact - Contact details (an `<address>`); a heading "Yhteystiedot" is added.
 * @slot social - Social media links, after those of `social`; a heading is added.
 * @slot accessibility - The accessibility statement link, instead of `accessibility-href`.
 * @slot legal - Copyright, privacy and other small print at the bottom.
 * @csspart base - The footer box.
 * @cssproperty --arki-footer-background - Background.
 * @cssproperty --arki-footer-max-width - Width of the content area (default 80rem).
 */
export class ArkiFooter extends ArkiElement {
  static override styles = [reset, focusRing, styles];

  static override properties: PropertyDeclarations = {
    groups: { converter: jsonArray<FooterGroup>('groups', '{heading, links}') },
    social: { converter: jsonArray<FooterLink>('social', '{label, href}') },
    accessibilityHref: { attribute: 'accessibility-href' },
    headingLevel: { attribute: 'heading-level' },
    slotted: { state: true },
    contentinfo: { state: true },
  };

  /** Link groups. Property, or JSON in the attribute. */
  declare groups: FooterGroup[];
  /** Social media links (name the service: "Kaupunki Facebookissa"). */
  declare social: FooterLink[];
  /** URL of the accessibility statement. */
  declare accessibilityHref: string;
  /** Level of the group headings, 2–6. */
  declare headingLevel: string | number;

  private declare slotted: Set<string>;
  private declare contentinfo: boolean;

  constructor() {
    super();
    this.groups = [];
    this.social = [];
    this.accessibilityHref = '';
    this.headingLevel = 2;
    this.slotted = new Set<string>();
    this.contentinfo = true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.contentinfo = !this.closest('main, article, aside, nav, section, [role="main"], [role="article"], [role="complementary"], [role="navigation"], [role="region"]');
    this.readSlots();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.headingLevel = Number(this.oneOf('heading-level', String(this.headingLevel), headingLevels, '2'));
  }

  protected override firstUpdated(): void {
    if (!this.accessibilityHref && !this.slotted.has('accessibility')) {
      this.warn('has no accessibility statement link: give accessibility-href or a link in the "accessibility" slot (required by Finnish law, 306/2019).');
    }
  }

  private readSlots = (): void => {
    this.slotted = new Set(slotNames.filter((n) => this.querySelector(`:scope > [slot="${n}"]`)));
  };

  private heading(text: string): TemplateResult {
    return renderHeading(Number(this.headingLevel) as HeadingLevel, 'heading', text);
  }

  private renderLinks(links: FooterLink[]): TemplateResult {
    return html`<ul class="links">
      ${links.filter((l) => l && l.label && l.href).map((l) => html`<li><a class="link focus-ring" href=${l.href}>${l.label}</a></li>`)}
    </ul>`;
  }

  protected override render(): TemplateResult {
    const s = this.localize.strings(footerStrings);
    const groups = (Array.isArray(this.groups) ? this.groups : []).filter((g) => g && g.heading && Array.isArray(g.links));
    const social = Array.isArray(this.social) ? this.social : [];
    const hasSocial = social.length > 0 || this.slotted.has('social');
    return html`<div part="base" class="footer" role=${this.contentinfo ? 'contentinfo' : nothing} @slotchange=${this.readSlots}>
      <div class="inner">
        <div class="top">
          <div class="logo" ?hidden=${!this.slotted.has('logo')}><slot name="logo"></slot></div>
          ${groups.map((g) => html`<div class="group">${this.heading(g.heading)}${this.renderLinks(g.links)}</div>`)}
          <slot name="groups"></slot>
          <div class="contact" ?hidden=${!this.slotted.has('contact')}>${this.heading(s.footerContact)}<slot name="contact"></slot></div>
          <div class="social" ?hidden=${!hasSocial}>
            ${this.heading(s.footerSocial)}${social.length ? this.renderLinks(social) : nothing}<slot name="social"></slot>
          </div>
        </div>
        <div class="bottom">
          <slot name="accessibility"
            >${this.accessibilityHref ? html`<a class="link focus-ring" href=${this.accessibilityHref}>${s.footerAccessibilityStatement}</a>` : nothing}</slot
          >
          <slot name="legal"></slot>
        </div>
      </div>
    </div>`;
  }
}

defineElement('arki-footer', ArkiFooter);

declare global {
  interface HTMLElementTagNameMap {
    'arki-footer': ArkiFooter;
  }
}
