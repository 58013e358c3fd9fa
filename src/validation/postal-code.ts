/**
 * Finnish postal code (postinumero): exactly five digits, `00000`–`99999`.
 *
 * Input is trimmed; the normalised value is the five digits. No check is
 * made that the code is currently in use by Posti.
 *
 * Reasons: `empty`; `format` (anything other than digits, including inner
 * spaces); `length` (digits only, but not five of them).
 *
 * @example
 * validatePostalCode(' 00100 ') // { valid: true, value: '00100' }
 *
 * @since 0.1.0
 */
import { fail, isDigits, ok, trimInput } from './shared.js';
import type { ValidationResult } from './types.js';

/**
 * Validates a Finnish postal code; see the module documentation.
 *
 * @since 0.1.0
 */
export const validatePostalCode = (value: string): ValidationResult => {
  const input = trimInput(value);
  if (input === '') return fail('empty');
  if (!isDigits(input)) return fail('format');
  if (input.length !== 5) return fail('length');
  return ok(input);
};
