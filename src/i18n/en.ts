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

  valueMissing: (label) => `Enter ${label}`,
  typeMismatchEmail: (label) => `${label}: enter an email address in the correct format, like name@example.com`,
  typeMismatchUrl: (label) => `${label}: enter a web address in the correct format, like https://example.com`,
  patternMismatch: (label) => `${label}: check the format`,
  tooShort: (label, min) => `${label} must be ${min} characters or more`,
  tooLong: (label, max) => `${label} must be ${max} characters or fewer`,
  rangeUnderflow: (label, min) => `${label} must be ${min} or more`,
  rangeOverflow: (label, max) => `${label} must be ${max} or less`,
  badInput: (label) => `${label} must be a number`,
};
