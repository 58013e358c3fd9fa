import { defineStrings } from './strings.js';

/** Strings of `arki-help` (the contextual help toggletip). @since 0.1.0 */
export interface HelpStrings {
  /** Accessible name of the "?" button: "Ohje: Henkilötunnus". */
  helpFor: (topic: string) => string;
  /** Accessible name when the help has no topic. */
  helpGeneric: string;
  /** The close button inside the open help text. */
  helpClose: string;
}

export const helpStrings = defineStrings<HelpStrings>({
  fi: { helpFor: (topic) => `Ohje: ${topic}`, helpGeneric: 'Ohje', helpClose: 'Sulje ohje' },
  sv: { helpFor: (topic) => `Hjälp: ${topic}`, helpGeneric: 'Hjälp', helpClose: 'Stäng hjälpen' },
  en: { helpFor: (topic) => `Help: ${topic}`, helpGeneric: 'Help', helpClose: 'Close help' },
});
