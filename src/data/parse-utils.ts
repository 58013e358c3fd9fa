/**
 * Shared, never-throwing validation helpers for the data parsers.
 *
 * Every helper takes a warning sink and a JSON-path-like location (e.g.
 * `channels[1].hours.weekly[0]`) and returns `undefined` for unusable input,
 * after describing what was dropped or repaired.
 */
import { ARKI_LOCALES, isArkiLocale, type LocalizedText, type PostalAddress } from './text.js';

/**
 * Result of a tolerant parser: the usable value (or `undefined` when nothing
 * usable remained) and one human-readable warning per dropped or repaired part.
 * Parsers never throw.
 * @since 0.1.0
 */
export interface ParseResult<T> {
  value: T | undefined;
  warnings: string[];
}

/** Warning sink shared by one parse run. @internal */
export type Warnings = string[];

/** Adds a warning prefixed with its location. @internal */
export function warn(w: Warnings, path: string, message: string): void {
  w.push(path ? `${path}: ${message}` : message);
}

/** Joins a location and a key: `at('a', 'b')` → 'a.b', `at('a', 2)` → 'a[2]'. @internal */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** A plain object (not null, not an array). @internal */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Short, safe description of a bad value for a warning message. @internal */
export function show(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** A trimmed non-empty string, or undefined (warning unless the value is absent). @internal */
export function parseString(w: Warnings, path: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) {
    warn(w, path, `expected a string, got number ${value}; converted`);
    return String(value);
  }
  if (typeof value !== 'string') {
    warn(w, path, `expected a string, got ${show(value)}; ignored`);
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * A LocalizedText from a string, a `{ fi, sv, en }` record, or a PTV-style
 * list of `{ language, value }` items.
 * @internal
 */
export function parseLocalizedText(w: Warnings, path: string, value: unknown): LocalizedText | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return parseString(w, path, value);
  let entries: [string, unknown][];
  if (Array.isArray(value)) {
    entries = value.map((item, i) => {
      if (isRecord(item)) return [String(item['language'] ?? ''), item['value']];
      warn(w, at(path, i), `expected { language, value }, got ${show(item)}; ignored`);
      return ['', undefined];
    });
  } else if (isRecord(value)) {
    entries = Object.entries(value);
  } else {
    warn(w, path, `expected text, got ${show(value)}; ignored`);
    return undefined;
  }
  const out: Partial<Record<(typeof ARKI_LOCALES)[number], string>> = {};
  for (const [lang, text] of entries) {
    if (!lang && text === undefined) continue;
    if (!isArkiLocale(lang)) {
      warn(w, path, `unsupported language ${show(lang)} ignored (use fi, sv or en)`);
      continue;
    }
    const s = parseString(w, at(path, lang), text);
    if (s !== undefined) out[lang] = s;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A list parsed item by item; a single non-array item is wrapped, with a warning. @internal */
export function parseList<T>(
  w: Warnings,
  path: string,
  value: unknown,
  item: (w: Warnings, path: string, value: unknown) => T | undefined,
): T[] {
  if (value === undefined || value === null) return [];
  let items: unknown[];
  if (Array.isArray(value)) {
    items = value;
  } else {
    warn(w, path, 'expected an array; treated as a single item');
    items = [value];
  }
  const out: T[] = [];
  items.forEach((v, i) => {
    const parsed = item(w, Array.isArray(value) ? at(path, i) : path, v);
    if (parsed !== undefined) out.push(parsed);
  });
  return out;
}

/** A boolean; the strings 'true' / 'false' are repaired with a warning. @internal */
export function parseBoolean(w: Warnings, path: string, value: unknown): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') {
    warn(w, path, `expected a boolean, got string ${show(value)}; converted`);
    return value === 'true';
  }
  warn(w, path, `expected a boolean, got ${show(value)}; ignored`);
  return undefined;
}

/**
 * A link target: an absolute http(s) URL, a root-relative path ("/palvelut")
 * or a same-page fragment ("#rakennuslupa"). Other schemes (javascript:,
 * data:, ...) are dropped: these values end up in `href` attributes.
 * @internal
 */
export function parseUrl(w: Warnings, path: string, value: unknown): string | undefined {
  const s = parseString(w, path, value);
  if (s === undefined) return undefined;
  if (s.startsWith('/') && !s.startsWith('//')) return s;
  if (s.startsWith('#')) return s;
  try {
    const url = new URL(s);
    if (url.protocol === 'https:' || url.protocol === 'http:') return s;
  } catch {
    // fall through to the warning
  }
  warn(w, path, `not an http(s) URL or a root-relative path: ${show(s)}; dropped`);
  return undefined;
}

/** An e-mail address (a deliberately loose check); invalid ones are dropped. @internal */
export function parseEmail(w: Warnings, path: string, value: unknown): string | undefined {
  const s = parseString(w, path, value);
  if (s === undefined) return undefined;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s)) return s;
  warn(w, path, `not an e-mail address: ${show(s)}; dropped`);
  return undefined;
}

/** A phone number; kept when it looks dialable (digits, spaces, + - ( )). @internal */
export function parsePhone(w: Warnings, path: string, value: unknown): string | undefined {
  const s = parseString(w, path, value);
  if (s === undefined) return undefined;
  if (/^\+?[0-9][0-9 ()-]{2,}$/.test(s)) return s;
  warn(w, path, `not a phone number: ${show(s)}; dropped`);
  return undefined;
}

/** ISO 639 language codes (e.g. fi, sv, en, se, ru), lower-cased and de-duplicated. @internal */
export function parseLanguages(w: Warnings, path: string, value: unknown): string[] {
  const codes = parseList(w, path, value, (w2, p, v) => {
    const s = parseString(w2, p, v)?.toLowerCase();
    if (s === undefined) return undefined;
    if (/^[a-z]{2,3}$/.test(s)) return s;
    warn(w2, p, `not an ISO 639 language code: ${show(s)}; dropped`);
    return undefined;
  });
  return [...new Set(codes)];
}

/** A postal address; needs a postal code, a city and a street or PO box. @internal */
export function parseAddress(w: Warnings, path: string, value: unknown): PostalAddress | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    warn(w, path, `expected an address object, got ${show(value)}; dropped`);
    return undefined;
  }
  const street = parseLocalizedText(w, at(path, 'street'), value['street']);
  const poBox = parseString(w, at(path, 'poBox'), value['poBox']);
  const postalCode = parseString(w, at(path, 'postalCode'), value['postalCode']);
  const city = parseLocalizedText(w, at(path, 'city'), value['city']);
  const country = parseString(w, at(path, 'country'), value['country'])?.toUpperCase();
  if (!postalCode || !city || (!street && !poBox)) {
    warn(w, path, 'an address needs postalCode, city and street or poBox; dropped');
    return undefined;
  }
  if ((!country || country === 'FI') && !/^\d{5}$/.test(postalCode)) {
    warn(w, at(path, 'postalCode'), `a Finnish postal code has five digits, got ${show(postalCode)}; kept`);
  }
  const address: PostalAddress = { postalCode, city };
  if (street) address.street = street;
  if (poBox) address.poBox = poBox;
  if (country && country !== 'FI') address.country = country;
  return address;
}
