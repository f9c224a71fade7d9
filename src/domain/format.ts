import type { Currency } from './answers/schema';

/*
 * One formatter per job, for the engine's sentences and the UI alike. Written by hand rather than
 * with Intl so the text is byte-for-byte the same in every browser and in Node (the engine is
 * deterministic, and tests compare sentences).
 */

function withThousands(digits: string): string {
  if (digits.length <= 3) return digits;
  let start = digits.length % 3 || 3;
  let out = digits.slice(0, start);
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

/**
 * A quantity rounded the way a person says it in a sentence: halves below 3 ("1.5"), whole
 * numbers to 100, then steps of 5, 10, 50… ("about 45", "about 1,200"). Decimals belong in the
 * arithmetic, not in sentences.
 */
export function roundForText(value: number): number {
  const abs = Math.abs(value);
  if (abs < 3) return Math.round(value * 2) / 2;
  // Whole numbers up to 100: "about 23" and "about 25" must not name the same 23.3 in two places.
  if (abs <= 100) return Math.round(value);
  const magnitude = 10 ** Math.floor(Math.log10(abs));
  const step = abs < 2 * magnitude ? magnitude / 10 : magnitude / 2;
  return Math.round(value / step) * step;
}

/**
 * A count for a sentence: "about 3 qualified opportunities a month", "none". `noun` follows the
 * number ("qualified opportunities a month"); `one` is its singular when the count rounds to 1.
 */
export function formatCount(value: number, noun = 'a month', one?: string): string {
  const rounded = roundForText(value);
  if (rounded === 0)
    return value === 0 ? `no ${noun}`.replace(/^no a /, 'none a ') : `under 1 ${one ?? noun}`;
  const exact = Math.abs(rounded - value) < 1e-9;
  return `${exact ? '' : 'about '}${formatNumber(rounded, 1)} ${rounded === 1 && one ? one : noun}`;
}

const SYMBOLS: Record<Currency, string> = { USD: '$', EUR: '€', GBP: '£' };

/** The symbol of a currency as shown before amounts ("$", "€", "£"). */
export function currencySymbol(currency: Currency): string {
  return SYMBOLS[currency];
}

/** Money as typed, up to two decimals: "$24,000", "€1,250.5" (answers and what-if values). */
export function formatAmount(amount: number, currency: Currency): string {
  const sign = amount < 0 ? '−' : '';
  return `${sign}${SYMBOLS[currency]}${formatNumber(Math.abs(amount), 2)}`;
}

/** Money in the given currency, whole units: "€24,000". */
export function formatMoney(amount: number, currency: Currency): string {
  const sign = amount < 0 ? '−' : '';
  return `${sign}${SYMBOLS[currency]}${formatNumber(Math.round(Math.abs(amount)), 0)}`;
}

/** Money rounded for a sentence: "about $150,000", "about €1.2 million". */
export function formatMoneyText(amount: number, currency: Currency): string {
  const abs = Math.abs(amount);
  if (abs >= 1_000_000)
    return `about ${SYMBOLS[currency]}${formatNumber(abs / 1_000_000, 1)} million`;
  const rounded =
    abs >= 10_000
      ? Math.round(abs / 1000) * 1000
      : abs >= 1000
        ? Math.round(abs / 100) * 100
        : Math.round(abs / 10) * 10;
  return `${rounded === abs ? '' : 'about '}${formatMoney(rounded, currency)}`;
}

/** "1 month", "about 14 months": halves below 3, whole months above. */
export function formatMonths(value: number): string {
  const rounded = Math.abs(value) < 3 ? Math.round(value * 2) / 2 : Math.round(value);
  const text = formatNumber(rounded, 1);
  return `${rounded === value ? '' : 'about '}${text} ${text === '1' ? 'month' : 'months'}`;
}

/** "3 opportunities", "2,000 assessments": the count and the word that fits it. */
export function plural(count: number, one: string, many: string, maxDecimals = 1): string {
  return `${formatNumber(count, maxDecimals)} ${count === 1 ? one : many}`;
}

/**
 * "a" or "an" before a word or a number as it is said: "an 8-month ramp", "an 11% close rate",
 * "an 18-day cycle", "a 1-month ramp". Words go by their first letter (good enough for the
 * engine's own words).
 */
export function article(word: string): string {
  const digits = /^[\d,.]+/.exec(word)?.[0];
  if (digits === undefined) return /^[aeiou]/i.test(word) ? 'an' : 'a';
  const whole = digits.split('.')[0]!.replace(/,/g, '');
  // Said with a leading vowel sound: eight…, eighty…, and eleven / eighteen (thousand, million).
  if (whole.startsWith('8')) return 'an';
  return /^1[18]$/.test(whole.slice(0, 2)) && whole.length % 3 === 2 ? 'an' : 'a';
}

/** Upper-case the first letter of a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Months to one decimal, for worked sums where the reader checks the figure on a calculator
 * ("4.8 months", "1 month"); null, a hire that never pays back, is "never".
 */
export function formatMonthsOneDecimal(value: number | null): string {
  if (value === null) return 'never';
  const text = formatNumber(value, 1);
  return `${text} ${text === '1' ? 'month' : 'months'}`;
}

/** A percentage as shown in worked sums: "25%", "12.5%", "0.25%". */
export function formatPercent(value: number, maxDecimals = 2): string {
  return `${formatNumber(value, maxDecimals)}%`;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * A calendar date as a US reader writes it ("December 1, 2026"), in the date's local time. By
 * hand, not toLocaleDateString: a page's first Intl call loads locale data, tens of milliseconds
 * of main thread on a phone, and the report only needs this one shape.
 */
export function formatLongDate(date: Date): string {
  return `${MONTH_NAMES[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}`;
}
