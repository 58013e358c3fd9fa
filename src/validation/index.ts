/**
 * Finnish input validators: pure functions that run in Node and browsers
 * without DOM access. Each returns a {@link ValidationResult} with either
 * the normalised value or a {@link ValidationReason}.
 *
 * The {@link validators} registry lets a text field pick a validator by
 * name, e.g. `<arki-text-field validate="hetu">`.
 *
 * @since 0.1.0
 */
import { validateBusinessId } from './business-id.js';
import { validateHetu } from './hetu.js';
import { validateIban } from './iban.js';
import { validatePhone } from './phone.js';
import { validatePostalCode } from './postal-code.js';
import type { Validator } from './types.js';

export type { ValidationReason, ValidationResult, Validator } from './types.js';
export { validateBusinessId } from './business-id.js';
export { isTemporaryHetu, parseHetu, validateHetu, type HetuInfo } from './hetu.js';
export { IBAN_LENGTHS, formatIban, validateIban } from './iban.js';
export { validatePhone, type PhoneOptions } from './phone.js';
export { validatePostalCode } from './postal-code.js';

const registry = {
  hetu: validateHetu,
  'business-id': validateBusinessId,
  'postal-code': validatePostalCode,
  iban: validateIban,
  // Wrapped so that a caller passing extra arguments cannot set options.
  phone: (value: string) => validatePhone(value),
} satisfies Record<string, Validator>;

/**
 * Name of a built-in validator, usable as a text field's `validate`
 * attribute: `'hetu' | 'business-id' | 'postal-code' | 'iban' | 'phone'`.
 *
 * @since 0.1.0
 */
export type ValidatorName = keyof typeof registry;

/**
 * Built-in validators by name. `phone` uses the default options
 * (international numbers allowed).
 *
 * @since 0.1.0
 */
export const validators: Readonly<Record<ValidatorName, Validator>> = Object.freeze(registry);

/**
 * Type guard for {@link ValidatorName}. Only own keys of {@link validators}
 * match, so `'toString'` or `'constructor'` are not validator names.
 *
 * @since 0.1.0
 */
export const isValidatorName = (name: string): name is ValidatorName =>
  Object.prototype.hasOwnProperty.call(validators, name);
