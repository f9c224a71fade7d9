import type { FieldError } from 'react-hook-form';
import {
  answerSchema,
  currencyName,
  currencySymbol,
  formatQuantity,
  type Currency,
  type NumberQuestion,
  type NumberUnit,
} from '../../domain';
import {
  CURRENCY_DECIMAL_MARK,
  parseNumber,
  unmistakableNumber,
  type DecimalMark,
  type NumberReading,
  type ParseNumberOptions,
  type TypedCurrency,
} from '../../ui/parse-number';

/*
 * How the wizard (and the what-if panel) read a number question: the parse options that follow
 * from its unit and the company's currency, the echo's formatter, and the messages for what the
 * parser or the schema refused. Wording about *what* is asked stays in answersSchema's messages.
 */

/**
 * Each unit's words, once: what the field shows after the box (`suffix`) and the words people may
 * type after a number (`typed`, longest first so "hours a week" wins over "a week"). Amounts and
 * plain counts show none (an amount's currency symbol comes from the company's currency).
 */
const UNITS: Record<NumberUnit, { suffix?: string; typed: readonly string[] }> = {
  count: { typed: [] },
  currency: { typed: [] },
  people: { suffix: 'people', typed: ['people', 'persons', 'person'] },
  'per-month': {
    suffix: 'a month',
    typed: ['per month', 'a month', '/month', '/mo', 'pm'],
  },
  percent: { suffix: '%', typed: ['percent', 'pct', '%'] },
  days: { suffix: 'days', typed: ['days', 'day', 'd'] },
  'hours-per-week': {
    suffix: 'hours a week',
    typed: ['hours a week', 'hours/week', 'h/week', 'hrs', 'hours', 'hour', 'h'],
  },
  months: {
    suffix: 'months',
    typed: ['months', 'month', 'mos', 'mo', 'm'],
  },
};

/** The unit shown after a number box; none for amounts and plain counts. */
export function unitShown(unit: NumberUnit): { suffix?: string } {
  const { suffix } = UNITS[unit];
  return suffix === undefined ? {} : { suffix };
}

// Amounts and counts take "30k" and "1.2m"; a unit of time would read "18m" as 18 million.
const TAKES_MULTIPLIERS: ReadonlySet<NumberUnit> = new Set(['currency', 'count', 'per-month']);

// Shown in "Enter … as a number, for example …": a typical way to write the unit.
const EXAMPLES: Record<Exclude<NumberUnit, 'currency'>, string> = {
  count: '12',
  people: '2',
  'per-month': '8',
  percent: '25%',
  days: '45',
  'hours-per-week': '10',
  months: '18',
};

/** The decimal mark a company writes with: the currency's convention, "." before one is chosen. */
export function decimalMarkFor(currency: Currency | undefined): DecimalMark {
  return currency ? CURRENCY_DECIMAL_MARK[currency] : '.';
}

/** The options `parseNumber` reads a question's answer with. */
export function numberOptions(
  question: NumberQuestion,
  currency: Currency | undefined,
): ParseNumberOptions {
  return {
    decimal: decimalMarkFor(currency),
    ...(question.unit === 'currency' && currency ? { currency } : {}),
    multipliers: TAKES_MULTIPLIERS.has(question.unit),
    unitWords: UNITS[question.unit].typed,
    integer: question.integer,
    min: question.min,
    max: question.max,
  };
}

/** Reads what was typed for a number question. */
export function readNumber(
  question: NumberQuestion,
  text: string,
  currency: Currency | undefined,
): NumberReading {
  return parseNumber(text, numberOptions(question, currency));
}

// Made on first use, not when the module loads: a page's first Intl formatter loads locale data,
// which would lengthen the wizard's first task on a phone for an empty form that echoes nothing.
let decimalFormats: { two: Intl.NumberFormat; all: Intl.NumberFormat } | undefined;
function decimals() {
  decimalFormats ??= {
    two: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
    all: new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 }),
  };
  return decimalFormats;
}

/**
 * A question's value with its unit, as the app writes it everywhere ("$30,000", "25%", "45 days"),
 * but with every decimal typed: an echo that rounds 0.125% to 0.13% would say back a number that
 * is not the one saved.
 */
export function formatNumberAnswer(
  question: NumberQuestion,
  currency: Currency | undefined,
): (value: number) => string {
  return (value) =>
    formatQuantity(value, question.unit, currency).replace(
      decimals().two.format(Math.abs(value)),
      decimals().all.format(Math.abs(value)),
    );
}

/**
 * A value with its unit, written so neither convention misreads it ("€25 000", "€25"): for
 * offering two readings of an ambiguous entry.
 */
export function plainQuantity(
  question: NumberQuestion,
  value: number,
  currency: Currency | undefined,
): string {
  const number = unmistakableNumber(value, decimalMarkFor(currency));
  if (question.unit === 'currency' && currency) return `${currencySymbol(currency)}${number}`;
  return question.unit === 'percent' ? `${number}%` : number;
}

/** "Enter a close rate": the schema's own words for a blank answer. */
function enterWhat(question: NumberQuestion): string {
  const result = answerSchema(question.id).safeParse(undefined);
  return result.error?.issues[0]?.message ?? `Enter ${question.shortLabel.toLowerCase()}`;
}

/** "US dollars", "euros", "pounds sterling": the currency's name inside a sentence. */
function inWords(currency: Currency): string {
  const name = currencyName(currency);
  return /^.[a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

function unitNote(question: NumberQuestion, currency: Currency | undefined): string {
  if (question.unit === 'percent') return ' (%)';
  if (question.unit === 'currency' && currency) return ` (in ${inWords(currency)})`;
  return '';
}

function example(question: NumberQuestion, currency: Currency | undefined): string {
  if (question.unit !== 'currency') return EXAMPLES[question.unit];
  const symbol = currency ? currencySymbol(currency) : '';
  return currency === 'EUR' ? `${symbol}30.000 or 30k` : `${symbol}30,000 or 30k`;
}

/** The currency marked on what was typed, when it is not the assessment's: "€30.000" on a dollar form. */
function otherCurrency(
  reading: NumberReading,
  currency: Currency | undefined,
): TypedCurrency | undefined {
  const typed =
    reading.kind === 'number' || reading.kind === 'ambiguous' ? reading.currency : undefined;
  return typed && currency && typed !== currency ? typed : undefined;
}

/**
 * Said beside an amount typed in another currency than the assessment's, as soon as the field is
 * left: Continue will refuse it, so the field must not echo it as if it were fine. With `canSwitch`
 * the field offers the currency typed instead. Null when the currencies agree.
 */
export function currencyMismatch(
  reading: NumberReading,
  currency: Currency | undefined,
  canSwitch: boolean,
): { typed: Currency; message: string; switchLabel: string } | null {
  // Every currency a typed mark names is one an assessment can be priced in (the types agree).
  const typed: Currency | undefined = otherCurrency(reading, currency);
  if (!typed || !currency) return null;
  const said = `This amount is in ${inWords(typed)}, but this assessment prices in ${inWords(currency)}`;
  return {
    typed,
    message: canSwitch
      ? `${said}: type it in ${inWords(currency)}, or change the currency.`
      : `${said}: type it in ${inWords(currency)}.`,
    switchLabel: `Change the currency to ${inWords(typed)}`,
  };
}

/**
 * The message for a number the form refused, specific to what was typed: a range or list, two
 * possible readings, another currency, not a number at all, or out of range (with its unit).
 */
export function numberError(
  question: NumberQuestion,
  text: string,
  error: Pick<FieldError, 'type' | 'message'>,
  currency: Currency | undefined,
): string {
  const base = typeof error.message === 'string' ? error.message : enterWhat(question);
  const reading = readNumber(question, text, currency);
  const enter = enterWhat(question);
  const typed = otherCurrency(reading, currency);
  if (typed && currency) {
    return `${enter} in ${inWords(currency)}, or change the currency to ${inWords(typed)}`;
  }
  switch (reading.kind) {
    case 'empty':
      return base;
    case 'invalid':
      return reading.reason === 'several'
        ? `${enter} as one number, not a range or a list`
        : `${enter} as a number, for example ${example(question, currency)}`;
    case 'ambiguous': {
      const [a, b] = reading.readings.map((value) => plainQuantity(question, value, currency));
      return `Choose whether “${text.trim()}” means ${a} or ${b}`;
    }
    case 'number':
    case 'too-large':
      break;
  }
  return error.type === 'too_big' || error.type === 'too_small'
    ? `${base}${unitNote(question, currency)}`
    : base;
}
