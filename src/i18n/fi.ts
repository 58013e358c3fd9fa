import type { Translation } from './types.js';

/** Finnish. @since 0.1.0 */
export const fi: Translation = {
  $code: 'fi',
  $name: 'Suomi',
  $dir: 'ltr',

  loading: 'Ladataan',
  opensInNewTab: 'avautuu uuteen välilehteen',
};
