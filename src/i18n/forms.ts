import type { ValidationReason } from '../validation/types.js';
import { defineStrings } from './strings.js';

/**
 * A field's label as it reads inside a sentence: "Sukunimi" → "sukunimi", so that
 * "Syötä sukunimi" reads as GOV.UK's "Enter your last name". Acronyms and codes keep their
 * case ("IBAN", "Y-tunnus"), a trailing colon or asterisk goes, and a question ("Mikä on
 * nimesi?") is quoted whole, since no rewording of it fits every sentence.
 * @since 0.1.0
 */
export function inSentence(label: string, open = '”', close = '”'): string {
  const text = label.trim().replace(TRAILING, '');
  if (!text) return text;
  if (text.endsWith('?')) return `${open}${text}${close}`;
  const first = text.charAt(0);
  const second = text.charAt(1);
  const capitalisedWord = first !== first.toLowerCase() && second !== '' && second === second.toLowerCase() && second !== second.toUpperCase();
  return capitalisedWord ? first.toLowerCase() + text.slice(1) : text;
}
const TRAILING = /[\s:*]+$/u;

/** Messages for the built-in Finnish validators (`validate="hetu"` ...), one function per validator. */
type ReasonMessage = (reason: ValidationReason) => string;

/**
 * Strings shared by the form controls: the messages of the Finnish validators (which name the
 * kind of data, "Tarkista henkilötunnuksen tarkistusmerkki", as GOV.UK's error messages do)
 * and the constraints not in the common translation. Labels are passed through
 * {@link inSentence}.
 * @since 0.1.0
 */
export interface FormStrings {
  // Built-in constraints. The field label is always named (GOV.UK error message guidance).
  valueMissing: (label: string) => string;
  typeMismatchEmail: (label: string) => string;
  typeMismatchUrl: (label: string) => string;
  patternMismatch: (label: string) => string;
  tooShort: (label: string, min: number) => string;
  tooLong: (label: string, max: number) => string;
  rangeUnderflow: (label: string, min: string) => string;
  rangeOverflow: (label: string, max: string) => string;
  badInput: (label: string) => string;
  formValidateHetu: ReasonMessage;
  formValidateBusinessId: ReasonMessage;
  formValidatePostalCode: ReasonMessage;
  formValidateIban: ReasonMessage;
  formValidatePhone: ReasonMessage;
  /** Fallback for a validator without its own message. */
  formValidateOther: (label: string) => string;
  /** Required choice (select, radio group): "Valitse kotikunta". */
  formChooseMissing: (label: string) => string;
  /** A number between allowed steps: the two nearest allowed values. */
  formStepMismatch: (label: string, below: string, above: string) => string;
  /** A number that must be whole. */
  formStepInteger: (label: string) => string;
}

/** The shipped strings; `registerTranslation({ $code: 'fi', formChooseMissing: ... })` overrides one. @since 0.1.0 */
export const formStrings = /*#__PURE__*/ defineStrings<FormStrings>({
  fi: {
    valueMissing: (label) => `Syötä ${inSentence(label)}`,
    typeMismatchEmail: () => 'Syötä sähköpostiosoite muodossa nimi@esimerkki.fi',
    typeMismatchUrl: () => 'Syötä verkko-osoite muodossa https://esimerkki.fi',
    patternMismatch: (label) => `Syötä ${inSentence(label)} oikeassa muodossa`,
    tooShort: (label, min) => `${label}: kirjoita vähintään ${min} ${min === 1 ? 'merkki' : 'merkkiä'}`,
    tooLong: (label, max) => `${label}: kirjoita enintään ${max} ${max === 1 ? 'merkki' : 'merkkiä'}`,
    rangeUnderflow: (label, min) => `${label}: arvon on oltava vähintään ${min}`,
    rangeOverflow: (label, max) => `${label}: arvon on oltava enintään ${max}`,
    badInput: (label) => `${label}: syötä luku`,
    formValidateHetu: (r) =>
      r === 'date'
        ? 'Tarkista henkilötunnuksen syntymäaika (6 ensimmäistä numeroa)'
        : r === 'range'
          ? 'Tarkista henkilötunnuksen yksilönumero (3 numeroa välimerkin jälkeen)'
          : r === 'checksum'
            ? 'Tarkista henkilötunnuksen tarkistusmerkki (viimeinen merkki)'
            : 'Syötä henkilötunnus muodossa 131052-308T',
    formValidateBusinessId: (r) =>
      r === 'checksum' ? 'Tarkista Y-tunnuksen tarkistusnumero (viimeinen numero)' : 'Syötä Y-tunnus muodossa 1234567-8',
    formValidatePostalCode: () => 'Syötä postinumero viitenä numerona, esimerkiksi 00100',
    formValidateIban: (r) =>
      r === 'checksum'
        ? 'Tarkista tilinumero: siinä on virheellinen numero'
        : r === 'country'
          ? 'Tarkista tilinumeron maatunnus (2 ensimmäistä kirjainta, esimerkiksi FI)'
          : r === 'length'
            ? 'Tarkista tilinumeron pituus (suomalaisessa tilinumerossa on 18 merkkiä)'
            : 'Syötä tilinumero IBAN-muodossa, esimerkiksi FI21 1234 5600 0007 85',
    formValidatePhone: (r) =>
      r === 'country' ? 'Syötä suomalainen puhelinnumero' : 'Syötä puhelinnumero muodossa 040 123 4567 tai +358 40 123 4567',
    formValidateOther: (label) => `Tarkista ${inSentence(label)}`,
    formChooseMissing: (label) => `Valitse ${inSentence(label)}`,
    formStepMismatch: (label, below, above) => `${label}: syötä ${below} tai ${above}`,
    formStepInteger: (label) => `${label}: syötä kokonaisluku`,
  },
  sv: {
    valueMissing: (label) => `Ange ${inSentence(label)}`,
    typeMismatchEmail: () => 'Ange e-postadressen i formen namn@exempel.fi',
    typeMismatchUrl: () => 'Ange webbadressen i formen https://exempel.fi',
    patternMismatch: (label) => `Ange ${inSentence(label)} i rätt format`,
    tooShort: (label, min) => `${label}: skriv minst ${min} tecken`,
    tooLong: (label, max) => `${label}: skriv högst ${max} tecken`,
    rangeUnderflow: (label, min) => `${label}: värdet måste vara minst ${min}`,
    rangeOverflow: (label, max) => `${label}: värdet får vara högst ${max}`,
    badInput: (label) => `${label}: ange ett tal`,
    formValidateHetu: (r) =>
      r === 'date'
        ? 'Kontrollera födelsedatumet i personbeteckningen (de 6 första siffrorna)'
        : r === 'range'
          ? 'Kontrollera individnumret i personbeteckningen (3 siffror efter skiljetecknet)'
          : r === 'checksum'
            ? 'Kontrollera kontrolltecknet i personbeteckningen (det sista tecknet)'
            : 'Ange personbeteckningen i formen 131052-308T',
    formValidateBusinessId: (r) =>
      r === 'checksum' ? 'Kontrollera FO-numrets kontrollsiffra (den sista siffran)' : 'Ange FO-numret i formen 1234567-8',
    formValidatePostalCode: () => 'Ange postnumret med fem siffror, till exempel 00100',
    formValidateIban: (r) =>
      r === 'checksum'
        ? 'Kontrollera kontonumret: det innehåller en felaktig siffra'
        : r === 'country'
          ? 'Kontrollera kontonumrets landskod (de 2 första bokstäverna, till exempel FI)'
          : r === 'length'
            ? 'Kontrollera kontonumrets längd (ett finskt kontonummer har 18 tecken)'
            : 'Ange kontonumret i IBAN-form, till exempel FI21 1234 5600 0007 85',
    formValidatePhone: (r) =>
      r === 'country' ? 'Ange ett finskt telefonnummer' : 'Ange telefonnumret i formen 040 123 4567 eller +358 40 123 4567',
    formValidateOther: (label) => `Kontrollera ${inSentence(label)}`,
    formChooseMissing: (label) => `Välj ${inSentence(label)}`,
    formStepMismatch: (label, below, above) => `${label}: ange ${below} eller ${above}`,
    formStepInteger: (label) => `${label}: ange ett heltal`,
  },
  en: {
    valueMissing: (label) => `Enter ${inSentence(label, '“', '”')}`,
    typeMismatchEmail: () => 'Enter an email address in the correct format, like name@example.com',
    typeMismatchUrl: () => 'Enter a web address in the correct format, like https://example.com',
    patternMismatch: (label) => `Enter ${inSentence(label, '“', '”')} in the correct format`,
    tooShort: (label, min) => `${label} must be ${min} ${min === 1 ? 'character' : 'characters'} or more`,
    tooLong: (label, max) => `${label} must be ${max} ${max === 1 ? 'character' : 'characters'} or fewer`,
    rangeUnderflow: (label, min) => `${label} must be ${min} or more`,
    rangeOverflow: (label, max) => `${label} must be ${max} or less`,
    badInput: (label) => `${label} must be a number`,
    formValidateHetu: (r) =>
      r === 'date'
        ? 'Check the date of birth in the personal identity code (the first 6 digits)'
        : r === 'range'
          ? 'Check the individual number in the personal identity code (the 3 digits after the century sign)'
          : r === 'checksum'
            ? 'Check the last character (the check character) of the personal identity code'
            : 'Enter a Finnish personal identity code in the correct format, like 131052-308T',
    formValidateBusinessId: (r) =>
      r === 'checksum' ? 'Check the last digit (the check digit) of the business ID' : 'Enter a Finnish business ID in the correct format, like 1234567-8',
    formValidatePostalCode: () => 'Enter a postcode of 5 digits, like 00100',
    formValidateIban: (r) =>
      r === 'checksum'
        ? 'Check the account number: it contains a wrong digit'
        : r === 'country'
          ? 'Check the country code of the account number (the first 2 letters, like FI)'
          : r === 'length'
            ? 'Check the length of the account number (a Finnish IBAN has 18 characters)'
            : 'Enter the account number as an IBAN, like FI21 1234 5600 0007 85',
    formValidatePhone: (r) =>
      r === 'country' ? 'Enter a Finnish phone number' : 'Enter a phone number in the correct format, like 040 123 4567 or +358 40 123 4567',
    formValidateOther: (label) => `Check ${inSentence(label, '“', '”')}`,
    formChooseMissing: (label) => `Select ${inSentence(label, '“', '”')}`,
    formStepMismatch: (label, below, above) => `${label}: enter ${below} or ${above}`,
    formStepInteger: (label) => `${label} must be a whole number`,
  },
});
