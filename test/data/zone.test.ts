import { expect } from '@open-wc/testing';
import {
  clockToString, dayToIso, isoToDay, isValidTimeZone, offsetAt, parseClock, toInstant, toLocal, weekdayOf,
} from '../../src/data/zone.js';

const HEL = 'Europe/Helsinki';
const day = (iso: string): number => isoToDay(iso)!;
const instant = (iso: string, minute: number, tz = HEL): string => new Date(toInstant(day(iso), minute, tz)).toISOString();

describe('data/zone', () => {
  describe('calendar days', () => {
    it('converts ISO dates to day numbers and back', () => {
      expect(isoToDay('1970-01-01')).to.equal(0);
      expect(isoToDay('2025-03-30')).to.equal(20177);
      expect(dayToIso(20177)).to.equal('2025-03-30');
      expect(dayToIso(day('2024-02-29'))).to.equal('2024-02-29');
    });

    it('rejects dates that do not exist or are not ISO', () => {
      expect(isoToDay('2025-02-29')).to.equal(undefined);
      expect(isoToDay('2025-13-01')).to.equal(undefined);
      expect(isoToDay('2025-04-31')).to.equal(undefined);
      expect(isoToDay('31.12.2025')).to.equal(undefined);
      expect(isoToDay('2025-1-5')).to.equal(undefined);
    });

    it('computes ISO weekdays (Monday = 1, Sunday = 7)', () => {
      expect(weekdayOf(day('1970-01-01'))).to.equal(4);
      expect(weekdayOf(day('2025-03-30'))).to.equal(7);
      expect(weekdayOf(day('2025-03-31'))).to.equal(1);
      expect(weekdayOf(day('1969-12-29'))).to.equal(1); // negative day number
    });
  });

  describe('clock strings', () => {
    it('parses HH:MM and H:MM, 24:00 only as a closing time', () => {
      expect(parseClock('08:00')).to.equal(480);
      expect(parseClock('8:05')).to.equal(485);
      expect(parseClock('23:59')).to.equal(1439);
      expect(parseClock('24:00')).to.equal(undefined);
      expect(parseClock('24:00', true)).to.equal(1440);
    });

    it('rejects malformed times', () => {
      for (const bad of ['25:00', '24:01', '12:60', '8', '08.00', '', ' 08:00', '0800']) {
        expect(parseClock(bad, true), bad).to.equal(undefined);
      }
    });

    it('formats minutes back to HH:MM', () => {
      expect(clockToString(0)).to.equal('00:00');
      expect(clockToString(485)).to.equal('08:05');
      expect(clockToString(1440)).to.equal('24:00');
    });
  });

  describe('Helsinki offsets and DST', () => {
    it('knows valid and invalid zones', () => {
      expect(isValidTimeZone(HEL)).to.equal(true);
      expect(isValidTimeZone('Mars/Olympus_Mons')).to.equal(false);
    });

    it('reports +2 h in winter and +3 h in summer', () => {
      expect(offsetAt(Date.parse('2025-01-15T12:00:00Z'), HEL)).to.equal(2 * 3_600_000);
      expect(offsetAt(Date.parse('2025-07-15T12:00:00Z'), HEL)).to.equal(3 * 3_600_000);
    });

    it('switches at 01:00 UTC on the last Sundays of March and October', () => {
      expect(offsetAt(Date.parse('2025-03-30T00:59:59Z'), HEL)).to.equal(2 * 3_600_000);
      expect(offsetAt(Date.parse('2025-03-30T01:00:00Z'), HEL)).to.equal(3 * 3_600_000);
      expect(offsetAt(Date.parse('2025-10-26T00:59:59Z'), HEL)).to.equal(3 * 3_600_000);
      expect(offsetAt(Date.parse('2025-10-26T01:00:00Z'), HEL)).to.equal(2 * 3_600_000);
    });

    it('maps wall-clock times to instants on the DST-start day (03:00 → 04:00)', () => {
      expect(instant('2025-03-30', 2 * 60)).to.equal('2025-03-30T00:00:00.000Z');
      expect(instant('2025-03-30', 2 * 60 + 59)).to.equal('2025-03-30T00:59:00.000Z');
      // 03:30 does not exist: pushed forward by the gap to 04:30 EEST
      expect(instant('2025-03-30', 3 * 60 + 30)).to.equal('2025-03-30T01:30:00.000Z');
      expect(instant('2025-03-30', 4 * 60)).to.equal('2025-03-30T01:00:00.000Z');
      expect(instant('2025-03-30', 5 * 60)).to.equal('2025-03-30T02:00:00.000Z');
    });

    it('maps wall-clock times to instants on the DST-end day (04:00 → 03:00)', () => {
      expect(instant('2025-10-26', 2 * 60)).to.equal('2025-10-25T23:00:00.000Z');
      // 03:30 happens twice: the earlier (EEST) instant is used
      expect(instant('2025-10-26', 3 * 60 + 30)).to.equal('2025-10-26T00:30:00.000Z');
      expect(instant('2025-10-26', 4 * 60)).to.equal('2025-10-26T02:00:00.000Z');
      expect(instant('2025-10-26', 5 * 60)).to.equal('2025-10-26T03:00:00.000Z');
    });

    it('reads the local day and minute of an instant', () => {
      expect(toLocal(new Date('2025-01-05T22:30:00Z'), HEL)).to.deep.equal({ day: day('2025-01-06'), minute: 30 });
      expect(toLocal(new Date('2025-10-26T01:30:00Z'), HEL)).to.deep.equal({ day: day('2025-10-26'), minute: 210 });
      expect(toLocal(new Date('2025-10-26T00:30:00Z'), HEL)).to.deep.equal({ day: day('2025-10-26'), minute: 210 });
    });
  });

  describe('other zones', () => {
    it('handles New York DST (second Sunday of March, 02:00 → 03:00)', () => {
      expect(instant('2025-03-09', 60, 'America/New_York')).to.equal('2025-03-09T06:00:00.000Z');
      expect(instant('2025-03-09', 150, 'America/New_York')).to.equal('2025-03-09T07:30:00.000Z');
      expect(instant('2025-03-09', 180, 'America/New_York')).to.equal('2025-03-09T07:00:00.000Z');
    });

    it('handles zones with non-hour offsets and no DST', () => {
      expect(instant('2025-03-30', 9 * 60, 'Asia/Kolkata')).to.equal('2025-03-30T03:30:00.000Z');
      expect(instant('2025-03-30', 0, 'Asia/Tokyo')).to.equal('2025-03-29T15:00:00.000Z');
    });
  });
});
