import { inSentence } from './forms.js';
import type { Translation } from './types.js';

/** Swedish. @since 0.1.0 */
export const sv: Translation = {
  $code: 'sv',
  $name: 'Svenska',
  $dir: 'ltr',

  loading: 'Laddar',
  opensInNewTab: 'öppnas i en ny flik',
  close: 'Stäng',
  required: 'obligatorisk',
  optional: 'frivillig',
  errorPrefix: 'Fel',

  valueMissing: (label) => `Ange ${inSentence(label)}`,
  typeMismatchEmail: () => 'Ange e-postadressen i formen namn@exempel.fi',
  typeMismatchUrl: () => 'Ange webbadressen i formen https://exempel.fi',
  patternMismatch: (label) => `Ange ${inSentence(label)} i rätt format`,
  tooShort: (label, min) => `${label}: skriv minst ${min} tecken`,
  tooLong: (label, max) => `${label}: skriv högst ${max} tecken`,
  rangeUnderflow: (label, min) => `${label}: värdet måste vara minst ${min}`,
  rangeOverflow: (label, max) => `${label}: värdet får vara högst ${max}`,
  badInput: (label) => `${label}: ange ett tal`,
};
