import { defineStrings } from './strings.js';

/** Strings of `arki-link`. @since 0.1.0 */
export interface LinkStrings {
  /** Read after the text of an `external` link (the icon alone says nothing to a screen reader). */
  linkExternal: string;
  /** Read after the text of a download link that gives no file type or size ("(lataus)"). */
  linkDownload: string;
}

export const linkStrings = defineStrings<LinkStrings>({
  fi: { linkExternal: 'ulkoinen sivusto', linkDownload: 'lataus' },
  sv: { linkExternal: 'extern webbplats', linkDownload: 'nedladdning' },
  en: { linkExternal: 'external site', linkDownload: 'download' },
});
