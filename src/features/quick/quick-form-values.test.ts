import { describe, expect, it } from 'vitest';
import { currencyForLanguage, readQuickForm } from './quick-form-values';

describe('readQuickForm', () => {
  const keys = ['customers', 'acv', 'leadsUnworked', 'processDocs'] as const;

  it('reads numbers as forgivingly as the wizard and keeps the currency', () => {
    const read = readQuickForm(
      { customers: '18', acv: '24k', leadsUnworked: 'yes', processDocs: 'partial' },
      keys,
      'USD',
    );
    expect(read.errors).toEqual({});
    expect(read.answers).toEqual({
      currency: 'USD',
      customers: 18,
      acv: 24_000,
      leadsUnworked: true,
      processDocs: 'partial',
    });
  });

  it('says what to fix for each question, and an amount in another currency is refused', () => {
    const read = readQuickForm({ customers: 'lots', acv: '€24,000' }, keys, 'USD');
    expect(Object.keys(read.errors).toSorted()).toEqual([
      'acv',
      'customers',
      'leadsUnworked',
      'processDocs',
    ]);
    expect(read.errors.acv).toMatch(/US dollars|euros/i);
    expect(read.errors.customers).toMatch(/number/);
    expect(read.errors.leadsUnworked).toMatch(/^Select/);
  });
});

describe('currencyForLanguage', () => {
  it('suggests pounds for en-GB, euros for euro-area languages, else dollars', () => {
    expect(currencyForLanguage('en-GB')).toBe('GBP');
    expect(currencyForLanguage('de-DE')).toBe('EUR');
    expect(currencyForLanguage('en-IE')).toBe('EUR');
    expect(currencyForLanguage('en-US')).toBe('USD');
    expect(currencyForLanguage(undefined)).toBe('USD');
  });
});
