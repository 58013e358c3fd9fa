import type { Translation } from './types.js';

/** Swedish. @since 0.1.0 */
export const sv: Translation = {
  $code: 'sv',
  $name: 'Svenska',
  $dir: 'ltr',

  loading: 'Laddar',
  opensInNewTab: 'öppnas i en ny flik',
};
