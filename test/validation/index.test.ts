import { expect } from '@open-wc/testing';
import * as api from '../../src/validation/index.js';
import { isValidatorName, validators, type ValidatorName } from '../../src/validation/index.js';
import { validateBusinessId } from '../../src/validation/business-id.js';
import { validateHetu } from '../../src/validation/hetu.js';
import { validateIban } from '../../src/validation/iban.js';
import { validatePostalCode } from '../../src/validation/postal-code.js';

describe('validation index', () => {
  it('re-exports the public API', () => {
    expect(Object.keys(api).sort()).to.deep.equal([
      'IBAN_LENGTHS',
      'formatIban',
      'isTemporaryHetu',
      'isValidatorName',
      'parseHetu',
      'validateBusinessId',
      'validateHetu',
      'validateIban',
      'validatePhone',
      'validatePostalCode',
      'validators',
    ]);
  });

  it('registers exactly the five built-in validators', () => {
    expect(Object.keys(validators)).to.deep.equal(['hetu', 'business-id', 'postal-code', 'iban', 'phone']);
  });

  it('maps names to the validator functions', () => {
    expect(validators.hetu).to.equal(validateHetu);
    expect(validators['business-id']).to.equal(validateBusinessId);
    expect(validators['postal-code']).to.equal(validatePostalCode);
    expect(validators.iban).to.equal(validateIban);
  });

  it('runs each registered validator', () => {
    expect(validators.hetu('131052-308t')).to.deep.equal({ valid: true, value: '131052-308T' });
    expect(validators['business-id']('737546-2')).to.deep.equal({ valid: true, value: '0737546-2' });
    expect(validators['postal-code']('00100')).to.deep.equal({ valid: true, value: '00100' });
    expect(validators.iban('fi21 1234 5600 0007 85')).to.deep.equal({ valid: true, value: 'FI2112345600000785' });
    expect(validators.phone('040 123 4567')).to.deep.equal({ valid: true, value: '+358401234567' });
  });

  it('uses the default phone options and ignores extra arguments', () => {
    expect(validators.phone('+46 8 123 456 78')).to.deep.equal({ valid: true, value: '+46812345678' });
    const call = validators.phone as (value: string, options?: unknown) => unknown;
    expect(call('+46 8 123 456 78', { allowInternational: false })).to.deep.equal({ valid: true, value: '+46812345678' });
  });

  it('is frozen', () => {
    expect(Object.isFrozen(validators)).to.equal(true);
  });

  describe('isValidatorName', () => {
    for (const name of ['hetu', 'business-id', 'postal-code', 'iban', 'phone']) {
      it(`accepts ${name}`, () => {
        expect(isValidatorName(name)).to.equal(true);
      });
    }
    for (const name of ['', 'HETU', 'business_id', 'businessId', 'postalCode', 'email', 'toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      it(`rejects ${JSON.stringify(name)}`, () => {
        expect(isValidatorName(name)).to.equal(false);
      });
    }
    it('narrows the type so the registry can be indexed', () => {
      const attribute: string = 'postal-code';
      const result = isValidatorName(attribute) ? validators[attribute]('33100') : null;
      expect(result).to.deep.equal({ valid: true, value: '33100' });
      const name: ValidatorName = 'iban';
      expect(name).to.equal('iban');
    });
  });
});
