import { defineStrings } from './strings.js';

/**
 * `arki-dialog`'s close button (also used by `arki-timeout-warning`) and the buttons of its
 * confirm variant. `close` keeps its old key, so `registerTranslation({ $code: 'fi', close: … })`
 * overrides it as before. @since 0.1.0
 */
export interface DialogStrings {
  close: string;
  dialogConfirm: string;
  dialogCancel: string;
}

export const dialogStrings = defineStrings<DialogStrings>({
  fi: { close: 'Sulje', dialogConfirm: 'Vahvista', dialogCancel: 'Peruuta' },
  sv: { close: 'Stäng', dialogConfirm: 'Bekräfta', dialogCancel: 'Avbryt' },
  en: { close: 'Close', dialogConfirm: 'Confirm', dialogCancel: 'Cancel' },
});
