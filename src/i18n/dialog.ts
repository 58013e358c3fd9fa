import { defineStrings } from './strings.js';

/** Buttons of `arki-dialog`'s confirm variant. The close button uses the common `close`. @since 0.1.0 */
export interface DialogStrings {
  dialogConfirm: string;
  dialogCancel: string;
}

export const dialogStrings = defineStrings<DialogStrings>({
  fi: { dialogConfirm: 'Vahvista', dialogCancel: 'Peruuta' },
  sv: { dialogConfirm: 'Bekräfta', dialogCancel: 'Avbryt' },
  en: { dialogConfirm: 'Confirm', dialogCancel: 'Cancel' },
});
