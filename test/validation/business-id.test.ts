import { expect } from '@open-wc/testing';
import { validateBusinessId } from '../../src/validation/business-id.js';

describe('validateBusinessId', () => {
  describe('valid IDs', () => {
    const valid: Array<[string, string]> = [
      ['0737546-2', '0737546-2'],
      ['1572860-0', '1572860-0'], // weighted sum ≡ 0 (mod 11) → check digit 0
      ['0201256-6', '0201256-6'], // Helsingin kaupunki
      ['1234567-1', '1234567-1'], // remainder 10 → check digit 1
      ['0000000-0', '0000000-0'],
      ['9999999-2', '9999999-2'],
    ];
    for (const [input, value] of valid) {
      it(`accepts ${input}`, () => {
        expect(validateBusinessId(input)).to.deep.equal({ valid: true, value });
      });
    }

    it('trims surrounding whitespace', () => {
      expect(validateBusinessId('  0737546-2\n')).to.deep.equal({ valid: true, value: '0737546-2' });
    });
    it('pads an old six-digit body with a leading zero', () => {
      expect(validateBusinessId('737546-2')).to.deep.equal({ valid: true, value: '0737546-2' });
      expect(validateBusinessId('201256-6')).to.deep.equal({ valid: true, value: '0201256-6' });
    });
    it('accepts eight digits without the hyphen and inserts it', () => {
      expect(validateBusinessId('07375462')).to.deep.equal({ valid: true, value: '0737546-2' });
      expect(validateBusinessId('15728600')).to.deep.equal({ valid: true, value: '1572860-0' });
    });
  });

  describe('check digit', () => {
    it('rejects every other check digit for 0737546', () => {
      for (let c = 0; c <= 9; c++) {
        if (c === 2) continue;
        expect(validateBusinessId(`0737546-${c}`), String(c)).to.deep.equal({ valid: false, reason: 'checksum' });
      }
    });
    it('rejects every other check digit for 1572860', () => {
      for (let c = 1; c <= 9; c++) {
        expect(validateBusinessId(`1572860-${c}`), String(c)).to.deep.equal({ valid: false, reason: 'checksum' });
      }
    });
    it('rejects neighbouring bodies with the same check digit', () => {
      expect(validateBusinessId('0737547-2')).to.deep.equal({ valid: false, reason: 'checksum' });
      expect(validateBusinessId('1572861-0')).to.deep.equal({ valid: false, reason: 'checksum' });
      expect(validateBusinessId('7037546-2')).to.deep.equal({ valid: false, reason: 'checksum' });
    });
    it('rejects a wrong check digit in the old six-digit form and without the hyphen', () => {
      expect(validateBusinessId('737546-3')).to.deep.equal({ valid: false, reason: 'checksum' });
      expect(validateBusinessId('07375463')).to.deep.equal({ valid: false, reason: 'checksum' });
    });
    it('rejects bodies whose weighted sum leaves remainder 1 with any check digit', () => {
      // 0000006: 2·6 = 12 ≡ 1; 0000014: 4·1 + 2·4 = 12 ≡ 1 (mod 11)
      for (const body of ['0000006', '0000014']) {
        for (let c = 0; c <= 9; c++) {
          expect(validateBusinessId(`${body}-${c}`), `${body}-${c}`).to.deep.equal({ valid: false, reason: 'checksum' });
        }
      }
    });
  });

  describe('shape', () => {
    it('rejects empty input with reason empty', () => {
      expect(validateBusinessId('')).to.deep.equal({ valid: false, reason: 'empty' });
      expect(validateBusinessId(' \t ')).to.deep.equal({ valid: false, reason: 'empty' });
    });
    it('rejects the wrong number of digits with reason length', () => {
      expect(validateBusinessId('12345678-9')).to.deep.equal({ valid: false, reason: 'length' });
      expect(validateBusinessId('12345-6')).to.deep.equal({ valid: false, reason: 'length' });
      expect(validateBusinessId('1234567')).to.deep.equal({ valid: false, reason: 'length' });
      expect(validateBusinessId('123456789')).to.deep.equal({ valid: false, reason: 'length' });
      expect(validateBusinessId('0')).to.deep.equal({ valid: false, reason: 'length' });
    });
    it('rejects other characters and separators with reason format', () => {
      expect(validateBusinessId('0737546 2')).to.deep.equal({ valid: false, reason: 'format' });
      expect(validateBusinessId('0737546-')).to.deep.equal({ valid: false, reason: 'format' });
      expect(validateBusinessId('-2')).to.deep.equal({ valid: false, reason: 'format' });
      expect(validateBusinessId('0737546--2')).to.deep.equal({ valid: false, reason: 'format' });
      expect(validateBusinessId('0737546-22')).to.deep.equal({ valid: false, reason: 'format' });
      expect(validateBusinessId('0737546\u20132')).to.deep.equal({ valid: false, reason: 'format' });
      expect(validateBusinessId('a737546-2')).to.deep.equal({ valid: false, reason: 'format' });
      expect(validateBusinessId('0737546-X')).to.deep.equal({ valid: false, reason: 'format' });
    });
    it('does not accept the VAT number form', () => {
      expect(validateBusinessId('FI07375462')).to.deep.equal({ valid: false, reason: 'format' });
    });
  });
});
