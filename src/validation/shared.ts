/**
 * Internal helpers shared by the validators. Not part of the public API
 * (not re-exported from `validation/index.ts`).
 *
 * @since 0.1.0
 * @internal
 */
import type { ValidationReason, ValidationResult } from './types.js';

/** Successful result carrying the normalised value. */
export const ok = (value: string): ValidationResult => ({ valid: true, value });

/** Failed result with a reason code. */
export const fail = (reason: ValidationReason): ValidationResult => ({ valid: false, reason });

/**
 * Trims surrounding whitespace (including no-break spaces). Non-string input
 * from untyped callers is treated as empty instead of throwing.
 */
export const trimInput = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Removes every whitespace character (spaces, tabs, no-break spaces). */
export const removeWhitespace = (value: string): string => value.replace(/\s+/g, '');

/** True when `value` is one or more ASCII digits and nothing else. */
export const isDigits = (value: string): boolean => /^[0-9]+$/.test(value);

/**
 * Remainder of a long decimal digit string modulo `divisor`, computed in
 * chunks so that it stays exact for numbers beyond `Number.MAX_SAFE_INTEGER`
 * (IBANs expand to ~70 digits). `divisor` must be below 10^7.
 */
export const mod = (digits: string, divisor: number): number => {
  let remainder = 0;
  for (let i = 0; i < digits.length; i += 7) {
    remainder = Number(String(remainder) + digits.slice(i, i + 7)) % divisor;
  }
  return remainder;
};
