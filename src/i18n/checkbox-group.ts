import { defineStrings } from './strings.js';

/**
 * Strings of `arki-checkbox-group`. A required group with nothing checked uses the common
 * choice message (`formChooseMissing`, "Valitse …"); these name the limits.
 * @since 0.1.0
 */
export interface CheckboxGroupStrings {
  /** Fewer checked than `min`: "Harrastukset: valitse vähintään 2 vaihtoehtoa". */
  checkboxGroupTooFew: (label: string, min: number) => string;
  /** More checked than `max`. */
  checkboxGroupTooMany: (label: string, max: number) => string;
  /** The divider before a "none of these" option. */
  checkboxGroupOr: string;
}

export const checkboxGroupStrings = /*#__PURE__*/ defineStrings<CheckboxGroupStrings>({
  fi: {
    checkboxGroupTooFew: (label, min) => `${label}: valitse vähintään ${min} ${min === 1 ? 'vaihtoehto' : 'vaihtoehtoa'}`,
    checkboxGroupTooMany: (label, max) => `${label}: valitse enintään ${max} ${max === 1 ? 'vaihtoehto' : 'vaihtoehtoa'}`,
    checkboxGroupOr: 'tai',
  },
  sv: {
    checkboxGroupTooFew: (label, min) => `${label}: välj minst ${min} alternativ`,
    checkboxGroupTooMany: (label, max) => `${label}: välj högst ${max} alternativ`,
    checkboxGroupOr: 'eller',
  },
  en: {
    checkboxGroupTooFew: (label, min) => `${label}: select at least ${min} ${min === 1 ? 'option' : 'options'}`,
    checkboxGroupTooMany: (label, max) => `${label}: select no more than ${max} ${max === 1 ? 'option' : 'options'}`,
    checkboxGroupOr: 'or',
  },
});
