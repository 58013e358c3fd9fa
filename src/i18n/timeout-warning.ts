import { defineStrings } from './strings.js';

/** Strings of `arki-timeout-warning` (WCAG 2.2.1 Timing Adjustable). @since 0.1.0 */
export interface TimeoutWarningStrings {
  timeoutHeading: string;
  /** "Istuntosi päättyy 1 minuutin ja 45 sekunnin kuluttua." Either part may be 0 (then left out). */
  timeoutEndsIn: (minutes: number, seconds: number) => string;
  timeoutKept: string;
  timeoutContinue: string;
  timeoutSignOut: string;
  timeoutExtended: string;
  timeoutExtendFailed: string;
  timeoutExpiredHeading: string;
  timeoutExpiredMessage: string;
}

const join = (parts: string[], and: string) => parts.filter(Boolean).join(` ${and} `);

export const timeoutWarningStrings = defineStrings<TimeoutWarningStrings>({
  fi: {
    timeoutHeading: 'Istuntosi on päättymässä',
    // Genitive with a numeral: "1 minuutin", "2 minuutin", "30 sekunnin" kuluttua.
    timeoutEndsIn: (m, s) => `Istuntosi päättyy ${join([m ? `${m} minuutin` : '', s || !m ? `${s} sekunnin` : ''], 'ja')} kuluttua.`,
    timeoutKept: 'Kirjoittamasi tiedot säilyvät tällä sivulla. Jatka istuntoa, niin voit jatkaa asiointia.',
    timeoutContinue: 'Jatka istuntoa',
    timeoutSignOut: 'Kirjaudu ulos',
    timeoutExtended: 'Istuntoa jatkettiin.',
    timeoutExtendFailed: 'Istunnon jatkaminen ei onnistunut. Yritä uudelleen.',
    timeoutExpiredHeading: 'Istuntosi on päättynyt',
    timeoutExpiredMessage: 'Kirjoittamasi tiedot ovat yhä tällä sivulla. Kopioi ne tarvittaessa talteen ennen kuin kirjaudut uudelleen.',
  },
  sv: {
    timeoutHeading: 'Din session håller på att gå ut',
    timeoutEndsIn: (m, s) =>
      `Din session går ut om ${join([m ? `${m} ${m === 1 ? 'minut' : 'minuter'}` : '', s || !m ? `${s} ${s === 1 ? 'sekund' : 'sekunder'}` : ''], 'och')}.`,
    timeoutKept: 'Uppgifterna du har skrivit finns kvar på sidan. Fortsätt sessionen för att fortsätta uträtta ärendet.',
    timeoutContinue: 'Fortsätt sessionen',
    timeoutSignOut: 'Logga ut',
    timeoutExtended: 'Sessionen förlängdes.',
    timeoutExtendFailed: 'Det gick inte att förlänga sessionen. Försök igen.',
    timeoutExpiredHeading: 'Din session har gått ut',
    timeoutExpiredMessage: 'Uppgifterna du skrev finns kvar på sidan. Kopiera dem vid behov innan du loggar in igen.',
  },
  en: {
    timeoutHeading: 'Your session is about to end',
    timeoutEndsIn: (m, s) =>
      `Your session will end in ${join([m ? `${m} ${m === 1 ? 'minute' : 'minutes'}` : '', s || !m ? `${s} ${s === 1 ? 'second' : 'seconds'}` : ''], 'and')}.`,
    timeoutKept: 'What you have entered stays on this page. Continue the session to carry on.',
    timeoutContinue: 'Continue session',
    timeoutSignOut: 'Sign out',
    timeoutExtended: 'Your session was extended.',
    timeoutExtendFailed: 'The session could not be extended. Please try again.',
    timeoutExpiredHeading: 'Your session has ended',
    timeoutExpiredMessage: 'What you entered is still on this page. Copy it if you need to before you sign in again.',
  },
});
