import { defineStrings } from './strings.js';

/** Strings of `arki-alert`: the variant said in words (never colour alone), and its close button. @since 0.1.0 */
export interface AlertStrings {
  alertInfo: string;
  alertSuccess: string;
  alertWarning: string;
  alertError: string;
  alertDismiss: string;
}

export const alertStrings = defineStrings<AlertStrings>({
  fi: { alertInfo: 'Tiedoksi', alertSuccess: 'Onnistui', alertWarning: 'Varoitus', alertError: 'Virhe', alertDismiss: 'Sulje ilmoitus' },
  sv: { alertInfo: 'Information', alertSuccess: 'Klart', alertWarning: 'Varning', alertError: 'Fel', alertDismiss: 'Stäng meddelandet' },
  en: { alertInfo: 'Information', alertSuccess: 'Success', alertWarning: 'Warning', alertError: 'Error', alertDismiss: 'Dismiss message' },
});
