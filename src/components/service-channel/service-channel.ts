import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import {
  formatAddress, localize, parseChannel, telHref,
  type ArkiLocale, type ChannelType, type PostalAddress, type ServiceChannel,
} from '../../data/index.js';
import { serviceStrings, type ServiceStrings } from '../../i18n/service.js';
import { focusRing, reset, visuallyHidden } from '../../styles/shared.js';
import { typography } from '../../styles/typography.js';
import '../icon/icon.js';
import '../opening-hours/opening-hours.js';
import { openingHoursVariants, type OpeningHoursVariant } from '../opening-hours/opening-hours.js';
import { dataLocale, dateConverter, headingLevel, headingTags, languageList, parseData, text } from '../service-card/service-shared.js';
import styles from './service-channel.styles.js';

/** The icon of each channel type. @since 0.1.0 */
export const channelIcons: Record<ChannelType, string> = {
  online: 'online', phone: 'phone', visit: 'location', chat: 'chat', video: 'video', mail: 'mail',
};

let nextId = 0;

/** Address lines: street, PO box, postal code and city, and the country when not Finland. */
export function postalAddressLines(address: PostalAddress, locale: ArkiLocale): string[] {
  const poBox = address.poBox ? formatAddress({ poBox: address.poBox, postalCode: '', city: '' }, locale) : '';
  const country = address.country ? formatAddress({ country: address.country, postalCode: '', city: '' }, locale) : '';
  return [localize(address.street, locale), poBox, `${address.postalCode} ${localize(address.city, locale)}`.trim(), country].filter(Boolean);
}

/**
 * One way to use a service: online, phone, visit, chat, video or mail, with what that channel
 * needs. Phone: the number as a `tel:` link, the call price and the hours. Visit: the address,
 * a map link, the accessibility of the premises and the hours. Online: the link and whether
 * strong electronic identification is needed. Chat and video: the hours and a link to open
 * them. Mail: the postal address.
 *
 * Full data goes in the `channel` property (a {@link ServiceChannel}, validated at runtime;
 * problems give one dev warning). Simple cases can use attributes instead:
 * `<arki-service-channel type="phone" number="09 310 12345" call-price="local">`.
 * Usually rendered by `arki-service-channels`, which orders the channels.
 *
 * @summary One service channel with its address, number, link, hours and requirements.
 * @status beta
 * @since 0.1.0
 *
 * @slot - Extra content after the channel's details (a description, instructions).
 * @slot hours - Your own hours element, instead of the one rendered from the data.
 *
 * @csspart base - The channel's wrapper.
 * @csspart heading - The heading with the channel type and name.
 * @csspart action - The link that opens the channel (online, chat, video, map).
 */
export class ArkiServiceChannel extends ArkiElement {
  static override styles = [reset, typography, focusRing, visuallyHidden, styles];

  static override properties: PropertyDeclarations = {
    channel: { attribute: false },
    type: { reflect: true },
    name: {},
    href: {},
    number: {},
    callPrice: { attribute: 'call-price' },
    requiresIdentification: { type: Boolean, attribute: 'requires-identification' },
    street: {},
    postalCode: { attribute: 'postal-code' },
    city: {},
    mapHref: { attribute: 'map-href' },
    headingLevel: { attribute: 'heading-level' },
    hoursVariant: { attribute: 'hours-variant' },
    hour12: { type: Boolean },
    now: { converter: dateConverter },
    clock: { attribute: false },
  };

  /** The channel as data; wins over the attributes. */
  declare channel?: ServiceChannel;
  /** Attribute mode: `online`, `phone`, `visit`, `chat`, `video` or `mail`. */
  declare type: string;
  /** Attribute mode: the channel's name, e.g. "Lupapiste". */
  declare name: string;
  /** Attribute mode: the link of an online, chat or video channel. */
  declare href: string;
  /** Attribute mode: a phone number. */
  declare number: string;
  /** Attribute mode: `free`, `local`, or the price as text ("0,84 €/min + pvm"). */
  declare callPrice: string;
  /** Attribute mode: the online channel needs strong electronic identification. */
  declare requiresIdentification: boolean;
  /** Attribute mode: visiting or postal address. */
  declare street: string;
  declare postalCode: string;
  declare city: string;
  /** Attribute mode: a map link for a visit channel. */
  declare mapHref: string;
  /** Level of the channel's heading, 2–6 (default 3). */
  declare headingLevel: number | string;
  /** How the hours show: `compact` (default), `full` or `status`. */
  declare hoursVariant: OpeningHoursVariant;
  /** Passed to the hours: 12-hour clock. */
  declare hour12: boolean;
  /** Passed to the hours: a fixed current time. */
  declare now?: Date;
  /** Passed to the hours: the clock (tests). */
  declare clock?: () => Date;

  private parsed?: ServiceChannel;
  private level = 3;
  private readonly uid = `arki-sc-${++nextId}`;

  constructor() {
    super();
    this.type = '';
    this.name = '';
    this.href = '';
    this.number = '';
    this.callPrice = '';
    this.requiresIdentification = false;
    this.street = '';
    this.postalCode = '';
    this.city = '';
    this.mapHref = '';
    this.headingLevel = 3;
    this.hoursVariant = 'compact';
    this.hour12 = false;
  }

  /** The validated channel in use. */
  get serviceChannel(): ServiceChannel | undefined {
    return this.parsed;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.level = headingLevel(this.headingLevel, 3, (m) => this.warn(m));
    if (changed.has('hoursVariant')) this.hoursVariant = this.oneOf('hours-variant', this.hoursVariant, openingHoursVariants, 'compact');
    this.parsed = parseData(this.channel ?? this.fromAttributes(), 'channel', parseChannel, (m) => this.warn(m));
  }

  /** A raw channel from the attributes, for the same validation as data. */
  private fromAttributes(): Record<string, unknown> | undefined {
    if (!this.type) return undefined;
    const raw: Record<string, unknown> = { type: this.type };
    if (this.name) raw['name'] = this.name;
    if (this.href) raw['url'] = this.href;
    if (this.number) raw['number'] = this.number;
    if (this.callPrice) raw['callPrice'] = this.callPrice;
    if (this.requiresIdentification) raw['requiresIdentification'] = true;
    if (this.street || this.postalCode || this.city) raw['address'] = { street: this.street, postalCode: this.postalCode, city: this.city };
    if (this.mapHref) raw['mapUrl'] = this.mapHref;
    return raw;
  }

  /**
   * A link whose accessible name adds `context` to the visible text ("Avaa chat Neuvonta"), so
   * a list of links tells the channels apart. The context is a `hidden` element referenced by
   * `aria-labelledby`: named, never rendered, so it cannot overlap other text.
   */
  private renderLink(href: string, label: string, context: string, icon = 'arrow-right'): TemplateResult {
    const id = `${this.uid}-act`;
    return html`<a part="action" class="action focus-ring" href=${href} aria-labelledby=${context ? `${id} ${id}-ctx` : nothing}>
        <span id=${id}>${label}</span><arki-icon name=${icon}></arki-icon></a
      >${context ? html`<span id=${`${id}-ctx`} hidden>${context}</span>` : nothing}`;
  }

  private renderAddress(address: PostalAddress, label: string, locale: ArkiLocale, recipient?: string): TemplateResult {
    return html`<div class="address">
      <span class="label">${label}</span>
      ${recipient ? html`<span class="line">${recipient}</span>` : nothing}
      ${postalAddressLines(address, locale).map((l) => html`<span class="line">${l}</span>`)}
    </div>`;
  }

  private renderBody(c: ServiceChannel, s: ServiceStrings, locale: ArkiLocale): TemplateResult {
    const name = localize(c.name, locale);
    switch (c.type) {
      case 'online':
        return html`${c.requiresIdentification !== undefined
            ? html`<p class="fact"><arki-icon name="id-card"></arki-icon><span>${c.requiresIdentification ? s.channelIdentification : s.channelNoIdentification}</span></p>`
            : nothing}
          <p class="actions">${this.renderLink(c.url, s.channelGoOnline, name)}</p>`;
      case 'phone': {
        const price = c.callPrice === 'free' ? s.channelCallFree : c.callPrice === 'local' ? s.channelCallLocal : c.callPrice ? s.channelCallPrice(localize(c.callPrice.text, locale)) : '';
        return html`<p class="phone"><a class="tel focus-ring" href=${telHref(c.number)}>${c.number}</a></p>
          ${price ? html`<p class="fact"><arki-icon name="euro"></arki-icon><span>${price}</span></p>` : nothing}`;
      }
      case 'visit':
        return html`${this.renderAddress(c.address, s.channelVisitAddress, locale)}
          ${c.mapUrl ? html`<p class="actions">${this.renderLink(c.mapUrl, s.channelMap, formatAddress(c.address, locale), 'location')}</p>` : nothing}
          ${c.accessibility?.length
            ? html`<div class="accessibility">
                <p class="label" id=${`${this.uid}-acc`}><arki-icon name="accessibility"></arki-icon> ${s.channelAccessibility}</p>
                <ul aria-labelledby=${`${this.uid}-acc`}>${c.accessibility.map((a) => html`<li>${text(a, locale)}</li>`)}</ul>
              </div>`
            : nothing}`;
      case 'chat':
        return html`<p class="actions">${this.renderLink(c.url, s.channelOpenChat, name)}</p>`;
      case 'video':
        return html`<p class="actions">${this.renderLink(c.url, s.channelOpenVideo, name)}</p>`;
      case 'mail':
        return this.renderAddress(c.address, s.channelPostalAddress, locale, localize(c.recipient, locale));
    }
  }

  protected override render(): TemplateResult {
    const c = this.parsed;
    if (!c) return html`<slot></slot>`;
    const s = this.localize.strings(serviceStrings);
    const locale = dataLocale(this.localize.code);
    const tag = headingTags[this.level]!;
    const hours = 'hours' in c ? c.hours : undefined;
    return html`<div part="base" class="channel" data-type=${c.type}>
      ${staticHtml`<${tag} part="heading" class="heading" id=${`${this.uid}-h`}>
        <arki-icon name=${channelIcons[c.type]}></arki-icon>
        <span>${s.channelTypes[c.type]}${c.name !== undefined ? html`: ${text(c.name, locale)}` : nothing}</span>
      </${tag}>`}
      ${c.description !== undefined ? html`<p class="description">${text(c.description, locale)}</p>` : nothing}
      ${this.renderBody(c, s, locale)}
      <slot></slot>
      <slot name="hours">
        ${hours
          ? html`<arki-opening-hours
              .hours=${hours}
              context=${localize(c.name, locale) || s.channelTypes[c.type]}
              variant=${this.hoursVariant}
              .now=${this.now}
              .clock=${this.clock}
              ?hour12=${this.hour12}
            ></arki-opening-hours>`
          : nothing}
      </slot>
      ${c.languages?.length ? html`<p class="fact"><arki-icon name="language"></arki-icon><span>${s.channelLanguages(languageList(c.languages, locale))}</span></p>` : nothing}
    </div>`;
  }
}

defineElement('arki-service-channel', ArkiServiceChannel);

declare global {
  interface HTMLElementTagNameMap {
    'arki-service-channel': ArkiServiceChannel;
  }
}
