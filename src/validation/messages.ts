/**
 * The validation message layer: turns a failed constraint or a validator's reason code into a
 * localised message that names the field or the kind of data and says what to do (GOV.UK error
 * message guidance: "Syötä sähköpostiosoite muodossa nimi@esimerkki.fi", not "Invalid value").
 * Every form control builds its messages here, so wording stays consistent across controls.
 * Only types are imported from the DOM side: the functions themselves are pure.
 * @since 0.1.0
 */
import type { ValidationFailure } from '../base/arki-form-element.js';
import type { LocalizeController } from '../controllers/localize.js';
import { formStrings, type FormStrings } from '../i18n/forms.js';
import type { ValidatorName } from './index.js';
import type { ValidationReason } from './types.js';

/** What a message needs from the element's localisation: the common strings, groups, numbers. */
export type MessageLocale = Pick<LocalizeController, 't' | 'strings' | 'number'>;

const byValidator: Record<ValidatorName, keyof FormStrings> = {
  hetu: 'formValidateHetu',
  'business-id': 'formValidateBusinessId',
  'postal-code': 'formValidatePostalCode',
  iban: 'formValidateIban',
  phone: 'formValidatePhone',
};

/**
 * The message for a built-in validator's failure, e.g. `('hetu', 'checksum')` →
 * "Tarkista henkilötunnuksen tarkistusmerkki (viimeinen merkki)".
 * @since 0.1.0
 */
export function validatorMessage(locale: MessageLocale, name: ValidatorName, reason: ValidationReason, label: string): string {
  const s = locale.strings(formStrings);
  const key = byValidator[name];
  const fn = key ? (s[key] as ((r: ValidationReason) => string) | undefined) : undefined;
  return fn ? fn(reason) : s.formValidateOther(label);
}

/** A failed constraint and what its message needs. Numbers are formatted for the locale. */
export type Constraint =
  | { flag: 'valueMissing'; choice?: boolean }
  | { flag: 'typeMismatch'; type: 'email' | 'url' }
  | { flag: 'patternMismatch' }
  | { flag: 'tooShort'; min: number }
  | { flag: 'tooLong'; max: number }
  | { flag: 'rangeUnderflow'; min: number | string }
  | { flag: 'rangeOverflow'; max: number | string }
  | { flag: 'stepMismatch'; below?: number; above?: number }
  | { flag: 'badInput' };

const show = (locale: MessageLocale, n: number | string): string => (typeof n === 'number' ? locale.number(n, { maximumFractionDigits: 20 }) : n);

/**
 * A field-naming failure for a built-in constraint. `choice` words a required choice
 * ("Valitse kotikunta") instead of an entry ("Syötä sukunimi").
 * @since 0.1.0
 */
export function constraintFailure(locale: MessageLocale, label: string, c: Constraint): ValidationFailure {
  const t = locale.strings(formStrings);
  switch (c.flag) {
    case 'valueMissing':
      return { flag: c.flag, message: c.choice ? locale.strings(formStrings).formChooseMissing(label) : t.valueMissing(label) };
    case 'typeMismatch':
      return { flag: c.flag, message: c.type === 'email' ? t.typeMismatchEmail(label) : t.typeMismatchUrl(label) };
    case 'patternMismatch':
      return { flag: c.flag, message: t.patternMismatch(label) };
    case 'tooShort':
      return { flag: c.flag, message: t.tooShort(label, c.min) };
    case 'tooLong':
      return { flag: c.flag, message: t.tooLong(label, c.max) };
    case 'rangeUnderflow':
      return { flag: c.flag, message: t.rangeUnderflow(label, show(locale, c.min)) };
    case 'rangeOverflow':
      return { flag: c.flag, message: t.rangeOverflow(label, show(locale, c.max)) };
    case 'stepMismatch': {
      const s = locale.strings(formStrings);
      const message =
        c.below === undefined || c.above === undefined ? s.formStepInteger(label) : s.formStepMismatch(label, show(locale, c.below), show(locale, c.above));
      return { flag: c.flag, message };
    }
    case 'badInput':
      return { flag: c.flag, message: t.badInput(label) };
  }
}

/**
 * A validator's failure as a form failure. Validator failures are format errors, so they set
 * `patternMismatch` (a page can still tell them apart by the message).
 * @since 0.1.0
 */
export function validatorFailure(locale: MessageLocale, name: ValidatorName, reason: ValidationReason, label: string): ValidationFailure {
  return { flag: 'patternMismatch', message: validatorMessage(locale, name, reason, label) };
}
