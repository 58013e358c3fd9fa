import { expect } from '@open-wc/testing';
import { parseChannel, parseContact, parseOpeningHours, parseService } from '../../src/data/index.js';
import { telHref } from '../../src/data/contact.js';

describe('data parsers', () => {
  describe('parseOpeningHours', () => {
    it('normalises valid input and fills in the default zone without warnings', () => {
      const { value, warnings } = parseOpeningHours({
        weekly: [{ days: [5, 1, 'tuesday', 'https://schema.org/Wednesday'], ranges: ['8:00–16:00', { opens: '17:00', closes: '19:00:00' }] }],
      });
      expect(warnings).to.deep.equal([]);
      expect(value).to.deep.equal({
        timeZone: 'Europe/Helsinki',
        weekly: [{ days: [1, 2, 3, 5], ranges: [{ opens: '08:00', closes: '16:00' }, { opens: '17:00', closes: '19:00' }] }],
        exceptions: [],
      });
    });

    it('drops or repairs bad parts, one warning each', () => {
      const { value, warnings } = parseOpeningHours({
        timeZone: 'Mars/Olympus_Mons',
        weekly: [
          { days: [1, 0, 9], ranges: [{ opens: '25:00', closes: '26:00' }, { opens: '8.00', closes: '12:00' }] },
          { days: [], ranges: [] },
        ],
        exceptions: [{ date: '2025-02-30', closed: true }, { date: '2025-12-26', endDate: '2025-12-24', closed: 'true' }],
      });
      expect(warnings).to.deep.equal([
        'timeZone: unknown time zone "Mars/Olympus_Mons"; using Europe/Helsinki',
        'weekly[0].days[1]: weekday 0 is not ISO 8601; read as Sunday (7)',
        'weekly[0].days[2]: not an ISO weekday (1 = Monday … 7 = Sunday): 9; dropped',
        'weekly[0].ranges[0].opens: malformed time "25:00" (expected "HH:MM" 00:00–23:59)',
        'weekly[0].ranges[0].closes: malformed time "26:00" (expected "HH:MM" 00:00–24:00)',
        'weekly[0].ranges[0]: time range {"opens":"25:00","closes":"26:00"} dropped',
        'weekly[0].ranges[1].opens: time "8.00" uses a dot; read as "8:00"',
        'weekly[1]: weekly rule without valid days; dropped',
        'exceptions[0].date: not a valid "YYYY-MM-DD" date: "2025-02-30"',
        'exceptions[0]: exception without a valid date; dropped',
        'exceptions[1]: end date 2025-12-24 is before start date 2025-12-26; swapped',
        'exceptions[1].closed: expected a boolean, got string "true"; converted',
      ]);
      expect(value).to.deep.equal({
        timeZone: 'Europe/Helsinki',
        weekly: [{ days: [1, 7], ranges: [{ opens: '08:00', closes: '12:00' }] }],
        exceptions: [{ date: '2025-12-24', endDate: '2025-12-26', closed: true }],
      });
    });

    it('never throws, whatever it is given', () => {
      const circular: Record<string, unknown> = {};
      circular['self'] = circular;
      const inputs: unknown[] = [
        undefined, null, 42, 'x', [], [1], () => 1, Symbol('s'), circular,
        { weekly: 'x' }, { weekly: [null, 1, { days: 'x' }] }, { exceptions: {} }, { temporarilyClosed: 5 },
        { weekly: [{ days: [1], ranges: circular }] }, { timeZone: 12 }, { note: circular },
      ];
      for (const input of inputs) {
        expect(() => parseOpeningHours(input)).not.to.throw();
        expect(() => parseService(input)).not.to.throw();
        expect(() => parseChannel(input)).not.to.throw();
        expect(() => parseContact(input)).not.to.throw();
      }
      expect(parseOpeningHours('x')).to.deep.equal({
        value: undefined,
        warnings: ['expected an opening hours object, got "x"; dropped'],
      });
    });

    it('keeps a temporary closure and notes; localised text ignores unknown languages', () => {
      const { value, warnings } = parseOpeningHours({
        temporarilyClosed: { from: '2025-06-01', until: '2025-08-31', note: { fi: 'Remontti', de: 'Umbau' } },
      });
      expect(value?.temporarilyClosed).to.deep.equal({ from: '2025-06-01', until: '2025-08-31', note: { fi: 'Remontti' } });
      expect(warnings).to.deep.equal(['temporarilyClosed.note: unsupported language "de" ignored (use fi, sv or en)']);
    });
  });

  describe('parseChannel', () => {
    it('drops an unknown channel type', () => {
      expect(parseChannel({ type: 'fax', number: '09 123' })).to.deep.equal({
        value: undefined,
        warnings: ['unknown channel type "fax" (expected online, phone, visit, chat, video, mail); channel dropped'],
      });
    });

    it('refuses javascript: URLs, which would end up in href', () => {
      const { value, warnings } = parseChannel({ type: 'online', url: 'javascript:alert(1)' });
      expect(value).to.equal(undefined);
      expect(warnings).to.deep.equal([
        'url: not an http(s) URL or a root-relative path: "javascript:alert(1)"; dropped',
        'a channel of this type needs a valid url; channel dropped',
      ]);
    });

    it('keeps a visit channel, dropping its bad map URL and bad hours parts', () => {
      const { value, warnings } = parseChannel({
        type: 'visit',
        name: { fi: 'Asiakaspalvelu', sv: 'Kundtjänst' },
        address: { street: 'Kauppakatu 1', postalCode: '4010', city: 'Jyväskylä' },
        mapUrl: 'data:text/html,x',
        accessibility: 'Esteetön sisäänkäynti',
        hours: { weekly: [{ days: [1], ranges: ['09:00-15:00'] }], exceptions: [{ date: 'huomenna' }] },
      }, 'channels[0]');
      expect(value).to.deep.equal({
        type: 'visit',
        name: { fi: 'Asiakaspalvelu', sv: 'Kundtjänst' },
        address: { street: 'Kauppakatu 1', postalCode: '4010', city: 'Jyväskylä' },
        accessibility: ['Esteetön sisäänkäynti'],
        hours: { timeZone: 'Europe/Helsinki', weekly: [{ days: [1], ranges: [{ opens: '09:00', closes: '15:00' }] }], exceptions: [] },
      });
      expect(warnings).to.deep.equal([
        'channels[0].address.postalCode: a Finnish postal code has five digits, got "4010"; kept',
        'channels[0].hours.exceptions[0].date: not a valid "YYYY-MM-DD" date: "huomenna"',
        'channels[0].hours.exceptions[0]: exception without a valid date; dropped',
        'channels[0].mapUrl: not an http(s) URL or a root-relative path: "data:text/html,x"; dropped',
        'channels[0].accessibility: expected an array; treated as a single item',
      ]);
    });

    it('parses phone channels with a call price', () => {
      expect(parseChannel({ type: 'phone', number: '09 310 11111', callPrice: 'local' }).value)
        .to.deep.equal({ type: 'phone', number: '09 310 11111', callPrice: 'local' });
      expect(parseChannel({ type: 'phone', number: '0600 123', callPrice: { text: { fi: '1,50 €/min + pvm' } } }).value)
        .to.deep.equal({ type: 'phone', number: '0600 123', callPrice: { text: { fi: '1,50 €/min + pvm' } } });
      expect(telHref('09 310 11111')).to.equal('tel:+358931011111');
      expect(telHref('+358 (0)9 123 4567')).to.equal('tel:+35891234567');
      expect(telHref('00358 40 123 4567')).to.equal('tel:+358401234567');
      expect(telHref('112')).to.equal('tel:112');
    });
  });

  describe('parseContact', () => {
    it('drops an invalid e-mail and keeps the rest', () => {
      const { value, warnings } = parseContact({ kind: 'person', name: 'Maija Meikäläinen', role: { fi: 'Rakennustarkastaja' }, email: 'maija@', phone: '040 123 4567' });
      expect(value).to.deep.equal({ kind: 'person', name: 'Maija Meikäläinen', role: { fi: 'Rakennustarkastaja' }, phone: '040 123 4567' });
      expect(warnings).to.deep.equal(['email: not an e-mail address: "maija@"; dropped']);
    });

    it('needs a name', () => {
      expect(parseContact({ phone: '09 123 456' })).to.deep.equal({
        value: undefined, warnings: ['a contact needs a name; dropped'],
      });
    });
  });

  describe('parseService', () => {
    it('keeps the usable channels of a service and reports the rest by path', () => {
      const { value, warnings } = parseService({
        id: 'a1b2',
        name: [{ language: 'fi', value: 'Rakennuslupa' }, { language: 'sv', value: 'Bygglov' }],
        responsibleOrganization: { name: 'Esimerkkilän kaupunki', unit: 'Rakennusvalvonta' },
        channels: [
          { type: 'online', url: 'https://www.lupapiste.fi', requiresIdentification: true },
          { type: 'telepathy' },
          { type: 'mail', address: { poBox: '1', postalCode: '00099', city: 'Esimerkkilä' } },
        ],
        requirements: { strongIdentification: true, fee: { kind: 'amount', amount: 120 }, attachments: ['Asemapiirros'] },
        languages: ['fi', 'SV', 'english'],
        keywords: ['rakentaminen'],
      });
      expect(warnings).to.deep.equal([
        'channels[1]: unknown channel type "telepathy" (expected online, phone, visit, chat, video, mail); channel dropped',
        'languages[2]: not an ISO 639 language code: "english"; dropped',
      ]);
      expect(value).to.deep.equal({
        id: 'a1b2',
        name: { fi: 'Rakennuslupa', sv: 'Bygglov' },
        responsibleOrganization: { name: 'Esimerkkilän kaupunki', unit: 'Rakennusvalvonta' },
        channels: [
          { type: 'online', url: 'https://www.lupapiste.fi', requiresIdentification: true },
          { type: 'mail', address: { poBox: '1', postalCode: '00099', city: 'Esimerkkilä' } },
        ],
        requirements: { strongIdentification: true, fee: { kind: 'amount', amount: 120, currency: 'EUR' }, attachments: ['Asemapiirros'] },
        languages: ['fi', 'sv'],
        keywords: ['rakentaminen'],
      });
    });

    it('reads fee shorthands', () => {
      const fee = (f: unknown) => parseService({ name: 'x', requirements: { fee: f } }).value?.requirements?.fee;
      expect(fee(0)).to.deep.equal({ kind: 'free' });
      expect(fee('free')).to.deep.equal({ kind: 'free' });
      expect(fee(35.5)).to.deep.equal({ kind: 'amount', amount: 35.5, currency: 'EUR' });
      expect(fee('Taksan mukaan')).to.deep.equal({ kind: 'text', text: 'Taksan mukaan' });
      expect(fee(-1)).to.equal(undefined);
    });

    it('returns no value without a name', () => {
      expect(parseService({ id: 'x', channels: [] })).to.deep.equal({
        value: undefined, warnings: ['a service needs a name; nothing to render'],
      });
    });
  });
});
