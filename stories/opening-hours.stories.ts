import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/opening-hours/opening-hours.js';
import { openingHoursVariants } from '../src/components/opening-hours/opening-hours.js';
import type { OpeningHours } from '../src/data/index.js';
import { sampleHours } from './example-service-page.stories.js';

interface Args {
  hours: OpeningHours | string | undefined;
  now: string;
  variant: string;
  hour12: boolean;
  label: string;
  context: string;
}

// Every story pins the clock (`now`), so the status line and the marked day are the same
// every day, and so is the axe sweep. Times below are Helsinki time (UTC+2 in winter).
const at = (iso: string): string => new Date(iso).toISOString();
const TUE_10 = at('2025-12-02T10:00:00+02:00');

const meta: Meta<Args> = {
  title: 'Components/Opening hours',
  component: 'arki-opening-hours',
  args: { hours: sampleHours, now: TUE_10, variant: 'full', hour12: false, label: '', context: '' },
  argTypes: {
    variant: { control: 'select', options: [...openingHoursVariants] },
    now: { control: 'text', description: 'ISO date-time; pins the clock' },
  },
  render: (a) => html`<arki-opening-hours
    .hours=${a.hours}
    now=${a.now}
    variant=${a.variant}
    ?hour12=${a.hour12}
    label=${a.label}
    context=${a.context}
  ></arki-opening-hours>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Tuesday 10.00: "Avoinna nyt, sulkeutuu klo 16.00"; today is marked in the table. */
export const OpenNow: Story = { name: 'Open now' };
/** 15.45: within 30 minutes of closing. */
export const ClosingSoon: Story = { name: 'Closing soon', args: { now: at('2025-12-02T15:45:00+02:00') } };
/** 17.00: "Suljettu, avautuu huomenna klo 8.00". */
export const ClosedNow: Story = { name: 'Closed now (opens tomorrow)', args: { now: at('2025-12-02T17:00:00+02:00') } };
/** Saturday: the next opening is searched over the closed days. */
export const ClosedOverWeekend: Story = { name: 'Closed over the weekend', args: { now: at('2025-12-06T12:00:00+02:00') } };
/** Christmas Eve: a date exception overrides the weekly hours, with its name. */
export const HolidayException: Story = { name: 'Holiday exception', args: { now: at('2025-12-24T10:00:00+02:00') } };
/** The day before Independence Day: shorter special hours. */
export const SpecialHours: Story = { name: 'Special hours today', args: { now: at('2025-12-05T11:00:00+02:00') } };
export const TemporarilyClosed: Story = {
  name: 'Temporarily closed',
  args: { hours: { ...sampleHours, temporarilyClosed: { from: '2025-11-24', until: '2025-12-14', note: { fi: 'Remontti', sv: 'Renovering', en: 'Renovation' } } } },
};
export const Open24h: Story = { name: 'Open 24 hours', args: { hours: { open24h: true } } };
/** Status line, with the week in a disclosure: for channels and contact cards. */
export const Compact: Story = { args: { variant: 'compact' } };
export const StatusOnly: Story = { name: 'Status only', args: { variant: 'status' } };
/** Several compact hours on one page: `context` completes each disclosure's name ("Näytä viikon aukioloajat: Pääkirjasto"). */
export const CompactWithContext: Story = {
  name: 'Compact, several on a page (context)',
  render: (a) => html`${['Pääkirjasto', 'Kallion kirjasto'].map(
    (place) => html`<h3>${place}</h3><arki-opening-hours .hours=${a.hours} now=${a.now} variant="compact" context=${place}></arki-opening-hours>`,
  )}`,
};
/** Split days and a midnight-spanning Friday. */
export const SplitAndLateHours: Story = {
  name: 'Split days and late hours',
  args: {
    hours: {
      weekly: [
        { days: [1, 2, 3, 4], ranges: [{ opens: '08:00', closes: '12:00' }, { opens: '13:00', closes: '16:00' }] },
        { days: [5], ranges: [{ opens: '18:00', closes: '02:00' }] },
      ],
    },
  },
};
/** Sunday 30 March 2025, when clocks go forward: hours stay in wall-clock time. */
export const DstChange: Story = {
  name: 'Daylight saving time change',
  args: { hours: { weekly: [{ days: [7], ranges: [{ opens: '02:00', closes: '05:00' }] }] }, now: at('2025-03-30T04:30:00+03:00') },
};
/** No data: says so instead of showing an empty table. */
export const MissingData: Story = { name: 'Missing data', args: { hours: undefined } };
/** Bad data (times like 25:00, unknown days, a broken zone): a dev warning; the valid parts render. */
export const BadData: Story = {
  name: 'Bad data',
  args: {
    hours: {
      timeZone: 'Mars/Olympus',
      weekly: [{ days: [1, 2, 3, 4, 5, 'someday'], ranges: [{ opens: '08:00', closes: '16:00' }, { opens: '25:00', closes: '26:00' }] }],
      exceptions: [{ date: '2025-13-45', closed: true }],
    } as unknown as OpeningHours,
  },
};
export const LongWords: Story = {
  name: 'Long Finnish compound words',
  args: {
    label: 'Varhaiskasvatuspalveluohjauksen puhelinpalveluaukioloajat',
    now: at('2025-12-24T10:00:00+02:00'),
    hours: { ...sampleHours, exceptions: [{ date: '2025-12-24', closed: true, note: 'Jouluaattopäivänkorvausvapaapäivä ja henkilöstönkehittämispäivä' }] },
  },
};
export const Swedish: Story = { render: (a) => html`<div lang="sv">${meta.render!(a, {} as never)}</div>` };
export const English: Story = { render: (a) => html`<div lang="en">${meta.render!(a, {} as never)}</div>` };
export const English12h: Story = { name: 'English, 12-hour clock', args: { hour12: true }, render: (a) => html`<div lang="en">${meta.render!(a, {} as never)}</div>` };
