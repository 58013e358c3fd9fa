import { inSentence } from './forms.js';
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

  valueMissing: (label) => `Syötä ${inSentence(label)}`,
  typeMismatchEmail: () => 'Syötä sähköpostiosoite muodossa nimi@esimerkki.fi',
  typeMismatchUrl: () => 'Syötä verkko-osoite muodossa https://esimerkki.fi',
  patternMismatch: (label) => `Syötä ${inSentence(label)} oikeassa muodossa`,
  tooShort: (label, min) => `${label}: kirjoita vähintään ${min} ${min === 1 ? 'merkki' : 'merkkiä'}`,
  tooLong: (label, max) => `${label}: kirjoita enintään ${max} ${max === 1 ? 'merkki' : 'merkkiä'}`,
  rangeUnderflow: (label, min) => `${label}: arvon on oltava vähintään ${min}`,
  rangeOverflow: (label, max) => `${label}: arvon on oltava enintään ${max}`,
  badInput: (label) => `${label}: syötä luku`,
};
