import { defineStrings } from './strings.js';

/** A part of a date, as `arki-date-input` names its three fields. */
export type DatePart = 'day' | 'month' | 'year';

/**
 * Strings of `arki-date-input`, worded after GOV.UK's date input error messages ("Date of
 * birth must include a month", "… must be a real date"). An empty required date uses the
 * common `valueMissing` ("Syötä syntymäaika").
 * @since 0.1.0
 */
export interface DateInputStrings {
  dateInputDay: string;
  dateInputMonth: string;
  dateInputYear: string;
  /** Locale for dates in messages (min, max): `fi-FI`, `sv-FI`, `en-GB`. */
  dateInputDateLocale: string;
  /** Some parts are empty: "Syntymäaika: päivämäärästä puuttuu kuukausi". */
  dateInputMissingParts: (label: string, parts: DatePart[]) => string;
  dateInputNotReal: (label: string) => string;
  dateInputYearDigits: (label: string) => string;
  /** Before `min`; `date` is already formatted for the locale. */
  dateInputBeforeMin: (label: string, date: string) => string;
  dateInputAfterMax: (label: string, date: string) => string;
}

const join = (items: string[], and: string): string =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;

export const dateInputStrings = /*#__PURE__*/ defineStrings<DateInputStrings>({
  fi: {
    dateInputDay: 'Päivä',
    dateInputMonth: 'Kuukausi',
    dateInputYear: 'Vuosi',
    dateInputDateLocale: 'fi-FI',
    dateInputMissingParts: (label, parts) =>
      `${label}: päivämäärästä puuttuu ${join(parts.map((p) => ({ day: 'päivä', month: 'kuukausi', year: 'vuosi' })[p]), 'ja')}`,
    dateInputNotReal: (label) => `${label}: päivämäärän on oltava todellinen päivämäärä`,
    dateInputYearDigits: (label) => `${label}: vuodessa on oltava 4 numeroa`,
    dateInputBeforeMin: (label, date) => `${label}: päivämäärän on oltava ${date} tai sen jälkeen`,
    dateInputAfterMax: (label, date) => `${label}: päivämäärän on oltava ${date} tai sitä ennen`,
  },
  sv: {
    dateInputDay: 'Dag',
    dateInputMonth: 'Månad',
    dateInputYear: 'År',
    dateInputDateLocale: 'sv-FI',
    dateInputMissingParts: (label, parts) =>
      `${label} måste innehålla ${join(parts.map((p) => ({ day: 'en dag', month: 'en månad', year: 'ett år' })[p]), 'och')}`,
    dateInputNotReal: (label) => `${label} måste vara ett verkligt datum`,
    dateInputYearDigits: (label) => `${label}: året måste ha 4 siffror`,
    dateInputBeforeMin: (label, date) => `${label} måste vara ${date} eller senare`,
    dateInputAfterMax: (label, date) => `${label} måste vara ${date} eller tidigare`,
  },
  en: {
    dateInputDay: 'Day',
    dateInputMonth: 'Month',
    dateInputYear: 'Year',
    dateInputDateLocale: 'en-GB',
    dateInputMissingParts: (label, parts) => `${label} must include a ${join(parts, 'and')}`,
    dateInputNotReal: (label) => `${label} must be a real date`,
    dateInputYearDigits: (label) => `${label}: year must include 4 numbers`,
    dateInputBeforeMin: (label, date) => `${label} must be the same as or after ${date}`,
    dateInputAfterMax: (label, date) => `${label} must be the same as or before ${date}`,
  },
});
