import { defineStrings } from './strings.js';

/** Strings of `arki-breadcrumb`. @since 0.1.0 */
export interface BreadcrumbStrings {
  /** Accessible name of the breadcrumb navigation. */
  breadcrumbLabel: string;
  /** Accessible name of the "…" button that shows the collapsed levels. */
  breadcrumbShowAll: string;
}

export const breadcrumbStrings = defineStrings<BreadcrumbStrings>({
  fi: { breadcrumbLabel: 'Murupolku', breadcrumbShowAll: 'Näytä koko murupolku' },
  sv: { breadcrumbLabel: 'Brödsmulor', breadcrumbShowAll: 'Visa alla nivåer i brödsmulorna' },
  en: { breadcrumbLabel: 'Breadcrumb', breadcrumbShowAll: 'Show the whole breadcrumb' },
});
