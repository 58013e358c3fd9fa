import { expect } from '@open-wc/testing';
import { validatePhone } from '../../src/validation/phone.js';

describe('validatePhone', () => {
  describe('Finnish numbers', () => {
    const valid: Array<[string, string]> = [
      // mobile
      ['040 123 4567', '+358401234567'],
      ['0401234567', '+358401234567'],
      ['040-123 4567', '+358401234567'],
      ['050 123 4567', '+358501234567'],
      ['+358 40 123 4567', '+358401234567'],
      ['+358401234567', '+358401234567'],
      ['00358 40 123 4567', '+358401234567'],
      ['00358401234567', '+358401234567'],
      // landline with area code
      ['09 1234 567', '+35891234567'],
      ['(09) 123 4567', '+35891234567'],
      ['(09)1234567', '+35891234567'],
      ['+358 9 1234 567', '+35891234567'],
      ['03 123 4567', '+35831234567'],
      ['(017) 123 456', '+35817123456'],
      ['018 12345', '+3581812345'],
    ];
    for (const [input, value] of valid) {
      it(`accepts ${JSON.stringify(input)} as ${value}`, () => {
        expect(validatePhone(input)).to.deep.equal({ valid: true, value });
      });
    }

    it('trims surrounding whitespace, including no-break spaces', () => {
      expect(validatePhone('  040 123 4567\n')).to.deep.equal({ valid: true, value: '+358401234567' });
      expect(validatePhone('\u00a0040\u00a0123\u00a04567\u00a0')).to.deep.equal({ valid: true, value: '+358401234567' });
    });

    it('drops a redundant trunk zero after +358', () => {
      expect(validatePhone('+358 (0)40 123 4567')).to.deep.equal({ valid: true, value: '+358401234567' });
      expect(validatePhone('+358 040 123 4567')).to.deep.equal({ valid: true, value: '+358401234567' });
      expect(validatePhone('00358 (0)9 123 4567')).to.deep.equal({ valid: true, value: '+35891234567' });
    });

    it('accepts service and nationwide numbers written with the trunk prefix (documented)', () => {
      expect(validatePhone('0800 123 456')).to.deep.equal({ valid: true, value: '+358800123456' });
      expect(validatePhone('0600 123 456')).to.deep.equal({ valid: true, value: '+358600123456' });
      expect(validatePhone('020 123 4567')).to.deep.equal({ valid: true, value: '+358201234567' });
      expect(validatePhone('010 123 4567')).to.deep.equal({ valid: true, value: '+358101234567' });
    });

    it('rejects short numbers without the trunk prefix with reason format', () => {
      expect(validatePhone('112')).to.deep.equal({ valid: false, reason: 'format' });
      expect(validatePhone('116 117')).to.deep.equal({ valid: false, reason: 'format' });
      expect(validatePhone('401234567')).to.deep.equal({ valid: false, reason: 'format' });
    });

    it('accepts the limits of 5 and 12 digits in the national significant number', () => {
      expect(validatePhone('09 1234')).to.deep.equal({ valid: true, value: '+35891234' });
      expect(validatePhone('+358 9 1234')).to.deep.equal({ valid: true, value: '+35891234' });
      expect(validatePhone('040 1234 567 890')).to.deep.equal({ valid: true, value: '+358401234567890' });
      expect(validatePhone('+358 40 1234 5678 90')).to.deep.equal({ valid: true, value: '+358401234567890' });
    });

    it('rejects too short numbers with reason length', () => {
      expect(validatePhone('09 123')).to.deep.equal({ valid: false, reason: 'length' });
      expect(validatePhone('+358 9 123')).to.deep.equal({ valid: false, reason: 'length' });
      expect(validatePhone('0')).to.deep.equal({ valid: false, reason: 'length' });
      expect(validatePhone('+358')).to.deep.equal({ valid: false, reason: 'length' });
      expect(validatePhone('+358 0')).to.deep.equal({ valid: false, reason: 'length' });
      expect(validatePhone('00')).to.deep.equal({ valid: false, reason: 'length' });
    });

    it('rejects too long numbers with reason length', () => {
      expect(validatePhone('040 1234 567 8901')).to.deep.equal({ valid: false, reason: 'length' });
      expect(validatePhone('+358 40 1234 5678 901')).to.deep.equal({ valid: false, reason: 'length' });
    });

    it('rejects a national significant number starting with 0 with reason format', () => {
      expect(validatePhone('+358 00 123 4567')).to.deep.equal({ valid: false, reason: 'format' });
      expect(validatePhone('00 0123 4567')).to.deep.equal({ valid: false, reason: 'format' });
    });
  });

  describe('international numbers', () => {
    it('accepts other country codes by default and normalises to E.164', () => {
      expect(validatePhone('+46 8 123 456 78')).to.deep.equal({ valid: true, value: '+46812345678' });
      expect(validatePhone('0046 8 123 456 78')).to.deep.equal({ valid: true, value: '+46812345678' });
      expect(validatePhone('+1 (202) 555-0143')).to.deep.equal({ valid: true, value: '+12025550143' });
      expect(validatePhone('+44 20 7946 0958')).to.deep.equal({ valid: true, value: '+442079460958' });
      expect(validatePhone('+372 5123 4567', { allowInternational: true })).to.deep.equal({ valid: true, value: '+37251234567' });
    });

    it('accepts 7 to 15 digits and rejects anything outside with reason length', () => {
      expect(validatePhone('+4612345')).to.deep.equal({ valid: true, value: '+4612345' });
      expect(validatePhone('+123456789012345')).to.deep.equal({ valid: true, value: '+123456789012345' });
      expect(validatePhone('+461234')).to.deep.equal({ valid: false, reason: 'length' });
      expect(validatePhone('+1234567890123456')).to.deep.equal({ valid: false, reason: 'length' });
      expect(validatePhone('+35')).to.deep.equal({ valid: false, reason: 'length' });
    });

    it('rejects a country code starting with 0 with reason format', () => {
      expect(validatePhone('+0 123 456 789')).to.deep.equal({ valid: false, reason: 'format' });
      expect(validatePhone('000 46 8 123 4567')).to.deep.equal({ valid: false, reason: 'format' });
    });

    it('rejects foreign numbers with reason country when allowInternational is false', () => {
      const options = { allowInternational: false };
      expect(validatePhone('+46 8 123 456 78', options)).to.deep.equal({ valid: false, reason: 'country' });
      expect(validatePhone('0046 8 123 456 78', options)).to.deep.equal({ valid: false, reason: 'country' });
      expect(validatePhone('+1 2', options)).to.deep.equal({ valid: false, reason: 'country' });
    });

    it('still accepts Finnish numbers when allowInternational is false', () => {
      const options = { allowInternational: false };
      expect(validatePhone('+358 40 123 4567', options)).to.deep.equal({ valid: true, value: '+358401234567' });
      expect(validatePhone('00358 9 123 4567', options)).to.deep.equal({ valid: true, value: '+35891234567' });
      expect(validatePhone('(09) 123 4567', options)).to.deep.equal({ valid: true, value: '+35891234567' });
    });
  });

  describe('shape', () => {
    it('rejects empty input with reason empty', () => {
      expect(validatePhone('')).to.deep.equal({ valid: false, reason: 'empty' });
      expect(validatePhone('   ')).to.deep.equal({ valid: false, reason: 'empty' });
    });

    it('rejects other characters and misplaced plus signs with reason format', () => {
      for (const input of [
        '040.123.4567',
        '040/1234567',
        '040 123 4567 ext 12',
        '040 123 4567 #1',
        'puh. 040 123 4567',
        '(+358) 40 123 4567',
        '040 123+4567',
        '++358401234567',
        '+',
        '\uff10\uff14\uff10 123 4567',
      ]) {
        expect(validatePhone(input), input).to.deep.equal({ valid: false, reason: 'format' });
      }
    });
  });
});
