import type { Translation } from './types.js';

/** English. @since 0.1.0 */
export const en: Translation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',

  loading: 'Loading',
  opensInNewTab: 'opens in a new tab',
};
