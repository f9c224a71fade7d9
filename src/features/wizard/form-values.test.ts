import { describe, expect, it } from 'vitest';
import { questionFor, SAMPLE_ANSWERS, STEP_IDS, type Currency, type StepId } from '../../domain';
import { formatNumberAnswer } from './number-input';
import type { RawFormValues } from '../../store';
import { normaliseRaw, rawFromAnswers, schemaInput, stepResolver, stepSchema } from './form-values';

const DEALS = {
  currency: 'USD',
  acv: '30000',
  closeRatePct: '25',
  salesCycleDays: '45',
  stakeholders: '2',
};

async function errorsFor(step: StepId, raw: RawFormValues, saved?: Currency) {
  const resolve = stepResolver(step, () => saved);
  const result = await resolve(raw, undefined, { fields: {}, shouldUseNativeValidation: false });
  return Object.fromEntries(
    Object.entries(result.errors).map(([key, error]) => [key, error?.message]),
  );
}

describe('numbers on the form', () => {
  it('echoes every decimal typed, with the unit', () => {
    const rate = questionFor('closeRatePct');
    const acv = questionFor('acv');
    if (rate.kind !== 'number' || acv.kind !== 'number') throw new Error('number questions');
    expect(formatNumberAnswer(rate, 'USD')(0.125)).toBe('0.125%');
    expect(formatNumberAnswer(acv, 'EUR')(30_000)).toBe('€30,000');
    expect(formatNumberAnswer(acv, 'GBP')(1_250.5)).toBe('£1,250.5');
  });

  it('reads amounts in the currency chosen on the form, with its conventions', () => {
    expect(schemaInput('deals', { ...DEALS, currency: 'EUR', acv: '€25.000' }).acv).toBe(25_000);
    expect(schemaInput('deals', { ...DEALS, acv: '$30k' }).acv).toBe(30_000);
    expect(schemaInput('deals', { ...DEALS, acv: '1.2m' }).acv).toBe(1_200_000);
    expect(schemaInput('deals', { ...DEALS, closeRatePct: '25%' }).closeRatePct).toBe(25);
    expect(schemaInput('company', { customers: '+18' }).customers).toBe(18);
  });

  it('reads other steps with the saved currency’s conventions', () => {
    expect(schemaInput('capacity', { runwayMonths: '12,5' }, 'EUR').runwayMonths).toBe(12.5);
    expect(schemaInput('company', { customers: '1.500' }, 'EUR').customers).toBe(1_500);
  });

  it('shows saved numbers so they read back as the same numbers', () => {
    const saved = { currency: 'EUR', acv: 1.125, closeRatePct: 12.5 } as const;
    const raw = rawFromAnswers('deals', saved);
    expect(raw).toMatchObject({ acv: '1,1250', closeRatePct: '12,5' });
    expect(schemaInput('deals', raw)).toMatchObject({ acv: 1.125, closeRatePct: 12.5 });
    const later = rawFromAnswers('lead-flow', { currency: 'EUR', qualifiedOppsPerMonth: 1.125 });
    expect(schemaInput('lead-flow', later, 'EUR').qualifiedOppsPerMonth).toBe(1.125);
  });

  it('passes a valid step without errors', async () => {
    expect(await errorsFor('deals', { ...DEALS, acv: '$30,000', closeRatePct: '0.25' })).toEqual(
      {},
    );
  });

  it.each([
    ['closeRatePct', '400', 'Enter a close rate between 0 and 100 (%)'],
    ['closeRatePct', 'lots', 'Enter a close rate as a number, for example 25%'],
    [
      'acv',
      '9'.repeat(400),
      'Enter an average first-year contract value below 100,000,000 (in US dollars)',
    ],
    [
      'acv',
      'a lot',
      'Enter your average first-year contract value as a number, for example $30,000 or 30k',
    ],
    ['acv', '$25.000', 'Choose whether “$25.000” means $25\u202f000 or $25'],
    [
      'acv',
      '€30,000',
      'Enter your average first-year contract value in US dollars, or change the currency to euros',
    ],
    ['salesCycleDays', '30-45', 'Enter a sales cycle in days as one number, not a range or a list'],
    ['salesCycleDays', '', 'Enter a sales cycle in days'],
  ])('says what is wrong with %s = %j', async (key, text, message) => {
    expect(await errorsFor('deals', { ...DEALS, [key]: text })).toEqual({ [key]: message });
  });
});

describe('raw form values and the schema', () => {
  it.each(STEP_IDS)('round-trips the sample answers through the %s form', (step) => {
    const parsed = stepSchema(step).parse(schemaInput(step, rawFromAnswers(step, SAMPLE_ANSWERS)));
    const expected = Object.fromEntries(
      Object.keys(parsed).map((key) => [key, SAMPLE_ANSWERS[key as keyof typeof SAMPLE_ANSWERS]]),
    );
    expect(parsed).toEqual(expected);
  });

  it('maps yes and no to booleans and blank to missing', () => {
    expect(schemaInput('capacity', { founderClosesAll: 'yes' }).founderClosesAll).toBe(true);
    expect(schemaInput('capacity', { founderClosesAll: 'no' }).founderClosesAll).toBe(false);
    expect(schemaInput('capacity', { founderClosesAll: '' }).founderClosesAll).toBeUndefined();
    expect(rawFromAnswers('capacity', { founderClosesAll: false }).founderClosesAll).toBe('no');
  });

  it('keeps a chosen yes or no when normalising what the form holds', () => {
    // The wizard starts a step from normaliseRaw(rawFromAnswers(saved)): a saved "yes" stays chosen.
    const raw = rawFromAnswers('lead-flow', SAMPLE_ANSWERS);
    expect(normaliseRaw('lead-flow', raw)).toEqual(raw);
    expect(normaliseRaw('capacity', { founderClosesAll: 'no' }).founderClosesAll).toBe('no');
    expect(normaliseRaw('capacity', { founderClosesAll: null }).founderClosesAll).toBe('');
  });

  it('starts every field empty when nothing is answered (nothing pre-selected)', () => {
    expect(rawFromAnswers('lead-flow', {})).toEqual({
      qualifiedOppsPerMonth: '',
      leadTrend: '',
      leadSources: [],
      leadsUnworked: '',
      outbound: '',
    });
  });
});
