import { defineStrings } from './strings.js';

/** Strings of `arki-help-panel`. @since 0.1.0 */
export interface HelpPanelStrings {
  /** The toggle button and, without `heading`, the panel's heading. */
  helpPanelLabel: string;
  /** The close button's name. */
  helpPanelClose: string;
}

export const helpPanelStrings = defineStrings<HelpPanelStrings>({
  fi: { helpPanelLabel: 'Ohje', helpPanelClose: 'Sulje ohje' },
  sv: { helpPanelLabel: 'Hjälp', helpPanelClose: 'Stäng hjälpen' },
  en: { helpPanelLabel: 'Help', helpPanelClose: 'Close help' },
});
