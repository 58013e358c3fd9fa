import { defineStrings } from './strings.js';

/** Strings of `arki-skip-link`. @since 0.1.0 */
export interface SkipLinkStrings {
  skipLinkText: string;
}

export const skipLinkStrings = defineStrings<SkipLinkStrings>({
  fi: { skipLinkText: 'Siirry pääsisältöön' },
  sv: { skipLinkText: 'Hoppa till huvudinnehållet' },
  en: { skipLinkText: 'Skip to main content' },
});
