import type { Translation } from './types.js';

/** Finnish. @since 0.1.0 */
export const fi: Translation = {
  $code: 'fi',
  $name: 'Suomi',
  $dir: 'ltr',

  loading: 'Ladataan',
  opensInNewTab: 'avautuu uuteen välilehteen',
  close: 'Sulje',
  required: 'pakollinen',
  optional: 'valinnainen',
  errorPrefix: 'Virhe',

  valueMissing: (label) => `Täytä kenttä ${label}`,
  typeMismatchEmail: (label) => `${label}: syötä sähköpostiosoite muodossa nimi@esimerkki.fi`,
  typeMismatchUrl: (label) => `${label}: syötä verkko-osoite muodossa https://esimerkki.fi`,
  patternMismatch: (label) => `${label}: tarkista muoto`,
  tooShort: (label, min) => `${label}: kirjoita vähintään ${min} merkkiä`,
  tooLong: (label, max) => `${label}: kirjoita enintään ${max} merkkiä`,
  rangeUnderflow: (label, min) => `${label}: arvon on oltava vähintään ${min}`,
  rangeOverflow: (label, max) => `${label}: arvon on oltava enintään ${max}`,
  badInput: (label) => `${label}: syötä luku`,
};
