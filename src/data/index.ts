/**
 * Arki service data: the typed model of services, service channels, opening
 * hours and contacts, tolerant runtime parsers, pure opening-hours logic,
 * Intl formatting (fi / sv / en) and schema.org JSON-LD converters.
 *
 * No DOM and no Lit: safe to import in Node, workers and browsers.
 * @since 0.1.0
 */
export {
  ARKI_LOCALES, fallbackOrder, formatAddress, isArkiLocale, localize, resolveText,
  type ArkiLocale, type LocalizedText, type PostalAddress, type ResolvedText,
} from './text.js';
export type { ParseResult } from './parse-utils.js';
export { DEFAULT_TIME_ZONE, isValidTimeZone, type IsoWeekday } from './zone.js';
export {
  parseOpeningHours,
  type OpeningException, type OpeningHours, type TemporaryClosure, type TimeRange, type WeeklyRule,
} from './hours-model.js';
export {
  getDay, getStatus, getWeek,
  type DayHours, type OpeningStatus, type StatusOptions,
} from './opening-hours.js';
export {
  TIME_PREFIX, formatDate, formatRanges, formatTime, formatTimeRange, formatWeekday, getStatusLine, normalizeSpaces,
  type RangeFormatOptions, type StatusLine, type StatusLineKind, type StatusLineOptions, type TimeFormatOptions,
} from './format.js';
export {
  CHANNEL_TYPES, parseChannel,
  type CallPrice, type ChannelBase, type ChannelType, type ChatChannel, type MailChannel, type OnlineChannel,
  type PhoneChannel, type ServiceChannel, type VideoChannel, type VisitChannel,
} from './channel.js';
export { mailtoHref, parseContact, telHref, type Contact } from './contact.js';
export {
  parseService,
  type Organization, type Service, type ServiceFee, type ServiceRequirements,
} from './service.js';
export {
  toGovernmentService, toOpeningHoursSpecification, toPostalAddress, toServiceChannel,
  type JsonLdNode, type OpeningHoursSpecificationLd,
} from './schema-org.js';
