import { expect } from '@open-wc/testing';
import { getDay, getWeek, type OpeningHours } from '../../src/data/index.js';

const at = (iso: string): Date => new Date(iso);

const office: OpeningHours = {
  weekly: [
    { days: [1, 2, 3, 4, 5], ranges: [{ opens: '08:00', closes: '16:00' }] },
    { days: [6], ranges: [] },
  ],
};

describe('data/opening-hours getWeek and getDay', () => {
  it('lists Monday to Sunday of the local week with exceptions applied', () => {
    const hours: OpeningHours = {
      ...office,
      exceptions: [{ date: '2024-12-06', closed: true, note: { fi: 'Itsenäisyyspäivä' } }],
    };
    const week = getWeek(hours, at('2024-12-04T12:00:00Z'));
    expect(week.map((d) => [d.date, d.isoWeekday, d.ranges.map((r) => `${r.opens}-${r.closes}`).join(','), d.isToday]))
      .to.deep.equal([
        ['2024-12-02', 1, '08:00-16:00', false],
        ['2024-12-03', 2, '08:00-16:00', false],
        ['2024-12-04', 3, '08:00-16:00', true],
        ['2024-12-05', 4, '08:00-16:00', false],
        ['2024-12-06', 5, '', false],
        ['2024-12-07', 6, '', false],
        ['2024-12-08', 7, '', false],
      ]);
    expect(week[4]!.closed).to.equal(true);
    expect(week[4]!.note).to.deep.equal({ fi: 'Itsenäisyyspäivä' });
    expect(week[3]!.note).to.equal(undefined);
  });

  it('decides "today" in the hours’ zone (Sunday 22:30 UTC is Monday in Helsinki)', () => {
    const week = getWeek(office, at('2025-01-05T22:30:00Z'));
    expect(week[0]!.date).to.equal('2025-01-06');
    expect(week[0]!.isToday).to.equal(true);
    expect(getWeek(office, at('2025-01-05T22:30:00Z'), 1)[0]!.date).to.equal('2025-01-13');
  });

  it('applies seasonal rules inside their validity period only', () => {
    const hours: OpeningHours = {
      weekly: [
        ...office.weekly!,
        { days: [1, 2, 3, 4, 5], ranges: [{ opens: '09:00', closes: '15:00' }], validFrom: '2025-06-01', validThrough: '2025-08-31' },
      ],
    };
    expect(getDay(hours, '2025-05-30', at('2025-05-30T12:00:00Z'))!.ranges).to.deep.equal([{ opens: '08:00', closes: '16:00' }]);
    expect(getDay(hours, '2025-06-02', at('2025-05-30T12:00:00Z'))!.ranges).to.deep.equal([{ opens: '09:00', closes: '15:00' }]);
    expect(getDay(hours, '2025-06-02', at('2025-05-30T12:00:00Z'))!.isToday).to.equal(false);
    expect(getDay(hours, '2025-02-30', at('2025-05-30T12:00:00Z'))).to.equal(undefined);
  });

  it('lists midnight-spanning ranges on the day they start', () => {
    const bar: OpeningHours = { weekly: [{ days: [5], ranges: [{ opens: '22:00', closes: '02:00' }] }] };
    const week = getWeek(bar, at('2025-01-08T12:00:00Z'));
    expect(week[4]!.ranges).to.deep.equal([{ opens: '22:00', closes: '02:00' }]);
    expect(week[5]!.ranges).to.deep.equal([]);
  });

  it('marks the days of a temporary closure with its note, and exceptions inside it win', () => {
    const hours: OpeningHours = {
      ...office,
      temporarilyClosed: { from: '2025-06-04', until: '2025-06-10', note: { fi: 'Remontti' } },
      exceptions: [{ date: '2025-06-05', ranges: [{ opens: '10:00', closes: '12:00' }], note: 'Pop-up' }],
    };
    const week = getWeek(hours, at('2025-06-02T09:00:00Z'));
    expect(week.map((d) => [d.date, d.closed, d.note, d.temporaryClosure !== undefined])).to.deep.equal([
      ['2025-06-02', false, undefined, false],
      ['2025-06-03', false, undefined, false],
      ['2025-06-04', true, { fi: 'Remontti' }, true],
      ['2025-06-05', false, 'Pop-up', true],
      ['2025-06-06', true, { fi: 'Remontti' }, true],
      ['2025-06-07', true, { fi: 'Remontti' }, true],
      ['2025-06-08', true, { fi: 'Remontti' }, true],
    ]);
    expect(week[3]!.ranges).to.deep.equal([{ opens: '10:00', closes: '12:00' }]);
  });

  it('shows open 24h as 00:00–24:00 and merges rules for the same day in order', () => {
    expect(getWeek({ open24h: true }, at('2025-06-02T09:00:00Z'))[6]!.ranges).to.deep.equal([{ opens: '00:00', closes: '24:00' }]);
    const split: OpeningHours = {
      weekly: [
        { days: [2], ranges: [{ opens: '13:00', closes: '16:00' }] },
        { days: [1, 2], ranges: [{ opens: '08:00', closes: '12:00' }] },
      ],
    };
    expect(getWeek(split, at('2025-06-02T09:00:00Z'))[1]!.ranges).to.deep.equal([
      { opens: '08:00', closes: '12:00' },
      { opens: '13:00', closes: '16:00' },
    ]);
  });

  it('goes back with a negative week offset, across a year boundary', () => {
    const week = getWeek(office, at('2025-01-01T12:00:00Z'), -1);
    expect([week[0]!.date, week[6]!.date]).to.deep.equal(['2024-12-23', '2024-12-29']);
    expect(week.some((d) => d.isToday)).to.equal(false);
    expect(getWeek(office, new Date(NaN))).to.deep.equal([]);
  });

  it('summer rules leave days they do not list closed', () => {
    const hours: OpeningHours = {
      weekly: [
        { days: [1, 2, 3, 4, 5, 6], ranges: [{ opens: '10:00', closes: '14:00' }] },
        { days: [1, 2, 3, 4, 5], ranges: [{ opens: '09:00', closes: '15:00' }], validFrom: '2025-06-01' },
      ],
    };
    expect(getDay(hours, '2025-06-07', at('2025-06-02T09:00:00Z'))!.closed).to.equal(true);
    expect(getDay(hours, '2025-05-31', at('2025-06-02T09:00:00Z'))!.ranges).to.deep.equal([{ opens: '10:00', closes: '14:00' }]);
  });
});
