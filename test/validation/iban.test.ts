import { expect } from '@open-wc/testing';
import { IBAN_LENGTHS, formatIban, validateIban } from '../../src/validation/iban.js';

describe('validateIban', () => {
  describe('valid IBANs', () => {
    const valid: Array<[string, string]> = [
      ['FI21 1234 5600 0007 85', 'FI2112345600000785'],
      ['FI49 5000 9420 0287 30', 'FI4950009420028730'],
      ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
      ['GB82 WEST 1234 5698 7654 32', 'GB82WEST12345698765432'],
    ];
    for (const [input, value] of valid) {
      it(`accepts ${input}`, () => {
        expect(validateIban(input)).to.deep.equal({ valid: true, value });
        expect(validateIban(value)).to.deep.equal({ valid: true, value });
      });
    }

    it('accepts lower case and irregular whitespace', () => {
      expect(validateIban('fi21 1234 5600 0007 85')).to.deep.equal({ valid: true, value: 'FI2112345600000785' });
      expect(validateIban('gb82west12345698765432')).to.deep.equal({ valid: true, value: 'GB82WEST12345698765432' });
      expect(validateIban(' FI21\t1234\u00a05600  0007 85\n')).to.deep.equal({ valid: true, value: 'FI2112345600000785' });
    });

    // Example IBANs of the IBAN registry, one per EU/EEA and other SEPA country.
    const registryExamples = [
      'AD12 0001 2030 2003 5910 0100',
      'AT61 1904 3002 3457 3201',
      'BE68 5390 0754 7034',
      'BG80 BNBG 9661 1020 3456 78',
      'CH93 0076 2011 6238 5295 7',
      'CY17 0020 0128 0000 0012 0052 7600',
      'CZ65 0800 0000 1920 0014 5399',
      'DK50 0040 0440 1162 43',
      'EE38 2200 2210 2014 5685',
      'ES91 2100 0418 4502 0005 1332',
      'FR14 2004 1010 0505 0001 3M02 606',
      'GB29 NWBK 6016 1331 9268 19',
      'GI75 NWBK 0000 0000 7099 453',
      'GR16 0110 1250 0000 0001 2300 695',
      'HR12 1001 0051 8630 0016 0',
      'HU42 1177 3016 1111 1018 0000 0000',
      'IE29 AIBK 9311 5212 3456 78',
      'IS14 0159 2600 7654 5510 7303 39',
      'IT60 X054 2811 1010 0000 0123 456',
      'LI21 0881 0000 2324 013A A',
      'LT12 1000 0111 0100 1000',
      'LU28 0019 4006 4475 0000',
      'LV80 BANK 0000 4351 9500 1',
      'MC58 1122 2000 0101 2345 6789 030',
      'MT84 MALT 0110 0001 2345 MTLC AST0 01S',
      'NL91 ABNA 0417 1643 00',
      'NO93 8601 1117 947',
      'PL61 1090 1014 0000 0712 1981 2874',
      'PT50 0002 0123 1234 5678 9015 4',
      'RO49 AAAA 1B31 0075 9384 0000',
      'SE45 5000 0000 0583 9825 7466',
      'SI56 2633 0001 2039 086',
      'SK31 1200 0000 1987 4263 7541',
      'SM86 U032 2509 8000 0000 0270 100',
      'VA59 0011 2300 0012 3456 78',
    ];
    for (const example of registryExamples) {
      it(`accepts the registry example ${example}`, () => {
        const electronic = example.replace(/ /g, '');
        expect(validateIban(example)).to.deep.equal({ valid: true, value: electronic });
        expect(IBAN_LENGTHS[electronic.slice(0, 2)]).to.equal(electronic.length);
        expect(formatIban(electronic)).to.equal(example);
      });
    }
  });

  describe('check digits', () => {
    it('detects every single-digit substitution in FI21 1234 5600 0007 85', () => {
      const iban = 'FI2112345600000785';
      for (let i = 2; i < iban.length; i++) {
        const changed = `${iban.slice(0, i)}${(Number(iban[i]) + 1) % 10}${iban.slice(i + 1)}`;
        expect(validateIban(changed), changed).to.deep.equal({ valid: false, reason: 'checksum' });
      }
    });
    it('detects one-character changes in other countries', () => {
      expect(validateIban('FI22 1234 5600 0007 85')).to.deep.equal({ valid: false, reason: 'checksum' });
      expect(validateIban('FI49 5000 9420 0287 31')).to.deep.equal({ valid: false, reason: 'checksum' });
      expect(validateIban('DE89 3704 0044 0532 0130 01')).to.deep.equal({ valid: false, reason: 'checksum' });
      expect(validateIban('GB82 WEST 1234 5698 7654 33')).to.deep.equal({ valid: false, reason: 'checksum' });
      expect(validateIban('GB82 WESU 1234 5698 7654 32')).to.deep.equal({ valid: false, reason: 'checksum' });
    });
    it('detects swapped adjacent digits', () => {
      expect(validateIban('FI21 1234 5600 0007 58')).to.deep.equal({ valid: false, reason: 'checksum' });
      expect(validateIban('FI21 1234 5600 0070 85')).to.deep.equal({ valid: false, reason: 'checksum' });
    });
    it('rejects check digits 00, 01 and 99 even when MOD 97 would pass', () => {
      // The correct check digits of BBAN 12345600000078 are 98 and of 12345600000060 are 02;
      // 01 ≡ 98 and 99 ≡ 02 (mod 97), but ISO 13616 only issues 02–98.
      expect(validateIban('FI9812345600000078')).to.deep.equal({ valid: true, value: 'FI9812345600000078' });
      expect(validateIban('FI0112345600000078')).to.deep.equal({ valid: false, reason: 'checksum' });
      expect(validateIban('FI0212345600000060')).to.deep.equal({ valid: true, value: 'FI0212345600000060' });
      expect(validateIban('FI9912345600000060')).to.deep.equal({ valid: false, reason: 'checksum' });
      expect(validateIban('FI0012345600000060')).to.deep.equal({ valid: false, reason: 'checksum' });
    });
  });

  describe('country and length', () => {
    it('has the registry lengths for Finland and its neighbours', () => {
      expect(IBAN_LENGTHS.FI).to.equal(18);
      expect(IBAN_LENGTHS.SE).to.equal(24);
      expect(IBAN_LENGTHS.NO).to.equal(15);
      expect(IBAN_LENGTHS.EE).to.equal(20);
      expect(IBAN_LENGTHS.DE).to.equal(22);
      expect(IBAN_LENGTHS.MT).to.equal(31);
    });
    it('covers every EU and EEA country', () => {
      const euEea = [
        'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT',
        'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
      ];
      expect(euEea.filter((code) => !(code in IBAN_LENGTHS))).to.deep.equal([]);
    });
    it('is frozen', () => {
      expect(Object.isFrozen(IBAN_LENGTHS)).to.equal(true);
    });
    it('rejects a Finnish IBAN one character short or long with reason length', () => {
      expect(validateIban('FI21 1234 5600 0007 8')).to.deep.equal({ valid: false, reason: 'length' });
      expect(validateIban('FI21 1234 5600 0007 855')).to.deep.equal({ valid: false, reason: 'length' });
    });
    it('rejects an IBAN with the length of another country', () => {
      // A valid 22-character German IBAN relabelled as Finnish.
      expect(validateIban('FI89 3704 0044 0532 0130 00')).to.deep.equal({ valid: false, reason: 'length' });
      // An 18-character Finnish IBAN relabelled as Swedish (24).
      expect(validateIban('SE21 1234 5600 0007 85')).to.deep.equal({ valid: false, reason: 'length' });
    });
    it('rejects an unknown country code with reason country', () => {
      expect(validateIban('XX21 1234 5600 0007 85')).to.deep.equal({ valid: false, reason: 'country' });
      expect(validateIban('US21 1234 5600 0007 85')).to.deep.equal({ valid: false, reason: 'country' });
      // Åland uses FI, not its own ISO 3166 code.
      expect(validateIban('AX21 1234 5600 0007 85')).to.deep.equal({ valid: false, reason: 'country' });
    });
  });

  describe('shape', () => {
    it('rejects empty input with reason empty', () => {
      expect(validateIban('')).to.deep.equal({ valid: false, reason: 'empty' });
      expect(validateIban('  \t ')).to.deep.equal({ valid: false, reason: 'empty' });
    });
    it('rejects malformed input with reason format', () => {
      expect(validateIban('FI')).to.deep.equal({ valid: false, reason: 'format' });
      expect(validateIban('FI21')).to.deep.equal({ valid: false, reason: 'format' });
      expect(validateIban('12FI 1234 5600 0007 85')).to.deep.equal({ valid: false, reason: 'format' });
      expect(validateIban('F121 1234 5600 0007 85')).to.deep.equal({ valid: false, reason: 'format' });
      expect(validateIban('FIAB 1234 5600 0007 85')).to.deep.equal({ valid: false, reason: 'format' });
      expect(validateIban('FI21-1234-5600-0007-85')).to.deep.equal({ valid: false, reason: 'format' });
      expect(validateIban('FI21 1234 5600 0007 8Ä')).to.deep.equal({ valid: false, reason: 'format' });
      expect(validateIban('FI21.1234.5600.0007.85')).to.deep.equal({ valid: false, reason: 'format' });
    });
  });
});

describe('formatIban', () => {
  it('groups the electronic format in fours', () => {
    expect(formatIban('FI2112345600000785')).to.equal('FI21 1234 5600 0007 85');
    expect(formatIban('GB82WEST12345698765432')).to.equal('GB82 WEST 1234 5698 7654 32');
    expect(formatIban('NO9386011117947')).to.equal('NO93 8601 1117 947');
  });
  it('does not leave a trailing space when the length is a multiple of four', () => {
    expect(formatIban('BE68539007547034')).to.equal('BE68 5390 0754 7034');
  });
  it('upper-cases and regroups already spaced or lower-case input', () => {
    expect(formatIban('fi2112345600000785')).to.equal('FI21 1234 5600 0007 85');
    expect(formatIban('  FI21 12345600 000785 ')).to.equal('FI21 1234 5600 0007 85');
  });
  it('returns an empty string for empty input', () => {
    expect(formatIban('')).to.equal('');
    expect(formatIban('   ')).to.equal('');
  });
  it('round-trips with validateIban', () => {
    const result = validateIban(formatIban('fi4950009420028730'));
    expect(result).to.deep.equal({ valid: true, value: 'FI4950009420028730' });
  });
});
