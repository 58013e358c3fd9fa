/**
 * Localised text and the shared value types (addresses, locales) of the
 * Arki service data model.
 *
 * Pure TypeScript: no DOM, no Lit. Usable in Node and in browsers.
 */

/**
 * A locale Arki ships translations for: Finnish, Swedish and English (the
 * languages of the Finnish national service catalogue, PTV).
 * @since 0.1.0
 */
export type ArkiLocale = 'fi' | 'sv' | 'en';

/**
 * All supported locales in fallback order: fi → sv → en.
 * @since 0.1.0
 */
export const ARKI_LOCALES: readonly ArkiLocale[] = ['fi', 'sv', 'en'];

/**
 * Text that is either language-neutral (a plain string, e.g. a proper name
 * or an already localised value) or given per language.
 *
 * @example
 * const name: LocalizedText = { fi: 'Rakennuslupa', sv: 'Bygglov' };
 * @since 0.1.0
 */
export type LocalizedText = string | Partial<Record<ArkiLocale, string>>;

/**
 * A postal or visiting address. Street and city are localised because Finnish
 * bilingual municipalities have official names in both languages
 * (e.g. "Aleksanterinkatu 1" / "Alexandersgatan 1", "Helsinki" / "Helsingfors").
 * Close to schema.org PostalAddress and PTV's address model.
 * @since 0.1.0
 */
export interface PostalAddress {
  /** Street name and number, e.g. "Aleksanterinkatu 1". */
  street?: LocalizedText;
  /** Post office box number ("PL 1" / "PB 1"), mainly for mail channels. */
  poBox?: string;
  /** Postal code; five digits in Finland. */
  postalCode: string;
  /** Post office / city, e.g. { fi: 'Helsinki', sv: 'Helsingfors' }. */
  city: LocalizedText;
  /** ISO 3166-1 alpha-2 country code; omitted means 'FI'. */
  country?: string;
}

/**
 * Result of resolving a {@link LocalizedText} for a locale.
 * @since 0.1.0
 */
export interface ResolvedText {
  /** The text, or '' when nothing was available. */
  text: string;
  /**
   * The language the text is actually in, when it came from a per-language
   * record. When it differs from the requested locale, render it with a
   * `lang` attribute (WCAG 3.1.2 Language of Parts). Undefined for plain
   * strings and for missing text.
   */
  lang?: ArkiLocale;
}

/**
 * The order in which languages are tried for a requested locale: the
 * requested one first, then fi → sv → en.
 * @since 0.1.0
 */
export function fallbackOrder(locale: ArkiLocale): ArkiLocale[] {
  return [locale, ...ARKI_LOCALES.filter((l) => l !== locale)];
}

/**
 * Picks the best text for `locale`, falling back fi → sv → en, and tells in
 * which language the result is.
 *
 * @example
 * resolveText({ sv: 'Bygglov' }, 'fi'); // { text: 'Bygglov', lang: 'sv' }
 * @since 0.1.0
 */
export function resolveText(text: LocalizedText | undefined, locale: ArkiLocale): ResolvedText {
  if (text === undefined) return { text: '' };
  if (typeof text === 'string') return { text };
  for (const lang of fallbackOrder(locale)) {
    const value = text[lang];
    if (typeof value === 'string' && value.trim() !== '') return { text: value, lang };
  }
  return { text: '' };
}

/**
 * Picks the best text for `locale` with the fi → sv → en fallback; returns
 * '' when there is none. Use {@link resolveText} when you need the language.
 * @since 0.1.0
 */
export function localize(text: LocalizedText | undefined, locale: ArkiLocale): string {
  return resolveText(text, locale).text;
}

/**
 * Type guard for the supported locales.
 * @since 0.1.0
 */
export function isArkiLocale(value: unknown): value is ArkiLocale {
  return value === 'fi' || value === 'sv' || value === 'en';
}

/**
 * Formats an address on one line in the given locale, e.g.
 * "Aleksanterinkatu 1, 00100 Helsinki". The country is appended only when it
 * is not Finland.
 * @since 0.1.0
 */
export function formatAddress(address: PostalAddress, locale: ArkiLocale): string {
  const parts: string[] = [];
  const street = localize(address.street, locale);
  if (street) parts.push(street);
  if (address.poBox) parts.push(`${POBOX_LABEL[locale]} ${address.poBox}`);
  const city = localize(address.city, locale);
  parts.push([address.postalCode, city].filter(Boolean).join(' '));
  if (address.country && address.country.toUpperCase() !== 'FI') {
    parts.push(regionName(address.country, locale));
  }
  return parts.filter(Boolean).join(', ');
}

const POBOX_LABEL: Record<ArkiLocale, string> = { fi: 'PL', sv: 'PB', en: 'P.O. Box' };

function regionName(code: string, locale: ArkiLocale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
