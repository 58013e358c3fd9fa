import { inSentence } from './forms.js';
import type { Translation } from './types.js';

/** English. @since 0.1.0 */
export const en: Translation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',

  loading: 'Loading',
  opensInNewTab: 'opens in a new tab',
  close: 'Close',
  required: 'required',
  optional: 'optional',
  errorPrefix: 'Error',

  valueMissing: (label) => `Enter ${inSentence(label, '“', '”')}`,
  typeMismatchEmail: () => 'Enter an email address in the correct format, like name@example.com',
  typeMismatchUrl: () => 'Enter a web address in the correct format, like https://example.com',
  patternMismatch: (label) => `Enter ${inSentence(label, '“', '”')} in the correct format`,
  tooShort: (label, min) => `${label} must be ${min} ${min === 1 ? 'character' : 'characters'} or more`,
  tooLong: (label, max) => `${label} must be ${max} ${max === 1 ? 'character' : 'characters'} or fewer`,
  rangeUnderflow: (label, min) => `${label} must be ${min} or more`,
  rangeOverflow: (label, max) => `${label} must be ${max} or less`,
  badInput: (label) => `${label} must be a number`,
};
