import { defineStrings } from './strings.js';

/** Strings of `arki-tag` (the remove button) and `arki-badge` (the count's hidden expansion). @since 0.1.0 */
export interface TagStrings {
  /** Name of a removable tag's button: "Poista suodatin: Verkossa". */
  tagRemove: (label: string) => string;
  /** Read after a badge's count when it has no text of its own: "3 uutta". */
  badgeCountNew: string;
  /** A count above `max`, read in full: "yli 99". */
  badgeOverMax: (max: string) => string;
}

export const tagStrings = defineStrings<TagStrings>({
  fi: { tagRemove: (label) => `Poista suodatin: ${label}`, badgeCountNew: 'uutta', badgeOverMax: (max) => `yli ${max}` },
  sv: { tagRemove: (label) => `Ta bort filtret: ${label}`, badgeCountNew: 'nya', badgeOverMax: (max) => `över ${max}` },
  en: { tagRemove: (label) => `Remove filter: ${label}`, badgeCountNew: 'new', badgeOverMax: (max) => `more than ${max}` },
});
