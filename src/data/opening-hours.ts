/**
 * Pure opening-hours logic: "is it open now, until when, when does it open
 * next" and the current week, computed in the hours' IANA time zone with
 * `Intl` only. Every function takes the current instant explicitly (an
 * injectable clock), so results are deterministic and testable.
 */
import type { LocalizedText } from './text.js';
import type { OpeningException, OpeningHours, TemporaryClosure, TimeRange } from './hours-model.js';
import {
  DEFAULT_TIME_ZONE, dayToIso, isoToDay, isValidTimeZone, parseClock, toInstant, toLocal, weekdayOf, type IsoWeekday,
} from './zone.js';

/**
 * The resolved hours of one local calendar date.
 * @since 0.1.0
 */
export interface DayHours {
  /** Local date, "YYYY-MM-DD". */
  date: string;
  isoWeekday: IsoWeekday;
  /** Ranges in effect after exceptions and closures; empty = closed. */
  ranges: TimeRange[];
  closed: boolean;
  isToday: boolean;
  /** The date exception that decided this day's hours, if any. */
  exception?: OpeningException;
  /** The temporary closure covering this date, if any. */
  temporaryClosure?: TemporaryClosure;
  /** The exception's note, else the closure's note (e.g. "Itsenäisyyspäivä"). */
  note?: LocalizedText;
}

/**
 * Open/closed status at an instant.
 * @since 0.1.0
 */
export interface OpeningStatus {
  open: boolean;
  /** When the current open period ends; undefined when closed or when it lasts past the search window (24 h). */
  closesAt?: Date;
  /** Next opening when closed, searched up to `searchDays` ahead; undefined when open or not found. */
  opensAt?: Date;
  /** Open and closing within `closingSoonMinutes`. */
  closingSoon: boolean;
  /** The exception applying to today's local date (for its note). */
  exception?: OpeningException;
  /** The temporary closure covering today's local date. */
  temporaryClosure?: TemporaryClosure;
  /**
   * Earliest instant at which this status, or the status line built from
   * it, may change (closing-soon threshold, closing, opening, or the next
   * local midnight when "tomorrow" becomes "today"). Set one timer for it
   * and call `getStatus` again.
   */
  nextChange?: Date;
  /** The time zone the status was computed in. */
  timeZone: string;
}

/**
 * Options for {@link getStatus}.
 * @since 0.1.0
 */
export interface StatusOptions {
  /** "Closing soon" threshold in minutes; default 30. */
  closingSoonMinutes?: number;
  /** How many days ahead to search for the next opening; default 14. */
  searchDays?: number;
}

interface Interval {
  start: number;
  end: number;
}

const FULL_DAY: TimeRange = { opens: '00:00', closes: '24:00' };

/** The hours' zone; an unknown zone (unparsed input) falls back to the default rather than throwing. */
function zoneOf(hours: OpeningHours): string {
  const tz = hours.timeZone;
  return tz && isValidTimeZone(tz) ? tz : DEFAULT_TIME_ZONE;
}

function within(iso: string, from: string | undefined, through: string | undefined): boolean {
  return (!from || iso >= from) && (!through || iso <= through);
}

function pickException(hours: OpeningHours, iso: string): OpeningException | undefined {
  let best: OpeningException | undefined;
  let bestSpan = Infinity;
  for (const ex of hours.exceptions ?? []) {
    const end = ex.endDate ?? ex.date;
    if (!within(iso, ex.date, end)) continue;
    const span = Date.parse(end) - Date.parse(ex.date);
    if (span <= bestSpan) {
      best = ex; // the shortest span wins; on a tie the later entry wins
      bestSpan = span;
    }
  }
  return best;
}

/**
 * Resolves the hours of one local date (a day number, see zone.ts).
 * Precedence: date exception > temporary closure > open24h > weekly rules.
 */
function resolveDay(hours: OpeningHours, day: number, today: number): DayHours {
  const date = dayToIso(day);
  const isoWeekday = weekdayOf(day);
  const exception = pickException(hours, date);
  const tc = hours.temporarilyClosed;
  const temporaryClosure = tc && within(date, tc.from, tc.until) ? tc : undefined;
  let ranges: TimeRange[];
  if (exception) {
    ranges = exception.closed ? [] : (exception.ranges ?? []);
  } else if (temporaryClosure) {
    ranges = [];
  } else if (hours.open24h) {
    ranges = [FULL_DAY];
  } else {
    const rules = hours.weekly ?? [];
    const dated = rules.filter((r) => (r.validFrom || r.validThrough) && within(date, r.validFrom, r.validThrough));
    const pool = dated.length > 0 ? dated : rules.filter((r) => !r.validFrom && !r.validThrough);
    ranges = pool.filter((r) => r.days.includes(isoWeekday)).flatMap((r) => r.ranges);
    ranges.sort((a, b) => a.opens.localeCompare(b.opens));
  }
  const out: DayHours = { date, isoWeekday, ranges, closed: ranges.length === 0, isToday: day === today };
  if (exception) out.exception = exception;
  if (temporaryClosure) out.temporaryClosure = temporaryClosure;
  const note = exception?.note ?? temporaryClosure?.note;
  if (note !== undefined) out.note = note;
  return out;
}

/** Open intervals (epoch ms) of the ranges starting on local days first..last, merged. */
function intervals(hours: OpeningHours, first: number, last: number): Interval[] {
  const tz = zoneOf(hours);
  const list: Interval[] = [];
  for (let day = first; day <= last; day++) {
    for (const range of resolveDay(hours, day, NaN).ranges) {
      const opens = parseClock(range.opens);
      const closes = parseClock(range.closes, true);
      if (opens === undefined || closes === undefined) continue; // unparsed input
      const start = toInstant(day, opens, tz);
      const end = closes > opens ? toInstant(day, closes, tz) : toInstant(day + 1, closes, tz);
      if (end > start) list.push({ start, end });
    }
  }
  list.sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const i of list) {
    const prev = merged[merged.length - 1];
    if (prev && i.start <= prev.end) prev.end = Math.max(prev.end, i.end);
    else merged.push({ ...i });
  }
  return merged;
}

/**
 * Open/closed status of `hours` at `now`, computed in the hours' time zone.
 * Correct across DST changes, midnight-spanning ranges, exceptions and
 * temporary closures. Half-open: open at the opening minute, closed at the
 * closing minute. Never throws: an Invalid Date gives a bare "closed" status
 * and an unknown time zone falls back to Europe/Helsinki.
 *
 * @example
 * const s = getStatus(hours, new Date());
 * if (s.nextChange) setTimeout(update, s.nextChange.getTime() - Date.now());
 * @since 0.1.0
 */
export function getStatus(hours: OpeningHours, now: Date, options: StatusOptions = {}): OpeningStatus {
  const { closingSoonMinutes = 30, searchDays = 14 } = options;
  const tz = zoneOf(hours);
  const nowMs = now.getTime();
  if (Number.isNaN(nowMs)) return { open: false, closingSoon: false, timeZone: tz }; // Invalid Date
  const today = toLocal(nowMs, tz).day;
  const last = today + Math.max(1, searchDays);
  const horizon = toInstant(last + 1, 0, tz);
  const list = intervals(hours, today - 1, last);
  const current = list.find((i) => i.start <= nowMs && nowMs < i.end);
  const info = resolveDay(hours, today, today);

  const status: OpeningStatus = { open: current !== undefined, closingSoon: false, timeZone: tz };
  const changes: number[] = [toInstant(today + 1, 0, tz)];
  if (current) {
    if (current.end < horizon) {
      status.closesAt = new Date(current.end);
      const threshold = current.end - closingSoonMinutes * 60_000;
      status.closingSoon = nowMs >= threshold;
      changes.push(current.end);
      if (threshold > nowMs) changes.push(threshold);
    }
  } else {
    const next = list.find((i) => i.start > nowMs && i.start < horizon);
    if (next) {
      status.opensAt = new Date(next.start);
      changes.push(next.start);
    }
  }
  status.nextChange = new Date(Math.min(...changes));
  if (info.exception) status.exception = info.exception;
  if (info.temporaryClosure) status.temporaryClosure = info.temporaryClosure;
  return status;
}

/**
 * The seven days (Monday first) of the week containing `now` in the hours'
 * time zone, with exceptions and closures applied. `weekOffset` shifts
 * whole weeks (1 = next week). Midnight-spanning ranges are listed on the
 * day they start. An Invalid Date gives an empty list.
 * @since 0.1.0
 */
export function getWeek(hours: OpeningHours, now: Date, weekOffset = 0): DayHours[] {
  if (Number.isNaN(now.getTime())) return [];
  const today = toLocal(now, zoneOf(hours)).day;
  const monday = today - (weekdayOf(today) - 1) + 7 * weekOffset;
  return Array.from({ length: 7 }, (_, i) => resolveDay(hours, monday + i, today));
}

/**
 * The resolved hours of one local date ("YYYY-MM-DD"); `isToday` compares
 * with `now` in the hours' time zone. Returns undefined for an invalid date.
 * @since 0.1.0
 */
export function getDay(hours: OpeningHours, date: string, now: Date): DayHours | undefined {
  const day = isoToDay(date);
  if (day === undefined) return undefined;
  return resolveDay(hours, day, Number.isNaN(now.getTime()) ? NaN : toLocal(now, zoneOf(hours)).day);
}
