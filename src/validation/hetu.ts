/**
 * Henkilötunnus (HETU), the Finnish personal identity code: `DDMMYYCZZZQ`.
 *
 * - `DDMMYY` – date of birth.
 * - `C` – century sign:
 *   - `+` → 1800s;
 *   - `-`, `Y`, `X`, `W`, `V`, `U` → 1900s;
 *   - `A`, `B`, `C`, `D`, `E`, `F` → 2000s.
 *   The letters other than `-` and `A` were introduced on 1 January 2023 and
 *   are equivalent to them; all are accepted for any birth date.
 * - `ZZZ` – individual number 002–899; odd for men, even for women.
 *   900–999 are temporary identifiers (tilapäinen henkilötunnus). They are
 *   valid here, and {@link parseHetu} / {@link isTemporaryHetu} expose them.
 *   000 and 001 are never issued.
 * - `Q` – control character: the nine-digit number `DDMMYYZZZ` modulo 31,
 *   used as an index into `0123456789ABCDEFHJKLMNPRSTUVWXY`.
 *
 * Input is trimmed and upper-cased; the normalised value is the upper-case
 * code. The date must exist in the calendar (leap years included). A birth
 * date in the future is **not** rejected, to keep the validator pure
 * (independent of the current date).
 *
 * Reasons, checked in this order: `empty`, `length` (not 11 characters),
 * `format` (non-digits in the date or individual number, or a control
 * character outside the alphabet of letters and digits), `century`, `date`,
 * `range` (individual number 000/001), `checksum`.
 *
 * @example
 * validateHetu(' 131052-308t ') // { valid: true, value: '131052-308T' }
 * validateHetu('131052-308U')   // { valid: false, reason: 'checksum' }
 *
 * @since 0.1.0
 */
import { fail, ok, trimInput } from './shared.js';
import type { ValidationResult } from './types.js';

const CONTROL_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

const CENTURIES: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

const SHAPE = /^(\d{2})(\d{2})(\d{2})(.)(\d{3})([0-9A-Z])$/;

/**
 * Information carried by a valid henkilötunnus.
 *
 * @since 0.1.0
 */
export interface HetuInfo {
  /** Date of birth as ISO 8601 `YYYY-MM-DD`. */
  birthDate: string;
  /** Derived from the parity of the individual number (odd = male). */
  sex: 'female' | 'male';
  /** Individual number 900–999: a temporary identifier. */
  temporary: boolean;
}

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

type Parsed = { ok: true; value: string; info: HetuInfo } | { ok: false; result: ValidationResult };

const parse = (input: string): Parsed => {
  const value = trimInput(input).toUpperCase();
  const reject = (result: ValidationResult): Parsed => ({ ok: false, result });
  if (value === '') return reject(fail('empty'));
  if (value.length !== 11) return reject(fail('length'));
  const match = SHAPE.exec(value);
  if (!match) return reject(fail('format'));
  const [, dd = '', mm = '', yy = '', sign = '', individual = '', control = ''] = match;
  const century = CENTURIES[sign];
  if (century === undefined) return reject(fail('century'));
  const year = century + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return reject(fail('date'));
  const individualNumber = Number(individual);
  if (individualNumber < 2) return reject(fail('range'));
  if (CONTROL_CHARACTERS[Number(dd + mm + yy + individual) % 31] !== control) return reject(fail('checksum'));
  return {
    ok: true,
    value,
    info: {
      birthDate: `${year}-${mm}-${dd}`,
      sex: individualNumber % 2 === 1 ? 'male' : 'female',
      temporary: individualNumber >= 900,
    },
  };
};

/**
 * Validates a henkilötunnus; see the module documentation for the rules.
 *
 * @since 0.1.0
 */
export const validateHetu = (value: string): ValidationResult => {
  const parsed = parse(value);
  return parsed.ok ? ok(parsed.value) : parsed.result;
};

/**
 * Extracts birth date, sex and the temporary flag from a henkilötunnus, or
 * returns `null` when the code is not valid according to {@link validateHetu}.
 *
 * @example
 * parseHetu('131052-308T') // { birthDate: '1952-10-13', sex: 'female', temporary: false }
 *
 * @since 0.1.0
 */
export const parseHetu = (value: string): HetuInfo | null => {
  const parsed = parse(value);
  return parsed.ok ? parsed.info : null;
};

/**
 * True when `value` is a valid henkilötunnus with an individual number
 * 900–999 (a temporary identifier). Use it to reject temporary codes where
 * a permanent one is required.
 *
 * @since 0.1.0
 */
export const isTemporaryHetu = (value: string): boolean => parseHetu(value)?.temporary === true;
