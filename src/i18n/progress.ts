import { defineStrings } from './strings.js';

/** Announcements of `arki-progress`. @since 0.1.0 */
export interface ProgressStrings {
  /** Announced at each step: "Tiedoston lataus: 50 %". */
  progressAnnounce: (label: string, value: string) => string;
  /** Announced once at 100 %. */
  progressComplete: (label: string) => string;
}

export const progressStrings = defineStrings<ProgressStrings>({
  fi: { progressAnnounce: (label, value) => `${label}: ${value}`, progressComplete: (label) => `${label}: valmis` },
  sv: { progressAnnounce: (label, value) => `${label}: ${value}`, progressComplete: (label) => `${label}: klar` },
  en: { progressAnnounce: (label, value) => `${label}: ${value}`, progressComplete: (label) => `${label}: complete` },
});
