import { expect } from '@open-wc/testing';
import { validatePostalCode } from '../../src/validation/postal-code.js';

describe('validatePostalCode', () => {
  it('accepts five digits and returns them unchanged', () => {
    expect(validatePostalCode('00100')).to.deep.equal({ valid: true, value: '00100' });
    expect(validatePostalCode('33100')).to.deep.equal({ valid: true, value: '33100' });
    expect(validatePostalCode('99999')).to.deep.equal({ valid: true, value: '99999' });
  });
  it('accepts the lower bound 00000', () => {
    expect(validatePostalCode('00000')).to.deep.equal({ valid: true, value: '00000' });
  });
  it('trims surrounding whitespace', () => {
    expect(validatePostalCode('  90100 ')).to.deep.equal({ valid: true, value: '90100' });
    expect(validatePostalCode('\u00a000100\t')).to.deep.equal({ valid: true, value: '00100' });
  });
  it('rejects empty input with reason empty', () => {
    expect(validatePostalCode('')).to.deep.equal({ valid: false, reason: 'empty' });
    expect(validatePostalCode('     ')).to.deep.equal({ valid: false, reason: 'empty' });
  });
  it('rejects too few or too many digits with reason length', () => {
    expect(validatePostalCode('0010')).to.deep.equal({ valid: false, reason: 'length' });
    expect(validatePostalCode('001000')).to.deep.equal({ valid: false, reason: 'length' });
    expect(validatePostalCode('1')).to.deep.equal({ valid: false, reason: 'length' });
  });
  it('rejects letters, signs and inner spaces with reason format', () => {
    expect(validatePostalCode('0010a')).to.deep.equal({ valid: false, reason: 'format' });
    expect(validatePostalCode('00 100')).to.deep.equal({ valid: false, reason: 'format' });
    expect(validatePostalCode('FI-00100')).to.deep.equal({ valid: false, reason: 'format' });
    expect(validatePostalCode('-1234')).to.deep.equal({ valid: false, reason: 'format' });
    expect(validatePostalCode('1e4')).to.deep.equal({ valid: false, reason: 'format' });
  });
  it('rejects non-ASCII (full-width) digits with reason format', () => {
    expect(validatePostalCode('\uff10\uff10\uff11\uff10\uff10')).to.deep.equal({ valid: false, reason: 'format' });
  });
});
