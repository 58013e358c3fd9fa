import type { DatePart } from '../../i18n/date-input.js';

/**
 * The pure date logic of `arki-date-input`: checking three typed parts as a real date,
 * the ISO value, and formatting a date for messages. No DOM: server and test safe.
 * @since 0.1.0
 */

export type { DatePart };
export const dateParts: readonly DatePart[] = ['day', 'month', 'year'];

/** What the user typed, untouched. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** What is wrong, and with which parts (they get `aria-invalid`; the first gets focus). */
export type DateProblem =
  | { kind: 'empty'; parts: DatePart[] }
  | { kind: 'missing'; parts: DatePart[] }
  | { kind: 'year-digits'; parts: DatePart[] }
  | { kind: 'not-real'; parts: DatePart[] };

export interface DateCheck {
  /** `YYYY-MM-DD` when the parts make a real date, else ''. */
  iso: string;
  problem: DateProblem | null;
}

export const emptyParts = (): DateParts => ({ day: '', month: '', year: '' });

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const monthNameCache = new Map<string, Map<string, number>>();

/** Month names and abbreviations in `locales` ("tammikuu", "tammi", "januari", "Jan") → 1–12. */
export function monthNames(locales: readonly string[]): Map<string, number> {
  const key = locales.join(',');
  let names = monthNameCache.get(key);
  if (names) return names;
  names = new Map();
  for (const locale of locales) {
    for (const month of ['long', 'short'] as const) {
      let format: Intl.DateTimeFormat;
      try {
        format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      } catch {
        continue; // an unknown locale code a page registered: numbers still work
      }
      for (let m = 0; m < 12; m++) {
        const name = format.format(Date.UTC(2000, m, 15)).toLocaleLowerCase(locale).replace(/\.$/u, '');
        if (!names.has(name)) names.set(name, m + 1);
      }
    }
  }
  monthNameCache.set(key, names);
  return names;
}

/** 1–12 from digits ("3", "03") or a month name; null when it is neither. */
export function parseMonth(text: string, names?: Map<string, number>): number | null {
  const t = text.trim();
  if (/^\d+$/u.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= 12 ? n : null;
  }
  return names?.get(t.toLowerCase().replace(/\.$/u, '')) ?? null;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Checks the three parts, in GOV.UK's order: nothing entered; some parts missing; parts that
 * cannot be part of any date (day 32, month 13, year "24"); a day the month does not have
 * (31.2., 29.2. outside leap years).
 */
export function checkDate(parts: DateParts, names?: Map<string, number>): DateCheck {
  const text = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const missing = dateParts.filter((p) => !text[p]);
  if (missing.length === 3) return { iso: '', problem: { kind: 'empty', parts: [...dateParts] } };
  if (missing.length) return { iso: '', problem: { kind: 'missing', parts: missing } };

  const day = /^\d+$/u.test(text.day) ? Number(text.day) : NaN;
  const month = parseMonth(text.month, names);
  const yearIsNumber = /^\d+$/u.test(text.year);
  const year = yearIsNumber && text.year.length === 4 ? Number(text.year) : NaN;
  const bad: DatePart[] = [];
  if (!(day >= 1 && day <= 31)) bad.push('day');
  if (month === null) bad.push('month');
  if (!(year >= 1)) bad.push('year');
  if (bad.length === 1 && bad[0] === 'year' && yearIsNumber && text.year.length !== 4) return { iso: '', problem: { kind: 'year-digits', parts: ['year'] } };
  if (bad.length || month === null) return { iso: '', problem: { kind: 'not-real', parts: bad } };
  if (day > daysInMonth(year, month)) return { iso: '', problem: { kind: 'not-real', parts: ['day'] } };
  return { iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, problem: null };
}

/** Parts from an ISO `YYYY-MM-DD` string (not checked for being real); null when malformed. */
export function partsFromIso(iso: string): DateParts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso.trim());
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1]! } : null;
}

/** The ISO date when `iso` is a well-formed real date, else ''. */
export function realIso(iso: string): string {
  const parts = partsFromIso(iso);
  return parts ? checkDate(parts).iso : '';
}

/**
 * A whole date typed or pasted into one part ("24.12.2024", "24/12/2024", "2024-12-24"),
 * split into its parts; null when the text is not one.
 */
export function splitWholeDate(text: string): DateParts | null {
  const t = text.trim();
  const dmy = /^(\d{1,2})[./\s-]+(\d{1,2})[./\s-]+(\d{4})$/u.exec(t);
  if (dmy) return { day: dmy[1]!, month: dmy[2]!, year: dmy[3]! };
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(t);
  return ymd ? { day: ymd[3]!, month: ymd[2]!, year: ymd[1]! } : null;
}

/** A real ISO date in words for `locale` ("1. tammikuuta 2024", "1 January 2024"). */
export function formatIsoDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d); // not Date.UTC: it maps years 0–99 to 1900–1999
  try {
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  } catch {
    return iso;
  }
}
