import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { announce } from '../../controllers/announcer.js';
import { parseService, type ChannelType, type Service } from '../../data/index.js';
import { serviceStrings } from '../../i18n/service.js';
import { fieldStyles } from '../../styles/field.js';
import { focusRing, reset, visuallyHidden } from '../../styles/shared.js';
import { typography } from '../../styles/typography.js';
import '../service-card/service-card.js';
import { serviceChannelTypes } from '../service-card/service-card.js';
import { dataLocale, headingLevel } from '../service-card/service-shared.js';
import { channelOrder } from '../service-channels/service-channels.js';
import { filterFromQuery, matches, searchText, urlWithFilter, type ServiceFilter } from './service-filter.js';
import styles from './service-list.styles.js';

/** Quiet time after the last change before the result count is announced. */
const ANNOUNCE_MS = 700;
/** Quiet time before the URL is updated (Safari limits replaceState calls). */
const URL_MS = 300;
let nextId = 0;

interface Entry {
  service: Service;
  index: string;
  types: Set<ChannelType>;
}

/**
 * A filterable list of services: a search field (Finnish-aware, case-insensitive, every word
 * must match the name, summary, description, keywords, organisation or channel names) and
 * channel checkboxes ("Voi hoitaa verkossa"; a service matches when it has any of the chosen
 * channels). Results are clickable `arki-service-card`s. The count is shown ("12 palvelua")
 * and announced politely once the user pauses; with no results there is a clear message and a
 * button that clears the filters. All native controls, so the keyboard works as everywhere.
 *
 * With `sync-url`, the filter is kept in the page's query (`?q=lupa&channel=online`) with
 * `history.replaceState` (no new history entries; other parameters and the hash are kept) and
 * restored from it when the list connects, so a filtered view can be bookmarked and shared.
 *
 * @summary Services with a text filter, channel filters, a live count and a no-results state.
 * @status beta
 * @since 0.1.0
 *
 * @csspart search - The filter form.
 * @csspart count - The visible result count.
 * @csspart results - The list of service cards.
 * @csspart no-results - The no-results message.
 */
export class ArkiServiceList extends ArkiElement {
  static override styles = [reset, typography, focusRing, visuallyHidden, fieldStyles, styles];

  static override properties: PropertyDeclarations = {
    services: { attribute: false },
    query: {},
    channels: { attribute: false },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    queryParam: { attribute: 'query-param' },
    channelParam: { attribute: 'channel-param' },
    headingLevel: { attribute: 'heading-level' },
    entries: { state: true },
  };

  /** The services (validated at runtime; unusable ones are left out with a warning). */
  declare services: Service[];
  /** The text filter. Set it to start with a search; it follows the user's typing. */
  declare query: string;
  /** The chosen channel filters. */
  declare channels: ChannelType[];
  /** Keep the filter in the URL query and restore it on load. */
  declare syncUrl: boolean;
  /** URL parameter for the text (default `q`). */
  declare queryParam: string;
  /** URL parameter for the channels (default `channel`; repeated for several). */
  declare channelParam: string;
  /** Heading level of the cards, 2–6 (default 2). */
  declare headingLevel: number | string;

  private declare entries: Entry[];
  private level = 2;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private urlTimer?: ReturnType<typeof setTimeout>;
  private readonly uid = `arki-sl-${++nextId}`;

  constructor() {
    super();
    this.services = [];
    this.query = '';
    this.channels = [];
    this.syncUrl = false;
    this.queryParam = 'q';
    this.channelParam = 'channel';
    this.headingLevel = 2;
    this.entries = [];
  }

  /** The services that pass the current filter. */
  get visibleServices(): Service[] {
    return this.filtered().map((e) => e.service);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl && typeof location !== 'undefined') {
      const f = filterFromQuery(location.search, this.params);
      if (f.query) this.query = f.query;
      if (f.channels.length) this.channels = f.channels;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    if (this.urlTimer) this.writeUrl();
  }

  private get params(): { query: string; channel: string } {
    return { query: this.queryParam || 'q', channel: this.channelParam || 'channel' };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.level = headingLevel(this.headingLevel, 2, (m) => this.warn(m));
    if (changed.has('services')) this.entries = this.parse();
  }

  private parse(): Entry[] {
    const list = Array.isArray(this.services) ? this.services : [];
    if (!Array.isArray(this.services) && this.services != null) this.warn('services must be an array; nothing is listed.');
    const locale = dataLocale(this.localize.code);
    const warnings: string[] = [];
    const out: Entry[] = [];
    list.forEach((raw, i) => {
      const r = parseService(raw);
      warnings.push(...r.warnings.map((w) => `services[${i}]: ${w}`));
      if (r.value) out.push({ service: r.value, index: searchText(r.value, locale), types: new Set(serviceChannelTypes(r.value)) });
    });
    if (warnings.length) this.warn(`services data has problems (${warnings.length}):\n- ${warnings.join('\n- ')}`);
    return out;
  }

  private get filter(): ServiceFilter {
    return { query: this.query, channels: this.channels };
  }

  private filtered(): Entry[] {
    const locale = dataLocale(this.localize.code);
    return this.entries.filter((e) => matches(e.index, e.types, this.filter, locale));
  }

  /** After a user change: announce the count once they pause, and update the URL. */
  private changed(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => this.announceCount(), ANNOUNCE_MS);
    if (this.syncUrl) {
      clearTimeout(this.urlTimer);
      this.urlTimer = setTimeout(() => this.writeUrl(), URL_MS);
    }
  }

  private announceCount(): void {
    const s = this.localize.strings(serviceStrings);
    const n = this.filtered().length;
    announce(n === 0 ? s.serviceListNoResults : s.serviceListCount(n), 'polite', this.localize.code);
  }

  private writeUrl(): void {
    clearTimeout(this.urlTimer);
    this.urlTimer = undefined;
    try {
      const next = urlWithFilter(location.href, this.filter, this.params);
      if (next !== location.href) history.replaceState(history.state, '', next);
    } catch (error) {
      this.warn(`could not update the URL (${String(error)}).`);
    }
  }

  private onInput = (e: Event): void => {
    this.query = (e.target as HTMLInputElement).value;
    this.changed();
  };

  private onChannel = (e: Event): void => {
    const box = e.target as HTMLInputElement;
    const type = box.value as ChannelType;
    this.channels = box.checked ? [...this.channels.filter((c) => c !== type), type] : this.channels.filter((c) => c !== type);
    this.changed();
  };

  /** Enter in the search field announces at once instead of submitting anything. */
  private onSubmit = (e: Event): void => {
    e.preventDefault();
    clearTimeout(this.announceTimer);
    this.announceCount();
  };

  /** Clears every filter and returns focus to the search field. */
  clearFilters(): void {
    this.query = '';
    this.channels = [];
    this.changed();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus());
  }

  private renderFilters(types: ChannelType[]): TemplateResult {
    const s = this.localize.strings(serviceStrings);
    return html`<form part="search" class="filters" role="search" aria-label=${s.serviceListFilters} @submit=${this.onSubmit}>
      <div class="field">
        <label class="label" for=${`${this.uid}-q`}>${s.serviceListSearch}</label>
        <div class="hint" id=${`${this.uid}-hint`}>${s.serviceListSearchHint}</div>
        <input id=${`${this.uid}-q`} class="control" type="search" autocomplete="off" spellcheck="false"
          aria-describedby=${`${this.uid}-hint`} .value=${this.query} @input=${this.onInput} />
      </div>
      ${types.length
        ? html`<fieldset class="channels">
            <legend class="label">${s.serviceListChannels}</legend>
            ${types.map((t) => html`<div class="check">
              <input type="checkbox" id=${`${this.uid}-${t}`} value=${t} .checked=${this.channels.includes(t)} @change=${this.onChannel} />
              <label for=${`${this.uid}-${t}`}>${s.serviceListChannelFilter[t]}</label>
            </div>`)}
          </fieldset>`
        : nothing}
    </form>`;
  }

  protected override render(): TemplateResult {
    const s = this.localize.strings(serviceStrings);
    const present = new Set(this.entries.flatMap((e) => [...e.types]));
    const types = channelOrder.filter((t) => present.has(t) || this.channels.includes(t));
    const visible = this.filtered();
    return html`${this.renderFilters(types)}
      <p part="count" class="count" id=${`${this.uid}-count`}>${s.serviceListCount(visible.length)}</p>
      ${visible.length
        ? html`<ul part="results" class="results" role="list" aria-label=${s.serviceListResults}>
            ${repeat(visible, (e) => e.service, (e) => html`<li><arki-service-card clickable heading-level=${this.level} .service=${e.service}></arki-service-card></li>`)}
          </ul>`
        : html`<div part="no-results" class="no-results">
            <p class="no-results-title">${s.serviceListNoResults}</p>
            <p>${s.serviceListNoResultsHint}</p>
            <button type="button" class="clear focus-ring" @click=${() => this.clearFilters()}>${s.serviceListClear}</button>
          </div>`}`;
  }
}

defineElement('arki-service-list', ArkiServiceList);

declare global {
  interface HTMLElementTagNameMap {
    'arki-service-list': ArkiServiceList;
  }
}
