import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CURRENCY_DECIMAL_MARK,
  numberInputText,
  parseNumber,
  type DecimalMark,
  type TypedCurrency,
} from './parse-number';

// The locale styles we promise to read: comma, dot, space (narrow no-break too), apostrophe
// grouping, and either decimal mark. Indian lakh grouping (12,34,567) is not among them.
const LOCALES = [
  'en-US',
  'en-GB',
  'en-IE',
  'de-DE',
  'fr-FR',
  'es-ES',
  'it-IT',
  'nl-NL',
  'de-CH',
  'sv-SE',
  'pl-PL',
  'pt-BR',
  'fi-FI',
  'cs-CZ',
  'nb-NO',
] as const;
const CURRENCIES = Object.keys(CURRENCY_DECIMAL_MARK) as TypedCurrency[];

function decimalMarkOf(locale: string): DecimalMark {
  const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
  return part?.value === ',' ? ',' : '.';
}

/** A decimal with at most `digits` decimals, held exactly as n / 10^k. */
const decimal = (maxInteger: number, digits: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: maxInteger }), fc.integer({ min: 0, max: digits }))
    .map(([n, k]) => ({ value: n / 10 ** k, k }));

describe('parseNumber properties', () => {
  it('reads back any number formatted in a supported locale style, with that style’s decimal mark', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        decimal(10 ** 13, 6),
        fc.boolean(),
        fc.boolean(),
        (locale, { value, k }, grouping, negative) => {
          const signed = negative ? -value : value;
          const text = new Intl.NumberFormat(locale, {
            maximumFractionDigits: k,
            useGrouping: grouping,
          }).format(signed);
          const reading = parseNumber(text, { decimal: decimalMarkOf(locale) });
          expect({ text, reading }).toEqual({
            text,
            reading: { kind: 'number', value: signed === 0 ? 0 : signed, otherDecimalMark: false },
          });
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('never reads an amount in any locale style as a different number: the number or a question', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...CURRENCIES),
        fc.constantFrom(...CURRENCIES),
        decimal(10 ** 11, 2),
        fc.boolean(),
        fc.boolean(),
        (locale, expected, written, { value }, withSymbol, wholeOnly) => {
          const format = new Intl.NumberFormat(locale, {
            style: 'currency',
            currency: written,
            minimumFractionDigits: wholeOnly ? 0 : 2,
            maximumFractionDigits: 2,
          });
          const text = withSymbol
            ? format.format(value)
            : format
                .formatToParts(value)
                .filter((p) => p.type !== 'currency')
                .map((p) => p.value)
                .join('');
          const reading = parseNumber(text, {
            currency: expected,
            decimal: CURRENCY_DECIMAL_MARK[expected],
            multipliers: true,
          });
          const meant =
            reading.kind === 'ambiguous'
              ? reading.readings.includes(value)
              : reading.kind === 'number' && reading.value === value;
          expect({ text, reading, meant }).toMatchObject({ text, meant: true });
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('reads back the text written for a one-click fix, without asking', () => {
    fc.assert(
      fc.property(
        decimal(10 ** 12, 6),
        fc.constantFrom<DecimalMark>('.', ','),
        fc.boolean(),
        ({ value }, mark, money) => {
          const text = numberInputText(value, mark);
          const reading = parseNumber(text, {
            decimal: mark,
            ...(money ? { currency: mark === ',' ? 'EUR' : 'USD' } : {}),
          });
          expect({ text, reading }).toMatchObject({ text, reading: { kind: 'number', value } });
        },
      ),
    );
  });

  it('never throws, and never returns a number for text with a character no number has', () => {
    const junk = fc.constantFrom(...'xzqjw#@/*=?!_&;:<>(){}[]|\\"~^');
    fc.assert(
      fc.property(fc.string(), junk, fc.string(), fc.string(), (a, bad, b, c) => {
        expect(() => parseNumber(a + b)).not.toThrow();
        const options = {
          multipliers: true,
          unitWords: ['%', 'percent'],
          currency: 'USD',
        } as const;
        expect(parseNumber(`${a}${bad}${b}`, options).kind).not.toBe('number');
        expect(parseNumber(`${c}${bad}`, options).kind).not.toBe('number');
      }),
      { numRuns: 2_000 },
    );
  });

  it('never returns a number for digits joined by arbitrary separators it cannot group', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^\d{1,5}$/), { minLength: 3, maxLength: 5 }),
        fc.constantFrom('.', ','),
        (groups, mark) => {
          const text = groups.join(mark);
          const reading = parseNumber(text, { decimal: '.' });
          // Repeated marks are only ever a thousands grouping: 1–3 digits, then threes.
          const isGrouping =
            /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => g.length === 3);
          const readable = isGrouping && !(groups[0] ?? '').startsWith('0');
          expect({ text, reading }).toMatchObject({
            text,
            reading: readable ? { value: Number(groups.join('')) } : { kind: 'invalid' },
          });
        },
      ),
    );
  });
});
