/**
 * Converters to schema.org JSON-LD, for `<script type="application/ld+json">`.
 * Localised values are resolved for one locale (JSON-LD on a page should be
 * in the page's language).
 */
import { localize, type ArkiLocale, type PostalAddress } from './text.js';
import type { OpeningHours, TimeRange } from './hours-model.js';
import type { ServiceChannel } from './channel.js';
import type { Service } from './service.js';

/**
 * A JSON-LD node.
 * @since 0.1.0
 */
export interface JsonLdNode {
  '@type': string;
  [property: string]: unknown;
}

/**
 * A schema.org OpeningHoursSpecification node.
 * @since 0.1.0
 */
export interface OpeningHoursSpecificationLd extends JsonLdNode {
  '@type': 'OpeningHoursSpecification';
  dayOfWeek?: string[];
  opens: string;
  closes: string;
  validFrom?: string;
  validThrough?: string;
  name?: string;
}

const DAY_URIS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map(
  (d) => `https://schema.org/${d}`,
);

/**
 * schema.org has no "24:00": a closing midnight is "00:00" (closes < opens
 * means "next day"), and a whole day is "00:00"–"23:59" (the form search
 * engines document for 24-hour opening).
 */
function ldRange(range: TimeRange): { opens: string; closes: string } {
  const wholeDay = range.opens === '00:00' && (range.closes === '24:00' || range.closes === '00:00');
  if (wholeDay) return { opens: '00:00', closes: '23:59' };
  return { opens: range.opens, closes: range.closes === '24:00' ? '00:00' : range.closes };
}

function spec(range: { opens: string; closes: string }, extra: Partial<OpeningHoursSpecificationLd>): OpeningHoursSpecificationLd {
  return { '@type': 'OpeningHoursSpecification', ...extra, opens: range.opens, closes: range.closes };
}

/**
 * Converts opening hours to schema.org OpeningHoursSpecification nodes:
 * one per weekly range (with `validFrom` / `validThrough` for seasonal
 * rules), one per exception range with `validFrom` / `validThrough` set to
 * its dates, and closed dates (exceptions, the temporary closure) as
 * `opens` = `closes` = "00:00", the special-hours convention search engines
 * use for "closed all day". Notes become `name` in `locale` (default fi).
 * Days without rules are simply absent, which schema.org reads as closed.
 * @since 0.1.0
 */
export function toOpeningHoursSpecification(hours: OpeningHours, locale: ArkiLocale = 'fi'): OpeningHoursSpecificationLd[] {
  const out: OpeningHoursSpecificationLd[] = [];
  if (hours.open24h) {
    out.push(spec({ opens: '00:00', closes: '23:59' }, { dayOfWeek: [...DAY_URIS] }));
  } else {
    for (const rule of hours.weekly ?? []) {
      const dayOfWeek = rule.days.map((d) => DAY_URIS[d - 1] as string);
      const validity: Partial<OpeningHoursSpecificationLd> = {};
      if (rule.validFrom) validity.validFrom = rule.validFrom;
      if (rule.validThrough) validity.validThrough = rule.validThrough;
      for (const range of rule.ranges) out.push(spec(ldRange(range), { dayOfWeek, ...validity }));
    }
  }
  const named = (note: Parameters<typeof localize>[0]): Partial<OpeningHoursSpecificationLd> => {
    const name = localize(note, locale);
    return name ? { name } : {};
  };
  const tc = hours.temporarilyClosed;
  if (tc) {
    const extra: Partial<OpeningHoursSpecificationLd> = { validFrom: tc.from, ...named(tc.note) };
    if (tc.until) extra.validThrough = tc.until;
    out.push(spec({ opens: '00:00', closes: '00:00' }, extra));
  }
  for (const ex of hours.exceptions ?? []) {
    const extra = { validFrom: ex.date, validThrough: ex.endDate ?? ex.date, ...named(ex.note) };
    const ranges = ex.closed ? [] : (ex.ranges ?? []);
    if (ranges.length === 0) out.push(spec({ opens: '00:00', closes: '00:00' }, extra));
    for (const range of ranges) out.push(spec(ldRange(range), extra));
  }
  return out;
}

/**
 * A schema.org PostalAddress node.
 * @since 0.1.0
 */
export function toPostalAddress(address: PostalAddress, locale: ArkiLocale = 'fi'): JsonLdNode {
  const node: JsonLdNode = { '@type': 'PostalAddress' };
  const street = localize(address.street, locale);
  if (street) node['streetAddress'] = street;
  if (address.poBox) node['postOfficeBoxNumber'] = address.poBox;
  node['postalCode'] = address.postalCode;
  node['addressLocality'] = localize(address.city, locale);
  node['addressCountry'] = address.country ?? 'FI';
  return node;
}

function put(node: JsonLdNode, key: string, value: unknown): void {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return;
  node[key] = value;
}

/**
 * A schema.org ServiceChannel node for a channel.
 * @since 0.1.0
 */
export function toServiceChannel(channel: ServiceChannel, locale: ArkiLocale = 'fi'): JsonLdNode {
  const node: JsonLdNode = { '@type': 'ServiceChannel' };
  put(node, 'identifier', channel.id);
  put(node, 'name', localize(channel.name, locale));
  put(node, 'description', localize(channel.description, locale));
  put(node, 'availableLanguage', channel.languages);
  switch (channel.type) {
    case 'online':
    case 'chat':
    case 'video':
      node['serviceUrl'] = channel.url;
      break;
    case 'phone': {
      const phone: JsonLdNode = { '@type': 'ContactPoint', telephone: channel.number };
      if (channel.hours) put(phone, 'hoursAvailable', toOpeningHoursSpecification(channel.hours, locale));
      node['servicePhone'] = phone;
      break;
    }
    case 'visit': {
      const place: JsonLdNode = { '@type': 'Place', address: toPostalAddress(channel.address, locale) };
      put(place, 'hasMap', channel.mapUrl);
      if (channel.hours) put(place, 'openingHoursSpecification', toOpeningHoursSpecification(channel.hours, locale));
      node['serviceLocation'] = place;
      break;
    }
    case 'mail':
      node['servicePostalAddress'] = toPostalAddress(channel.address, locale);
      break;
  }
  return node;
}

/**
 * A schema.org GovernmentService node (with `@context`) for a service: name,
 * description, provider (GovernmentOrganization), channels as
 * `availableChannel`, languages, keywords, and the fee as an Offer.
 * @since 0.1.0
 */
export function toGovernmentService(service: Service, locale: ArkiLocale = 'fi'): JsonLdNode {
  const node: JsonLdNode = { '@type': 'GovernmentService' };
  node['@context'] = 'https://schema.org';
  put(node, 'identifier', service.id);
  node['name'] = localize(service.name, locale);
  put(node, 'description', localize(service.description ?? service.summary, locale));
  put(node, 'url', service.url);
  const org = service.responsibleOrganization;
  if (org) {
    const provider: JsonLdNode = { '@type': 'GovernmentOrganization', name: localize(org.name, locale) };
    put(provider, 'identifier', org.id);
    put(provider, 'url', org.url);
    put(provider, 'department', org.unit && { '@type': 'GovernmentOrganization', name: localize(org.unit, locale) });
    node['provider'] = provider;
  }
  put(node, 'availableLanguage', service.languages);
  put(node, 'keywords', (service.keywords ?? []).map((k) => localize(k, locale)).filter(Boolean).join(', '));
  const fee = service.requirements?.fee;
  if (fee?.kind === 'free') node['offers'] = { '@type': 'Offer', price: 0, priceCurrency: 'EUR' };
  if (fee?.kind === 'amount') node['offers'] = { '@type': 'Offer', price: fee.amount, priceCurrency: fee.currency };
  put(node, 'availableChannel', service.channels.map((c) => toServiceChannel(c, locale)));
  return node;
}
