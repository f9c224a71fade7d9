import { describe, expect, it } from 'vitest';
import { SAMPLE_ANSWERS, STEP_IDS } from '../../domain';
import { parseNumber, rawFromAnswers, schemaInput, stepSchema } from './form-values';

describe('parseNumber', () => {
  it('reads numbers the way people type them', () => {
    expect(parseNumber('24000')).toBe(24_000);
    expect(parseNumber(' 24,000 ')).toBe(24_000);
    expect(parseNumber('24 000')).toBe(24_000);
    expect(parseNumber('$24,000.50')).toBe(24_000.5);
    expect(parseNumber('25%')).toBe(25);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('-3')).toBe(-3);
  });

  it('leaves blanks undefined', () => {
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('   ')).toBeUndefined();
  });

  it.each(['abc', '1e3', '0x10', 'Infinity', '2,5', '1,00', '12abc', '--1'])(
    'rejects %j',
    (junk) => {
      expect(parseNumber(junk)).toBeNaN();
    },
  );
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
