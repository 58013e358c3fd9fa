/**
 * The municipality-wide digital support configuration: set it once per page (or in the site's
 * shared script) and every `arki-digital-support` shows the same help channels in the same place,
 * on every page (WCAG 3.2.6 Consistent Help).
 *
 * ```js
 * import { configureDigitalSupport } from '@arki/ui';
 * configureDigitalSupport({
 *   phone: { number: '09 310 12345', callPrice: 'local', hours: { weekly: [{ days: [1, 2, 3, 4, 5], ranges: [{ opens: '09:00', closes: '15:00' }] }] } },
 *   accessibilityFeedback: { url: '/saavutettavuuspalaute' },
 * });
 * ```
 *
 * A page whose script runs before Arki loads can set `window.ArkiConfig = { digitalSupport: {...} }`
 * instead; `configureDigitalSupport` wins over it. Element properties and attributes override the
 * shared values field by field. The data is validated when an element renders it.
 * @since 0.1.0
 */
import type { CallPrice, LocalizedText, OpeningHours, PostalAddress } from '../data/index.js';

/** The phone line for help with digital services. @since 0.1.0 */
export interface DigitalSupportPhone {
  number: string;
  /** The line's name; default "Digitukipuhelin". */
  name?: LocalizedText;
  hours?: OpeningHours;
  callPrice?: CallPrice;
  note?: LocalizedText;
}

/** A place where residents get help in person (library, service point). @since 0.1.0 */
export interface DigitalSupportLocation {
  name: LocalizedText;
  address?: PostalAddress;
  hours?: OpeningHours;
  /** E.g. "Ota oma laite ja pankkitunnukset mukaan." */
  note?: LocalizedText;
  /** A page with more about the place (or its map). */
  url?: string;
}

/** A link channel: remote support booking, chat, the accessibility feedback form. @since 0.1.0 */
export interface DigitalSupportLink {
  url: string;
  /** The link text; each channel has a default. */
  label?: LocalizedText;
  hours?: OpeningHours;
}

/** Everything `arki-digital-support` shows. @since 0.1.0 */
export interface DigitalSupportConfig {
  /** Default "Tarvitsetko apua?". */
  heading?: LocalizedText;
  /** A sentence under the heading; default "Saat apua verkkopalvelujen ja laitteiden käyttöön." */
  intro?: LocalizedText;
  phone?: DigitalSupportPhone;
  locations?: DigitalSupportLocation[];
  /** Booking a remote support session (video or screen sharing). */
  booking?: DigitalSupportLink;
  chat?: DigitalSupportLink;
  /** The accessibility feedback channel every public service must offer (Finnish Act 306/2019). */
  accessibilityFeedback?: DigitalSupportLink;
  /** A page about the municipality's digital support. */
  moreInfo?: DigitalSupportLink;
}

declare global {
  interface Window {
    /** Configuration a page can set before Arki loads. */
    ArkiConfig?: { digitalSupport?: DigitalSupportConfig | string };
  }
}

let configured: DigitalSupportConfig | undefined;
const listeners = new Set<() => void>();

/** Sets (or with `undefined`, clears) the shared configuration; connected elements re-render. @since 0.1.0 */
export function configureDigitalSupport(config: DigitalSupportConfig | undefined): void {
  configured = config;
  for (const l of listeners) l();
}

/** The shared configuration: `configureDigitalSupport`'s, else `window.ArkiConfig.digitalSupport`. @since 0.1.0 */
export function digitalSupportConfig(): DigitalSupportConfig | string | undefined {
  if (configured) return configured;
  return typeof window === 'undefined' ? undefined : window.ArkiConfig?.digitalSupport;
}

/** Calls `fn` when the shared configuration changes; returns an unsubscribe function. */
export function onDigitalSupportConfigChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
