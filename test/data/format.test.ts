import { expect } from '@open-wc/testing';
import {
  formatAddress, formatDate, formatRanges, formatTime, formatTimeRange, formatWeekday, getStatus, getStatusLine,
  localize, normalizeSpaces, resolveText, type OpeningHours,
} from '../../src/data/index.js';

const range = { opens: '08:00', closes: '16:00' };
const at = (iso: string): Date => new Date(iso);

describe('data/format', () => {
  describe('time ranges', () => {
    it('fi: "klo 8.00–16.00"', () => {
      expect(formatTimeRange(range, 'fi')).to.equal('klo 8.00–16.00');
      expect(formatTimeRange(range, 'fi', { prefix: false })).to.equal('8.00–16.00');
    });

    it('sv: "kl. 8.00–16.00"', () => {
      expect(formatTimeRange(range, 'sv')).to.equal('kl. 8.00–16.00');
    });

    it('en: 24-hour "08:00–16:00" by default, "8:00 am–4:00 pm" with hour12', () => {
      expect(formatTimeRange(range, 'en')).to.equal('08:00–16:00');
      expect(formatTimeRange(range, 'en', { hour12: true })).to.equal('8:00 am–4:00 pm');
    });

    it('uses plain spaces, never U+202F or U+00A0', () => {
      const text = formatTimeRange({ opens: '00:30', closes: '12:45' }, 'en', { hour12: true });
      expect(text).to.equal('12:30 am–12:45 pm');
      expect(/[\u00A0\u202F]/.test(text)).to.equal(false);
      expect(normalizeSpaces('8:00\u202Fam\u00A0x')).to.equal('8:00 am x');
    });

    it('lists split days with one prefix, and formats 24:00', () => {
      const ranges = [{ opens: '08:00', closes: '12:00' }, { opens: '13:00', closes: '24:00' }];
      expect(formatRanges(ranges, 'fi')).to.equal('klo 8.00–12.00, 13.00–24.00');
      expect(formatRanges(ranges, 'sv')).to.equal('kl. 8.00–12.00, 13.00–24.00');
      expect(formatRanges(ranges, 'en')).to.equal('08:00–12:00, 13:00–24:00');
      expect(formatRanges(ranges, 'en', { hour12: true })).to.equal('8:00 am–12:00 pm, 1:00 pm–12:00 am');
      expect(formatRanges([], 'fi')).to.equal('');
    });

    it('12-hour day periods in fi and sv come from Intl', () => {
      expect(formatTime('16:05', 'fi', { hour12: true })).to.equal('4.05 ip.');
      expect(formatTime('08:05', 'sv', { hour12: true })).to.equal('8.05 fm');
    });

    it('formats instants in the given zone and leaves garbage strings alone', () => {
      const instant = at('2025-07-01T13:30:00Z');
      expect(formatTime(instant, 'fi')).to.equal('16.30');
      expect(formatTime(instant, 'en', { timeZone: 'America/New_York' })).to.equal('09:30');
      expect(formatTime(instant, 'en', { timeZone: 'America/New_York', hour12: true })).to.equal('9:30 am');
      expect(formatTime('25:00', 'fi')).to.equal('25:00');
    });
  });

  describe('names and dates', () => {
    it('weekday names via Intl', () => {
      expect([1, 7].map((d) => formatWeekday(d as 1 | 7, 'fi'))).to.deep.equal(['maanantai', 'sunnuntai']);
      expect([1, 7].map((d) => formatWeekday(d as 1 | 7, 'sv'))).to.deep.equal(['måndag', 'söndag']);
      expect([1, 7].map((d) => formatWeekday(d as 1 | 7, 'en'))).to.deep.equal(['Monday', 'Sunday']);
      expect(formatWeekday(3, 'fi', 'short')).to.equal('ke');
      expect(formatWeekday(3, 'en', 'short')).to.equal('Wed');
    });

    it('short dates', () => {
      expect(formatDate('2025-12-29', 'fi')).to.equal('29.12.');
      expect(formatDate('2025-12-29', 'en')).to.equal('29 December');
      expect(formatDate('2025-12-29', 'sv')).to.equal('29.12');
      expect(formatDate('nope', 'fi')).to.equal('nope');
    });

    it('resolves localised text with the fi → sv → en fallback and its language', () => {
      expect(localize({ fi: 'Kirjasto', sv: 'Bibliotek' }, 'sv')).to.equal('Bibliotek');
      expect(resolveText({ sv: 'Bibliotek', en: 'Library' }, 'fi')).to.deep.equal({ text: 'Bibliotek', lang: 'sv' });
      expect(resolveText({ en: 'Library', fi: ' ' }, 'fi')).to.deep.equal({ text: 'Library', lang: 'en' });
      expect(resolveText('Stoa', 'en')).to.deep.equal({ text: 'Stoa' });
      expect(localize(undefined, 'fi')).to.equal('');
    });

    it('formats addresses', () => {
      const address = { street: { fi: 'Aleksanterinkatu 1', sv: 'Alexandersgatan 1' }, postalCode: '00100', city: { fi: 'Helsinki', sv: 'Helsingfors' } };
      expect(formatAddress(address, 'sv')).to.equal('Alexandersgatan 1, 00100 Helsingfors');
      expect(formatAddress({ poBox: '1', postalCode: '00099', city: 'Helsingin kaupunki' }, 'fi')).to.equal('PL 1, 00099 Helsingin kaupunki');
    });
  });

  describe('status line', () => {
    const office: OpeningHours = {
      weekly: [{ days: [1, 2, 3, 4, 5], ranges: [range] }],
      exceptions: [{ date: '2025-12-24', endDate: '2025-12-26', closed: true }],
    };
    const line = (now: string, locale: 'fi' | 'sv' | 'en', hour12 = false) =>
      getStatusLine(getStatus(office, at(now)), at(now), { locale, hour12 });

    it('open-closes-at', () => {
      expect(line('2025-01-15T10:00:00Z', 'fi')).to.deep.equal({ kind: 'open-closes-at', time: '16.00' });
      expect(line('2025-01-15T10:00:00Z', 'en', true)).to.deep.equal({ kind: 'open-closes-at', time: '4:00 pm' });
    });

    it('closing-soon', () => {
      expect(line('2025-01-15T13:45:00Z', 'sv')).to.deep.equal({ kind: 'closing-soon', time: '16.00' });
    });

    it('closed-opens-at (later today)', () => {
      expect(line('2025-01-15T05:00:00Z', 'fi')).to.deep.equal({ kind: 'closed-opens-at', time: '8.00' });
    });

    it('closed-opens-tomorrow', () => {
      expect(line('2025-01-15T15:00:00Z', 'fi')).to.deep.equal({ kind: 'closed-opens-tomorrow', time: '8.00' });
      expect(line('2025-01-15T15:00:00Z', 'en')).to.deep.equal({ kind: 'closed-opens-tomorrow', time: '08:00' });
    });

    it('closed-opens-on a later day, with weekday, date and ISO weekday', () => {
      expect(line('2025-12-23T15:00:00Z', 'fi')).to.deep.equal({
        kind: 'closed-opens-on', time: '8.00', day: 'maanantai', date: '29.12.', isoWeekday: 1,
      });
      expect(line('2025-12-23T15:00:00Z', 'en')).to.deep.equal({
        kind: 'closed-opens-on', time: '08:00', day: 'Monday', date: '29 December', isoWeekday: 1,
      });
    });

    it('open-24h and closed', () => {
      const now = at('2025-01-15T10:00:00Z');
      expect(getStatusLine(getStatus({ open24h: true }, now), now, { locale: 'fi' })).to.deep.equal({ kind: 'open-24h' });
      expect(getStatusLine(getStatus({ weekly: [] }, now), now, { locale: 'fi' })).to.deep.equal({ kind: 'closed' });
    });

    it('names the day when closing is more than 24 h away; a 24-hour midnight reads as 24.00 of the day before', () => {
      const now = at('2025-01-15T10:00:00Z'); // Wed; closes at Sat 00:00 for a holiday
      const hours: OpeningHours = { open24h: true, exceptions: [{ date: '2025-01-18', closed: true }] };
      expect(getStatusLine(getStatus(hours, now), now, { locale: 'fi' })).to.deep.equal({
        kind: 'open-closes-at', time: '24.00', day: 'perjantai', date: '17.1.', isoWeekday: 5,
      });
      expect(getStatusLine(getStatus(hours, now), now, { locale: 'en', hour12: true })).to.deep.equal({
        kind: 'open-closes-at', time: '12:00 am', day: 'Saturday', date: '18 January', isoWeekday: 6,
      });
    });

    it('a midnight closing within 24 h has no day', () => {
      const now = at('2025-01-15T20:00:00Z'); // Wed 22:00
      const hours: OpeningHours = { weekly: [{ days: [3], ranges: [{ opens: '18:00', closes: '24:00' }] }] };
      expect(getStatusLine(getStatus(hours, now), now, { locale: 'fi' })).to.deep.equal({ kind: 'open-closes-at', time: '24.00' });
    });
  });
});
