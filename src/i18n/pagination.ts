import { defineStrings } from './strings.js';

/**
 * Strings of `arki-pagination`. Previous/next show a short visible word; their name adds the
 * page word ("Edellinen sivu"), as GOV.UK does.
 * @since 0.1.0
 */
export interface PaginationStrings {
  paginationLabel: string;
  paginationPrevious: string;
  paginationNext: string;
  /** Added to previous/next in their names: "sivu" → "Edellinen sivu". */
  paginationPageWord: string;
  /** Name of a page number link: "Sivu 3". */
  paginationPage: (page: string) => string;
}

export const paginationStrings = defineStrings<PaginationStrings>({
  fi: {
    paginationLabel: 'Sivunumerointi',
    paginationPrevious: 'Edellinen',
    paginationNext: 'Seuraava',
    paginationPageWord: 'sivu',
    paginationPage: (page) => `Sivu ${page}`,
  },
  sv: {
    paginationLabel: 'Sidnumrering',
    paginationPrevious: 'Föregående',
    paginationNext: 'Nästa',
    paginationPageWord: 'sida',
    paginationPage: (page) => `Sida ${page}`,
  },
  en: {
    paginationLabel: 'Pagination',
    paginationPrevious: 'Previous',
    paginationNext: 'Next',
    paginationPageWord: 'page',
    paginationPage: (page) => `Page ${page}`,
  },
});
