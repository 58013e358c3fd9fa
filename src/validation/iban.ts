/**
 * IBAN, the International Bank Account Number (ISO 13616).
 *
 * Rules:
 * 1. Whitespace is removed and letters are upper-cased; the result (the
 *    "electronic format", e.g. `FI2112345600000785`) is the normalised value.
 * 2. Shape: two-letter country code, two check digits, then letters and
 *    digits only.
 * 3. The country must have an IBAN format in the IBAN registry and the total
 *    length must match it (Finland: 18). See {@link IBAN_LENGTHS}.
 * 4. Check digits must be 02–98 and the ISO 7064 MOD 97-10 check must hold:
 *    move the first four characters to the end, replace letters by numbers
 *    (A = 10 … Z = 35) and the remainder modulo 97 must be 1.
 *
 * The country-specific structure of the BBAN (which positions are letters
 * or digits, national check digits) is not checked.
 *
 * Reasons: `empty`; `format` (bad shape or characters); `country` (no IBAN
 * format for the country code); `length` (wrong length for the country);
 * `checksum`.
 *
 * @example
 * validateIban('fi21 1234 5600 0007 85') // { valid: true, value: 'FI2112345600000785' }
 * formatIban('FI2112345600000785')       // 'FI21 1234 5600 0007 85'
 *
 * @since 0.1.0
 */
import { fail, mod, ok, removeWhitespace, trimInput } from './shared.js';
import type { ValidationResult } from './types.js';

/**
 * Total IBAN length per country code, from the IBAN registry: every EU/EEA
 * country, the other SEPA members and most other registered countries.
 * Territories that use their parent's code (Åland → FI, French overseas
 * departments → FR, Jersey/Guernsey/Isle of Man → GB) are not listed
 * separately.
 *
 * @since 0.1.0
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.freeze({
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29,
  BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29,
  ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28,
  HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20,
  LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19,
  MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29,
  RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28,
  TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
});

const SHAPE = /^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/;

/** Removes whitespace and upper-cases: the IBAN electronic format. */
const toElectronic = (value: string): string => removeWhitespace(trimInput(value)).toUpperCase();

/**
 * Validates an IBAN; see the module documentation. The normalised value is
 * the electronic format without spaces.
 *
 * @since 0.1.0
 */
export const validateIban = (value: string): ValidationResult => {
  const iban = toElectronic(value);
  if (iban === '') return fail('empty');
  if (!SHAPE.test(iban)) return fail('format');
  // The shape check guarantees two upper-case letters, which can never
  // collide with Object.prototype keys.
  const expectedLength: number | undefined = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expectedLength === undefined) return fail('country');
  if (iban.length !== expectedLength) return fail('length');
  const checkDigits = Number(iban.slice(2, 4));
  if (checkDigits < 2 || checkDigits > 98) return fail('checksum');
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  if (mod(digits, 97) !== 1) return fail('checksum');
  return ok(iban);
};

/**
 * Formats an IBAN for display in the print format: upper-case, groups of
 * four characters separated by single spaces. It only reformats; it does
 * not validate, so call {@link validateIban} first when correctness matters.
 *
 * @example
 * formatIban('fi2112345600000785') // 'FI21 1234 5600 0007 85'
 *
 * @since 0.1.0
 */
export const formatIban = (value: string): string => toElectronic(value).replace(/(.{4})(?=.)/g, '$1 ');
