import { defineStrings } from './strings.js';

/**
 * Strings of `arki-language-switcher`. The "not available" notice is shown in the language the
 * user asked for (that is the point of it), so the switcher reads these from the group of that
 * language, not the page's.
 * @since 0.1.0
 */
export interface LanguageSwitcherStrings {
  /** Accessible name of the language navigation. */
  languageSwitcherLabel: string;
  /** "This page is not available in <this language>." Written in the language itself. */
  languageSwitcherUnavailable: string;
  /** The same for a language without its own strings, named in the page's language. */
  languageSwitcherUnavailableIn: (languageName: string) => string;
  /** Link to the front page in the requested language. */
  languageSwitcherFrontPage: string;
}

export const languageSwitcherStrings = defineStrings<LanguageSwitcherStrings>({
  fi: {
    languageSwitcherLabel: 'Kielivalinta',
    languageSwitcherUnavailable: 'Tätä sivua ei ole saatavilla suomeksi.',
    languageSwitcherUnavailableIn: (name) => `Tätä sivua ei ole saatavilla kielellä ${name}.`,
    languageSwitcherFrontPage: 'Siirry etusivulle',
  },
  sv: {
    languageSwitcherLabel: 'Språkval',
    languageSwitcherUnavailable: 'Den här sidan finns inte på svenska.',
    languageSwitcherUnavailableIn: (name) => `Den här sidan finns inte på ${name}.`,
    languageSwitcherFrontPage: 'Gå till startsidan',
  },
  en: {
    languageSwitcherLabel: 'Language',
    languageSwitcherUnavailable: 'This page is not available in English.',
    languageSwitcherUnavailableIn: (name) => `This page is not available in ${name}.`,
    languageSwitcherFrontPage: 'Go to the front page',
  },
});
