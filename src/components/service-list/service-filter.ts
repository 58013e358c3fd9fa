/**
 * Pure filtering and URL-query helpers of `arki-service-list`.
 */
import { ARKI_LOCALES, type ArkiLocale, type ChannelType, type LocalizedText, type Service } from '../../data/index.js';
import { channelOrder } from '../service-channels/service-channels.js';

/** What the user filters by. */
export interface ServiceFilter {
  query: string;
  channels: ChannelType[];
}

/**
 * Lower-cased, NFC-normalised text: "Ä" and a decomposed "A\u0308" both become "ä". Letters
 * are not folded further: in Finnish ä and a, ö and o are different letters ("säätiö" is not
 * "saatio"), so "ä" matches only "ä".
 */
export function normalizeText(value: string, locale: ArkiLocale | string = 'fi'): string {
  return value.normalize('NFC').toLocaleLowerCase(locale).replace(/\s+/g, ' ').trim();
}

function variants(text: LocalizedText | undefined): string[] {
  if (text === undefined) return [];
  if (typeof text === 'string') return [text];
  return ARKI_LOCALES.map((l) => text[l]).filter((t): t is string => !!t);
}

/**
 * The text a service is found by: name, summary, description, keywords, organisation and
 * unit, in every language it has (a Swedish search term finds a Finnish page's service).
 */
export function searchText(service: Service, locale: ArkiLocale): string {
  const org = service.responsibleOrganization;
  const parts = [
    service.name, service.summary, service.description, ...(service.keywords ?? []), org?.name, org?.unit,
    ...service.channels.map((c) => c.name),
  ].flatMap(variants);
  return normalizeText(parts.join(' \u0000 '), locale);
}

/**
 * Whether a service matches: every word of the query occurs in its search text
 * (case-insensitively), and it has at least one of the chosen channels (any, not all: the
 * usual meaning of checkboxes in one facet).
 */
export function matches(index: string, types: ReadonlySet<ChannelType>, filter: ServiceFilter, locale: ArkiLocale): boolean {
  const words = normalizeText(filter.query, locale).split(' ').filter(Boolean);
  if (!words.every((w) => index.includes(w))) return false;
  return filter.channels.length === 0 || filter.channels.some((c) => types.has(c));
}

/** Reads the filter from a URL query (`?q=lupa&channel=online&channel=phone`). */
export function filterFromQuery(search: string, params: { query: string; channel: string }): ServiceFilter {
  const p = new URLSearchParams(search);
  const channels = p.getAll(params.channel).flatMap((v) => v.split(','))
    .filter((v): v is ChannelType => (channelOrder as readonly string[]).includes(v));
  return { query: p.get(params.query) ?? '', channels: [...new Set(channels)] };
}

/** The URL with the filter written into its query, every other parameter and the hash kept. */
export function urlWithFilter(href: string, filter: ServiceFilter, params: { query: string; channel: string }): string {
  const url = new URL(href);
  const query = filter.query.trim();
  if (query) url.searchParams.set(params.query, query);
  else url.searchParams.delete(params.query);
  url.searchParams.delete(params.channel);
  for (const c of channelOrder.filter((t) => filter.channels.includes(t))) url.searchParams.append(params.channel, c);
  return url.toString();
}
