/**
 * Service channels: the ways a citizen can use a service. Modelled on the
 * PTV channel types (EChannel / WebPage → 'online', Phone → 'phone',
 * ServiceLocation → 'visit') with chat, video and mail added as channels of
 * their own, and on schema.org ServiceChannel (serviceUrl, servicePhone,
 * serviceLocation, servicePostalAddress).
 */
import type { LocalizedText, PostalAddress } from './text.js';
import type { OpeningHours } from './hours-model.js';
import { readOpeningHours } from './hours-model.js';
import {
  at, isRecord, parseAddress, parseBoolean, parseLanguages, parseList, parseLocalizedText, parsePhone,
  parseString, parseUrl, show, warn, type ParseResult, type Warnings,
} from './parse-utils.js';

/**
 * The channel types. Components list channels in their own documented order
 * (`channelOrder` of `arki-service-channels`: online, phone, chat, video,
 * visit, mail), not in this one.
 * @since 0.1.0
 */
export const CHANNEL_TYPES = ['online', 'phone', 'visit', 'chat', 'video', 'mail'] as const;

/**
 * Discriminant of {@link ServiceChannel}.
 * @since 0.1.0
 */
export type ChannelType = (typeof CHANNEL_TYPES)[number];

/**
 * Fields shared by every channel.
 * @since 0.1.0
 */
export interface ChannelBase {
  id?: string;
  /** Channel name, e.g. "Lupapiste". */
  name?: LocalizedText;
  description?: LocalizedText;
  /** ISO 639 codes of the languages served in, e.g. ['fi', 'sv']. */
  languages?: string[];
}

/**
 * Price of a phone call: 'free', 'local' (the caller's normal local or
 * mobile network charge, "pvm/mpm") or a description such as
 * "0,84 €/min + pvm".
 * @since 0.1.0
 */
export type CallPrice = 'free' | 'local' | { text: LocalizedText };

/** An e-service or web page. @since 0.1.0 */
export interface OnlineChannel extends ChannelBase {
  type: 'online';
  url: string;
  /** Strong electronic identification (Suomi.fi) needed to use it. */
  requiresIdentification?: boolean;
}

/** A phone service. @since 0.1.0 */
export interface PhoneChannel extends ChannelBase {
  type: 'phone';
  number: string;
  callPrice?: CallPrice;
  hours?: OpeningHours;
}

/** A service location (visiting address). @since 0.1.0 */
export interface VisitChannel extends ChannelBase {
  type: 'visit';
  address: PostalAddress;
  mapUrl?: string;
  /** Accessibility statements, one item per fact ("Esteetön sisäänkäynti"). */
  accessibility?: LocalizedText[];
  hours?: OpeningHours;
}

/** A chat service. @since 0.1.0 */
export interface ChatChannel extends ChannelBase {
  type: 'chat';
  url: string;
  hours?: OpeningHours;
}

/** A video appointment / remote service. @since 0.1.0 */
export interface VideoChannel extends ChannelBase {
  type: 'video';
  url: string;
  hours?: OpeningHours;
}

/** Service by post. @since 0.1.0 */
export interface MailChannel extends ChannelBase {
  type: 'mail';
  address: PostalAddress;
  /** Addressee line, e.g. "Rakennusvalvonta". */
  recipient?: LocalizedText;
}

/**
 * A way to use a service, discriminated on `type`.
 * @since 0.1.0
 */
export type ServiceChannel = OnlineChannel | PhoneChannel | VisitChannel | ChatChannel | VideoChannel | MailChannel;

function parseCallPrice(w: Warnings, path: string, value: unknown): CallPrice | undefined {
  if (value === undefined || value === null) return undefined;
  if (value === 'free' || value === 'local') return value;
  const text = parseLocalizedText(w, path, isRecord(value) && 'text' in value ? value['text'] : value);
  return text === undefined ? undefined : { text };
}

function required<T>(w: Warnings, path: string, key: string, value: T | undefined): value is T {
  if (value !== undefined) return true;
  warn(w, path, `a channel of this type needs a valid ${key}; channel dropped`);
  return false;
}

/** Parser body shared with the service parser. @internal */
export function readChannel(w: Warnings, path: string, value: unknown): ServiceChannel | undefined {
  if (!isRecord(value)) {
    warn(w, path, `expected a channel object, got ${show(value)}; dropped`);
    return undefined;
  }
  const type = value['type'];
  if (typeof type !== 'string' || !(CHANNEL_TYPES as readonly string[]).includes(type)) {
    warn(w, path, `unknown channel type ${show(type)} (expected ${CHANNEL_TYPES.join(', ')}); channel dropped`);
    return undefined;
  }
  const base: ChannelBase = {};
  const id = parseString(w, at(path, 'id'), value['id']);
  if (id !== undefined) base.id = id;
  const name = parseLocalizedText(w, at(path, 'name'), value['name']);
  if (name !== undefined) base.name = name;
  const description = parseLocalizedText(w, at(path, 'description'), value['description']);
  if (description !== undefined) base.description = description;
  if (value['languages'] !== undefined) base.languages = parseLanguages(w, at(path, 'languages'), value['languages']);
  const hours = (): { hours?: OpeningHours } => {
    const h = readOpeningHours(w, at(path, 'hours'), value['hours']);
    return h ? { hours: h } : {};
  };

  switch (type as ChannelType) {
    case 'online': {
      const url = parseUrl(w, at(path, 'url'), value['url']);
      if (!required(w, path, 'url', url)) return undefined;
      const channel: OnlineChannel = { ...base, type: 'online', url };
      const ident = parseBoolean(w, at(path, 'requiresIdentification'), value['requiresIdentification']);
      if (ident !== undefined) channel.requiresIdentification = ident;
      return channel;
    }
    case 'phone': {
      const number = parsePhone(w, at(path, 'number'), value['number']);
      if (!required(w, path, 'number', number)) return undefined;
      const channel: PhoneChannel = { ...base, type: 'phone', number, ...hours() };
      const price = parseCallPrice(w, at(path, 'callPrice'), value['callPrice']);
      if (price !== undefined) channel.callPrice = price;
      return channel;
    }
    case 'visit': {
      const address = parseAddress(w, at(path, 'address'), value['address']);
      if (!required(w, path, 'address', address)) return undefined;
      const channel: VisitChannel = { ...base, type: 'visit', address, ...hours() };
      const mapUrl = parseUrl(w, at(path, 'mapUrl'), value['mapUrl']);
      if (mapUrl !== undefined) channel.mapUrl = mapUrl;
      const acc = parseList(w, at(path, 'accessibility'), value['accessibility'], parseLocalizedText);
      if (acc.length > 0) channel.accessibility = acc;
      return channel;
    }
    case 'chat':
    case 'video': {
      const url = parseUrl(w, at(path, 'url'), value['url']);
      if (!required(w, path, 'url', url)) return undefined;
      return { ...base, type: type as 'chat' | 'video', url, ...hours() };
    }
    case 'mail': {
      const address = parseAddress(w, at(path, 'address'), value['address']);
      if (!required(w, path, 'address', address)) return undefined;
      const channel: MailChannel = { ...base, type: 'mail', address };
      const recipient = parseLocalizedText(w, at(path, 'recipient'), value['recipient']);
      if (recipient !== undefined) channel.recipient = recipient;
      return channel;
    }
  }
}

/**
 * Validates an untrusted service channel. Never throws. An unknown `type`
 * or a missing type-specific essential (online/chat/video `url`, phone
 * `number`, visit/mail `address`) makes `value` undefined; other bad parts
 * (a `javascript:` map URL, malformed hours) are dropped with a warning.
 * @param path Location prefix for the warnings, e.g. 'channels[0]'.
 * @since 0.1.0
 */
export function parseChannel(input: unknown, path = ''): ParseResult<ServiceChannel> {
  const warnings: string[] = [];
  return { value: readChannel(warnings, path, input), warnings };
}
