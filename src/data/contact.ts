/**
 * Contact information for the contact card: a named person or a unit
 * (office, helpdesk), close to schema.org ContactPoint / Person and to PTV's
 * organisation contact details.
 */
import type { LocalizedText, PostalAddress } from './text.js';
import type { OpeningHours } from './hours-model.js';
import { readOpeningHours } from './hours-model.js';
import {
  at, isRecord, parseAddress, parseEmail, parseLocalizedText, parsePhone, parseString, parseUrl, show, warn,
  type ParseResult, type Warnings,
} from './parse-utils.js';

/**
 * A person or an organisational unit to contact.
 * @since 0.1.0
 */
export interface Contact {
  /** 'person' for a named employee, 'unit' for an office or service point. */
  kind: 'person' | 'unit';
  /** Person's full name or the unit's name. */
  name: LocalizedText;
  /** Job title or the unit's role, e.g. "Rakennustarkastaja". */
  role?: LocalizedText;
  /** The organisation or unit a person belongs to. */
  organization?: LocalizedText;
  phone?: string;
  email?: string;
  url?: string;
  address?: PostalAddress;
  /** When the contact can be reached (e.g. phone hours). */
  hours?: OpeningHours;
}

/** Parser body shared with the service parser. @internal */
export function readContact(w: Warnings, path: string, value: unknown): Contact | undefined {
  if (!isRecord(value)) {
    warn(w, path, `expected a contact object, got ${show(value)}; dropped`);
    return undefined;
  }
  const name = parseLocalizedText(w, at(path, 'name'), value['name']);
  if (name === undefined) {
    warn(w, path, 'a contact needs a name; dropped');
    return undefined;
  }
  let kind: Contact['kind'] = 'unit';
  const rawKind = parseString(w, at(path, 'kind'), value['kind']);
  if (rawKind === 'person' || rawKind === 'unit') kind = rawKind;
  else if (rawKind !== undefined) warn(w, at(path, 'kind'), `expected "person" or "unit", got ${show(rawKind)}; using "unit"`);

  const contact: Contact = { kind, name };
  const role = parseLocalizedText(w, at(path, 'role'), value['role']);
  if (role !== undefined) contact.role = role;
  const organization = parseLocalizedText(w, at(path, 'organization'), value['organization']);
  if (organization !== undefined) contact.organization = organization;
  const phone = parsePhone(w, at(path, 'phone'), value['phone']);
  if (phone !== undefined) contact.phone = phone;
  const email = parseEmail(w, at(path, 'email'), value['email']);
  if (email !== undefined) contact.email = email;
  const url = parseUrl(w, at(path, 'url'), value['url']);
  if (url !== undefined) contact.url = url;
  const address = parseAddress(w, at(path, 'address'), value['address']);
  if (address !== undefined) contact.address = address;
  const hours = readOpeningHours(w, at(path, 'hours'), value['hours']);
  if (hours !== undefined) contact.hours = hours;
  if (!phone && !email && !url && !address) {
    warn(w, path, 'contact has no phone, email, url or address');
  }
  return contact;
}

/**
 * Validates untrusted contact data. Never throws; `value` is undefined when
 * the input is not an object or has no usable name. Invalid phone numbers,
 * e-mail addresses and URLs are dropped with a warning.
 * @param path Location prefix for the warnings, e.g. 'contacts[0]'.
 * @since 0.1.0
 */
export function parseContact(input: unknown, path = ''): ParseResult<Contact> {
  const warnings: string[] = [];
  return { value: readContact(warnings, path, input), warnings };
}

/**
 * A `tel:` URI for a Finnish or international number: spaces, dashes,
 * parentheses and a "(0)" trunk prefix removed, 00 read as +, a leading
 * national 0 replaced by +358 (Finnish
 * service numbers such as 0295 … and 0800 … included; short numbers like
 * 112 or 116 117 are kept as they are).
 * @since 0.1.0
 */
export function telHref(number: string): string {
  let digits = number.replace(/\(0\)/g, '').replace(/[\s()-]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  else if (digits.startsWith('0')) digits = `+358${digits.slice(1)}`;
  return `tel:${digits}`;
}

/**
 * A `mailto:` URI for an e-mail address.
 * @since 0.1.0
 */
export function mailtoHref(email: string): string {
  return `mailto:${email.trim()}`;
}
