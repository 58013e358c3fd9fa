/**
 * Tolerant validation of the digital support configuration (from a property, an attribute's
 * JSON or the page-wide object): unusable parts are dropped with one warning each, links must be
 * http(s) or root-relative (no `javascript:`), phone numbers must look dialable.
 * @since 0.1.0
 */
import type { DigitalSupportConfig, DigitalSupportLink, DigitalSupportLocation, DigitalSupportPhone } from '../../config/digital-support.js';
import { readOpeningHours } from '../../data/hours-model.js';
import type { CallPrice, ParseResult } from '../../data/index.js';
import { at, isRecord, parseAddress, parseLocalizedText, parsePhone, parseUrl, show, warn, type Warnings } from '../../data/parse-utils.js';

function readLink(w: Warnings, path: string, value: unknown): DigitalSupportLink | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') value = { url: value };
  if (!isRecord(value)) {
    warn(w, path, `expected { url, label? }, got ${show(value)}; dropped`);
    return undefined;
  }
  const url = parseUrl(w, at(path, 'url'), value['url']);
  if (!url) {
    if (value['url'] === undefined) warn(w, path, 'a link needs a url; dropped');
    return undefined;
  }
  const link: DigitalSupportLink = { url };
  const label = parseLocalizedText(w, at(path, 'label'), value['label']);
  if (label !== undefined) link.label = label;
  const hours = readOpeningHours(w, at(path, 'hours'), value['hours']);
  if (hours) link.hours = hours;
  return link;
}

function readCallPrice(w: Warnings, path: string, value: unknown): CallPrice | undefined {
  if (value === undefined || value === null) return undefined;
  if (value === 'free' || value === 'local') return value;
  if (isRecord(value)) {
    const text = parseLocalizedText(w, at(path, 'text'), value['text']);
    if (text !== undefined) return { text };
  }
  warn(w, path, `expected "free", "local" or { text }, got ${show(value)}; ignored`);
  return undefined;
}

function readPhone(w: Warnings, path: string, value: unknown): DigitalSupportPhone | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') value = { number: value };
  if (!isRecord(value)) {
    warn(w, path, `expected { number, hours? }, got ${show(value)}; dropped`);
    return undefined;
  }
  const number = parsePhone(w, at(path, 'number'), value['number']);
  if (!number) return undefined;
  const phone: DigitalSupportPhone = { number };
  const name = parseLocalizedText(w, at(path, 'name'), value['name']);
  if (name !== undefined) phone.name = name;
  const hours = readOpeningHours(w, at(path, 'hours'), value['hours']);
  if (hours) phone.hours = hours;
  const price = readCallPrice(w, at(path, 'callPrice'), value['callPrice']);
  if (price) phone.callPrice = price;
  const note = parseLocalizedText(w, at(path, 'note'), value['note']);
  if (note !== undefined) phone.note = note;
  return phone;
}

function readLocation(w: Warnings, path: string, value: unknown): DigitalSupportLocation | undefined {
  if (!isRecord(value)) {
    warn(w, path, `expected a location object, got ${show(value)}; dropped`);
    return undefined;
  }
  const name = parseLocalizedText(w, at(path, 'name'), value['name']);
  if (name === undefined) {
    warn(w, path, 'a location needs a name; dropped');
    return undefined;
  }
  const location: DigitalSupportLocation = { name };
  const address = parseAddress(w, at(path, 'address'), value['address']);
  if (address) location.address = address;
  const hours = readOpeningHours(w, at(path, 'hours'), value['hours']);
  if (hours) location.hours = hours;
  const note = parseLocalizedText(w, at(path, 'note'), value['note']);
  if (note !== undefined) location.note = note;
  const url = parseUrl(w, at(path, 'url'), value['url']);
  if (url) location.url = url;
  return location;
}

/** Validates a configuration object; never throws. */
export function parseDigitalSupport(input: unknown, path = 'config'): ParseResult<DigitalSupportConfig> {
  const w: Warnings = [];
  if (!isRecord(input)) {
    warn(w, path, `expected a configuration object, got ${show(input)}`);
    return { value: undefined, warnings: w };
  }
  const config: DigitalSupportConfig = {};
  const heading = parseLocalizedText(w, at(path, 'heading'), input['heading']);
  if (heading !== undefined) config.heading = heading;
  const intro = parseLocalizedText(w, at(path, 'intro'), input['intro']);
  if (intro !== undefined) config.intro = intro;
  const phone = readPhone(w, at(path, 'phone'), input['phone']);
  if (phone) config.phone = phone;
  if (input['locations'] !== undefined) {
    const raw = Array.isArray(input['locations']) ? input['locations'] : [];
    if (!Array.isArray(input['locations'])) warn(w, at(path, 'locations'), 'expected an array; ignored');
    const locations = raw.map((v, i) => readLocation(w, at(at(path, 'locations'), i), v)).filter((v): v is DigitalSupportLocation => !!v);
    if (locations.length) config.locations = locations;
  }
  for (const key of ['booking', 'chat', 'accessibilityFeedback', 'moreInfo'] as const) {
    const link = readLink(w, at(path, key), input[key]);
    if (link) config[key] = link;
  }
  return { value: config, warnings: w };
}
