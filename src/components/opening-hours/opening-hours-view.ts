/**
 * The week table and the exceptions list of `arki-opening-hours`, as pure template functions
 * of resolved data, so the element class keeps only state, timing and composition.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  formatDate, formatRanges, formatWeekday, getDay, localize,
  type ArkiLocale, type DayHours, type OpeningException, type OpeningHours, type TimeRange,
} from '../../data/index.js';
import type { ServiceStrings } from '../../i18n/service.js';
import { text } from '../service-card/service-shared.js';

export interface ViewContext {
  locale: ArkiLocale;
  hour12: boolean;
  s: ServiceStrings;
}

/**
 * A day's hours: "Suljettu", or the ranges, each kept on one line ("klo 8.00–12.00" does not
 * break after the dash) while a long list of ranges still wraps between them.
 */
function hoursText(closed: boolean, ranges: readonly TimeRange[], ctx: ViewContext): TemplateResult | string {
  if (closed) return ctx.s.hoursClosed;
  const parts = formatRanges(ranges, ctx.locale, { hour12: ctx.hour12 }).split(', ');
  return html`${parts.map((p, i) => html`${i ? ', ' : ''}<span class="range">${p}</span>`)}`;
}

/** The seven days as a real table: a caption, column headers, the day as a row header. */
export function weekTable(week: readonly DayHours[], caption: string, ctx: ViewContext): TemplateResult {
  const { locale, s } = ctx;
  return html`<table part="table" class="week">
    <caption>${caption}</caption>
    <thead>
      <tr><th scope="col">${s.hoursDay}</th><th scope="col">${s.hoursTime}</th></tr>
    </thead>
    <tbody>
      ${week.map(
        (day) => html`<tr class=${day.isToday ? 'today' : ''} aria-current=${ifDefined(day.isToday ? 'date' : undefined)}>
          <th scope="row">
            <span class="weekday">${formatWeekday(day.isoWeekday, locale)}</span>
            <span class="date">${formatDate(day.date, locale)}</span>
            ${day.isToday ? html`<span class="today-marker">${s.hoursToday}</span>` : nothing}
          </th>
          <td>
            <span class="hours">${hoursText(day.closed, day.ranges, ctx)}</span>
            ${day.note !== undefined ? html`<span class="day-note">${text(day.note, locale)}</span>` : nothing}
          </td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** "YYYY-MM-DD" plus `days` calendar days. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function dateLabel(hours: OpeningHours, iso: string, now: Date, ctx: ViewContext): string {
  const day = getDay(hours, iso, now);
  const weekday = day ? `${formatWeekday(day.isoWeekday, ctx.locale, 'short')} ` : '';
  return `${weekday}${formatDate(iso, ctx.locale)}`;
}

function exceptionItem(hours: OpeningHours, ex: OpeningException, now: Date, ctx: ViewContext): TemplateResult {
  const dates = ex.endDate
    ? `${dateLabel(hours, ex.date, now, ctx)}–${dateLabel(hours, ex.endDate, now, ctx)}`
    : dateLabel(hours, ex.date, now, ctx);
  const closed = ex.closed === true || !ex.ranges?.length;
  return html`<li>
    <span class="ex-date">${dates}</span>${ex.note !== undefined ? html` <span class="ex-note">${text(ex.note, ctx.locale)}</span>` : nothing}:
    <span class="hours">${hoursText(closed, ex.ranges ?? [], ctx)}</span>
  </li>`;
}

/**
 * Upcoming exceptions (from today to `days` ahead, in date order) and a current or coming
 * temporary closure. Nothing when there are none.
 */
export function exceptionList(hours: OpeningHours, today: string, days: number, now: Date, ctx: ViewContext, id: string): TemplateResult | typeof nothing {
  const last = addDays(today, days);
  const upcoming = (hours.exceptions ?? [])
    .filter((ex) => (ex.endDate ?? ex.date) >= today && ex.date <= last)
    .sort((a, b) => a.date.localeCompare(b.date));
  const tc = hours.temporarilyClosed;
  const closure = tc && (!tc.until || tc.until >= today) && tc.from <= last ? tc : undefined;
  if (upcoming.length === 0 && !closure) return nothing;
  return html`<div class="exceptions" part="exceptions">
    <p class="exceptions-title" id=${id}>${ctx.s.hoursExceptions}</p>
    <ul aria-labelledby=${id}>
      ${closure
        ? html`<li>
            ${ctx.s.hoursClosedUntil(formatDate(closure.from, ctx.locale), closure.until ? formatDate(closure.until, ctx.locale) : '')}${closure.note !== undefined
              ? html`: <span class="ex-note">${text(closure.note, ctx.locale)}</span>`
              : nothing}
          </li>`
        : nothing}
      ${upcoming.map((ex) => exceptionItem(hours, ex, now, ctx))}
    </ul>
  </div>`;
}

/** The notice under the status line: a temporary closure, or today's exception with its note. */
export function todayNotice(day: DayHours | undefined, ctx: ViewContext): string {
  if (!day) return '';
  const note = localize(day.note, ctx.locale);
  if (day.temporaryClosure && !day.exception) {
    const until = day.temporaryClosure.until ? formatDate(day.temporaryClosure.until, ctx.locale) : '';
    return ctx.s.hoursTemporarilyClosed(note, until);
  }
  if (day.exception && note) return ctx.s.hoursExceptionToday(note);
  return '';
}
