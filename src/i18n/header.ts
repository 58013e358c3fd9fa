import { defineStrings } from './strings.js';

/** Strings of `arki-header`. @since 0.1.0 */
export interface HeaderStrings {
  /** Text of the menu button that shows the navigation on narrow screens. */
  headerMenu: string;
  /** Accessible name of the main navigation landmark. */
  headerNavLabel: string;
}

export const headerStrings = defineStrings<HeaderStrings>({
  fi: { headerMenu: 'Valikko', headerNavLabel: 'Päävalikko' },
  sv: { headerMenu: 'Meny', headerNavLabel: 'Huvudmeny' },
  en: { headerMenu: 'Menu', headerNavLabel: 'Main menu' },
});
