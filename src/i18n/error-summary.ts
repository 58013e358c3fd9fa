import { defineStrings } from './strings.js';

/**
 * Strings of `arki-error-summary`. The page title prefix is the common `errorPrefix`
 * ("Virhe: "). Messages for native controls (Arki controls bring their own) name the field.
 * @since 0.1.0
 */
export interface ErrorSummaryStrings {
  errorSummaryTitle: string;
  /** A required native checkbox, radio group, select or file input is empty. */
  errorSummaryChoose: (label: string) => string;
  /** Any other invalid native control (step, unknown constraint). */
  errorSummaryInvalid: (label: string) => string;
}

export const errorSummaryStrings = defineStrings<ErrorSummaryStrings>({
  fi: {
    errorSummaryTitle: 'Tarkista seuraavat kohdat',
    errorSummaryChoose: (label) => `Tee valinta: ${label}`,
    errorSummaryInvalid: (label) => `${label}: tarkista arvo`,
  },
  sv: {
    errorSummaryTitle: 'Kontrollera följande',
    errorSummaryChoose: (label) => `Gör ett val: ${label}`,
    errorSummaryInvalid: (label) => `${label}: kontrollera värdet`,
  },
  en: {
    errorSummaryTitle: 'There is a problem',
    errorSummaryChoose: (label) => `Select an option: ${label}`,
    errorSummaryInvalid: (label) => `${label}: check the value`,
  },
});
