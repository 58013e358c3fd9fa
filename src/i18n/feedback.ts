import { defineStrings } from './strings.js';

/** Strings of `arki-feedback` ("Was this page helpful?"). @since 0.1.0 */
export interface FeedbackStrings {
  feedbackQuestion: string;
  feedbackYes: string;
  feedbackNo: string;
  /** After the answer: what was answered, and that more can be told. */
  feedbackAnswered: (helpful: boolean) => string;
  /** Label of the free text after "Yes" / after "No". */
  feedbackCommentYes: string;
  feedbackCommentNo: string;
  /** The privacy note under the label. */
  feedbackPrivacy: string;
  feedbackSend: string;
  feedbackCancel: string;
  feedbackThanks: string;
  /** A listener's promise rejected: what happened, that the text is kept, what to do. */
  feedbackFailed: string;
  feedbackRetry: string;
}

export const feedbackStrings = defineStrings<FeedbackStrings>({
  fi: {
    feedbackQuestion: 'Oliko sivusta apua?',
    feedbackYes: 'Kyllä',
    feedbackNo: 'Ei',
    feedbackAnswered: (helpful) => `Vastasit: ${helpful ? 'kyllä' : 'ei'}. Voit vielä kertoa lisää tai lähettää vastauksen sellaisenaan.`,
    feedbackCommentYes: 'Mikä sivulla auttoi?',
    feedbackCommentNo: 'Miten voisimme parantaa sivua?',
    feedbackPrivacy: 'Älä kirjoita henkilötietoja, kuten nimeäsi, henkilötunnustasi tai yhteystietojasi. Emme vastaa palautteisiin.',
    feedbackSend: 'Lähetä palaute',
    feedbackCancel: 'Peruuta',
    feedbackThanks: 'Kiitos palautteestasi!',
    feedbackFailed: 'Palautteen lähettäminen ei onnistunut. Kirjoittamasi teksti on tallessa. Yritä uudelleen.',
    feedbackRetry: 'Yritä uudelleen',
  },
  sv: {
    feedbackQuestion: 'Var sidan till hjälp?',
    feedbackYes: 'Ja',
    feedbackNo: 'Nej',
    feedbackAnswered: (helpful) => `Du svarade: ${helpful ? 'ja' : 'nej'}. Du kan berätta mer eller skicka svaret som det är.`,
    feedbackCommentYes: 'Vad på sidan hjälpte dig?',
    feedbackCommentNo: 'Hur kan vi förbättra sidan?',
    feedbackPrivacy: 'Skriv inte personuppgifter, som ditt namn, din personbeteckning eller dina kontaktuppgifter. Vi svarar inte på responsen.',
    feedbackSend: 'Skicka respons',
    feedbackCancel: 'Avbryt',
    feedbackThanks: 'Tack för din respons!',
    feedbackFailed: 'Det gick inte att skicka responsen. Texten du skrev finns kvar. Försök igen.',
    feedbackRetry: 'Försök igen',
  },
  en: {
    feedbackQuestion: 'Was this page helpful?',
    feedbackYes: 'Yes',
    feedbackNo: 'No',
    feedbackAnswered: (helpful) => `You answered: ${helpful ? 'yes' : 'no'}. You can tell us more, or send your answer as it is.`,
    feedbackCommentYes: 'What helped you?',
    feedbackCommentNo: 'How could we improve this page?',
    feedbackPrivacy: 'Do not enter personal data, such as your name, personal identity code or contact details. We do not reply to feedback.',
    feedbackSend: 'Send feedback',
    feedbackCancel: 'Cancel',
    feedbackThanks: 'Thank you for your feedback!',
    feedbackFailed: 'Your feedback could not be sent. What you wrote is kept. Please try again.',
    feedbackRetry: 'Try again',
  },
});
