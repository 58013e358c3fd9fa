import { defineStrings } from './strings.js';

/** Strings of `arki-footer`. @since 0.1.0 */
export interface FooterStrings {
  /** Text of the link made from `accessibility-href` (Finnish law requires the statement). */
  footerAccessibilityStatement: string;
  /** Heading of the social media links. */
  footerSocial: string;
  /** Heading of the contact details. */
  footerContact: string;
}

export const footerStrings = defineStrings<FooterStrings>({
  fi: { footerAccessibilityStatement: 'Saavutettavuusseloste', footerSocial: 'Sosiaalinen media', footerContact: 'Yhteystiedot' },
  sv: { footerAccessibilityStatement: 'Tillgänglighetsutlåtande', footerSocial: 'Sociala medier', footerContact: 'Kontaktuppgifter' },
  en: { footerAccessibilityStatement: 'Accessibility statement', footerSocial: 'Social media', footerContact: 'Contact' },
});
