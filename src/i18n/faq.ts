import { defineStrings } from './strings.js';

/** Strings of `arki-faq`. @since 0.1.0 */
export interface FaqStrings {
  faqFilterLabel: string;
  /** The result count: all questions (`shown === total`) or those matching the search. */
  faqCount: (shown: number, total: number) => string;
  faqNoResults: (query: string) => string;
  faqClear: string;
}

export const faqStrings = defineStrings<FaqStrings>({
  fi: {
    faqFilterLabel: 'Hae kysymyksistä',
    faqCount: (shown, total) =>
      shown === total ? `${total} ${total === 1 ? 'kysymys' : 'kysymystä'}` : `Näytetään ${shown} ${shown === 1 ? 'kysymys' : 'kysymystä'} (yhteensä ${total})`,
    faqNoResults: (query) => `Hakusanalla ”${query}” ei löytynyt kysymyksiä.`,
    faqClear: 'Tyhjennä haku',
  },
  sv: {
    faqFilterLabel: 'Sök bland frågorna',
    faqCount: (shown, total) =>
      shown === total ? `${total} ${total === 1 ? 'fråga' : 'frågor'}` : `Visar ${shown} ${shown === 1 ? 'fråga' : 'frågor'} av ${total}`,
    faqNoResults: (query) => `Inga frågor hittades med sökordet ”${query}”.`,
    faqClear: 'Töm sökningen',
  },
  en: {
    faqFilterLabel: 'Search the questions',
    faqCount: (shown, total) =>
      shown === total ? `${total} ${total === 1 ? 'question' : 'questions'}` : `Showing ${shown} of ${total} ${total === 1 ? 'question' : 'questions'}`,
    faqNoResults: (query) => `No questions match “${query}”.`,
    faqClear: 'Clear search',
  },
});
