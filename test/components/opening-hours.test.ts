import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/opening-hours/opening-hours.js';
import type { ArkiOpeningHours } from '../../src/components/opening-hours/opening-hours.js';
import type { OpeningHours } from '../../src/data/index.js';
import { expectAccessible } from '../helpers/a11y.js';
import { announced } from '../helpers/announcements.js';

const office: OpeningHours = {
  weekly: [{ days: [1, 2, 3, 4, 5], ranges: [{ opens: '08:00', closes: '16:00' }] }],
  exceptions: [{ date: '2025-12-24', closed: true, note: { fi: 'Jouluaatto', sv: 'Julafton', en: 'Christmas Eve' } }],
};
// December in Helsinki is UTC+2. 2025-12-02 is a Tuesday.
const TUE_10 = new Date('2025-12-02T08:00:00Z');
const TUE_1545 = new Date('2025-12-02T13:45:00Z');
const TUE_17 = new Date('2025-12-02T15:00:00Z');
const TUE_07 = new Date('2025-12-02T05:00:00Z');
const FRI_17 = new Date('2025-12-05T15:00:00Z');
const XMAS_EVE_10 = new Date('2025-12-24T08:00:00Z');

const shadow = (el: Element) => el.shadowRoot!;
const statusText = (el: ArkiOpeningHours) => shadow(el).querySelector('.status-text')?.textContent?.trim() ?? '';
const render = (hours: unknown, now: Date, lang = 'fi', extra: Partial<ArkiOpeningHours> = {}) =>
  fixture<ArkiOpeningHours>(html`<arki-opening-hours lang=${lang} .hours=${hours as OpeningHours} .now=${now} .hour12=${extra.hour12 ?? false} variant=${extra.variant ?? 'full'}></arki-opening-hours>`);

function captureWarnings(): { warnings: string[]; restore: () => void } {
  const warnings: string[] = [];
  const orig = console.warn;
  console.warn = (m: string) => warnings.push(String(m));
  return { warnings, restore: () => (console.warn = orig) };
}

describe('arki-opening-hours', () => {
  describe('status line', () => {
    const cases: Array<[string, Date, Record<'fi' | 'sv' | 'en', string>]> = [
      ['open', TUE_10, { fi: 'Avoinna nyt, sulkeutuu klo 16.00', sv: 'Öppet nu, stänger kl. 16.00', en: 'Open now, closes at 16:00' }],
      ['closing soon', TUE_1545, { fi: 'Sulkeutuu pian, klo 16.00', sv: 'Stänger snart, kl. 16.00', en: 'Closing soon, at 16:00' }],
      ['closed, opens today', TUE_07, { fi: 'Suljettu, avautuu klo 8.00', sv: 'Stängt, öppnar kl. 8.00', en: 'Closed, opens at 08:00' }],
      ['closed, opens tomorrow', TUE_17, { fi: 'Suljettu, avautuu huomenna klo 8.00', sv: 'Stängt, öppnar i morgon kl. 8.00', en: 'Closed, opens tomorrow at 08:00' }],
      ['closed over the weekend', FRI_17, {
        fi: 'Suljettu, avautuu maanantaina 8.12. klo 8.00',
        sv: 'Stängt, öppnar på måndag 8.12 kl. 8.00',
        en: 'Closed, opens on Monday 8 December at 08:00',
      }],
    ];
    for (const [name, now, texts] of cases) {
      it(`${name}: fi, sv and en`, async () => {
        for (const lang of ['fi', 'sv', 'en'] as const) {
          const el = await render(office, now, lang);
          expect(statusText(el), lang).to.equal(texts[lang]);
        }
      });
    }

    it('marks the state on the status line with an icon as well as text', async () => {
      const open = await render(office, TUE_10);
      expect(shadow(open).querySelector('.status')!.getAttribute('data-state')).to.equal('open');
      expect(shadow(open).querySelector('.status arki-icon')!.getAttribute('name')).to.equal('success');
      const soon = await render(office, TUE_1545);
      expect(shadow(soon).querySelector('.status')!.getAttribute('data-state')).to.equal('closing-soon');
      const closed = await render(office, TUE_17);
      expect(shadow(closed).querySelector('.status')!.getAttribute('data-state')).to.equal('closed');
    });

    it('en with hour12: "Closed, opens tomorrow at 8:00 am" and 12-hour ranges', async () => {
      const el = await render(office, TUE_17, 'en', { hour12: true });
      expect(statusText(el)).to.equal('Closed, opens tomorrow at 8:00 am');
      expect(shadow(el).querySelector('tbody td .hours')!.textContent).to.equal('8:00 am–4:00 pm');
    });

    it('open 24 hours', async () => {
      const el = await render({ open24h: true }, TUE_10, 'fi');
      expect(statusText(el)).to.equal('Avoinna ympäri vuorokauden');
    });
  });

  describe('week table', () => {
    it('is a real table with a caption, column and row headers, in the page language', async () => {
      const el = await render(office, TUE_10, 'sv');
      const table = shadow(el).querySelector('table')!;
      expect(table.querySelector('caption')!.textContent!.trim()).to.equal('Öppettider');
      expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col']);
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows.length).to.equal(7);
      expect(rows.every((r) => r.querySelector('th')!.getAttribute('scope') === 'row')).to.equal(true);
      expect(rows[0]!.querySelector('.weekday')!.textContent).to.equal('måndag');
      expect(rows[0]!.querySelector('.date')!.textContent).to.equal('1.12');
      expect(rows[0]!.querySelector('td .hours')!.textContent).to.equal('kl. 8.00–16.00');
      expect(rows[6]!.querySelector('td .hours')!.textContent).to.equal('Stängt');
    });

    it('marks today with aria-current="date" and a visible text label, once', async () => {
      const el = await render(office, TUE_10, 'fi');
      const current = shadow(el).querySelectorAll('tr[aria-current="date"]');
      expect(current.length).to.equal(1);
      expect(current[0]!.querySelector('.weekday')!.textContent).to.equal('tiistai');
      expect(current[0]!.querySelector('.today-marker')!.textContent).to.equal('tänään');
      expect(shadow(el).querySelectorAll('.today-marker').length).to.equal(1);
      // Not colour alone: the row's text is bolder than the other rows'.
      const weight = (tr: Element) => Number(getComputedStyle(tr.querySelector('th')!).fontWeight);
      const rows = shadow(el).querySelectorAll('tbody tr');
      expect(weight(rows[1]!)).to.be.greaterThan(weight(rows[0]!));
    });

    it('a custom label becomes the caption', async () => {
      const el = await fixture<ArkiOpeningHours>(html`<arki-opening-hours label="Puhelinpalvelu" .hours=${office} .now=${TUE_10}></arki-opening-hours>`);
      expect(shadow(el).querySelector('caption')!.textContent!.trim()).to.equal('Puhelinpalvelu');
    });

    it('shows DST days in wall-clock time and computes the status across the switch', async () => {
      const night: OpeningHours = { weekly: [{ days: [7], ranges: [{ opens: '02:00', closes: '05:00' }] }] };
      // 2025-03-30 (Sunday) clocks go 03:00 → 04:00 in Helsinki. 01:30Z is 04:30 EEST.
      const el = await render(night, new Date('2025-03-30T01:30:00Z'), 'fi');
      const sunday = shadow(el).querySelector('tr[aria-current="date"]')!;
      expect(sunday.querySelector('.date')!.textContent).to.equal('30.3.');
      expect(sunday.querySelector('.hours')!.textContent).to.equal('klo 2.00–5.00');
      expect(statusText(el)).to.equal('Sulkeutuu pian, klo 5.00');
      el.now = new Date('2025-03-30T00:10:00Z'); // 02:10 EET, just after opening
      await el.updateComplete;
      expect(statusText(el)).to.equal('Avoinna nyt, sulkeutuu klo 5.00');
    });
  });

  describe('exceptions and closures', () => {
    it('a holiday today: closed, a notice with its name, the note in the table', async () => {
      const el = await render(office, XMAS_EVE_10, 'fi');
      expect(statusText(el)).to.equal('Suljettu, avautuu huomenna klo 8.00');
      expect(shadow(el).querySelector('[part="notice"]')!.textContent).to.equal('Poikkeusaukiolo tänään: Jouluaatto');
      const today = shadow(el).querySelector('tr[aria-current="date"]')!;
      expect(today.querySelector('.hours')!.textContent).to.equal('Suljettu');
      expect(today.querySelector('.day-note')!.textContent).to.equal('Jouluaatto');
    });

    it('lists upcoming exceptions with their dates, names and hours', async () => {
      const hours: OpeningHours = {
        ...office,
        exceptions: [
          ...office.exceptions!,
          { date: '2025-12-31', ranges: [{ opens: '08:00', closes: '12:00' }], note: 'Uudenvuodenaatto' },
          { date: '2025-11-01', closed: true, note: 'Past' },
        ],
      };
      const el = await render(hours, TUE_10, 'fi');
      const items = [...shadow(el).querySelectorAll('[part="exceptions"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items).to.deep.equal(['ke 24.12. Jouluaatto: Suljettu', 'ke 31.12. Uudenvuodenaatto: klo 8.00–12.00']);
      const list = shadow(el).querySelector('[part="exceptions"] ul')!;
      expect(shadow(el).getElementById(list.getAttribute('aria-labelledby')!)!.textContent).to.equal('Poikkeusaukioloajat');
    });

    it('temporarily closed: notice with the end date and the reason, in sv', async () => {
      const hours: OpeningHours = { ...office, temporarilyClosed: { from: '2025-12-01', until: '2025-12-14', note: { fi: 'Remontti', sv: 'Renovering' } } };
      const el = await render(hours, TUE_10, 'sv');
      expect(statusText(el)).to.equal('Stängt, öppnar på måndag 15.12 kl. 8.00');
      expect(shadow(el).querySelector('.status')!.getAttribute('data-state')).to.equal('temporarily-closed');
      expect(shadow(el).querySelector('[part="notice"]')!.textContent).to.equal('Tillfälligt stängt till och med 14.12: Renovering');
    });
  });

  describe('live updates', () => {
    it('re-renders by itself at the next change, with an injected clock', async () => {
      // The injected clock starts 1 s before closing and runs in real time.
      const start = Date.now();
      const base = new Date('2025-12-02T13:59:59Z').getTime();
      const el = await fixture<ArkiOpeningHours>(html`<arki-opening-hours lang="en" .hours=${office} .clock=${() => new Date(base + Date.now() - start)}></arki-opening-hours>`);
      expect(statusText(el)).to.equal('Closing soon, at 16:00');
      expect(el.openingStatus!.nextChange!.toISOString()).to.equal('2025-12-02T14:00:00.000Z');
      await new Promise((r) => setTimeout(r, 1400));
      expect(statusText(el)).to.equal('Closed, opens tomorrow at 08:00');
    });

    it('clears its timer when removed from the page', async () => {
      let reads = 0;
      const start = Date.now();
      const base = new Date('2025-12-02T13:59:59.500Z').getTime();
      const clock = () => {
        reads++;
        return new Date(base + Date.now() - start);
      };
      const el = await fixture<ArkiOpeningHours>(html`<arki-opening-hours .hours=${office} .clock=${clock}></arki-opening-hours>`);
      el.remove();
      const before = reads;
      await new Promise((r) => setTimeout(r, 800));
      expect(reads).to.equal(before);
    });

    it('a pinned `now` (attribute or property) does not tick', async () => {
      const el = await fixture<ArkiOpeningHours>(html`<arki-opening-hours now="2025-12-02T13:59:59.900Z" .hours=${office}></arki-opening-hours>`);
      expect(el.now!.toISOString()).to.equal('2025-12-02T13:59:59.900Z');
      await new Promise((r) => setTimeout(r, 300));
      expect(statusText(el)).to.equal('Sulkeutuu pian, klo 16.00');
    });

    it('with announce-changes, a flip from open to closed is announced politely', async () => {
      const el = await fixture<ArkiOpeningHours>(html`<arki-opening-hours announce-changes lang="fi" .hours=${office} .now=${TUE_1545}></arki-opening-hours>`);
      el.now = TUE_17;
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 150));
      await announced('Suljettu, avautuu huomenna klo 8.00');
    });
  });

  describe('data', () => {
    it('accepts JSON in the hours attribute and a time-zone for hours without one', async () => {
      const json = JSON.stringify({ weekly: [{ days: [2], opens: '08:00', closes: '16:00' }] });
      const el = await fixture<ArkiOpeningHours>(html`<arki-opening-hours lang="en" hours=${json} time-zone="America/New_York" now="2025-12-02T14:00:00Z"></arki-opening-hours>`);
      // 14:00Z is 09:00 in New York: open. In Helsinki it would be 16:00: closed.
      expect(el.openingHours!.timeZone).to.equal('America/New_York');
      expect(statusText(el)).to.equal('Open now, closes at 16:00');
    });

    it('bad data: one dev warning listing the problems, the valid parts still render, no exception', async () => {
      const cap = captureWarnings();
      try {
        const el = await render({ weekly: [{ days: [1, 2, 3, 4, 5], ranges: [{ opens: '08:00', closes: '16:00' }, { opens: '25:00', closes: '26:00' }] }, { days: ['someday'], opens: '1', closes: '2' }] }, TUE_10, 'fi');
        expect(statusText(el)).to.equal('Avoinna nyt, sulkeutuu klo 16.00');
        const w = cap.warnings.find((m) => m.includes('<arki-opening-hours>'));
        expect(w).to.contain('malformed time "25:00"');
        expect(w).to.contain('weekly rule without valid days');
      } finally {
        cap.restore();
      }
    });

    it('unusable data: a clear "not available" text and a warning', async () => {
      const cap = captureWarnings();
      try {
        const el = await fixture<ArkiOpeningHours>(html`<arki-opening-hours hours="{not json"></arki-opening-hours>`);
        expect(shadow(el).querySelector('.unavailable')!.textContent).to.equal('Aukioloaikoja ei ole saatavilla.');
        expect(cap.warnings.some((m) => m.includes('not valid JSON'))).to.equal(true);
        el.hours = 'null';
        await el.updateComplete;
        expect(shadow(el).querySelector('table')).to.equal(null);
      } finally {
        cap.restore();
      }
    });

    it('an invalid `now` warns and the injected clock is used instead', async () => {
      const cap = captureWarnings();
      try {
        const el = await fixture<ArkiOpeningHours>(html`<arki-opening-hours lang="en" now="eilen" .clock=${() => TUE_17} .hours=${office}></arki-opening-hours>`);
        expect(statusText(el)).to.equal('Closed, opens tomorrow at 08:00');
        expect(shadow(el).querySelectorAll('tbody tr').length).to.equal(7);
        expect(cap.warnings.some((m) => m.includes('is not a valid date'))).to.equal(true);
      } finally {
        cap.restore();
      }
    });

    it('an unknown variant falls back to full with a warning', async () => {
      const cap = captureWarnings();
      try {
        const el = await fixture<ArkiOpeningHours>(html`<arki-opening-hours variant="tiny" .hours=${office} .now=${TUE_10}></arki-opening-hours>`);
        expect(el.variant).to.equal('full');
        expect(cap.warnings.some((m) => m.includes('variant="tiny"'))).to.equal(true);
      } finally {
        cap.restore();
      }
    });
  });

  describe('variants and keyboard', () => {
    it('status: only the status line', async () => {
      const el = await render(office, TUE_10, 'fi', { variant: 'status' });
      expect(shadow(el).querySelector('table')).to.equal(null);
      expect(statusText(el)).to.equal('Avoinna nyt, sulkeutuu klo 16.00');
    });

    it('compact: the week is in a disclosure that opens with the keyboard', async () => {
      const el = await render(office, TUE_10, 'fi', { variant: 'compact' });
      const details = shadow(el).querySelector('details')!;
      expect(details.open).to.equal(false);
      expect(shadow(el).querySelector('summary')!.textContent!.trim()).to.equal('Näytä viikon aukioloajat');
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('summary'));
      await sendKeys({ press: 'Enter' });
      await nextFrame();
      expect(details.open).to.equal(true);
      expect(details.querySelector('table')).to.not.equal(null);
    });

    it('compact with context: the disclosure and caption say whose hours they are, visible words first', async () => {
      const wrap = await fixture<HTMLElement>(html`<div>
        <arki-opening-hours variant="compact" context="Kauppakadun palvelupiste" .hours=${office} .now=${TUE_10}></arki-opening-hours>
        <arki-opening-hours variant="compact" context="Puhelinneuvonta" lang="sv" .hours=${office} .now=${TUE_10}></arki-opening-hours>
      </div>`);
      const [fi, sv] = [...wrap.querySelectorAll('arki-opening-hours')];
      await Promise.all([fi!.updateComplete, sv!.updateComplete]);
      const name = (el: ArkiOpeningHours) => shadow(el).querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(name(fi!)).to.equal('Näytä viikon aukioloajat: Kauppakadun palvelupiste');
      expect(name(sv!)).to.equal('Visa veckans öppettider: Puhelinneuvonta');
      const hidden = shadow(fi!).querySelector('summary .visually-hidden')!;
      expect(hidden.textContent).to.equal(': Kauppakadun palvelupiste');
      expect(shadow(fi!).querySelector('summary')!.firstElementChild!.textContent, 'the visible words come first (2.5.3)').to.equal('Näytä viikon aukioloajat');
      expect(shadow(fi!).querySelector('caption')!.textContent!.trim()).to.equal('Aukioloajat: Kauppakadun palvelupiste');
      await expectAccessible(wrap);
    });

    it('follows a lang change on an ancestor', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="fi"><arki-opening-hours .hours=${office} .now=${TUE_10}></arki-opening-hours></div>`);
      const el = wrap.querySelector('arki-opening-hours')!;
      await el.updateComplete;
      wrap.lang = 'en';
      await nextFrame();
      await el.updateComplete;
      expect(statusText(el)).to.equal('Open now, closes at 16:00');
    });
  });

  describe('accessibility', () => {
    const hoursWithEverything: OpeningHours = {
      ...office,
      exceptions: [...office.exceptions!, { date: '2025-12-31', ranges: [{ opens: '08:00', closes: '12:00' }], note: 'Uudenvuodenaatto' }],
      note: 'Ajanvarauksella myös muina aikoina.',
    };
    for (const [name, now] of [['open', TUE_10], ['closing soon', TUE_1545], ['closed', TUE_17], ['holiday', XMAS_EVE_10]] as const) {
      it(`is accessible: ${name}`, async () => {
        const el = await render(hoursWithEverything, now, 'fi');
        await expectAccessible(el);
      });
    }
    it('is accessible: temporarily closed, compact (open), status only, unavailable', async () => {
      const wrap = await fixture<HTMLElement>(html`<div>
        <arki-opening-hours .hours=${{ ...office, temporarilyClosed: { from: '2025-12-01', note: 'Remontti' } }} .now=${TUE_10}></arki-opening-hours>
        <arki-opening-hours variant="compact" .hours=${office} .now=${TUE_10}></arki-opening-hours>
        <arki-opening-hours variant="status" .hours=${office} .now=${TUE_10}></arki-opening-hours>
        <arki-opening-hours></arki-opening-hours>
      </div>`);
      const compact = wrap.querySelectorAll('arki-opening-hours')[1]!;
      await compact.updateComplete;
      shadow(compact).querySelector('details')!.open = true;
      await expectAccessible(wrap);
    });
  });
});
