import { expect } from '@open-wc/testing';
import { getStatus, type OpeningHours, type OpeningStatus } from '../../src/data/index.js';

const at = (iso: string): Date => new Date(iso);
/** The status with Dates as ISO strings, for exact deep comparisons. */
const plain = (s: OpeningStatus): Record<string, unknown> => ({
  open: s.open,
  closingSoon: s.closingSoon,
  closesAt: s.closesAt?.toISOString(),
  opensAt: s.opensAt?.toISOString(),
  nextChange: s.nextChange?.toISOString(),
});

const office: OpeningHours = {
  weekly: [
    { days: [1, 2, 3, 4, 5], ranges: [{ opens: '08:00', closes: '16:00' }] },
    { days: [6], ranges: [] },
  ],
};

describe('data/opening-hours getStatus', () => {
  describe('DST in Helsinki, range 02:00–05:00', () => {
    const night: OpeningHours = { weekly: [{ days: [7], ranges: [{ opens: '02:00', closes: '05:00' }] }] };

    it('DST start (2025-03-30): opens at 02:00 EET, closes at 05:00 EEST, 2 real hours', () => {
      expect(plain(getStatus(night, at('2025-03-29T23:59:00Z')))).to.deep.equal({
        open: false, closingSoon: false, closesAt: undefined,
        opensAt: '2025-03-30T00:00:00.000Z', nextChange: '2025-03-30T00:00:00.000Z',
      });
      expect(plain(getStatus(night, at('2025-03-30T00:00:00Z')))).to.deep.equal({
        open: true, closingSoon: false, closesAt: '2025-03-30T02:00:00.000Z',
        opensAt: undefined, nextChange: '2025-03-30T01:30:00.000Z',
      });
    });

    it('DST start: stays open across the 03:00 → 04:00 jump', () => {
      // 02:59:59 EET and, one second later, 04:00:00 EEST
      expect(getStatus(night, at('2025-03-30T00:59:59Z')).open).to.equal(true);
      const after = getStatus(night, at('2025-03-30T01:00:00Z'));
      expect(plain(after)).to.deep.equal({
        open: true, closingSoon: false, closesAt: '2025-03-30T02:00:00.000Z',
        opensAt: undefined, nextChange: '2025-03-30T01:30:00.000Z',
      });
      expect(getStatus(night, at('2025-03-30T01:30:00Z')).closingSoon).to.equal(true);
      expect(getStatus(night, at('2025-03-30T01:59:59Z')).open).to.equal(true);
      expect(getStatus(night, at('2025-03-30T02:00:00Z')).open).to.equal(false);
    });

    it('DST end (2025-10-26): opens at 02:00 EEST, closes at 05:00 EET, 4 real hours', () => {
      expect(getStatus(night, at('2025-10-25T22:59:59Z')).open).to.equal(false);
      const s = getStatus(night, at('2025-10-25T23:00:00Z'));
      expect(plain(s)).to.deep.equal({
        open: true, closingSoon: false, closesAt: '2025-10-26T03:00:00.000Z',
        opensAt: undefined, nextChange: '2025-10-26T02:30:00.000Z',
      });
    });

    it('DST end: open during both 03:30s, closed at 05:00 EET', () => {
      expect(getStatus(night, at('2025-10-26T00:30:00Z')).open).to.equal(true); // 03:30 EEST
      expect(getStatus(night, at('2025-10-26T01:30:00Z')).open).to.equal(true); // 03:30 EET
      expect(getStatus(night, at('2025-10-26T02:59:00Z')).closingSoon).to.equal(true);
      expect(getStatus(night, at('2025-10-26T03:00:00Z')).open).to.equal(false);
      expect(getStatus(night, at('2025-10-26T03:00:00Z')).opensAt?.toISOString()).to.equal('2025-11-02T00:00:00.000Z');
    });

    it('keeps wall-clock hours on the days after the switches', () => {
      expect(getStatus(office, at('2025-03-31T04:59:00Z')).opensAt?.toISOString()).to.equal('2025-03-31T05:00:00.000Z');
      expect(getStatus(office, at('2025-10-27T05:59:00Z')).opensAt?.toISOString()).to.equal('2025-10-27T06:00:00.000Z');
    });
  });

  describe('midnight-spanning ranges', () => {
    const bar: OpeningHours = { weekly: [{ days: [5, 6], ranges: [{ opens: '22:00', closes: '02:00' }] }] };

    it('a Friday 22:00–02:00 range is open at Saturday 01:00', () => {
      // 2025-01-10 is a Friday; Sat 01:00 EET = Fri 23:00 UTC
      expect(plain(getStatus(bar, at('2025-01-10T23:00:00Z')))).to.deep.equal({
        open: true, closingSoon: false, closesAt: '2025-01-11T00:00:00.000Z',
        opensAt: undefined, nextChange: '2025-01-10T23:30:00.000Z',
      });
    });

    it('is closed after 02:00 and reopens at 22:00 the same day', () => {
      expect(plain(getStatus(bar, at('2025-01-11T00:00:00Z')))).to.deep.equal({
        open: false, closingSoon: false, closesAt: undefined,
        opensAt: '2025-01-11T20:00:00.000Z', nextChange: '2025-01-11T20:00:00.000Z',
      });
    });

    it('a range belongs to the day it starts: a closed Saturday holiday does not cut Friday night', () => {
      const hours: OpeningHours = { ...bar, exceptions: [{ date: '2025-01-11', closed: true }] };
      expect(getStatus(hours, at('2025-01-10T23:00:00Z')).open).to.equal(true);
      expect(getStatus(hours, at('2025-01-11T00:00:00Z')).opensAt?.toISOString()).to.equal('2025-01-17T20:00:00.000Z');
    });

    it('merges a range ending at 24:00 with one starting at 00:00', () => {
      const hours: OpeningHours = {
        weekly: [
          { days: [1], ranges: [{ opens: '18:00', closes: '24:00' }] },
          { days: [2], ranges: [{ opens: '00:00', closes: '03:00' }] },
        ],
      };
      // Mon 2025-01-13 20:00 EET
      expect(getStatus(hours, at('2025-01-13T18:00:00Z')).closesAt?.toISOString()).to.equal('2025-01-14T01:00:00.000Z');
    });
  });

  describe('exceptions', () => {
    const hours: OpeningHours = {
      ...office,
      exceptions: [
        { date: '2024-12-06', closed: true, note: { fi: 'Itsenäisyyspäivä', sv: 'Självständighetsdagen' } },
        { date: '2024-12-24', ranges: [{ opens: '09:00', closes: '12:00' }], note: 'Jouluaatto' },
      ],
    };

    it('a closed holiday overrides the weekly rule and is reported for its note', () => {
      const s = getStatus(hours, at('2024-12-06T10:00:00Z')); // Fri 12:00 EET
      expect(s.open).to.equal(false);
      expect(s.opensAt?.toISOString()).to.equal('2024-12-09T06:00:00.000Z'); // Mon 08:00
      expect(s.exception?.note).to.deep.equal({ fi: 'Itsenäisyyspäivä', sv: 'Självständighetsdagen' });
    });

    it('special hours replace the weekly ranges', () => {
      expect(getStatus(hours, at('2024-12-24T06:30:00Z')).open).to.equal(false); // 08:30, normally open
      const s = getStatus(hours, at('2024-12-24T07:00:00Z')); // 09:00
      expect(plain(s)).to.deep.equal({
        open: true, closingSoon: false, closesAt: '2024-12-24T10:00:00.000Z',
        opensAt: undefined, nextChange: '2024-12-24T09:30:00.000Z',
      });
      expect(s.exception?.note).to.equal('Jouluaatto');
    });

    it('the shortest covering exception wins over a longer period', () => {
      const h: OpeningHours = {
        ...office,
        exceptions: [
          { date: '2025-07-01', endDate: '2025-07-31', ranges: [{ opens: '09:00', closes: '15:00' }], note: 'Kesä' },
          { date: '2025-07-15', closed: true, note: 'Koulutuspäivä' },
        ],
      };
      expect(getStatus(h, at('2025-07-14T06:30:00Z')).open).to.equal(true); // 09:30 EEST
      expect(getStatus(h, at('2025-07-15T06:30:00Z')).exception?.note).to.equal('Koulutuspäivä');
      expect(getStatus(h, at('2025-07-15T06:30:00Z')).open).to.equal(false);
    });

    it('of two exceptions for the same dates, the later entry wins', () => {
      const h: OpeningHours = {
        ...office,
        exceptions: [
          { date: '2025-07-15', closed: true, note: 'vanha' },
          { date: '2025-07-15', ranges: [{ opens: '10:00', closes: '11:00' }], note: 'korjattu' },
        ],
      };
      const s = getStatus(h, at('2025-07-15T07:30:00Z')); // 10:30 EEST
      expect(s.open).to.equal(true);
      expect(s.exception?.note).to.equal('korjattu');
    });
  });

  describe('next opening search', () => {
    const christmas: OpeningHours = {
      ...office,
      exceptions: [{ date: '2025-12-24', endDate: '2025-12-26', closed: true, note: 'Joulu' }],
    };

    it('skips Christmas Eve to Boxing Day and the weekend', () => {
      // Tue 2025-12-23 17:00 EET, after closing
      expect(plain(getStatus(christmas, at('2025-12-23T15:00:00Z')))).to.deep.equal({
        open: false, closingSoon: false, closesAt: undefined,
        opensAt: '2025-12-29T06:00:00.000Z', nextChange: '2025-12-23T22:00:00.000Z',
      });
    });

    it('gives up after searchDays', () => {
      const s = getStatus(christmas, at('2025-12-23T15:00:00Z'), { searchDays: 3 });
      expect(s.opensAt).to.equal(undefined);
      expect(s.nextChange?.toISOString()).to.equal('2025-12-23T22:00:00.000Z');
    });

    it('reports nothing for hours without any opening', () => {
      const s = getStatus({ weekly: [] }, at('2025-01-01T12:00:00Z'));
      expect(plain(s)).to.deep.equal({
        open: false, closingSoon: false, closesAt: undefined, opensAt: undefined,
        nextChange: '2025-01-01T22:00:00.000Z',
      });
    });
  });

  describe('temporary closure', () => {
    const renovating: OpeningHours = {
      ...office,
      temporarilyClosed: { from: '2025-06-01', until: '2025-08-31', note: { fi: 'Remontti' } },
      exceptions: [{ date: '2025-07-10', ranges: [{ opens: '10:00', closes: '12:00' }], note: 'Pop-up' }],
    };

    it('is closed with no opening within the 14-day search during a long closure', () => {
      const s = getStatus(renovating, at('2025-06-02T07:00:00Z'));
      expect(s.open).to.equal(false);
      expect(s.opensAt).to.equal(undefined);
      expect(s.temporaryClosure?.note).to.deep.equal({ fi: 'Remontti' });
    });

    it('finds the reopening at the end of the closure', () => {
      const s = getStatus(renovating, at('2025-08-29T07:00:00Z')); // Fri
      expect(s.opensAt?.toISOString()).to.equal('2025-09-01T05:00:00.000Z');
    });

    it('lets a date exception with hours open inside the closure', () => {
      expect(getStatus(renovating, at('2025-07-10T07:30:00Z')).open).to.equal(true);
      expect(getStatus(renovating, at('2025-07-09T07:30:00Z')).opensAt?.toISOString()).to.equal('2025-07-10T07:00:00.000Z');
    });

    it('an open-ended closure closes until further notice', () => {
      const s = getStatus({ ...office, temporarilyClosed: { from: '2025-01-01' } }, at('2026-03-02T08:00:00Z'));
      expect(s.open).to.equal(false);
      expect(s.opensAt).to.equal(undefined);
    });
  });

  describe('closing soon and nextChange', () => {
    // Wed 2025-01-15, Helsinki EET (UTC+2): 16:00 local = 14:00Z
    it('is not closing soon 31 minutes before closing; nextChange is the threshold', () => {
      expect(plain(getStatus(office, at('2025-01-15T13:29:00Z')))).to.deep.equal({
        open: true, closingSoon: false, closesAt: '2025-01-15T14:00:00.000Z',
        opensAt: undefined, nextChange: '2025-01-15T13:30:00.000Z',
      });
    });

    it('is closing soon from exactly 30 minutes before; nextChange is the closing', () => {
      expect(plain(getStatus(office, at('2025-01-15T13:30:00Z')))).to.deep.equal({
        open: true, closingSoon: true, closesAt: '2025-01-15T14:00:00.000Z',
        opensAt: undefined, nextChange: '2025-01-15T14:00:00.000Z',
      });
    });

    it('takes a custom threshold', () => {
      const s = getStatus(office, at('2025-01-15T13:10:00Z'), { closingSoonMinutes: 60 });
      expect(s.closingSoon).to.equal(true);
      expect(getStatus(office, at('2025-01-15T12:59:00Z'), { closingSoonMinutes: 60 }).nextChange?.toISOString())
        .to.equal('2025-01-15T13:00:00.000Z');
    });

    it('is closed at the closing minute and open at the opening minute', () => {
      expect(getStatus(office, at('2025-01-15T14:00:00Z')).open).to.equal(false);
      expect(getStatus(office, at('2025-01-16T06:00:00Z')).open).to.equal(true);
    });
  });

  describe('open 24h', () => {
    it('is open with no closing time in sight', () => {
      expect(plain(getStatus({ open24h: true }, at('2025-05-05T12:00:00Z')))).to.deep.equal({
        open: true, closingSoon: false, closesAt: undefined, opensAt: undefined,
        nextChange: '2025-05-05T21:00:00.000Z',
      });
    });

    it('closes for a holiday exception', () => {
      const s = getStatus({ open24h: true, exceptions: [{ date: '2025-05-08', closed: true }] }, at('2025-05-05T12:00:00Z'));
      expect(s.closesAt?.toISOString()).to.equal('2025-05-07T21:00:00.000Z');
    });
  });

  describe('other time zones', () => {
    const ny: OpeningHours = { timeZone: 'America/New_York', weekly: [{ days: [1, 2, 3, 4, 5], ranges: [{ opens: '09:00', closes: '17:00' }] }] };

    it('uses the hours’ zone, not the runtime’s', () => {
      // Mon 2025-03-10 09:00 EDT (UTC−4, the day after the US switch)
      expect(plain(getStatus(ny, at('2025-03-10T13:00:00Z')))).to.deep.equal({
        open: true, closingSoon: false, closesAt: '2025-03-10T21:00:00.000Z',
        opensAt: undefined, nextChange: '2025-03-10T20:30:00.000Z',
      });
      expect(getStatus(ny, at('2025-03-07T21:59:00Z')).open).to.equal(true); // Fri 16:59 EST
      expect(getStatus(ny, at('2025-03-07T22:00:00Z')).opensAt?.toISOString()).to.equal('2025-03-10T13:00:00.000Z');
      expect(getStatus(ny, at('2025-03-10T13:00:00Z')).timeZone).to.equal('America/New_York');
    });

    it('does not throw for an unknown zone or an Invalid Date in unparsed data', () => {
      const bad: OpeningHours = { ...office, timeZone: 'Mars/Olympus_Mons' };
      expect(getStatus(bad, at('2025-01-15T10:00:00Z')).timeZone).to.equal('Europe/Helsinki');
      expect(getStatus(bad, at('2025-01-15T10:00:00Z')).closesAt?.toISOString()).to.equal('2025-01-15T14:00:00.000Z');
      expect(getStatus(office, new Date(NaN))).to.deep.equal({ open: false, closingSoon: false, timeZone: 'Europe/Helsinki' });
    });
  });
});
