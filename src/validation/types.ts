/**
 * Shared result and reason types for Arki's Finnish input validators.
 *
 * Every validator in `@arki/ui/validation` is a pure function
 * `(value: string) => ValidationResult`. A successful result carries the
 * **normalised** value (for example a phone number in E.164 form, an IBAN
 * in electronic form without spaces, an upper-cased henkilötunnus) that the
 * form layer should store or submit. A failed result carries one
 * {@link ValidationReason} that the form layer maps to a localised message
 * naming the field, e.g. `hetu` + `checksum` →
 * "Tarkista henkilötunnuksen tarkistusmerkki".
 *
 * @since 0.1.0
 */

/**
 * Why a value was rejected. The set is shared by all validators and kept
 * deliberately small; each validator documents which codes it can return.
 *
 * - `empty`    – nothing but whitespace was given. Validators do not decide
 *                whether a field is required; the form layer usually checks
 *                emptiness first and only validates non-empty values.
 * - `format`   – wrong characters or wrong shape (letters where digits
 *                belong, misplaced separators, missing prefix).
 * - `length`   – the characters are of the right kind but there are too few
 *                or too many of them (including an IBAN whose length does not
 *                match its country, or a too short/long phone number).
 * - `checksum` – the check character / check digits do not match.
 * - `date`     – an embedded date does not exist (31.4., 29.2. in a
 *                non-leap year).
 * - `century`  – unknown century sign in a henkilötunnus.
 * - `range`    – a numeric part is outside its allowed range (henkilötunnus
 *                individual number 000 or 001).
 * - `country`  – unknown or disallowed country (IBAN country code without an
 *                IBAN format, or a foreign phone number when international
 *                numbers are not allowed).
 *
 * @since 0.1.0
 */
export type ValidationReason =
  | 'empty'
  | 'format'
  | 'length'
  | 'checksum'
  | 'date'
  | 'century'
  | 'range'
  | 'country';

/**
 * Outcome of a validator. `value` is the normalised form of the input and is
 * only present when the input is valid.
 *
 * @since 0.1.0
 */
export type ValidationResult =
  | { valid: true; value: string }
  | { valid: false; reason: ValidationReason };

/**
 * A pure validator: no DOM access, no I/O, same output for the same input.
 *
 * @since 0.1.0
 */
export type Validator = (value: string) => ValidationResult;
