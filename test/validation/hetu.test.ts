import { expect } from '@open-wc/testing';
import { isTemporaryHetu, parseHetu, validateHetu, type HetuInfo } from '../../src/validation/hetu.js';

const CONTROL_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

describe('validateHetu', () => {
  describe('published example codes (check characters verified independently)', () => {
    const examples: Array<[string, HetuInfo]> = [
      ['131052-308T', { birthDate: '1952-10-13', sex: 'female', temporary: false }],
      // New century signs (in use since 1 January 2023).
      ['010594Y9032', { birthDate: '1994-05-01', sex: 'male', temporary: true }],
      ['010594Y9021', { birthDate: '1994-05-01', sex: 'female', temporary: true }],
      ['020594X903P', { birthDate: '1994-05-02', sex: 'male', temporary: true }],
      ['020594X902N', { birthDate: '1994-05-02', sex: 'female', temporary: true }],
      ['030594W903B', { birthDate: '1994-05-03', sex: 'male', temporary: true }],
      ['030694W9024', { birthDate: '1994-06-03', sex: 'female', temporary: true }],
      ['040594V9030', { birthDate: '1994-05-04', sex: 'male', temporary: true }],
      ['040594V902Y', { birthDate: '1994-05-04', sex: 'female', temporary: true }],
      ['050594U903M', { birthDate: '1994-05-05', sex: 'male', temporary: true }],
      ['050594U902L', { birthDate: '1994-05-05', sex: 'female', temporary: true }],
      ['010516B903X', { birthDate: '2016-05-01', sex: 'male', temporary: true }],
      ['010516B902W', { birthDate: '2016-05-01', sex: 'female', temporary: true }],
      ['020516C903K', { birthDate: '2016-05-02', sex: 'male', temporary: true }],
      ['020516C902J', { birthDate: '2016-05-02', sex: 'female', temporary: true }],
      ['030516D9037', { birthDate: '2016-05-03', sex: 'male', temporary: true }],
      ['030516D9026', { birthDate: '2016-05-03', sex: 'female', temporary: true }],
      ['010501E9032', { birthDate: '2001-05-01', sex: 'male', temporary: true }],
      ['020502E902X', { birthDate: '2002-05-02', sex: 'female', temporary: true }],
      ['020503F9037', { birthDate: '2003-05-02', sex: 'male', temporary: true }],
      ['020504A902E', { birthDate: '2004-05-02', sex: 'female', temporary: true }],
      ['020504B904H', { birthDate: '2004-05-02', sex: 'female', temporary: true }],
    ];
    for (const [code, info] of examples) {
      it(`accepts ${code}`, () => {
        expect(validateHetu(code)).to.deep.equal({ valid: true, value: code });
        expect(parseHetu(code)).to.deep.equal(info);
        expect(isTemporaryHetu(code)).to.equal(info.temporary);
      });
    }

    it('rejects 040594V902V, a mistyped example list entry (the correct check character is Y)', () => {
      expect(validateHetu('040594V902V')).to.deep.equal({ valid: false, reason: 'checksum' });
      expect(parseHetu('040594V902V')).to.equal(null);
    });
  });

  describe('normalisation', () => {
    it('upper-cases the check character', () => {
      expect(validateHetu('131052-308t')).to.deep.equal({ valid: true, value: '131052-308T' });
    });
    it('upper-cases a lower-case century letter', () => {
      expect(validateHetu('020504a902e')).to.deep.equal({ valid: true, value: '020504A902E' });
      expect(validateHetu('010594y9032')).to.deep.equal({ valid: true, value: '010594Y9032' });
    });
    it('trims surrounding whitespace, including tabs, newlines and no-break spaces', () => {
      expect(validateHetu('  131052-308T ')).to.deep.equal({ valid: true, value: '131052-308T' });
      expect(validateHetu('\t131052-308T\n')).to.deep.equal({ valid: true, value: '131052-308T' });
      expect(validateHetu('\u00a0131052-308T\u00a0')).to.deep.equal({ valid: true, value: '131052-308T' });
    });
  });

  describe('century signs', () => {
    it('treats + as the 1800s', () => {
      expect(validateHetu('131052+308T')).to.deep.equal({ valid: true, value: '131052+308T' });
      expect(parseHetu('131052+308T')).to.deep.equal({ birthDate: '1852-10-13', sex: 'female', temporary: false });
    });
    for (const sign of ['-', 'Y', 'X', 'W', 'V', 'U']) {
      it(`treats ${sign} as the 1900s`, () => {
        const code = `131052${sign}308T`;
        expect(validateHetu(code)).to.deep.equal({ valid: true, value: code });
        expect(parseHetu(code)).to.deep.equal({ birthDate: '1952-10-13', sex: 'female', temporary: false });
      });
    }
    for (const sign of ['A', 'B', 'C', 'D', 'E', 'F']) {
      it(`treats ${sign} as the 2000s`, () => {
        const code = `020504${sign}902E`;
        expect(validateHetu(code)).to.deep.equal({ valid: true, value: code });
        expect(parseHetu(code)).to.deep.equal({ birthDate: '2004-05-02', sex: 'female', temporary: true });
      });
    }
    for (const sign of ['G', 'Z', 'T', 'H', 'g', '0', '9', '/', '*', '_', ' ', '–']) {
      it(`rejects century sign ${JSON.stringify(sign)}`, () => {
        expect(validateHetu(`131052${sign}308T`)).to.deep.equal({ valid: false, reason: 'century' });
        expect(parseHetu(`131052${sign}308T`)).to.equal(null);
      });
    }
  });

  describe('dates', () => {
    it('accepts 29 February in leap years', () => {
      expect(validateHetu('290204A4562')).to.deep.equal({ valid: true, value: '290204A4562' });
      expect(parseHetu('290204A4562')?.birthDate).to.equal('2004-02-29');
      expect(validateHetu('290296+456T')).to.deep.equal({ valid: true, value: '290296+456T' });
      expect(parseHetu('290296+456T')?.birthDate).to.equal('1896-02-29');
      expect(validateHetu('290296U456T')).to.deep.equal({ valid: true, value: '290296U456T' });
      expect(parseHetu('290296U456T')?.birthDate).to.equal('1996-02-29');
    });
    it('accepts 29.2.2000 (divisible by 400) but not 29.2.1900 or 29.2.1800 (divisible by 100)', () => {
      expect(validateHetu('290200A4561')).to.deep.equal({ valid: true, value: '290200A4561' });
      expect(parseHetu('290200A4561')?.birthDate).to.equal('2000-02-29');
      expect(validateHetu('290200-4561')).to.deep.equal({ valid: false, reason: 'date' });
      expect(validateHetu('290200+4561')).to.deep.equal({ valid: false, reason: 'date' });
    });
    it('rejects 29 February in a non-leap year', () => {
      expect(validateHetu('290203A456T')).to.deep.equal({ valid: false, reason: 'date' });
    });
    it('rejects 30 February', () => {
      expect(validateHetu('300200A456N')).to.deep.equal({ valid: false, reason: 'date' });
    });
    it('rejects 31 April but accepts 30 April and 31 May', () => {
      expect(validateHetu('310400A456X')).to.deep.equal({ valid: false, reason: 'date' });
      expect(validateHetu('300400A4569')).to.deep.equal({ valid: true, value: '300400A4569' });
      expect(validateHetu('310500A456R')).to.deep.equal({ valid: true, value: '310500A456R' });
    });
    it('rejects day 00, day 32, month 00 and month 13', () => {
      expect(validateHetu('000100A456H')).to.deep.equal({ valid: false, reason: 'date' });
      expect(validateHetu('320100A4565')).to.deep.equal({ valid: false, reason: 'date' });
      expect(validateHetu('010000A456B')).to.deep.equal({ valid: false, reason: 'date' });
      expect(validateHetu('011300A456U')).to.deep.equal({ valid: false, reason: 'date' });
    });
    it('returns null from parseHetu for an impossible date', () => {
      expect(parseHetu('300200A456N')).to.equal(null);
    });
    it('does not reject birth dates in the future (kept pure; documented)', () => {
      expect(validateHetu('281299F4560')).to.deep.equal({ valid: true, value: '281299F4560' });
      expect(parseHetu('281299F4560')?.birthDate).to.equal('2099-12-28');
    });
  });

  describe('individual number', () => {
    it('rejects 000 and 001 with reason range, even before the checksum', () => {
      expect(validateHetu('010101-000P')).to.deep.equal({ valid: false, reason: 'range' });
      expect(validateHetu('010101-001R')).to.deep.equal({ valid: false, reason: 'range' });
      expect(validateHetu('010101-000A')).to.deep.equal({ valid: false, reason: 'range' });
      expect(parseHetu('010101-001R')).to.equal(null);
    });
    it('accepts the range limits 002 and 899 as permanent codes', () => {
      expect(validateHetu('010101-002S')).to.deep.equal({ valid: true, value: '010101-002S' });
      expect(parseHetu('010101-002S')).to.deep.equal({ birthDate: '1901-01-01', sex: 'female', temporary: false });
      expect(validateHetu('010101-899P')).to.deep.equal({ valid: true, value: '010101-899P' });
      expect(parseHetu('010101-899P')).to.deep.equal({ birthDate: '1901-01-01', sex: 'male', temporary: false });
    });
    it('accepts 900–999 and flags them as temporary', () => {
      expect(validateHetu('010101-900R')).to.deep.equal({ valid: true, value: '010101-900R' });
      expect(parseHetu('010101-900R')).to.deep.equal({ birthDate: '1901-01-01', sex: 'female', temporary: true });
      expect(validateHetu('010101-999X')).to.deep.equal({ valid: true, value: '010101-999X' });
      expect(parseHetu('010101-999X')).to.deep.equal({ birthDate: '1901-01-01', sex: 'male', temporary: true });
    });
    it('isTemporaryHetu is true only for valid temporary codes', () => {
      expect(isTemporaryHetu('010101-900R')).to.equal(true);
      expect(isTemporaryHetu('010101-899P')).to.equal(false);
      expect(isTemporaryHetu('131052-308T')).to.equal(false);
      expect(isTemporaryHetu('010101-900S')).to.equal(false);
      expect(isTemporaryHetu('')).to.equal(false);
    });
  });

  describe('check character', () => {
    it('rejects every other character of the control alphabet', () => {
      const wrong = [...CONTROL_CHARACTERS].filter((c) => c !== 'T');
      expect(wrong).to.have.length(30);
      for (const c of wrong) {
        expect(validateHetu(`131052-308${c}`), c).to.deep.equal({ valid: false, reason: 'checksum' });
        expect(parseHetu(`131052-308${c}`), c).to.equal(null);
      }
    });
    it('rejects the letters G, I, O, Q and Z, which the alphabet leaves out', () => {
      for (const c of ['G', 'I', 'O', 'Q', 'Z']) {
        expect(validateHetu(`131052-308${c}`), c).to.deep.equal({ valid: false, reason: 'checksum' });
      }
    });
    it('detects a changed digit in the date or individual number', () => {
      expect(validateHetu('131053-308T')).to.deep.equal({ valid: false, reason: 'checksum' });
      expect(validateHetu('131052-309T')).to.deep.equal({ valid: false, reason: 'checksum' });
      expect(validateHetu('121052-308T')).to.deep.equal({ valid: false, reason: 'checksum' });
    });
    it('does not include the century sign in the checksum (1900s letters are interchangeable)', () => {
      expect(validateHetu('131052A308T')).to.deep.equal({ valid: true, value: '131052A308T' });
      expect(parseHetu('131052A308T')?.birthDate).to.equal('2052-10-13');
    });
  });

  describe('shape', () => {
    it('rejects empty and whitespace-only input with reason empty', () => {
      expect(validateHetu('')).to.deep.equal({ valid: false, reason: 'empty' });
      expect(validateHetu('   ')).to.deep.equal({ valid: false, reason: 'empty' });
      expect(parseHetu('')).to.equal(null);
    });
    it('rejects wrong lengths with reason length', () => {
      expect(validateHetu('131052-308')).to.deep.equal({ valid: false, reason: 'length' });
      expect(validateHetu('131052-308TT')).to.deep.equal({ valid: false, reason: 'length' });
      expect(validateHetu('131052308T')).to.deep.equal({ valid: false, reason: 'length' });
      expect(validateHetu('1310520-308T')).to.deep.equal({ valid: false, reason: 'length' });
      expect(validateHetu('131052 - 308T')).to.deep.equal({ valid: false, reason: 'length' });
      expect(validateHetu('1')).to.deep.equal({ valid: false, reason: 'length' });
    });
    it('rejects letters where digits belong with reason format', () => {
      expect(validateHetu('13105A-308T')).to.deep.equal({ valid: false, reason: 'format' });
      expect(validateHetu('AB1052-308T')).to.deep.equal({ valid: false, reason: 'format' });
      expect(validateHetu('131052-3O8T')).to.deep.equal({ valid: false, reason: 'format' });
      expect(validateHetu('131052-30BT')).to.deep.equal({ valid: false, reason: 'format' });
    });
    it('rejects non-ASCII digits and symbols with reason format', () => {
      expect(validateHetu('\uff11\uff13\uff11\uff10\uff15\uff12-308T')).to.deep.equal({ valid: false, reason: 'format' });
      expect(validateHetu('131052-308!')).to.deep.equal({ valid: false, reason: 'format' });
      expect(validateHetu('131052-308-')).to.deep.equal({ valid: false, reason: 'format' });
    });
    it('treats non-string input from untyped callers as empty instead of throwing', () => {
      expect(validateHetu(undefined as unknown as string)).to.deep.equal({ valid: false, reason: 'empty' });
      expect(validateHetu(null as unknown as string)).to.deep.equal({ valid: false, reason: 'empty' });
    });
  });
});
