import type { ChannelType, IsoWeekday, StatusLine } from '../data/index.js';
import { defineStrings } from './strings.js';

/**
 * Strings of the service components: `arki-opening-hours`, `arki-service-channels` /
 * `arki-service-channel`, `arki-service-card`, `arki-contact-card` and `arki-service-list`.
 * One group, because the components render each other (a card lists channels, a channel
 * shows opening hours) and share labels such as the channel names.
 * @since 0.1.0
 */
export interface ServiceStrings {
  // arki-opening-hours
  hoursCaption: string;
  hoursDay: string;
  hoursTime: string;
  hoursClosed: string;
  hoursToday: string;
  hoursUnavailable: string;
  hoursShowWeek: string;
  hoursExceptions: string;
  /** The live status sentence for a structured status line. */
  hoursStatus: (line: StatusLine) => string;
  /** Notice shown while a temporary closure applies; `until` is a formatted date. */
  hoursTemporarilyClosed: (note: string, until: string) => string;
  hoursExceptionToday: (note: string) => string;
  hoursClosedUntil: (from: string, until: string) => string;

  // arki-service-channel(s)
  channelTypes: Record<ChannelType, string>;
  channelsLabel: string;
  channelsEmpty: string;
  channelGoOnline: string;
  channelIdentification: string;
  channelNoIdentification: string;
  channelCallFree: string;
  channelCallLocal: string;
  channelCallPrice: (text: string) => string;
  channelMap: string;
  channelAccessibility: string;
  channelOpenChat: string;
  channelOpenVideo: string;
  channelLanguages: (list: string) => string;
  channelVisitAddress: string;
  channelPostalAddress: string;

  // arki-service-card
  serviceCardStart: string;
  serviceCardFree: string;
  serviceCardFee: (amount: string) => string;
  serviceCardUnit: string;
  serviceCardDetails: string;
  serviceCardMissing: string;

  // arki-contact-card
  contactPhone: string;
  contactEmail: string;
  contactAddress: string;
  contactWebsite: string;
  contactHours: string;
  contactCopy: string;
  contactCopied: string;
  contactCopyPhone: string;
  contactCopyEmail: string;
  contactPhoneCopied: string;
  contactEmailCopied: string;
  contactCopyFailed: string;
  contactMissing: string;

  // arki-service-list
  serviceListFilters: string;
  serviceListSearch: string;
  serviceListSearchHint: string;
  serviceListChannels: string;
  serviceListChannelFilter: Record<ChannelType, string>;
  serviceListCount: (count: number) => string;
  serviceListResults: string;
  serviceListNoResults: string;
  serviceListNoResultsHint: string;
  serviceListClear: string;
}

/** Finnish weekdays in the essive ("maanantaina"), for "avautuu maanantaina". */
const FI_ESSIVE: Record<IsoWeekday, string> = {
  1: 'maanantaina', 2: 'tiistaina', 3: 'keskiviikkona', 4: 'torstaina', 5: 'perjantaina', 6: 'lauantaina', 7: 'sunnuntaina',
};

const fiDay = (line: StatusLine): string => `${line.isoWeekday ? FI_ESSIVE[line.isoWeekday] : (line.day ?? '')} ${line.date ?? ''}`.trim();
const dayDate = (line: StatusLine): string => `${line.day ?? ''} ${line.date ?? ''}`.trim();

/** @since 0.1.0 */
export const serviceStrings = defineStrings<ServiceStrings>({
  fi: {
    hoursCaption: 'Aukioloajat',
    hoursDay: 'Päivä',
    hoursTime: 'Aukioloaika',
    hoursClosed: 'Suljettu',
    hoursToday: 'tänään',
    hoursUnavailable: 'Aukioloaikoja ei ole saatavilla.',
    hoursShowWeek: 'Näytä viikon aukioloajat',
    hoursExceptions: 'Poikkeusaukioloajat',
    hoursStatus: (l) => {
      switch (l.kind) {
        case 'open-closes-at':
          return l.day ? `Avoinna nyt, sulkeutuu ${fiDay(l)} klo ${l.time}` : `Avoinna nyt, sulkeutuu klo ${l.time}`;
        case 'closing-soon': return `Sulkeutuu pian, klo ${l.time}`;
        case 'open-24h': return 'Avoinna ympäri vuorokauden';
        case 'closed-opens-at': return `Suljettu, avautuu klo ${l.time}`;
        case 'closed-opens-tomorrow': return `Suljettu, avautuu huomenna klo ${l.time}`;
        case 'closed-opens-on': return `Suljettu, avautuu ${fiDay(l)} klo ${l.time}`;
        default: return 'Suljettu';
      }
    },
    hoursTemporarilyClosed: (note, until) => `Tilapäisesti suljettu${until ? ` ${until} asti` : ''}${note ? `: ${note}` : ''}`,
    hoursExceptionToday: (note) => `Poikkeusaukiolo tänään: ${note}`,
    hoursClosedUntil: (from, until) => `Tilapäisesti suljettu ${from}${until ? `–${until}` : ' alkaen'}`,

    channelTypes: { online: 'Verkossa', phone: 'Puhelimitse', visit: 'Paikan päällä', chat: 'Chatissa', video: 'Videoyhteydellä', mail: 'Postitse' },
    channelsLabel: 'Asiointitavat',
    channelsEmpty: 'Asiointitapoja ei ole kerrottu.',
    channelGoOnline: 'Siirry verkkopalveluun',
    channelIdentification: 'Vaatii vahvan tunnistautumisen',
    channelNoIdentification: 'Ei vaadi tunnistautumista',
    channelCallFree: 'Maksuton puhelu',
    channelCallLocal: 'Puhelun hinta: paikallisverkko- tai matkapuhelinmaksu',
    channelCallPrice: (text) => `Puhelun hinta: ${text}`,
    channelMap: 'Näytä kartalla',
    channelAccessibility: 'Esteettömyys',
    channelOpenChat: 'Avaa chat',
    channelOpenVideo: 'Avaa videopalvelu',
    channelLanguages: (list) => `Palvelukielet: ${list}`,
    channelVisitAddress: 'Käyntiosoite',
    channelPostalAddress: 'Postiosoite',

    serviceCardStart: 'Asioi verkossa',
    serviceCardFree: 'Maksuton',
    serviceCardFee: (amount) => `Maksullinen ${amount}`,
    serviceCardUnit: 'Vastuuyksikkö',
    serviceCardDetails: 'Palvelun tiedot',
    serviceCardMissing: 'Palvelun tiedot puuttuvat.',

    contactPhone: 'Puhelin',
    contactEmail: 'Sähköposti',
    contactAddress: 'Osoite',
    contactWebsite: 'Verkkosivut',
    contactHours: 'Tavoitettavissa',
    contactCopy: 'Kopioi',
    contactCopied: 'Kopioitu',
    contactCopyPhone: 'puhelinnumero',
    contactCopyEmail: 'sähköpostiosoite',
    contactPhoneCopied: 'Puhelinnumero kopioitu',
    contactEmailCopied: 'Sähköpostiosoite kopioitu',
    contactCopyFailed: 'Kopiointi ei onnistunut. Valitse teksti ja kopioi se itse.',
    contactMissing: 'Yhteystiedot puuttuvat.',

    serviceListFilters: 'Rajaa palveluita',
    serviceListSearch: 'Hae palveluista',
    serviceListSearchHint: 'Esimerkiksi palvelun nimi tai aihe',
    serviceListChannels: 'Asiointitapa',
    serviceListChannelFilter: {
      online: 'Voi hoitaa verkossa', phone: 'Voi hoitaa puhelimitse', visit: 'Voi asioida paikan päällä',
      chat: 'Voi hoitaa chatissa', video: 'Voi hoitaa videoyhteydellä', mail: 'Voi hoitaa postitse',
    },
    serviceListCount: (n) => (n === 1 ? '1 palvelu' : `${n} palvelua`),
    serviceListResults: 'Palvelut',
    serviceListNoResults: 'Hakuehdoilla ei löytynyt palveluita.',
    serviceListNoResultsHint: 'Kokeile toista hakusanaa tai poista valintoja.',
    serviceListClear: 'Tyhjennä hakuehdot',
  },
  sv: {
    hoursCaption: 'Öppettider',
    hoursDay: 'Dag',
    hoursTime: 'Öppettid',
    hoursClosed: 'Stängt',
    hoursToday: 'i dag',
    hoursUnavailable: 'Öppettiderna är inte tillgängliga.',
    hoursShowWeek: 'Visa veckans öppettider',
    hoursExceptions: 'Avvikande öppettider',
    hoursStatus: (l) => {
      switch (l.kind) {
        case 'open-closes-at':
          return l.day ? `Öppet nu, stänger på ${dayDate(l)} kl. ${l.time}` : `Öppet nu, stänger kl. ${l.time}`;
        case 'closing-soon': return `Stänger snart, kl. ${l.time}`;
        case 'open-24h': return 'Öppet dygnet runt';
        case 'closed-opens-at': return `Stängt, öppnar kl. ${l.time}`;
        case 'closed-opens-tomorrow': return `Stängt, öppnar i morgon kl. ${l.time}`;
        case 'closed-opens-on': return `Stängt, öppnar på ${dayDate(l)} kl. ${l.time}`;
        default: return 'Stängt';
      }
    },
    hoursTemporarilyClosed: (note, until) => `Tillfälligt stängt${until ? ` till och med ${until}` : ''}${note ? `: ${note}` : ''}`,
    hoursExceptionToday: (note) => `Avvikande öppettider i dag: ${note}`,
    hoursClosedUntil: (from, until) => `Tillfälligt stängt ${until ? `${from}–${until}` : `från och med ${from}`}`,

    channelTypes: { online: 'På nätet', phone: 'Per telefon', visit: 'På plats', chat: 'I chatten', video: 'Via video', mail: 'Per post' },
    channelsLabel: 'Sätt att uträtta ärendet',
    channelsEmpty: 'Inga sätt att uträtta ärendet har angetts.',
    channelGoOnline: 'Gå till e-tjänsten',
    channelIdentification: 'Kräver stark autentisering',
    channelNoIdentification: 'Kräver ingen identifiering',
    channelCallFree: 'Avgiftsfritt samtal',
    channelCallLocal: 'Samtalspris: lokalnäts- eller mobilsamtalsavgift',
    channelCallPrice: (text) => `Samtalspris: ${text}`,
    channelMap: 'Visa på kartan',
    channelAccessibility: 'Tillgänglighet',
    channelOpenChat: 'Öppna chatten',
    channelOpenVideo: 'Öppna videotjänsten',
    channelLanguages: (list) => `Tjänstespråk: ${list}`,
    channelVisitAddress: 'Besöksadress',
    channelPostalAddress: 'Postadress',

    serviceCardStart: 'Uträtta ärendet på nätet',
    serviceCardFree: 'Avgiftsfri',
    serviceCardFee: (amount) => `Avgiftsbelagd ${amount}`,
    serviceCardUnit: 'Ansvarig enhet',
    serviceCardDetails: 'Tjänstens uppgifter',
    serviceCardMissing: 'Tjänstens uppgifter saknas.',

    contactPhone: 'Telefon',
    contactEmail: 'E-post',
    contactAddress: 'Adress',
    contactWebsite: 'Webbplats',
    contactHours: 'Anträffbar',
    contactCopy: 'Kopiera',
    contactCopied: 'Kopierat',
    contactCopyPhone: 'telefonnumret',
    contactCopyEmail: 'e-postadressen',
    contactPhoneCopied: 'Telefonnumret har kopierats',
    contactEmailCopied: 'E-postadressen har kopierats',
    contactCopyFailed: 'Kopieringen misslyckades. Markera texten och kopiera den själv.',
    contactMissing: 'Kontaktuppgifterna saknas.',

    serviceListFilters: 'Filtrera tjänster',
    serviceListSearch: 'Sök bland tjänsterna',
    serviceListSearchHint: 'Till exempel tjänstens namn eller ämne',
    serviceListChannels: 'Sätt att uträtta ärendet',
    serviceListChannelFilter: {
      online: 'Kan skötas på nätet', phone: 'Kan skötas per telefon', visit: 'Kan skötas på plats',
      chat: 'Kan skötas i chatten', video: 'Kan skötas via video', mail: 'Kan skötas per post',
    },
    serviceListCount: (n) => (n === 1 ? '1 tjänst' : `${n} tjänster`),
    serviceListResults: 'Tjänster',
    serviceListNoResults: 'Inga tjänster hittades med sökvillkoren.',
    serviceListNoResultsHint: 'Pröva ett annat sökord eller ta bort val.',
    serviceListClear: 'Rensa sökvillkoren',
  },
  en: {
    hoursCaption: 'Opening hours',
    hoursDay: 'Day',
    hoursTime: 'Hours',
    hoursClosed: 'Closed',
    hoursToday: 'today',
    hoursUnavailable: 'Opening hours are not available.',
    hoursShowWeek: 'Show opening hours for the week',
    hoursExceptions: 'Special opening hours',
    hoursStatus: (l) => {
      switch (l.kind) {
        case 'open-closes-at':
          return l.day ? `Open now, closes on ${dayDate(l)} at ${l.time}` : `Open now, closes at ${l.time}`;
        case 'closing-soon': return `Closing soon, at ${l.time}`;
        case 'open-24h': return 'Open 24 hours';
        case 'closed-opens-at': return `Closed, opens at ${l.time}`;
        case 'closed-opens-tomorrow': return `Closed, opens tomorrow at ${l.time}`;
        case 'closed-opens-on': return `Closed, opens on ${dayDate(l)} at ${l.time}`;
        default: return 'Closed';
      }
    },
    hoursTemporarilyClosed: (note, until) => `Temporarily closed${until ? ` until ${until}` : ''}${note ? `: ${note}` : ''}`,
    hoursExceptionToday: (note) => `Special hours today: ${note}`,
    hoursClosedUntil: (from, until) => `Temporarily closed ${until ? `${from}–${until}` : `from ${from}`}`,

    channelTypes: { online: 'Online', phone: 'By phone', visit: 'In person', chat: 'By chat', video: 'By video', mail: 'By post' },
    channelsLabel: 'Ways to use the service',
    channelsEmpty: 'No service channels are listed.',
    channelGoOnline: 'Go to the online service',
    channelIdentification: 'Requires strong electronic identification',
    channelNoIdentification: 'No identification needed',
    channelCallFree: 'Free call',
    channelCallLocal: 'Call price: your normal local or mobile call charge',
    channelCallPrice: (text) => `Call price: ${text}`,
    channelMap: 'Show on map',
    channelAccessibility: 'Accessibility',
    channelOpenChat: 'Open chat',
    channelOpenVideo: 'Open video service',
    channelLanguages: (list) => `Languages: ${list}`,
    channelVisitAddress: 'Visiting address',
    channelPostalAddress: 'Postal address',

    serviceCardStart: 'Start online',
    serviceCardFree: 'Free of charge',
    serviceCardFee: (amount) => `Fee ${amount}`,
    serviceCardUnit: 'Responsible unit',
    serviceCardDetails: 'Service details',
    serviceCardMissing: 'Service information is missing.',

    contactPhone: 'Phone',
    contactEmail: 'Email',
    contactAddress: 'Address',
    contactWebsite: 'Website',
    contactHours: 'Available',
    contactCopy: 'Copy',
    contactCopied: 'Copied',
    contactCopyPhone: 'phone number',
    contactCopyEmail: 'email address',
    contactPhoneCopied: 'Phone number copied',
    contactEmailCopied: 'Email address copied',
    contactCopyFailed: "Couldn't copy. Select the text and copy it yourself.",
    contactMissing: 'Contact details are missing.',

    serviceListFilters: 'Filter services',
    serviceListSearch: 'Search services',
    serviceListSearchHint: 'For example the name or topic of the service',
    serviceListChannels: 'How you can use the service',
    serviceListChannelFilter: {
      online: 'Can be done online', phone: 'Can be done by phone', visit: 'Can be done in person',
      chat: 'Can be done by chat', video: 'Can be done by video', mail: 'Can be done by post',
    },
    serviceListCount: (n) => (n === 1 ? '1 service' : `${n} services`),
    serviceListResults: 'Services',
    serviceListNoResults: 'No services match your search.',
    serviceListNoResultsHint: 'Try another search term or remove some filters.',
    serviceListClear: 'Clear filters',
  },
});
