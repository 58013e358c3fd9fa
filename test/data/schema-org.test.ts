import { expect } from '@open-wc/testing';
import {
  toGovernmentService, toOpeningHoursSpecification, toServiceChannel, type OpeningHours, type Service,
} from '../../src/data/index.js';

const SO = 'https://schema.org/';

describe('data/schema-org', () => {
  it('converts weekly rules, seasonal rules, exceptions and closures', () => {
    const hours: OpeningHours = {
      weekly: [
        { days: [1, 2, 3, 4, 5], ranges: [{ opens: '08:00', closes: '12:00' }, { opens: '13:00', closes: '16:00' }] },
        { days: [5, 6], ranges: [{ opens: '22:00', closes: '24:00' }] },
        { days: [6], ranges: [] },
        { days: [1], ranges: [{ opens: '09:00', closes: '15:00' }], validFrom: '2025-06-01', validThrough: '2025-08-31' },
      ],
      exceptions: [
        { date: '2025-12-06', closed: true, note: { fi: 'Itsenäisyyspäivä', sv: 'Självständighetsdagen' } },
        { date: '2025-12-24', ranges: [{ opens: '09:00', closes: '12:00' }] },
      ],
      temporarilyClosed: { from: '2026-01-01', note: 'Remontti' },
    };
    expect(toOpeningHoursSpecification(hours, 'sv')).to.deep.equal([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: [`${SO}Monday`, `${SO}Tuesday`, `${SO}Wednesday`, `${SO}Thursday`, `${SO}Friday`], opens: '08:00', closes: '12:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: [`${SO}Monday`, `${SO}Tuesday`, `${SO}Wednesday`, `${SO}Thursday`, `${SO}Friday`], opens: '13:00', closes: '16:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: [`${SO}Friday`, `${SO}Saturday`], opens: '22:00', closes: '00:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: [`${SO}Monday`], validFrom: '2025-06-01', validThrough: '2025-08-31', opens: '09:00', closes: '15:00' },
      { '@type': 'OpeningHoursSpecification', validFrom: '2026-01-01', name: 'Remontti', opens: '00:00', closes: '00:00' },
      { '@type': 'OpeningHoursSpecification', validFrom: '2025-12-06', validThrough: '2025-12-06', name: 'Självständighetsdagen', opens: '00:00', closes: '00:00' },
      { '@type': 'OpeningHoursSpecification', validFrom: '2025-12-24', validThrough: '2025-12-24', opens: '09:00', closes: '12:00' },
    ]);
  });

  it('expresses open 24h and whole days as 00:00–23:59', () => {
    expect(toOpeningHoursSpecification({ open24h: true })).to.deep.equal([{
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((d) => SO + d),
      opens: '00:00', closes: '23:59',
    }]);
    expect(toOpeningHoursSpecification({ weekly: [{ days: [7], ranges: [{ opens: '00:00', closes: '00:00' }] }] })[0])
      .to.include({ opens: '00:00', closes: '23:59' });
  });

  it('converts channels', () => {
    expect(toServiceChannel({
      type: 'visit', name: { fi: 'Palvelupiste', en: 'Service point' },
      address: { street: 'Kauppakatu 1', postalCode: '40100', city: 'Jyväskylä' },
      mapUrl: 'https://kartta.example/1',
      hours: { weekly: [{ days: [1], ranges: [{ opens: '08:00', closes: '16:00' }] }] },
    }, 'en')).to.deep.equal({
      '@type': 'ServiceChannel',
      name: 'Service point',
      serviceLocation: {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', streetAddress: 'Kauppakatu 1', postalCode: '40100', addressLocality: 'Jyväskylä', addressCountry: 'FI' },
        hasMap: 'https://kartta.example/1',
        openingHoursSpecification: [{ '@type': 'OpeningHoursSpecification', dayOfWeek: [`${SO}Monday`], opens: '08:00', closes: '16:00' }],
      },
    });
    expect(toServiceChannel({ type: 'phone', number: '09 123 4567', languages: ['fi', 'sv'] })).to.deep.equal({
      '@type': 'ServiceChannel', availableLanguage: ['fi', 'sv'], servicePhone: { '@type': 'ContactPoint', telephone: '09 123 4567' },
    });
  });

  it('converts a service to GovernmentService', () => {
    const service: Service = {
      id: 'a1b2',
      name: { fi: 'Rakennuslupa', sv: 'Bygglov' },
      summary: { fi: 'Lupa rakentamiseen.' },
      responsibleOrganization: { name: { fi: 'Esimerkkilän kaupunki' }, unit: { fi: 'Rakennusvalvonta' } },
      channels: [{ type: 'online', url: 'https://www.lupapiste.fi' }],
      requirements: { fee: { kind: 'amount', amount: 120, currency: 'EUR' } },
      languages: ['fi', 'sv'],
      keywords: [{ fi: 'rakentaminen' }, { fi: 'lupa' }],
    };
    expect(toGovernmentService(service, 'sv')).to.deep.equal({
      '@type': 'GovernmentService',
      '@context': 'https://schema.org',
      identifier: 'a1b2',
      name: 'Bygglov',
      description: 'Lupa rakentamiseen.',
      provider: {
        '@type': 'GovernmentOrganization', name: 'Esimerkkilän kaupunki',
        department: { '@type': 'GovernmentOrganization', name: 'Rakennusvalvonta' },
      },
      availableLanguage: ['fi', 'sv'],
      keywords: 'rakentaminen, lupa',
      offers: { '@type': 'Offer', price: 120, priceCurrency: 'EUR' },
      availableChannel: [{ '@type': 'ServiceChannel', serviceUrl: 'https://www.lupapiste.fi' }],
    });
  });
});
