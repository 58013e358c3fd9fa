import { defineStrings } from './strings.js';

/** Default headings of `arki-notification-banner` (GOV.UK: "Important" and "Success"). @since 0.1.0 */
export interface NotificationBannerStrings {
  notificationBannerInfo: string;
  notificationBannerSuccess: string;
}

export const notificationBannerStrings = defineStrings<NotificationBannerStrings>({
  fi: { notificationBannerInfo: 'Tiedote', notificationBannerSuccess: 'Onnistui' },
  sv: { notificationBannerInfo: 'Meddelande', notificationBannerSuccess: 'Klart' },
  en: { notificationBannerInfo: 'Important', notificationBannerSuccess: 'Success' },
});
