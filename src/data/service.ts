/**
 * The service model for the service card: close to PTV's service
 * (names, descriptions, responsible organisation, requirements, charge
 * type, languages, keywords, linked channels) and to schema.org
 * GovernmentService (provider, availableChannel, availableLanguage).
 */
import type { LocalizedText } from './text.js';
import { readChannel, type ServiceChannel } from './channel.js';
import { readContact, type Contact } from './contact.js';
import {
  at, isRecord, parseBoolean, parseLanguages, parseList, parseLocalizedText, parseString, parseUrl, show, warn,
  type ParseResult, type Warnings,
} from './parse-utils.js';

/**
 * What using the service costs: free, an amount (e.g. 120 EUR) or a
 * free-form description ("Maksu määräytyy taksan mukaan"). PTV charge types
 * Free / Charged / Other.
 * @since 0.1.0
 */
export type ServiceFee =
  | { kind: 'free' }
  | { kind: 'amount'; amount: number; currency: string; note?: LocalizedText }
  | { kind: 'text'; text: LocalizedText };

/**
 * What a citizen needs before using the service.
 * @since 0.1.0
 */
export interface ServiceRequirements {
  /** Strong electronic identification (bank codes, mobile ID) is needed. */
  strongIdentification?: boolean;
  fee?: ServiceFee;
  /** Attachments to include, one item each ("Asemapiirros"). */
  attachments?: LocalizedText[];
  /** Other requirements as free text (PTV "requirements"). */
  text?: LocalizedText;
}

/**
 * The organisation responsible for a service, optionally narrowed to a unit.
 * @since 0.1.0
 */
export interface Organization {
  id?: string;
  name: LocalizedText;
  /** Responsible unit inside the organisation, e.g. "Rakennusvalvonta". */
  unit?: LocalizedText;
  url?: string;
}

/**
 * A public service.
 * @since 0.1.0
 */
export interface Service {
  /** Stable id, e.g. the PTV service UUID. */
  id?: string;
  name: LocalizedText;
  /** One-sentence summary (PTV short description, ≤ 150 characters). */
  summary?: LocalizedText;
  description?: LocalizedText;
  responsibleOrganization?: Organization;
  channels: ServiceChannel[];
  requirements?: ServiceRequirements;
  /** ISO 639 codes of the languages the service is available in. */
  languages?: string[];
  url?: string;
  keywords?: LocalizedText[];
  contacts?: Contact[];
}

function parseFee(w: Warnings, path: string, value: unknown): ServiceFee | undefined {
  if (value === undefined || value === null) return undefined;
  if (value === 'free' || value === 0) return { kind: 'free' };
  if (typeof value === 'number') {
    if (Number.isFinite(value) && value > 0) return { kind: 'amount', amount: value, currency: 'EUR' };
    warn(w, path, `invalid fee amount ${show(value)}; ignored`);
    return undefined;
  }
  if (typeof value === 'string') {
    const text = parseString(w, path, value);
    return text === undefined ? undefined : { kind: 'text', text };
  }
  if (!isRecord(value)) {
    warn(w, path, `expected a fee, got ${show(value)}; ignored`);
    return undefined;
  }
  const kind = value['kind'];
  if (kind === 'free') return { kind: 'free' };
  if (kind === 'amount') {
    const amount = value['amount'];
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
      warn(w, at(path, 'amount'), `expected a non-negative number, got ${show(amount)}; fee ignored`);
      return undefined;
    }
    const currency = parseString(w, at(path, 'currency'), value['currency'])?.toUpperCase() ?? 'EUR';
    const fee: ServiceFee = { kind: 'amount', amount, currency: /^[A-Z]{3}$/.test(currency) ? currency : 'EUR' };
    if (fee.currency !== currency) warn(w, at(path, 'currency'), `not an ISO 4217 code: ${show(currency)}; using EUR`);
    const note = parseLocalizedText(w, at(path, 'note'), value['note']);
    if (note !== undefined) fee.note = note;
    return fee;
  }
  if (kind === 'text') {
    const text = parseLocalizedText(w, at(path, 'text'), value['text']);
    if (text !== undefined) return { kind: 'text', text };
  }
  warn(w, path, `unknown fee ${show(value)} (expected kind free, amount or text); ignored`);
  return undefined;
}

function parseRequirements(w: Warnings, path: string, value: unknown): ServiceRequirements | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    warn(w, path, `expected a requirements object, got ${show(value)}; ignored`);
    return undefined;
  }
  const out: ServiceRequirements = {};
  const ident = parseBoolean(w, at(path, 'strongIdentification'), value['strongIdentification']);
  if (ident !== undefined) out.strongIdentification = ident;
  const fee = parseFee(w, at(path, 'fee'), value['fee']);
  if (fee !== undefined) out.fee = fee;
  const attachments = parseList(w, at(path, 'attachments'), value['attachments'], parseLocalizedText);
  if (attachments.length > 0) out.attachments = attachments;
  const text = parseLocalizedText(w, at(path, 'text'), value['text']);
  if (text !== undefined) out.text = text;
  return out;
}

function parseOrganization(w: Warnings, path: string, value: unknown): Organization | undefined {
  if (value === undefined || value === null) return undefined;
  const raw = typeof value === 'string' || Array.isArray(value) ? { name: value } : value;
  if (!isRecord(raw)) {
    warn(w, path, `expected an organisation, got ${show(value)}; ignored`);
    return undefined;
  }
  const name = parseLocalizedText(w, at(path, 'name'), raw['name']);
  if (name === undefined) {
    warn(w, path, 'an organisation needs a name; ignored');
    return undefined;
  }
  const org: Organization = { name };
  const id = parseString(w, at(path, 'id'), raw['id']);
  if (id !== undefined) org.id = id;
  const unit = parseLocalizedText(w, at(path, 'unit'), raw['unit']);
  if (unit !== undefined) org.unit = unit;
  const url = parseUrl(w, at(path, 'url'), raw['url']);
  if (url !== undefined) org.url = url;
  return org;
}

/**
 * Validates an untrusted service (e.g. mapped from PTV or a CMS). Never
 * throws. `value` is undefined only when the input is not an object or has
 * no usable name; bad channels, contacts, URLs, languages etc. are dropped
 * (or repaired) one by one, each with a warning naming its location.
 * @since 0.1.0
 */
export function parseService(input: unknown): ParseResult<Service> {
  const w: string[] = [];
  if (!isRecord(input)) {
    warn(w, '', `expected a service object, got ${show(input)}`);
    return { value: undefined, warnings: w };
  }
  const name = parseLocalizedText(w, 'name', input['name']);
  if (name === undefined) {
    warn(w, '', 'a service needs a name; nothing to render');
    return { value: undefined, warnings: w };
  }
  const service: Service = { name, channels: parseList(w, 'channels', input['channels'], readChannel) };
  const id = parseString(w, 'id', input['id']);
  if (id !== undefined) service.id = id;
  const summary = parseLocalizedText(w, 'summary', input['summary']);
  if (summary !== undefined) service.summary = summary;
  const description = parseLocalizedText(w, 'description', input['description']);
  if (description !== undefined) service.description = description;
  const org = parseOrganization(w, 'responsibleOrganization', input['responsibleOrganization']);
  if (org !== undefined) service.responsibleOrganization = org;
  const requirements = parseRequirements(w, 'requirements', input['requirements']);
  if (requirements !== undefined) service.requirements = requirements;
  if (input['languages'] !== undefined) service.languages = parseLanguages(w, 'languages', input['languages']);
  const url = parseUrl(w, 'url', input['url']);
  if (url !== undefined) service.url = url;
  const keywords = parseList(w, 'keywords', input['keywords'], parseLocalizedText);
  if (keywords.length > 0) service.keywords = keywords;
  const contacts = parseList(w, 'contacts', input['contacts'], readContact);
  if (contacts.length > 0) service.contacts = contacts;
  return { value: service, warnings: w };
}
