import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { parseChannel, toServiceChannel, type ChannelType, type ServiceChannel } from '../../data/index.js';
import { serviceStrings } from '../../i18n/service.js';
import { reset } from '../../styles/shared.js';
import { typography } from '../../styles/typography.js';
import '../service-channel/service-channel.js';
import type { ArkiServiceChannel } from '../service-channel/service-channel.js';
import { JsonLdScript } from '../service-card/json-ld.js';
import { dataLocale, dateConverter } from '../service-card/service-shared.js';
import styles from './service-channels.styles.js';

/**
 * The order channels are listed in, whatever order the data has: self-service first
 * (online), then remote contact with a person (phone, chat, video), then going there in
 * person (visit), then post. The same in every service, so residents learn where to look.
 * @since 0.1.0
 */
export const channelOrder: readonly ChannelType[] = ['online', 'phone', 'chat', 'video', 'visit', 'mail'];

const rank = (type: string | null | undefined): number => {
  const i = channelOrder.indexOf(type as ChannelType);
  return i < 0 ? channelOrder.length : i;
};

interface Item {
  key: string;
  type: string;
  channel?: ServiceChannel;
  element?: ArkiServiceChannel;
}

/** Parses a list of channels (or its JSON), one warning for all problems. */
export function parseServiceChannels(raw: unknown, warn: (message: string) => void): ServiceChannel[] {
  if (raw === undefined || raw === null || raw === '') return [];
  let input = raw;
  if (typeof raw === 'string') {
    try {
      input = JSON.parse(raw);
    } catch {
      warn('the channels attribute is not valid JSON; nothing is shown from it.');
      return [];
    }
  }
  const list = Array.isArray(input) ? input : [input];
  const warnings: string[] = Array.isArray(input) ? [] : ['channels: expected an array; treated as a single channel'];
  const out: ServiceChannel[] = [];
  list.forEach((item, i) => {
    const r = parseChannel(item, `channels[${i}]`);
    warnings.push(...r.warnings);
    if (r.value) out.push(r.value);
  });
  if (warnings.length) warn(`channels data has problems (${warnings.length}):\n- ${warnings.join('\n- ')}`);
  return out;
}

/**
 * The channels of one service, always in the same order (see {@link channelOrder}): online,
 * phone, chat, video, visit, mail. Give them as data (`channels`, validated at runtime) or as
 * `arki-service-channel` children; both are sorted together, keeping the given order within
 * a type. A list, so screen readers tell how many ways there are.
 *
 * @summary A service's channels in a consistent order, each with its details and hours.
 * @status beta
 * @since 0.1.0
 *
 * @slot - `arki-service-channel` elements (any order).
 *
 * @csspart list - The list of channels.
 * @csspart item - One list item.
 * @csspart empty - The text shown when there are no channels.
 *
 * @cssproperty --arki-service-channels-min-column - Narrowest column before the grid wraps (default 18rem).
 */
export class ArkiServiceChannels extends ArkiElement {
  static override shadowRootOptions: ShadowRootInit = { ...ArkiElement.shadowRootOptions, slotAssignment: 'manual' };
  static override styles = [reset, typography, styles];

  static override properties: PropertyDeclarations = {
    channels: {},
    label: {},
    headingLevel: { attribute: 'heading-level' },
    hoursVariant: { attribute: 'hours-variant' },
    hour12: { type: Boolean },
    now: { converter: dateConverter },
    clock: { attribute: false },
    jsonLd: { type: Boolean, attribute: 'json-ld' },
  };

  /** The channels as data (or JSON in the attribute). */
  declare channels?: ServiceChannel[] | string;
  /** Accessible name of the list; default "Asiointitavat" / "Sätt att uträtta ärendet" / "Ways to use the service". */
  declare label: string;
  /** Heading level of each channel, 2–6 (default 3). */
  declare headingLevel: number | string;
  /** How hours show in each channel: `compact` (default), `full` or `status`. */
  declare hoursVariant: string;
  declare hour12: boolean;
  /** A fixed current time for every channel's hours. */
  declare now?: Date;
  /** The clock for every channel's hours (tests). */
  declare clock?: () => Date;
  /** Also output the channels as schema.org JSON-LD in the light DOM, for search engines. */
  declare jsonLd: boolean;

  private parsed: ServiceChannel[] = [];
  private items: Item[] = [];
  private readonly ld = new JsonLdScript(this);
  private observer?: MutationObserver;

  constructor() {
    super();
    this.label = '';
    this.headingLevel = 3;
    this.hoursVariant = 'compact';
    this.hour12 = false;
    this.jsonLd = false;
  }

  /** The channels in display order (data and children). */
  get orderedTypes(): string[] {
    return this.items.map((i) => i.type);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer = new MutationObserver(() => this.requestUpdate());
    this.observer.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['type'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  private channelChildren(): ArkiServiceChannel[] {
    if (typeof document === 'undefined' || !this.isConnected) return [];
    return [...this.children].filter((el): el is ArkiServiceChannel => el.localName === 'arki-service-channel');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('channels')) this.parsed = parseServiceChannels(this.channels, (m) => this.warn(m));
    const data: Item[] = this.parsed.map((c, i) => ({ key: `d${i}`, type: c.type, channel: c }));
    const light: Item[] = this.channelChildren().map((el, i) => ({ key: `c${i}`, type: el.channel?.type ?? el.getAttribute('type') ?? '', element: el }));
    this.items = [...data, ...light].map((item, i) => ({ item, i }))
      .sort((a, b) => rank(a.item.type) - rank(b.item.type) || a.i - b.i)
      .map((x) => x.item);
  }

  protected override updated(): void {
    for (const slot of this.renderRoot.querySelectorAll<HTMLSlotElement>('slot[data-key]')) {
      const item = this.items.find((i) => i.key === slot.dataset['key']);
      if (item?.element) slot.assign(item.element);
    }
    if (this.jsonLd) {
      const all = [...this.parsed, ...this.channelChildren().map((el) => el.serviceChannel).filter((c): c is ServiceChannel => !!c)];
      const locale = dataLocale(this.localize.code);
      this.ld.set({ '@context': 'https://schema.org', '@graph': all.map((c) => toServiceChannel(c, locale)) });
    } else {
      this.ld.set(undefined);
    }
  }

  private renderItem(item: Item): TemplateResult {
    if (item.element) return html`<li part="item" class="item"><slot data-key=${item.key}></slot></li>`;
    return html`<li part="item" class="item">
      <arki-service-channel
        .channel=${item.channel}
        heading-level=${String(this.headingLevel)}
        hours-variant=${this.hoursVariant}
        ?hour12=${this.hour12}
        .now=${this.now}
        .clock=${this.clock}
      ></arki-service-channel>
    </li>`;
  }

  protected override render(): TemplateResult {
    const s = this.localize.strings(serviceStrings);
    if (this.items.length === 0) return html`<p part="empty" class="empty">${s.channelsEmpty}</p>`;
    return html`<ul part="list" class="list" role="list" aria-label=${this.label || s.channelsLabel}>
      ${repeat(this.items, (i) => i.key, (i) => this.renderItem(i))}
    </ul>`;
  }
}

defineElement('arki-service-channels', ArkiServiceChannels);

declare global {
  interface HTMLElementTagNameMap {
    'arki-service-channels': ArkiServiceChannels;
  }
}
