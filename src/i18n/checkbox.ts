import { defineStrings } from './strings.js';

/** Checkbox strings. @since 0.1.0 */
export interface CheckboxStrings {
  /**
   * A required checkbox left unchecked, naming it by its label ("Valitse kohta ”Hyväksyn
   * käyttöehdot”"). For consent, give the field its own words with
   * `messages = { valueMissing: 'Hyväksy käyttöehdot' }`.
   */
  checkboxValueMissing: (label: string) => string;
}

export const checkboxStrings = /*#__PURE__*/ defineStrings<CheckboxStrings>({
  fi: { checkboxValueMissing: (label) => `Valitse kohta ”${label.trim()}”` },
  sv: { checkboxValueMissing: (label) => `Kryssa i ”${label.trim()}”` },
  en: { checkboxValueMissing: (label) => `Select “${label.trim()}”` },
});
