import { expect } from '@open-wc/testing';
import { fail, isDigits, mod, ok, removeWhitespace, trimInput } from '../../src/validation/shared.js';

describe('validation shared helpers', () => {
  it('mod matches BigInt arithmetic for numbers beyond the safe integer range', () => {
    for (const digits of ['0', '96', '97', '98', '9007199254740993', '3214282912345698765432161182', '123456789012345678901234567890123456789012345678901234567890123456789']) {
      expect(mod(digits, 97), digits).to.equal(Number(BigInt(digits) % 97n));
      expect(mod(digits, 31), digits).to.equal(Number(BigInt(digits) % 31n));
    }
  });
  it('trimInput trims and tolerates non-strings', () => {
    expect(trimInput(' \u00a0a b\t')).to.equal('a b');
    expect(trimInput(undefined)).to.equal('');
    expect(trimInput(42)).to.equal('');
  });
  it('removeWhitespace removes inner whitespace of all kinds', () => {
    expect(removeWhitespace(' a\tb\u00a0c\nd ')).to.equal('abcd');
  });
  it('isDigits accepts only ASCII digits', () => {
    expect(isDigits('0123456789')).to.equal(true);
    expect(isDigits('')).to.equal(false);
    expect(isDigits('12a')).to.equal(false);
    expect(isDigits('\uff11')).to.equal(false);
  });
  it('ok and fail build the result objects', () => {
    expect(ok('x')).to.deep.equal({ valid: true, value: 'x' });
    expect(fail('checksum')).to.deep.equal({ valid: false, reason: 'checksum' });
  });
});
