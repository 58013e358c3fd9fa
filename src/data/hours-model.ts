/**
 * The opening-hours data model (close to schema.org OpeningHoursSpecification
 * and PTV service hours) and its tolerant parser.
 */
import type { LocalizedText } from './text.js';
import { DEFAULT_TIME_ZONE, isoToDay, isValidTimeZone, parseClock, clockToString, type IsoWeekday } from './zone.js';
import {
  at, isRecord, parseBoolean, parseList, parseLocalizedText, parseString, show, warn,
  type ParseResult, type Warnings,
} from './parse-utils.js';

/**
 * One opening period of a day, local wall-clock "HH:MM". `closes` may be
 * "24:00". When `closes` is not after `opens` the range spans midnight and
 * belongs to the day it starts on (Fri 22:00–02:00 is open at Sat 01:00);
 * "00:00"–"00:00" is a full 24 hours.
 * @since 0.1.0
 */
export interface TimeRange {
  opens: string;
  closes: string;
}

/**
 * Regular weekly hours for one or more ISO weekdays. An empty `ranges` list
 * means closed on those days; weekdays without any rule are closed too.
 * Rules with a validity period (e.g. summer hours) replace the rules without
 * one on the dates they cover.
 * @since 0.1.0
 */
export interface WeeklyRule {
  days: IsoWeekday[];
  ranges: TimeRange[];
  /** First date ("YYYY-MM-DD") the rule applies on. */
  validFrom?: string;
  /** Last date ("YYYY-MM-DD", inclusive) the rule applies on. */
  validThrough?: string;
}

/**
 * Hours for a specific date or date range that override the weekly rules,
 * e.g. a public holiday. Closed when `closed` is true or `ranges` is empty.
 * @since 0.1.0
 */
export interface OpeningException {
  /** "YYYY-MM-DD". */
  date: string;
  /** Last date of a multi-day exception ("YYYY-MM-DD", inclusive). */
  endDate?: string;
  closed?: boolean;
  ranges?: TimeRange[];
  /** Name or explanation, e.g. { fi: 'Itsenäisyyspäivä', sv: 'Självständighetsdagen' }. */
  note?: LocalizedText;
}

/**
 * A period during which the place is closed regardless of its weekly rules
 * (renovation, strike...). Date-exceptions with hours still apply inside it.
 * @since 0.1.0
 */
export interface TemporaryClosure {
  /** First closed date, "YYYY-MM-DD". */
  from: string;
  /** Last closed date (inclusive); omitted = until further notice. */
  until?: string;
  note?: LocalizedText;
}

/**
 * Opening hours of a place or service channel.
 * @since 0.1.0
 */
export interface OpeningHours {
  /** IANA time zone the wall-clock times are in; default 'Europe/Helsinki'. */
  timeZone?: string;
  /** Open around the clock every day; `weekly` is then ignored. */
  open24h?: boolean;
  weekly?: WeeklyRule[];
  exceptions?: OpeningException[];
  temporarilyClosed?: TemporaryClosure;
  /** General note, e.g. "Ajanvarauksella myös muina aikoina". */
  note?: LocalizedText;
}

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function parseDay(w: Warnings, path: string, value: unknown): IsoWeekday | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) {
    if (value >= 1 && value <= 7) return value as IsoWeekday;
    if (value === 0) {
      warn(w, path, 'weekday 0 is not ISO 8601; read as Sunday (7)');
      return 7;
    }
  } else if (typeof value === 'string') {
    const name = value.trim().toLowerCase().replace(/^https?:\/\/schema\.org\//, '');
    const index = DAY_NAMES.indexOf(name);
    if (index >= 0) return (index + 1) as IsoWeekday;
  }
  warn(w, path, `not an ISO weekday (1 = Monday … 7 = Sunday): ${show(value)}; dropped`);
  return undefined;
}

function parseTime(w: Warnings, path: string, value: unknown, closing: boolean): string | undefined {
  let s = typeof value === 'string' ? value.trim() : '';
  if (/^\d{1,2}\.\d{2}$/.test(s)) {
    warn(w, path, `time ${show(s)} uses a dot; read as ${show(s.replace('.', ':'))}`);
    s = s.replace('.', ':');
  }
  s = s.replace(/^(\d{1,2}:\d{2}):00$/, '$1'); // schema.org "08:00:00"
  const minutes = parseClock(s, closing);
  if (minutes === undefined) {
    warn(w, path, `malformed time ${show(value)} (expected "HH:MM" 00:00–${closing ? '24:00' : '23:59'})`);
    return undefined;
  }
  return clockToString(minutes);
}

/** Parses one range from `{ opens, closes }`, `{ start, end }`, `{ from, to }` or "08:00–16:00". @internal */
export function parseRange(w: Warnings, path: string, value: unknown): TimeRange | undefined {
  let opens: unknown;
  let closes: unknown;
  if (typeof value === 'string') {
    [opens, closes] = value.split(/\s*[-–—]\s*/);
  } else if (isRecord(value)) {
    opens = value['opens'] ?? value['start'] ?? value['from'];
    closes = value['closes'] ?? value['end'] ?? value['to'];
  }
  const o = parseTime(w, at(path, 'opens'), opens, false);
  const c = parseTime(w, at(path, 'closes'), closes, true);
  if (o === undefined || c === undefined) {
    warn(w, path, `time range ${show(value)} dropped`);
    return undefined;
  }
  return { opens: o, closes: c };
}

function parseRanges(w: Warnings, path: string, value: unknown): TimeRange[] {
  return parseList(w, path, value, parseRange).sort((a, b) => a.opens.localeCompare(b.opens));
}

function parseDate(w: Warnings, path: string, value: unknown): string | undefined {
  const s = parseString(w, path, value);
  if (s === undefined) return undefined;
  if (isoToDay(s) !== undefined) return s;
  warn(w, path, `not a valid "YYYY-MM-DD" date: ${show(s)}`);
  return undefined;
}

/** Parses an ordered pair of dates, swapping a reversed pair with a warning. */
function datePair(w: Warnings, path: string, a?: string, b?: string): [string | undefined, string | undefined] {
  if (a && b && b < a) {
    warn(w, path, `end date ${b} is before start date ${a}; swapped`);
    return [b, a];
  }
  return [a, b];
}

function parseWeekly(w: Warnings, path: string, value: unknown): WeeklyRule | undefined {
  if (!isRecord(value)) {
    warn(w, path, `expected a weekly rule object, got ${show(value)}; dropped`);
    return undefined;
  }
  const rawDays = value['days'] ?? value['dayOfWeek'] ?? value['day'];
  const dayList = rawDays === undefined ? [] : Array.isArray(rawDays) ? rawDays : [rawDays];
  const days = [...new Set(parseList(w, at(path, 'days'), dayList, parseDay))];
  if (days.length === 0) {
    warn(w, path, 'weekly rule without valid days; dropped');
    return undefined;
  }
  const flat = value['ranges'] === undefined && value['opens'] !== undefined;
  const ranges = flat ? parseRanges(w, path, [value]) : parseRanges(w, at(path, 'ranges'), value['ranges']);
  const rule: WeeklyRule = { days: days.sort(), ranges };
  const [from, through] = datePair(w, path,
    parseDate(w, at(path, 'validFrom'), value['validFrom']),
    parseDate(w, at(path, 'validThrough'), value['validThrough']));
  if (from) rule.validFrom = from;
  if (through) rule.validThrough = through;
  return rule;
}

function parseException(w: Warnings, path: string, value: unknown): OpeningException | undefined {
  if (!isRecord(value)) {
    warn(w, path, `expected an exception object, got ${show(value)}; dropped`);
    return undefined;
  }
  const [date, endDate] = datePair(w, path,
    parseDate(w, at(path, 'date'), value['date']),
    parseDate(w, at(path, 'endDate'), value['endDate']));
  if (!date) {
    warn(w, path, 'exception without a valid date; dropped');
    return undefined;
  }
  const out: OpeningException = { date };
  if (endDate && endDate !== date) out.endDate = endDate;
  const closed = parseBoolean(w, at(path, 'closed'), value['closed']);
  const ranges = closed ? [] : parseRanges(w, at(path, 'ranges'), value['ranges']);
  if (closed && value['ranges'] !== undefined) warn(w, at(path, 'ranges'), 'ignored because closed is true');
  if (closed || ranges.length === 0) out.closed = true;
  else out.ranges = ranges;
  const note = parseLocalizedText(w, at(path, 'note'), value['note'] ?? value['name']);
  if (note !== undefined) out.note = note;
  return out;
}

function parseClosure(w: Warnings, path: string, value: unknown): TemporaryClosure | undefined {
  if (value === undefined || value === null || value === false) return undefined;
  if (!isRecord(value)) {
    warn(w, path, `expected { from, until?, note? }, got ${show(value)}; ignored`);
    return undefined;
  }
  const [from, until] = datePair(w, path,
    parseDate(w, at(path, 'from'), value['from']),
    parseDate(w, at(path, 'until'), value['until']));
  if (!from) {
    warn(w, path, 'temporary closure without a valid from date; ignored');
    return undefined;
  }
  const out: TemporaryClosure = { from };
  if (until) out.until = until;
  const note = parseLocalizedText(w, at(path, 'note'), value['note']);
  if (note !== undefined) out.note = note;
  return out;
}

/**
 * Validates untrusted opening hours (e.g. JSON from a CMS). Never throws:
 * malformed times ("25:00"), bad dates, unknown weekdays and invalid time
 * zones are dropped or repaired, each with a warning. `value` is undefined
 * only when the input is not an object. The time zone is always filled in.
 * @param path Location prefix for the warnings, e.g. 'channels[0].hours'.
 * @since 0.1.0
 */
export function parseOpeningHours(input: unknown, path = ''): ParseResult<OpeningHours> {
  const warnings: string[] = [];
  return { value: readOpeningHours(warnings, path, input), warnings };
}

/** Parser body shared with the channel and contact parsers. @internal */
export function readOpeningHours(w: Warnings, path: string, value: unknown): OpeningHours | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    warn(w, path, `expected an opening hours object, got ${show(value)}; dropped`);
    return undefined;
  }
  let timeZone = parseString(w, at(path, 'timeZone'), value['timeZone']) ?? DEFAULT_TIME_ZONE;
  if (!isValidTimeZone(timeZone)) {
    warn(w, at(path, 'timeZone'), `unknown time zone ${show(timeZone)}; using ${DEFAULT_TIME_ZONE}`);
    timeZone = DEFAULT_TIME_ZONE;
  }
  const hours: OpeningHours = {
    timeZone,
    weekly: parseList(w, at(path, 'weekly'), value['weekly'], parseWeekly),
    exceptions: parseList(w, at(path, 'exceptions'), value['exceptions'], parseException),
  };
  const open24h = parseBoolean(w, at(path, 'open24h'), value['open24h']);
  if (open24h) hours.open24h = true;
  const closure = parseClosure(w, at(path, 'temporarilyClosed'), value['temporarilyClosed']);
  if (closure) hours.temporarilyClosed = closure;
  const note = parseLocalizedText(w, at(path, 'note'), value['note']);
  if (note !== undefined) hours.note = note;
  return hours;
}
