/**
 * Y-tunnus, the Finnish business ID: `NNNNNNN-C`.
 *
 * The check digit `C` is computed from the seven-digit body with the weights
 * 7, 9, 10, 5, 8, 4, 2 (from left to right). With `r` the weighted sum
 * modulo 11: `r = 0` → check digit 0; `r = 1` → the body is never issued
 * (no valid check digit exists); otherwise the check digit is `11 - r`.
 *
 * Accepted input (trimmed):
 * - `1572860-0` – the official form;
 * - `737546-2` – old IDs with a six-digit body, padded with a leading zero
 *   and normalised to `0737546-2`;
 * - `15728600` – eight digits without the hyphen, normalised to `1572860-0`.
 *
 * The normalised value is always `NNNNNNN-C`. The VAT form (`FI15728600`)
 * is not accepted.
 *
 * Reasons: `empty`; `format` (anything other than digits and one hyphen
 * before the last digit); `length` (wrong number of digits);
 * `checksum` (wrong check digit, or a body whose remainder is 1).
 *
 * @example
 * validateBusinessId('737546-2') // { valid: true, value: '0737546-2' }
 *
 * @since 0.1.0
 */
import { fail, isDigits, ok, trimInput } from './shared.js';
import type { ValidationResult } from './types.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

/**
 * Check digit for a seven-digit body, or `null` when the body can have no
 * valid check digit (weighted sum modulo 11 is 1).
 */
const checkDigit = (body: string): number | null => {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(body[i]), 0);
  const remainder = sum % 11;
  if (remainder === 1) return null;
  return remainder === 0 ? 0 : 11 - remainder;
};

/**
 * Validates a Finnish business ID (Y-tunnus); see the module documentation.
 *
 * @since 0.1.0
 */
export const validateBusinessId = (value: string): ValidationResult => {
  const input = trimInput(value);
  if (input === '') return fail('empty');
  let body: string;
  let check: string;
  const hyphenated = /^(\d+)-(\d)$/.exec(input);
  if (hyphenated) {
    body = hyphenated[1] ?? '';
    check = hyphenated[2] ?? '';
    if (body.length === 6) body = `0${body}`;
    if (body.length !== 7) return fail('length');
  } else if (isDigits(input)) {
    if (input.length !== 8) return fail('length');
    body = input.slice(0, 7);
    check = input.slice(7);
  } else {
    return fail('format');
  }
  if (checkDigit(body) !== Number(check)) return fail('checksum');
  return ok(`${body}-${check}`);
};
