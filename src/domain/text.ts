import type { Currency } from './answers';
import type { NumberFormat } from './facts';

/*
 * Number formatting for the engine's sentences. Written by hand rather than with Intl so the text
 * is byte-for-byte the same in every browser and in Node (the engine is deterministic, and tests
 * compare sentences).
 */

function withThousands(digits: string): string {
  if (digits.length <= 3) return digits;
  let out = '';
  let start = digits.length % 3 || 3;
  out = digits.slice(0, start);
  for (; start < digits.length; start += 3) out += `,${digits.slice(start, start + 3)}`;
  return out;
}

/** A number with at most `maxDecimals` decimals, trailing zeros dropped, thousands separated. */
export function formatNumber(value: number, maxDecimals = 1): string {
  if (!Number.isFinite(value)) return String(value);
  const factor = 10 ** maxDecimals;
  const scaled = Math.round(Math.abs(value) * factor);
  const whole = Math.floor(scaled / factor);
  const fraction = scaled - whole * factor;
  const sign = value < 0 && scaled !== 0 ? '−' : '';
  let text = withThousands(String(whole));
  if (fraction > 0) text += `.${String(fraction).padStart(maxDecimals, '0').replace(/0+$/, '')}`;
  return sign + text;
}

/** A count or rate a person reads: one decimal below 10 ("3.4"), whole numbers above ("12"). */
export function formatAmount(value: number): string {
  return formatNumber(value, Math.abs(value) < 10 ? 1 : 0);
}

const SYMBOLS: Record<Currency, string> = { USD: '$', EUR: '€', GBP: '£' };

/** Money in the given currency, whole units: "€24,000". */
export function formatMoney(amount: number, currency: Currency): string {
  return `${SYMBOLS[currency]}${formatNumber(Math.round(amount), 0)}`;
}

/** "1 month", "2.5 months". */
export function formatMonthsText(value: number): string {
  const text = formatNumber(value, 1);
  return `${text} ${text === '1' ? 'month' : 'months'}`;
}

/** The word for a count: plural('opportunity', 'opportunities', 3). */
export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** "a" or "an" before a word, by its first letter (good enough for the engine's own words). */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** A number printed as the given kind of quantity, for trace labels. */
export function formatNumberAs(value: number, format: NumberFormat): string {
  switch (format) {
    case 'count':
      return formatNumber(value, 0);
    case 'decimal':
      return formatAmount(value);
    case 'usd':
    case 'answer-money':
      return formatMoney(value, 'USD');
    case 'percent':
      return `${formatNumber(value, 1)}%`;
    case 'days':
      return `${formatNumber(value, 0)} ${plural(value, 'day', 'days')}`;
    case 'months':
      return formatMonthsText(value);
    case 'hours':
      return `${formatNumber(value, 1)} hours a week`;
    case 'ratio':
      return formatNumber(value, 2);
  }
}

/** Upper-case the first letter of a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
