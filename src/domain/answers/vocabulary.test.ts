import { describe, expect, it } from 'vitest';
import { currencySymbol, formatAnswer, formatQuantity, SAMPLE_ANSWERS } from '../index';

describe('formatAnswer', () => {
  it('reads answers back in words, with units and the chosen currency', () => {
    expect(formatAnswer('arrBand', SAMPLE_ANSWERS)).toBe('Under $1 million');
    expect(formatAnswer('acv', SAMPLE_ANSWERS)).toBe('$24,000');
    expect(formatAnswer('acv', { ...SAMPLE_ANSWERS, currency: 'EUR' })).toBe('€24,000');
    expect(formatAnswer('closeRatePct', SAMPLE_ANSWERS)).toBe('25%');
    expect(formatAnswer('salesCycleDays', SAMPLE_ANSWERS)).toBe('45 days');
    expect(formatAnswer('founderSalesHours', SAMPLE_ANSWERS)).toBe('25 hours a week');
    expect(formatAnswer('leadSources', SAMPLE_ANSWERS)).toBe('Inbound, Referrals');
    expect(formatAnswer('leadsUnworked', SAMPLE_ANSWERS)).toBe('Yes');
  });

  it('says when there is no answer yet, or nothing chosen', () => {
    expect(formatAnswer('customers', {})).toBe('Not answered');
    expect(formatAnswer('companyName', { companyName: '  ' })).toBe('Not given');
    expect(formatAnswer('leadSources', { leadSources: [] })).toBe('None of these');
  });

  it('uses singular units for one', () => {
    expect(formatQuantity(1, 'days')).toBe('1 day');
    expect(formatQuantity(1, 'people')).toBe('1 person');
  });

  it('writes amounts with the currency symbol and up to two decimals, the same on every machine', () => {
    expect(formatQuantity(24000, 'currency', 'USD')).toBe('$24,000');
    expect(formatQuantity(1250.5, 'currency', 'EUR')).toBe('€1,250.5');
    expect(formatQuantity(0.255, 'currency', 'GBP')).toBe('£0.26');
    expect(formatQuantity(1_200_000, 'currency', 'USD')).toBe('$1,200,000');
    expect(formatQuantity(1250.5, 'currency')).toBe('1,250.5');
    expect(currencySymbol('EUR')).toBe('€');
  });
});
