import { defineStrings } from './strings.js';

/** Strings of `arki-accordion` and `arki-accordion-item` (GOV.UK wording). @since 0.1.0 */
export interface AccordionStrings {
  accordionShowAll: string;
  accordionHideAll: string;
  /** Visible part of a section button: "Näytä" / "Piilota". */
  accordionShow: string;
  accordionHide: string;
  /** Read after it, visually hidden: "Näytä tämä osio" (label in name, WCAG 2.5.3). */
  accordionThisSection: string;
}

export const accordionStrings = defineStrings<AccordionStrings>({
  fi: {
    accordionShowAll: 'Näytä kaikki osiot',
    accordionHideAll: 'Piilota kaikki osiot',
    accordionShow: 'Näytä',
    accordionHide: 'Piilota',
    accordionThisSection: 'tämä osio',
  },
  sv: {
    accordionShowAll: 'Visa alla avsnitt',
    accordionHideAll: 'Dölj alla avsnitt',
    accordionShow: 'Visa',
    accordionHide: 'Dölj',
    accordionThisSection: 'detta avsnitt',
  },
  en: {
    accordionShowAll: 'Show all sections',
    accordionHideAll: 'Hide all sections',
    accordionShow: 'Show',
    accordionHide: 'Hide',
    accordionThisSection: 'this section',
  },
});
