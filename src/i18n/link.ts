import { defineStrings } from './strings.js';

/** Strings of `arki-link`. @since 0.1.0 */
export interface LinkStrings {
  /** Read after the text of an `external` link (the icon alone says nothing to a screen reader). */
  linkExternal: string;
}

export const linkStrings = defineStrings<LinkStrings>({
  fi: { linkExternal: 'ulkoinen sivusto' },
  sv: { linkExternal: 'extern webbplats' },
  en: { linkExternal: 'external site' },
});
