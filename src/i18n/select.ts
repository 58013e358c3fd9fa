import { defineStrings } from './strings.js';

/** Select strings. @since 0.1.0 */
export interface SelectStrings {
  /** The empty first option of a select with `placeholder` and no text of its own. */
  selectPlaceholder: string;
}

export const selectStrings = /*#__PURE__*/ defineStrings<SelectStrings>({
  fi: { selectPlaceholder: 'Valitse…' },
  sv: { selectPlaceholder: 'Välj…' },
  en: { selectPlaceholder: 'Select…' },
});
