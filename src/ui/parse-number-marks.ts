/*
 * What may stand around the digits of a typed number (src/ui/parse-number.ts): the currency marks
 * it recognises with each currency's usual decimal mark, and the multiplier words ("30k", "1.2m").
 */

export type DecimalMark = '.' | ',';

/** Currencies whose marks are recognised in typed amounts, and how each usually writes numbers. */
export const CURRENCY_DECIMAL_MARK = { USD: '.', EUR: ',', GBP: '.' } as const satisfies Record<
  string,
  DecimalMark
>;
export type TypedCurrency = keyof typeof CURRENCY_DECIMAL_MARK;

const CURRENCY_MARKS: Record<string, TypedCurrency> = {
  $: 'USD',
  us$: 'USD',
  $us: 'USD',
  usd: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  '£': 'GBP',
  '£gb': 'GBP',
  gbp: 'GBP',
};

// "us$30" must not be read as "us" + "$30".
export const MARKS_LONGEST_FIRST = Object.entries(CURRENCY_MARKS).toSorted(
  ([a], [b]) => b.length - a.length,
);

export const MULTIPLIERS: Record<string, number> = {
  k: 3,
  thousand: 3,
  m: 6,
  mn: 6,
  mm: 6,
  million: 6,
  b: 9,
  bn: 9,
  billion: 9,
};
