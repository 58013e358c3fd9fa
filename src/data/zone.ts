/**
 * Calendar and time-zone arithmetic built on `Intl.DateTimeFormat` only.
 *
 * Local calendar dates are handled as *day numbers*: whole days since
 * 1970-01-01 in the proleptic Gregorian calendar, independent of any zone.
 * Times of day are minutes since local midnight (0–1440).
 */

/**
 * The time zone opening hours are interpreted in unless they say otherwise.
 * @since 0.1.0
 */
export const DEFAULT_TIME_ZONE = 'Europe/Helsinki';

/**
 * ISO 8601 weekday: 1 = Monday … 7 = Sunday.
 * @since 0.1.0
 */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const MS_MINUTE = 60_000;
const MS_DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Whether `timeZone` is an IANA zone this engine's Intl knows.
 * @since 0.1.0
 */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading of an instant, as UTC milliseconds ("local epoch"). */
function wallMs(instantMs: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const hour = p['hour'] === 24 ? 0 : (p['hour'] ?? 0);
  return Date.UTC(p['year'] ?? 1970, (p['month'] ?? 1) - 1, p['day'] ?? 1, hour, p['minute'] ?? 0, p['second'] ?? 0);
}

/**
 * UTC offset of `timeZone` at an instant, in milliseconds (e.g. +7 200 000
 * for Helsinki in winter).
 * @since 0.1.0
 */
export function offsetAt(instantMs: number, timeZone: string): number {
  const whole = Math.floor(instantMs / 1000) * 1000;
  return wallMs(whole, timeZone) - whole;
}

/**
 * The local calendar day (day number) and minute of day of an instant.
 * @since 0.1.0
 */
export function toLocal(instant: Date | number, timeZone: string): { day: number; minute: number } {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const wall = ms + offsetAt(ms, timeZone);
  const day = Math.floor(wall / MS_DAY);
  return { day, minute: Math.floor((wall - day * MS_DAY) / MS_MINUTE) };
}

/**
 * The instant (epoch ms) of a local wall-clock time. `minute` may be 1440
 * (24:00 = next midnight). Disambiguation follows Temporal's "compatible"
 * mode: a time skipped by a spring-forward gap is pushed forward by the gap
 * length (03:30 on the Helsinki DST-start day → 04:30 EEST); a time that
 * occurs twice after a fall-back resolves to the earlier instant.
 * @since 0.1.0
 */
export function toInstant(day: number, minute: number, timeZone: string): number {
  const wall = day * MS_DAY + minute * MS_MINUTE;
  const before = offsetAt(wall - MS_DAY, timeZone);
  const after = offsetAt(wall + MS_DAY, timeZone);
  const t1 = wall - before;
  if (before === after) return t1;
  const t2 = wall - after;
  const ok1 = offsetAt(t1, timeZone) === before;
  const ok2 = offsetAt(t2, timeZone) === after;
  if (ok1 && ok2) return Math.min(t1, t2);
  if (ok2 && !ok1) return t2;
  return t1; // valid with the earlier offset, or inside a gap
}

/**
 * ISO weekday of a day number (1970-01-01 was a Thursday).
 * @since 0.1.0
 */
export function weekdayOf(day: number): IsoWeekday {
  return ((((day + 3) % 7) + 7) % 7 + 1) as IsoWeekday;
}

/**
 * Day number → "YYYY-MM-DD".
 * @since 0.1.0
 */
export function dayToIso(day: number): string {
  return new Date(day * MS_DAY).toISOString().slice(0, 10);
}

/**
 * "YYYY-MM-DD" → day number, or undefined for anything that is not a real
 * calendar date (2025-02-30, 2025-13-01, "31.12.2025").
 * @since 0.1.0
 */
export function isoToDay(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return ms / MS_DAY;
}

/**
 * "HH:MM" → minutes since midnight. Accepts "H:MM"; "24:00" only when
 * `allow24` is true (as a closing time). Returns undefined when malformed.
 * @since 0.1.0
 */
export function parseClock(value: string, allow24 = false): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(value);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59) return undefined;
  if (h === 24 && min === 0 && allow24) return 1440;
  if (h > 23) return undefined;
  return h * 60 + min;
}

/**
 * Minutes since midnight → "HH:MM" (1440 → "24:00").
 * @since 0.1.0
 */
export function clockToString(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
