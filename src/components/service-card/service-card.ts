import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import {
  localize, normalizeSpaces, parseService, toGovernmentService,
  type ArkiLocale, type ChannelType, type OnlineChannel, type Service,
} from '../../data/index.js';
import { serviceStrings, type ServiceStrings } from '../../i18n/service.js';
import { focusRing, reset, visuallyHidden } from '../../styles/shared.js';
import { typography } from '../../styles/typography.js';
import '../icon/icon.js';
import { channelIcons } from '../service-channel/service-channel.js';
import { channelOrder } from '../service-channels/service-channels.js';
import { JsonLdScript } from './json-ld.js';
import { dataLocale, headingLevel, headingTags, languageList, parseData, text } from './service-shared.js';
import styles from './service-card.styles.js';

let nextId = 0;

const CURRENCY_TAGS: Record<ArkiLocale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** "45 €" / "€45.50": an amount in the locale's currency format. */
export function formatServiceFee(amount: number, currency: string, locale: ArkiLocale): string {
  try {
    const fraction = Number.isInteger(amount) ? 0 : 2;
    return normalizeSpaces(new Intl.NumberFormat(CURRENCY_TAGS[locale], { style: 'currency', currency, minimumFractionDigits: fraction, maximumFractionDigits: 2 }).format(amount));
  } catch {
    return `${amount} ${currency}`;
  }
}

/** The channel types a service has, once each, in the documented order. */
export function serviceChannelTypes(service: Service): ChannelType[] {
  const types = new Set(service.channels.map((c) => c.type));
  return channelOrder.filter((t) => types.has(t));
}

/**
 * A service at a glance: its name as a heading, a short description, the responsible unit,
 * how it can be used (channel names with icons, never icons alone), what it needs (strong
 * electronic identification, a fee or none, languages) and one primary action, "Asioi
 * verkossa", to its first online channel.
 *
 * **Clickable card:** with `clickable`, the whole card follows the heading link (the
 * service page): the link's `::after` covers the card, so there is still one link in the
 * accessibility tree and no interactive element is nested in another. The primary action and
 * anything in the `actions` slot sit above that layer and stay separately clickable. Text in
 * a clickable card cannot be selected with the mouse; leave `clickable` off where that matters.
 *
 * Full data goes in the `service` property (a {@link Service}, or its JSON in the attribute),
 * validated at runtime: problems give one dev warning and the valid parts still render.
 * Simple cases can use `heading`, `href`, `unit`, `action-href` and the default slot.
 *
 * @summary Service name, description, unit, channels, requirements and the primary action.
 * @status beta
 * @since 0.1.0
 *
 * @slot - Description, instead of the data's summary.
 * @slot actions - Secondary links or buttons after "Asioi verkossa" (they stay clickable on a clickable card).
 *
 * @csspart base - The card (`<article>`).
 * @csspart heading - The heading.
 * @csspart channels - The channel summary list.
 * @csspart badges - The requirement badges list.
 * @csspart action - The primary action link.
 *
 * @cssproperty --arki-service-card-background - Card background.
 * @cssproperty --arki-service-card-border-color - Card border colour.
 */
export class ArkiServiceCard extends ArkiElement {
  static override styles = [reset, typography, focusRing, visuallyHidden, styles];

  static override properties: PropertyDeclarations = {
    service: {},
    heading: {},
    href: {},
    unit: {},
    actionHref: { attribute: 'action-href' },
    headingLevel: { attribute: 'heading-level' },
    clickable: { type: Boolean, reflect: true },
    jsonLd: { type: Boolean, attribute: 'json-ld' },
    hasDescription: { state: true },
    hasActions: { state: true },
  };

  /** The service as data (or JSON in the attribute). Wins over `heading`, `href`, `unit`, `action-href`. */
  declare service?: Service | string;
  /** Attribute mode: the service name. */
  declare heading: string;
  /** Attribute mode: the service page (the heading link). */
  declare href: string;
  /** Attribute mode: the responsible unit. */
  declare unit: string;
  /** Attribute mode: the e-service the primary action opens. */
  declare actionHref: string;
  /** Heading level, 2–6 (default 2). */
  declare headingLevel: number | string;
  /** The whole card follows the heading link. */
  declare clickable: boolean;
  /** Also output the service as schema.org GovernmentService JSON-LD in the light DOM. */
  declare jsonLd: boolean;

  private declare hasDescription: boolean;
  private declare hasActions: boolean;
  private parsed?: Service;
  private level = 2;
  private readonly uid = `arki-card-${++nextId}`;
  private readonly ld = new JsonLdScript(this);

  constructor() {
    super();
    this.heading = '';
    this.href = '';
    this.unit = '';
    this.actionHref = '';
    this.headingLevel = 2;
    this.clickable = false;
    this.jsonLd = false;
    this.hasDescription = false;
    this.hasActions = false;
  }

  /** The validated service in use. */
  get serviceData(): Service | undefined {
    return this.parsed;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.onSlotChange();
  }

  /** Light-DOM content for the default slot (not whitespace, not the JSON-LD script). */
  private slotted(): boolean {
    return [...this.childNodes].some((n) =>
      n.nodeType === Node.TEXT_NODE ? !!n.textContent?.trim() : n instanceof Element && !n.hasAttribute('slot'));
  }

  private onSlotChange = (): void => {
    this.hasDescription = this.slotted();
    this.hasActions = !!this.querySelector(':scope > [slot="actions"]');
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.level = headingLevel(this.headingLevel, 2, (m) => this.warn(m));
    if (changed.has('service') || changed.has('heading') || changed.has('href') || changed.has('unit') || changed.has('actionHref')) {
      this.parsed = parseData(this.service ?? this.fromAttributes(), 'service', parseService, (m) => this.warn(m));
    }
  }

  private fromAttributes(): Record<string, unknown> | undefined {
    if (!this.heading) return undefined;
    const raw: Record<string, unknown> = { name: this.heading, channels: [] };
    if (this.href) raw['url'] = this.href;
    if (this.unit) raw['responsibleOrganization'] = { name: this.unit };
    if (this.actionHref) raw['channels'] = [{ type: 'online', url: this.actionHref }];
    return raw;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if ((changed.has('clickable') || changed.has('service') || changed.has('href')) && this.clickable && this.parsed && !this.parsed.url) {
      this.warn('clickable needs a link to follow (service.url or href); the card is not clickable.');
    }
    this.ld.set(this.jsonLd && this.parsed ? toGovernmentService(this.parsed, dataLocale(this.localize.code)) : undefined);
  }

  private badges(service: Service, s: ServiceStrings, locale: ArkiLocale): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    const req = service.requirements;
    const ident = req?.strongIdentification ?? service.channels.some((c) => c.type === 'online' && c.requiresIdentification);
    if (ident) out.push(['id-card', s.channelIdentification]);
    const fee = req?.fee;
    if (fee?.kind === 'free') out.push(['euro', s.serviceCardFree]);
    else if (fee?.kind === 'amount') out.push(['euro', s.serviceCardFee(formatServiceFee(fee.amount, fee.currency, locale))]);
    else if (fee?.kind === 'text') out.push(['euro', localize(fee.text, locale)]);
    if (service.languages?.length) out.push(['language', s.channelLanguages(languageList(service.languages, locale))]);
    return out;
  }

  private renderUnit(service: Service, s: ServiceStrings, locale: ArkiLocale): TemplateResult | typeof nothing {
    const org = service.responsibleOrganization;
    if (!org) return nothing;
    return html`<p class="unit">
      <span class="label">${s.serviceCardUnit}:</span>
      ${org.unit !== undefined ? html`${text(org.unit, locale)}, ` : nothing}${text(org.name, locale)}
    </p>`;
  }

  protected override render(): TemplateResult {
    const s = this.localize.strings(serviceStrings);
    const locale = dataLocale(this.localize.code);
    const service = this.parsed;
    const tag = headingTags[this.level]!;
    if (!service) {
      return html`<article part="base" class="card"><p class="missing">${s.serviceCardMissing}</p><slot></slot></article>`;
    }
    const name = text(service.name, locale);
    const online = service.channels.find((c): c is OnlineChannel => c.type === 'online');
    const summary = service.summary ?? service.description;
    const types = serviceChannelTypes(service);
    const badges = this.badges(service, s, locale);
    const linked = !!service.url;
    return html`<article part="base" class="card ${linked && this.clickable ? 'is-clickable' : ''}" aria-labelledby=${`${this.uid}-h`}>
      ${staticHtml`<${tag} part="heading" class="heading" id=${`${this.uid}-h`}>${linked
        ? html`<a class="heading-link focus-ring" href=${service.url!}>${name}</a>`
        : name}</${tag}>`}
      <div class="summary">
        ${summary !== undefined && !this.hasDescription ? html`<p>${text(summary, locale)}</p>` : nothing}<slot @slotchange=${this.onSlotChange}></slot>
      </div>
      ${this.renderUnit(service, s, locale)}
      ${types.length
        ? html`<ul part="channels" class="channels" role="list" aria-label=${s.channelsLabel}>
            ${types.map((t) => html`<li><arki-icon name=${channelIcons[t]}></arki-icon><span>${s.channelTypes[t]}</span></li>`)}
          </ul>`
        : nothing}
      ${badges.length
        ? html`<ul part="badges" class="badges" role="list" aria-label=${s.serviceCardDetails}>
            ${badges.map(([icon, label]) => html`<li><arki-icon name=${icon}></arki-icon><span>${label}</span></li>`)}
          </ul>`
        : nothing}
      <div class="actions" ?hidden=${!online && !this.hasActions}>
        ${online
          ? html`<a part="action" class="action focus-ring" href=${online.url} aria-labelledby=${`${this.uid}-act ${this.uid}-h`}
              ><span id=${`${this.uid}-act`}>${s.serviceCardStart}</span><arki-icon name="arrow-right"></arki-icon
            ></a>`
          : nothing}
        <slot name="actions" @slotchange=${this.onSlotChange}></slot>
      </div>
    </article>`;
  }
}

defineElement('arki-service-card', ArkiServiceCard);

declare global {
  interface HTMLElementTagNameMap {
    'arki-service-card': ArkiServiceCard;
  }
}
