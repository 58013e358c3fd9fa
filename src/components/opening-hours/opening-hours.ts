import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { announce } from '../../controllers/announcer.js';
import {
  getStatus, getStatusLine, getWeek, isValidTimeZone, localize, parseOpeningHours,
  type DayHours, type OpeningHours, type OpeningStatus,
} from '../../data/index.js';
import { serviceStrings } from '../../i18n/service.js';
import { focusRing, reset, visuallyHidden } from '../../styles/shared.js';
import { typography } from '../../styles/typography.js';
import '../icon/icon.js';
import { dataLocale, dateConverter, parseData } from '../service-card/service-shared.js';
import { exceptionList, todayNotice, weekTable, type ViewContext } from './opening-hours-view.js';
import styles from './opening-hours.styles.js';

export const openingHoursVariants = ['full', 'compact', 'status'] as const;
export type OpeningHoursVariant = (typeof openingHoursVariants)[number];

/** Longest single wait: timers do not run while a device sleeps, so re-check at least this often. */
const MAX_DELAY = 10 * 60_000;
/** Fire just after the change, never just before it. */
const MARGIN = 50;

let nextId = 0;

/**
 * Opening hours with a live status line ("Avoinna nyt, sulkeutuu klo 16.00"), the current
 * week as a table with today marked, upcoming exceptions (public holidays, special dates) and
 * temporary closures. Times are computed in the hours' time zone (default Europe/Helsinki,
 * DST-correct) and formatted for the nearest `lang` (fi "klo 8.00–16.00", sv "kl. 8.00–16.00",
 * en 24-hour "08:00–16:00" or, with `hour12`, "8:00 am–4:00 pm").
 *
 * The status refreshes by itself at its next change (closing, closing soon, opening, midnight)
 * with one timer, cleared when the element leaves the page. Changes are not announced by
 * default: a status that speaks up by itself interrupts whatever the user is reading. With
 * `announce-changes`, a flip between open and closed while the page is open is announced
 * politely. Pin the time with `now` (stories, screenshots) or inject `clock` (tests).
 *
 * Data: `hours` takes an {@link OpeningHours} object (property) or its JSON (attribute). It is
 * validated at runtime; problems give one dev warning and the valid parts still render.
 *
 * @summary Opening hours: live open/closed status, the week with today marked, exceptions.
 * @status beta
 * @since 0.1.0
 *
 * @csspart status - The status line.
 * @csspart notice - Today's exception or temporary closure notice.
 * @csspart table - The week table.
 * @csspart exceptions - The list of upcoming exceptions.
 * @csspart details - The disclosure holding the week in the `compact` variant.
 *
 * @cssproperty --arki-opening-hours-today-background - Background of today's row.
 */
export class ArkiOpeningHours extends ArkiElement {
  static override styles = [reset, typography, focusRing, visuallyHidden, styles];

  static override properties: PropertyDeclarations = {
    hours: {},
    variant: { reflect: true },
    label: {},
    context: {},
    timeZone: { attribute: 'time-zone' },
    hour12: { type: Boolean },
    now: { converter: dateConverter },
    clock: { attribute: false },
    announceChanges: { type: Boolean, attribute: 'announce-changes' },
    exceptionDays: { type: Number, attribute: 'exception-days' },
  };

  /** The hours: an object, or JSON in the attribute. Validated at runtime. */
  declare hours?: OpeningHours | string;
  /** `full` (status, week, exceptions), `compact` (status; week in a disclosure) or `status` (status line only). */
  declare variant: OpeningHoursVariant;
  /** Table caption; default "Aukioloajat" / "Öppettider" / "Opening hours" (with `context`: "Aukioloajat: Kauppakadun palvelupiste"). */
  declare label: string;
  /**
   * What the hours are for: the place or channel, e.g. "Kauppakadun palvelupiste". Where several
   * hours are on one page it tells them apart: the compact disclosure is named "Näytä viikon
   * aukioloajat: Kauppakadun palvelupiste" (the context visually hidden, after the visible words).
   */
  declare context: string;
  /** IANA time zone for hours that do not name one (the municipality's zone). Default Europe/Helsinki. */
  declare timeZone: string;
  /** 12-hour clock ("8:00 am"); default 24-hour in every language. */
  declare hour12: boolean;
  /** A fixed current time (a Date, or an ISO date-time attribute). While set, the status does not tick. */
  declare now?: Date;
  /** The clock to read the current time from (default `() => new Date()`); injectable for tests. */
  declare clock?: () => Date;
  /** Politely announce when the status flips between open and closed while the page is open. */
  declare announceChanges: boolean;
  /** How many days ahead exceptions are listed (default 60). */
  declare exceptionDays: number;

  private parsed?: OpeningHours;
  private status?: OpeningStatus;
  private week: DayHours[] = [];
  private at = new Date(NaN);
  private timer?: ReturnType<typeof setTimeout>;
  private flipped = false;
  private readonly uid = `arki-oh-${++nextId}`;

  constructor() {
    super();
    this.variant = 'full';
    this.label = '';
    this.context = '';
    this.timeZone = '';
    this.hour12 = false;
    this.announceChanges = false;
    this.exceptionDays = 60;
  }

  /** The validated hours in use (undefined when none or unusable). */
  get openingHours(): OpeningHours | undefined {
    return this.parsed;
  }

  /** The status shown, as computed at the last render. */
  get openingStatus(): OpeningStatus | undefined {
    return this.status;
  }

  /** Whether `now` pins the time (an invalid `now` does not: it warns and the clock is used). */
  private get pinned(): boolean {
    if (!this.now) return false;
    if (this.now instanceof Date && !Number.isNaN(this.now.getTime())) return true;
    this.warn(`now="${String(this.now)}" is not a valid date; using the clock.`);
    return false;
  }

  /** The current time: `now` when pinned, else the clock. */
  currentTime(): Date {
    if (this.pinned) return this.now!;
    const t = this.clock?.();
    return t instanceof Date && !Number.isNaN(t.getTime()) ? t : new Date();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
    if (this.hasUpdated) this.requestUpdate(); // reschedule after being moved or re-attached
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private onVisibility = (): void => {
    if (document.visibilityState === 'visible') this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) this.variant = this.oneOf('variant', this.variant, openingHoursVariants, 'full');
    if (changed.has('hours') || changed.has('timeZone')) this.parsed = this.parse();
    const before = this.status;
    this.at = this.currentTime();
    this.status = this.parsed ? getStatus(this.parsed, this.at) : undefined;
    this.week = this.parsed ? getWeek(this.parsed, this.at) : [];
    this.flipped = !!before && !!this.status && before.open !== this.status.open && !changed.has('hours');
  }

  private parse(): OpeningHours | undefined {
    const value = parseData(this.hours, 'hours', parseOpeningHours, (m) => this.warn(m));
    if (!value || !this.timeZone) return value;
    const raw = typeof this.hours === 'object' ? this.hours : undefined;
    const named = raw ? !!raw.timeZone : typeof this.hours === 'string' && this.hours.includes('"timeZone"');
    if (named) return value;
    if (isValidTimeZone(this.timeZone)) return { ...value, timeZone: this.timeZone };
    this.warn(`unknown time-zone="${this.timeZone}"; using ${value.timeZone}.`);
    return value;
  }

  protected override updated(): void {
    if (this.flipped && this.announceChanges) announce(this.sentence(), 'polite', this.localize.code);
    this.schedule();
  }

  /** One timer, to the status' next change (clamped), only while connected and not pinned. */
  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const next = this.status?.nextChange;
    if (!this.isConnected || this.pinned || !next) return;
    const delay = Math.min(Math.max(next.getTime() - this.currentTime().getTime(), 0) + MARGIN, MAX_DELAY);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.requestUpdate();
    }, delay);
  }

  private get contextText(): string {
    return String(this.context ?? '').trim();
  }

  private get ctx(): ViewContext {
    return { locale: dataLocale(this.localize.code), hour12: this.hour12, s: this.localize.strings(serviceStrings) };
  }

  private sentence(): string {
    if (!this.status) return '';
    const ctx = this.ctx;
    return ctx.s.hoursStatus(getStatusLine(this.status, this.at, { locale: ctx.locale, hour12: ctx.hour12 }));
  }

  private renderStatus(ctx: ViewContext): TemplateResult {
    const status = this.status!;
    const today = this.week.find((d) => d.isToday);
    const notice = todayNotice(today, ctx);
    const closure = !status.open && !!status.temporaryClosure && !status.exception;
    const state = status.open ? (status.closingSoon ? 'closing-soon' : 'open') : closure ? 'temporarily-closed' : 'closed';
    const icon = { open: 'success', 'closing-soon': 'warning', closed: 'clock', 'temporarily-closed': 'info' }[state];
    return html`<p part="status" class="status" data-state=${state}>
        <arki-icon name=${icon}></arki-icon><span class="status-text">${this.sentence()}</span>
      </p>
      ${notice ? html`<p part="notice" class="notice">${notice}</p>` : nothing}`;
  }

  private renderWeek(ctx: ViewContext): TemplateResult {
    const hours = this.parsed!;
    const today = this.week.find((d) => d.isToday)?.date ?? '';
    const days = Number.isFinite(this.exceptionDays) && this.exceptionDays >= 0 ? this.exceptionDays : 60;
    const note = localize(hours.note, ctx.locale);
    const context = this.contextText;
    return html`${weekTable(this.week, this.label || (context ? `${ctx.s.hoursCaption}: ${context}` : ctx.s.hoursCaption), ctx)}
      ${today ? exceptionList(hours, today, days, this.at, ctx, `${this.uid}-ex`) : nothing}
      ${note ? html`<p class="general-note">${note}</p>` : nothing}`;
  }

  protected override render(): TemplateResult {
    const ctx = this.ctx;
    if (!this.parsed || !this.status) return html`<p part="status" class="status unavailable">${ctx.s.hoursUnavailable}</p>`;
    if (this.variant === 'status') return this.renderStatus(ctx);
    if (this.variant === 'compact') {
      return html`${this.renderStatus(ctx)}
        <details part="details" class="details">
          <summary class="focus-ring"
            ><span>${ctx.s.hoursShowWeek}</span>${this.contextText ? html`<span class="visually-hidden">: ${this.contextText}</span>` : nothing}</summary
          >
          ${this.renderWeek(ctx)}
        </details>`;
    }
    return html`${this.renderStatus(ctx)}${this.renderWeek(ctx)}`;
  }
}

defineElement('arki-opening-hours', ArkiOpeningHours);

declare global {
  interface HTMLElementTagNameMap {
    'arki-opening-hours': ArkiOpeningHours;
  }
}
