import { describe, expect, it } from 'vitest';
import { numberInputText, parseNumber, type ParseNumberOptions } from './parse-number';

const USD: ParseNumberOptions = { decimal: '.', currency: 'USD', multipliers: true };
const EUR: ParseNumberOptions = { decimal: ',', currency: 'EUR', multipliers: true };
const PERCENT: ParseNumberOptions = { decimal: '.', unitWords: ['%', 'percent'], min: 0, max: 100 };

function value(text: string, options: ParseNumberOptions = {}): number | undefined {
  const reading = parseNumber(text, options);
  return reading.kind === 'number' ? reading.value : undefined;
}

describe('parseNumber: what people type', () => {
  it.each([
    ['30k', 30_000],
    ['30K', 30_000],
    ['$30k', 30_000],
    ['1.2m', 1_200_000],
    ['1.2 million', 1_200_000],
    ['4.35k', 4_350],
    ['$30,000', 30_000],
    ['30 000', 30_000],
    ['30\u00a0000', 30_000],
    ['30\u202f000', 30_000],
    ['USD 30,000.50', 30_000.5],
    ['US$1,250.75', 1_250.75],
    ['30000', 30_000],
    ['  24,000 ', 24_000],
    ['-$5', -5],
    ['$-5', -5],
    ['2bn', 2_000_000_000],
  ])('reads %j as %d with US dollars', (text, expected) => {
    expect(value(text, USD)).toBe(expected);
  });

  it.each([
    ['€30.000', 30_000],
    ['€25.000', 25_000],
    ['25.000 €', 25_000],
    ['25.000,50 €', 25_000.5],
    ['1.234.567', 1_234_567],
    ['25,5', 25.5],
    ['30k €', 30_000],
    ['1,2m', 1_200_000],
    ['EUR 30 000', 30_000],
  ])('reads %j as %d with euros', (text, expected) => {
    expect(value(text, EUR)).toBe(expected);
  });

  it.each([
    ['25%', 25],
    ['25 %', 25],
    ['25 percent', 25],
    ['+18', 18],
    ['.5', 0.5],
    ['0.25', 0.25],
    ['5.', 5],
    ['007', 7],
    ['-0', 0],
    ['−3', -3],
    ['１２', 12],
    ["1'234.5", 1_234.5],
    ['1’234.5', 1_234.5],
  ])('reads %j as %d', (text, expected) => {
    expect(value(text, { ...PERCENT, max: 10_000 })).toBe(expected);
  });

  it('leaves blanks empty', () => {
    expect(parseNumber('')).toEqual({ kind: 'empty' });
    expect(parseNumber('  \u00a0 ')).toEqual({ kind: 'empty' });
  });
});

describe('parseNumber: never misreads', () => {
  it('reads "25.000" as twenty-five thousand with euros, never as 25', () => {
    expect(parseNumber('€25.000', EUR)).toMatchObject({ kind: 'number', value: 25_000 });
    expect(parseNumber('25.000', EUR)).toMatchObject({ kind: 'number', value: 25_000 });
  });

  it('asks about an amount whose dot or comma could be either mark', () => {
    // Money has no third decimal, so "$25.000" is not trusted as $25.
    expect(parseNumber('$25.000', USD)).toEqual({
      kind: 'ambiguous',
      readings: [25_000, 25],
      currency: 'USD',
    });
    expect(parseNumber('1,250', EUR)).toEqual({ kind: 'ambiguous', readings: [1_250, 1.25] });
  });

  it('follows the convention for non-money numbers', () => {
    expect(value('1.234', { decimal: '.' })).toBe(1.234);
    expect(value('1.234', { decimal: ',' })).toBe(1_234);
    expect(value('1,234', { decimal: '.' })).toBe(1_234);
    expect(value('1,234', { decimal: ',' })).toBe(1.234);
  });

  it('uses whole-number and range rules to choose between two readings', () => {
    expect(value('1.500', { decimal: '.', integer: true })).toBe(1_500);
    expect(value('12.500', { decimal: ',', min: 0, max: 100 })).toBe(12.5);
    expect(value('$1.250', { ...USD, min: 1, max: 1_000 })).toBe(1.25);
  });

  it('notes a decimal written with the other convention’s mark', () => {
    expect(parseNumber('25,5', { decimal: '.' })).toEqual({
      kind: 'number',
      value: 25.5,
      otherDecimalMark: true,
    });
    expect(parseNumber('25,5', EUR)).toMatchObject({ value: 25.5, otherDecimalMark: false });
    expect(parseNumber('25.5', EUR)).toMatchObject({ value: 25.5, otherDecimalMark: true });
    expect(parseNumber('25,000', { decimal: '.' })).toMatchObject({ otherDecimalMark: false });
  });

  it('reports the currency typed, so a euro amount is not taken for dollars', () => {
    expect(parseNumber('€30.000', USD)).toMatchObject({ value: 30_000, currency: 'EUR' });
    expect(parseNumber('30000 GBP', USD)).toMatchObject({ value: 30_000, currency: 'GBP' });
  });

  it('says a huge number is too large instead of failing to read it', () => {
    expect(parseNumber('9'.repeat(400))).toEqual({ kind: 'too-large', negative: false });
    expect(parseNumber(`-${'1'.repeat(20)}`)).toEqual({ kind: 'too-large', negative: true });
    expect(parseNumber('999999999999m', USD)).toEqual({ kind: 'too-large', negative: false });
    expect(parseNumber(`${'1,000'.repeat(300)}`)).toMatchObject({ kind: 'too-large' });
  });

  it('calls ranges and lists several numbers', () => {
    for (const text of ['10-20', '10 - 20', '10 to 20', '10 20', '10–20']) {
      expect({ text, reading: parseNumber(text) }).toEqual({
        text,
        reading: { kind: 'invalid', reason: 'several' },
      });
    }
  });

  it.each([
    'abc',
    '1e3',
    '0x10',
    'Infinity',
    'NaN',
    '12abc',
    '--1',
    '+-1',
    '.',
    ',',
    '1,2,3',
    '1.23.4',
    '1,234.5.6',
    '0,250,000',
    '12,34,567',
    '1 2345',
    '$',
    '%',
    '30k',
    '25%',
    '1/2',
    '5-',
    '€€5',
  ])('returns no number for %j (no multipliers or units allowed)', (junk) => {
    expect(['invalid', 'empty']).toContain(parseNumber(junk, { decimal: '.' }).kind);
    expect(parseNumber(junk, { decimal: '.' }).kind).not.toBe('number');
  });

  it('rejects a unit the field does not take', () => {
    expect(parseNumber('30k', { decimal: '.' }).kind).toBe('invalid');
    expect(parseNumber('25%', USD).kind).toBe('invalid');
    expect(parseNumber('18m', { unitWords: ['months'] }).kind).toBe('invalid');
  });
});

describe('numberInputText', () => {
  it('writes a value the parser reads back without a question', () => {
    expect(numberInputText(25)).toBe('25');
    expect(numberInputText(1.25, ',')).toBe('1,25');
    expect(numberInputText(1.125, ',')).toBe('1,1250');
    expect(numberInputText(0.1 + 0.2)).toBe('0.3');
    expect(numberInputText(1e-7)).toBe('0.0000001');
    expect(value(numberInputText(1.125, ','), EUR)).toBe(1.125);
    expect(value(numberInputText(25_000, ','), EUR)).toBe(25_000);
  });
});
