/**
 * Telephone numbers, with Finnish numbers as the main case.
 *
 * Accepted input (trimmed): digits with optional spaces, hyphens and
 * parentheses as separators, and an optional leading `+`. Dots, slashes,
 * letters and extensions are rejected.
 *
 * Finnish numbers may be written
 * - nationally with the trunk prefix 0: `040 123 4567`, `09 1234 567`,
 *   `(09) 123 4567`, `0401234567`;
 * - internationally: `+358 40 123 4567`, `00358 40 123 4567`. A redundant
 *   trunk zero after the country code (`+358 (0)40 123 4567`,
 *   `+358 040 123 4567`) is dropped.
 *
 * The national significant number (NSN, the digits after `+358` or the
 * trunk 0) must be 5–12 digits and must not start with 0. The number plan
 * itself is not checked, so service and nationwide numbers written with the
 * trunk prefix (`0800 123 456`, `0600 123 456`, `020 123 4567`,
 * `010 123 4567`) are **accepted**; short numbers without the trunk prefix
 * (`112`, `116 117`) are rejected with `format`.
 *
 * With `allowInternational` (default `true`), numbers with another country
 * code (`+46 8 123 456 78`, `0046 8 …`) are accepted when they have 7–15
 * digits in total (the E.164 maximum is 15); with `allowInternational:
 * false` they are rejected with `country`.
 *
 * The normalised value is E.164: `+` followed by digits only, e.g.
 * `+358401234567`.
 *
 * Reasons: `empty`; `format` (bad characters, `+` not at the start, no
 * trunk prefix or country code, a 0 where the NSN or country code starts);
 * `length` (too few or too many digits); `country` (foreign number while
 * `allowInternational` is false).
 *
 * @example
 * validatePhone('(09) 123 4567') // { valid: true, value: '+35891234567' }
 * validatePhone('+46 8 123 456 78', { allowInternational: false }) // { valid: false, reason: 'country' }
 *
 * @since 0.1.0
 */
import { fail, ok, trimInput } from './shared.js';
import type { ValidationResult } from './types.js';

/**
 * Options for {@link validatePhone}.
 *
 * @since 0.1.0
 */
export interface PhoneOptions {
  /** Accept numbers with a country code other than +358. Default `true`. */
  allowInternational?: boolean;
}

const FINLAND = '358';
const NSN_MIN = 5;
const NSN_MAX = 12;
const E164_MIN = 7;
const E164_MAX = 15;

const finnish = (nsn: string): ValidationResult => {
  if (nsn.startsWith('0')) return fail('format');
  if (nsn.length < NSN_MIN || nsn.length > NSN_MAX) return fail('length');
  return ok(`+${FINLAND}${nsn}`);
};

/**
 * Validates a phone number; see the module documentation. The second
 * argument is optional, so the function is also a plain {@link Validator}.
 *
 * @since 0.1.0
 */
export const validatePhone = (value: string, options: PhoneOptions = {}): ValidationResult => {
  const { allowInternational = true } = options;
  const input = trimInput(value);
  if (input === '') return fail('empty');
  if (!/^\+?[\d\s()-]+$/.test(input)) return fail('format');
  const compact = input.replace(/[\s()-]/g, '');
  let digits: string;
  if (compact.startsWith('+')) digits = compact.slice(1);
  else if (compact.startsWith('00')) digits = compact.slice(2);
  else if (compact.startsWith('0')) return finnish(compact.slice(1));
  else return fail('format');

  if (digits.startsWith(FINLAND)) {
    const nsn = digits.slice(FINLAND.length);
    return finnish(nsn.startsWith('0') ? nsn.slice(1) : nsn);
  }
  if (digits === '') return fail('length');
  if (digits.startsWith('0')) return fail('format');
  if (!allowInternational) return fail('country');
  if (digits.length < E164_MIN || digits.length > E164_MAX) return fail('length');
  return ok(`+${digits}`);
};
