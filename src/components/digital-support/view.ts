/**
 * The help channels of `arki-digital-support` as templates, shared by the inline block and the
 * launcher's panel.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { DigitalSupportConfig, DigitalSupportLink, DigitalSupportLocation, DigitalSupportPhone } from '../../config/digital-support.js';
import { formatAddress, localize, telHref, type ArkiLocale, type OpeningHours } from '../../data/index.js';
import type { DigitalSupportStrings } from '../../i18n/digital-support.js';
import type { ServiceStrings } from '../../i18n/service.js';
import '../icon/icon.js';
import '../opening-hours/opening-hours.js';
import { text } from '../service-card/service-shared.js';

export interface ViewContext {
  locale: ArkiLocale;
  s: DigitalSupportStrings;
  svc: ServiceStrings;
  /** Level of the channel headings (one below the block's heading), 3–6. */
  level: number;
  /** Pinned time for the opening hours (stories). */
  now?: Date;
}

const tags: Record<number, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };

function heading(ctx: ViewContext, content: unknown): TemplateResult {
  const tag = tags[Math.min(Math.max(ctx.level, 2), 6)]!;
  return staticHtml`<${tag} class="channel-name">${content}</${tag}>`;
}

/** `context` (the channel or place) names the hours, so several on one page can be told apart. */
function hours(value: OpeningHours | undefined, context: string, ctx: ViewContext): TemplateResult | typeof nothing {
  return value ? html`<arki-opening-hours class="hours" variant="compact" context=${context} .hours=${value} .now=${ctx.now}></arki-opening-hours>` : nothing;
}

function linkText(link: DigitalSupportLink, fallback: string, ctx: ViewContext): TemplateResult | string {
  const custom = text(link.label, ctx.locale);
  return custom === nothing ? fallback : (custom as TemplateResult | string);
}

function phone(p: DigitalSupportPhone, ctx: ViewContext): TemplateResult {
  const price = p.callPrice === 'free' ? ctx.svc.channelCallFree : p.callPrice === 'local' ? ctx.svc.channelCallLocal : p.callPrice ? ctx.svc.channelCallPrice(localize(p.callPrice.text, ctx.locale)) : '';
  const name = text(p.name, ctx.locale);
  return html`<li class="channel" data-channel="phone">
    <arki-icon name="phone"></arki-icon>
    <div class="body">
      ${heading(ctx, name === nothing ? ctx.s.dsPhone : name)}
      <p><a class="link phone-number focus-ring" href=${telHref(p.number)}>${p.number}</a></p>
      ${price ? html`<p class="detail">${price}</p>` : nothing}
      ${p.note ? html`<p class="detail">${text(p.note, ctx.locale)}</p>` : nothing}
      ${hours(p.hours, localize(p.name, ctx.locale) || ctx.s.dsPhone, ctx)}
    </div>
  </li>`;
}

function location(l: DigitalSupportLocation, ctx: ViewContext): TemplateResult {
  return html`<li class="location">
    ${heading({ ...ctx, level: ctx.level + 1 }, text(l.name, ctx.locale))}
    ${l.address ? html`<p class="address">${formatAddress(l.address, ctx.locale)}</p>` : nothing}
    ${l.note ? html`<p class="detail">${text(l.note, ctx.locale)}</p>` : nothing}
    ${hours(l.hours, localize(l.name, ctx.locale), ctx)}
    ${l.url ? html`<p><a class="link focus-ring" href=${l.url}>${ctx.s.dsPlaceInfo}<span class="visually-hidden">: ${text(l.name, ctx.locale)}</span></a></p>` : nothing}
  </li>`;
}

function linkChannel(kind: 'booking' | 'chat', link: DigitalSupportLink, ctx: ViewContext): TemplateResult {
  const booking = kind === 'booking';
  return html`<li class="channel" data-channel=${kind}>
    <arki-icon name=${booking ? 'video' : 'chat'}></arki-icon>
    <div class="body">
      ${heading(ctx, booking ? ctx.s.dsRemote : ctx.s.dsChat)}
      <p><a class="link focus-ring" href=${link.url}>${linkText(link, booking ? ctx.s.dsBooking : ctx.s.dsChatOpen, ctx)}</a></p>
      ${hours(link.hours, booking ? ctx.s.dsRemote : ctx.s.dsChat, ctx)}
    </div>
  </li>`;
}

/** The channels, then the accessibility feedback link and "more". */
export function renderChannels(config: DigitalSupportConfig, ctx: ViewContext): TemplateResult {
  const locations = config.locations ?? [];
  return html`<ul class="channels">
      ${config.phone ? phone(config.phone, ctx) : nothing}
      ${locations.length
        ? html`<li class="channel" data-channel="visit">
            <arki-icon name="location"></arki-icon>
            <div class="body">
              ${heading(ctx, ctx.s.dsLocations)}
              <ul class="locations">${locations.map((l) => location(l, ctx))}</ul>
            </div>
          </li>`
        : nothing}
      ${config.booking ? linkChannel('booking', config.booking, ctx) : nothing}
      ${config.chat ? linkChannel('chat', config.chat, ctx) : nothing}
    </ul>
    ${config.accessibilityFeedback || config.moreInfo
      ? html`<ul class="links">
          ${config.accessibilityFeedback
            ? html`<li><arki-icon name="accessibility"></arki-icon><a class="link focus-ring" href=${config.accessibilityFeedback.url}
                  >${linkText(config.accessibilityFeedback, ctx.s.dsAccessibility, ctx)}</a
                ></li>`
            : nothing}
          ${config.moreInfo
            ? html`<li><arki-icon name="info"></arki-icon><a class="link focus-ring" href=${config.moreInfo.url}>${linkText(config.moreInfo, ctx.s.dsMoreInfo, ctx)}</a></li>`
            : nothing}
        </ul>`
      : nothing}`;
}
