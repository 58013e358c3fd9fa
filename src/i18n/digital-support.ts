import { defineStrings } from './strings.js';

/** Strings of `arki-digital-support`. Call prices and map links come from the service strings. @since 0.1.0 */
export interface DigitalSupportStrings {
  /** The heading and the launcher's text. */
  dsHeading: string;
  dsIntro: string;
  dsPhone: string;
  dsLocations: string;
  dsRemote: string;
  dsBooking: string;
  dsChat: string;
  dsChatOpen: string;
  dsAccessibility: string;
  dsMoreInfo: string;
  /** A support point's own page. */
  dsPlaceInfo: string;
  /** Close button of the launcher's panel. */
  dsClose: string;
}

export const digitalSupportStrings = defineStrings<DigitalSupportStrings>({
  fi: {
    dsHeading: 'Tarvitsetko apua?',
    dsIntro: 'Saat apua verkkopalvelujen ja laitteiden käyttöön.',
    dsPhone: 'Digitukipuhelin',
    dsLocations: 'Digituki paikan päällä',
    dsRemote: 'Etätuki',
    dsBooking: 'Varaa etätukiaika',
    dsChat: 'Chat',
    dsChatOpen: 'Avaa chat',
    dsAccessibility: 'Anna palautetta saavutettavuudesta',
    dsMoreInfo: 'Lisätietoa digituesta',
    dsPlaceInfo: 'Lisätietoa paikasta',
    dsClose: 'Sulje',
  },
  sv: {
    dsHeading: 'Behöver du hjälp?',
    dsIntro: 'Du får hjälp med att använda e-tjänster och enheter.',
    dsPhone: 'Digistödstelefon',
    dsLocations: 'Digistöd på plats',
    dsRemote: 'Distansstöd',
    dsBooking: 'Boka en tid för distansstöd',
    dsChat: 'Chatt',
    dsChatOpen: 'Öppna chatten',
    dsAccessibility: 'Ge respons om tillgängligheten',
    dsMoreInfo: 'Mer om digistödet',
    dsPlaceInfo: 'Mer om platsen',
    dsClose: 'Stäng',
  },
  en: {
    dsHeading: 'Need help?',
    dsIntro: 'Get help with using online services and devices.',
    dsPhone: 'Digital support phone',
    dsLocations: 'In-person digital support',
    dsRemote: 'Remote support',
    dsBooking: 'Book a remote support session',
    dsChat: 'Chat',
    dsChatOpen: 'Open the chat',
    dsAccessibility: 'Give feedback on accessibility',
    dsMoreInfo: 'More about digital support',
    dsPlaceInfo: 'More about the place',
    dsClose: 'Close',
  },
});
