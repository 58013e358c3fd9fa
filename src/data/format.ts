/**
 * Locale-aware formatting of opening hours (fi / sv / en) with `Intl`, and
 * the structured status line the components turn into a sentence.
 *
 * Output is deliberately normalised so it is identical across engines:
 * - Intl supplies the digits, the 12-hour conversion, day periods and
 *   weekday / month names; the hour–minute separator is pinned per locale
 *   ('.' for fi and sv as in Finnish usage, ':' for en) because ICU
 *   versions disagree (e.g. plain `sv` gives "8:00", `sv-FI` "8.00").
 * - Any no-break space Intl emits (U+00A0, or U+202F NARROW NO-BREAK SPACE
 *   before "am"/"pm" in newer ICU) becomes a plain U+0020 space. Keep
 *   times together with CSS (`white-space: nowrap`) rather than with NBSPs.
 * - English day periods are lower-case without dots: "8:00 am".
 *
 * Clock default: 24-hour in every locale, English included ("08:00–16:00").
 * Arki serves Finnish municipalities whose signage, letters and Finnish /
 * Swedish pages use the 24-hour clock, and an English page quoting the same
 * hours should not make readers convert. Pass `hour12: true` for
 * "8:00 am–4:00 pm".
 */
import type { ArkiLocale } from './text.js';
import type { TimeRange } from './hours-model.js';
import type { OpeningStatus } from './opening-hours.js';
import { DEFAULT_TIME_ZONE, dayToIso, parseClock, toLocal, weekdayOf, type IsoWeekday } from './zone.js';

/**
 * Options for the time formatters.
 * @since 0.1.0
 */
export interface TimeFormatOptions {
  /** 12-hour clock; default false (24-hour) for every locale. */
  hour12?: boolean;
  /** Zone for Date arguments; default 'Europe/Helsinki'. "HH:MM" strings are wall-clock already. */
  timeZone?: string;
}

/**
 * Options for range formatters.
 * @since 0.1.0
 */
export interface RangeFormatOptions extends TimeFormatOptions {
  /** Prepend "klo " (fi) / "kl. " (sv); default true. English has no prefix. */
  prefix?: boolean;
}

/**
 * The word put before clock times: fi "klo", sv "kl.", en "" (none).
 * @since 0.1.0
 */
export const TIME_PREFIX: Readonly<Record<ArkiLocale, string>> = { fi: 'klo', sv: 'kl.', en: '' };

const TAGS: Record<ArkiLocale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const SEPARATOR: Record<ArkiLocale, string> = { fi: '.', sv: '.', en: ':' };
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: ArkiLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(TAGS[locale], options);
    cache.set(key, f);
  }
  return f;
}

/**
 * Replaces the no-break spaces Intl may emit (U+00A0, U+202F) with U+0020.
 * @since 0.1.0
 */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\u00A0\u202F]/g, ' ');
}

/**
 * Formats a wall-clock "HH:MM" (or an instant, in `timeZone`) as a bare time:
 * fi/sv "8.00", "16.30", "24.00"; en "08:00" or, with hour12, "8:00 am".
 * An unparseable string is returned unchanged.
 * @since 0.1.0
 */
export function formatTime(time: string | Date, locale: ArkiLocale, options: TimeFormatOptions = {}): string {
  const hour12 = options.hour12 ?? false;
  let date: Date;
  let timeZone = 'UTC';
  if (typeof time === 'string') {
    const minutes = parseClock(time, true);
    if (minutes === undefined) return time;
    if (minutes === 1440 && !hour12) return `24${SEPARATOR[locale]}00`;
    date = new Date(Date.UTC(2000, 0, 1, 0, minutes % 1440));
  } else {
    date = time;
    timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  }
  const parts = formatter(locale, { hour: 'numeric', minute: '2-digit', hourCycle: hour12 ? 'h12' : 'h23', timeZone })
    .formatToParts(date);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  const hourNumber = Number(get('hour'));
  const hour = locale === 'en' && !hour12 ? String(hourNumber).padStart(2, '0') : String(hourNumber);
  let period = normalizeSpaces(get('dayPeriod')).trim();
  if (locale === 'en') period = period.toLowerCase().replace(/\./g, '');
  return `${hour}${SEPARATOR[locale]}${get('minute')}${period ? ` ${period}` : ''}`;
}

/**
 * Formats one range with an en dash and no spaces around it:
 * fi "klo 8.00–16.00", sv "kl. 8.00–16.00", en "08:00–16:00" / "8:00 am–4:00 pm".
 * @since 0.1.0
 */
export function formatTimeRange(range: TimeRange, locale: ArkiLocale, options: RangeFormatOptions = {}): string {
  return formatRanges([range], locale, options);
}

/**
 * Formats a day's ranges, prefix once: fi "klo 8.00–12.00, 13.00–16.00".
 * Returns '' for no ranges (render your own "closed" text).
 * @since 0.1.0
 */
export function formatRanges(ranges: readonly TimeRange[], locale: ArkiLocale, options: RangeFormatOptions = {}): string {
  if (ranges.length === 0) return '';
  const text = ranges
    .map((r) => `${formatTime(r.opens, locale, options)}–${formatTime(r.closes, locale, options)}`)
    .join(', ');
  const prefix = options.prefix === false ? '' : TIME_PREFIX[locale];
  return prefix ? `${prefix} ${text}` : text;
}

/**
 * Weekday name via Intl: fi "maanantai", sv "måndag", en "Monday"
 * ('short': "ma", "mån", "Mon"). Finnish and Swedish names are lower-case.
 * @since 0.1.0
 */
export function formatWeekday(isoWeekday: IsoWeekday, locale: ArkiLocale, style: 'long' | 'short' = 'long'): string {
  // 2024-01-01 was a Monday, so 2024-01-0N has ISO weekday N.
  const date = new Date(Date.UTC(2024, 0, isoWeekday));
  return normalizeSpaces(formatter(locale, { weekday: style, timeZone: 'UTC' }).format(date));
}

/**
 * Short day-and-month via Intl: fi "24.12.", sv "24.12", en "24 December".
 * Accepts "YYYY-MM-DD" (a calendar date) or an instant (in `timeZone`).
 * @since 0.1.0
 */
export function formatDate(date: string | Date, locale: ArkiLocale, options: { timeZone?: string } = {}): string {
  const instant = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
  if (Number.isNaN(instant.getTime())) return String(date);
  const timeZone = typeof date === 'string' ? 'UTC' : (options.timeZone ?? DEFAULT_TIME_ZONE);
  const month = locale === 'en' ? 'long' : 'numeric';
  return normalizeSpaces(formatter(locale, { day: 'numeric', month, timeZone }).format(instant));
}

/**
 * The kinds of status line; each maps to one sentence template in i18n.
 * @since 0.1.0
 */
export type StatusLineKind =
  | 'open-closes-at'
  | 'closing-soon'
  | 'open-24h'
  | 'closed-opens-at'
  | 'closed-opens-tomorrow'
  | 'closed-opens-on'
  | 'closed';

/**
 * Structured parts of a status line. `time` is bare ("16.00"); templates add
 * "klo" / "kl.". On the 24-hour clock a closing at local midnight is given
 * as "24.00" of the day before. `day` (weekday name), `date` and `isoWeekday` are set for
 * 'closed-opens-on', and for 'open-closes-at' when closing is more than 24 h
 * away. `isoWeekday` lets Finnish templates use the essive ("maanantaina").
 * @since 0.1.0
 */
export interface StatusLine {
  kind: StatusLineKind;
  time?: string;
  day?: string;
  date?: string;
  isoWeekday?: IsoWeekday;
}

/**
 * Options for {@link getStatusLine}.
 * @since 0.1.0
 */
export interface StatusLineOptions {
  locale: ArkiLocale;
  hour12?: boolean;
}

/**
 * Builds the structured status line for a status from `getStatus(hours, now)`;
 * pass the same `now`. Days are compared in the status' time zone.
 * @since 0.1.0
 */
export function getStatusLine(status: OpeningStatus, now: Date, options: StatusLineOptions): StatusLine {
  const { locale, hour12 = false } = options;
  const timeZone = status.timeZone;
  const time = (d: Date): string => formatTime(d, locale, { hour12, timeZone });
  const dayParts = (d: Date, local = toLocal(d, timeZone).day): Pick<StatusLine, 'day' | 'date' | 'isoWeekday'> => {
    const isoWeekday = weekdayOf(local);
    return { day: formatWeekday(isoWeekday, locale), date: formatDate(dayToIso(local), locale), isoWeekday };
  };
  if (status.open) {
    const closesAt = status.closesAt;
    if (!closesAt) return { kind: 'open-24h' };
    // On the 24-hour clock a closing at local midnight reads as 24.00 of the
    // day before ("klo 24.00"); on the 12-hour clock as 12:00 am of the new day.
    const local = toLocal(closesAt, timeZone);
    const atMidnight = local.minute === 0 && !hour12;
    const closeTime = atMidnight ? formatTime('24:00', locale, { hour12 }) : time(closesAt);
    if (status.closingSoon) return { kind: 'closing-soon', time: closeTime };
    const line: StatusLine = { kind: 'open-closes-at', time: closeTime };
    if (closesAt.getTime() - now.getTime() <= 86_400_000) return line;
    return { ...line, ...dayParts(closesAt, atMidnight ? local.day - 1 : local.day) };
  }
  const opensAt = status.opensAt;
  if (!opensAt) return { kind: 'closed' };
  const delta = toLocal(opensAt, timeZone).day - toLocal(now, timeZone).day;
  if (delta <= 0) return { kind: 'closed-opens-at', time: time(opensAt) };
  if (delta === 1) return { kind: 'closed-opens-tomorrow', time: time(opensAt) };
  return { kind: 'closed-opens-on', time: time(opensAt), ...dayParts(opensAt) };
}
