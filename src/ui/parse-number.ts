/*
 * Reads a number the way people type it: "30k", "1.2m", "$30,000", "30 000", "€30.000", "25%",
 * "+18", "25,5". Pure: no React, no DOM, no locale of the machine.
 *
 * The one hard case is a single "." or "," followed by exactly three digits ("25.000", "1,250"):
 * a thousands separator in one convention, a decimal mark in the other. The expected decimal mark
 * (from the currency's conventions) decides; money never has three decimals, so for amounts a
 * reading that would need them is not trusted and the caller gets both readings to ask about.
 * Everything else is structural: a grouping must be 1–3 digits then groups of exactly three, so
 * "25,5" can only be 25.5 and "1.234.567" only 1,234,567.
 */

import {
  CURRENCY_DECIMAL_MARK,
  MARKS_LONGEST_FIRST,
  MULTIPLIERS,
  type DecimalMark,
  type TypedCurrency,
} from './parse-number-marks';

// The marks and the writers live beside this file; callers keep importing from here.
export { CURRENCY_DECIMAL_MARK, type DecimalMark, type TypedCurrency } from './parse-number-marks';
export { numberInputText, unmistakableNumber } from './parse-number-write';

export interface ParseNumberOptions {
  /** The decimal mark the context expects. Default ".". */
  decimal?: DecimalMark;
  /**
   * The currency an amount is asked in; set for money only. Any known currency mark is accepted
   * and reported back in `currency`, so the caller can object to "€" on a dollar amount.
   */
  currency?: TypedCurrency;
  /** Accept "k", "m", "bn", "thousand", "million" after the number. */
  multipliers?: boolean;
  /** Words or signs accepted after the number (compared case-insensitively), e.g. ["%", "percent"]. */
  unitWords?: readonly string[];
  /** Only whole numbers make sense: used to choose between two readings, never to round. */
  integer?: boolean;
  /** The accepted range: used to choose between two readings, never to clamp. */
  min?: number;
  max?: number;
}

export type NumberReading =
  | { kind: 'empty' }
  | {
      kind: 'number';
      value: number;
      /** The currency whose mark was typed, if any. */
      currency?: TypedCurrency;
      /** A decimal part was written with the other convention's mark ("25,5" where "." is expected). */
      otherDecimalMark: boolean;
    }
  /** Two readings the text and the conventions cannot tell apart: ask which one was meant. */
  | { kind: 'ambiguous'; readings: readonly [number, number]; currency?: TypedCurrency }
  /** A well-formed number too large to be any answer (more digits than a double holds exactly). */
  | { kind: 'too-large'; negative: boolean }
  | { kind: 'invalid'; reason: InvalidReason };

/** `several`: more than one number ("10 20", "10-20", "10 to 20"). `other`: not a number at all. */
export type InvalidReason = 'several' | 'other';

// Spaces people (and Intl) use between digit groups, and the apostrophes of Swiss grouping.
const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;
const APOSTROPHES = /[\u2019\u02bc`]/g;
const MINUS = /^[-\u2212\u2013]/;
const LONGEST_INPUT = 1_000;

interface Parts {
  negative: boolean;
  core: string;
  exponent: number;
  currency?: TypedCurrency;
}

function stripCurrency(text: string, atStart: boolean): { rest: string; currency?: TypedCurrency } {
  for (const [mark, currency] of MARKS_LONGEST_FIRST) {
    if (atStart && text.startsWith(mark)) return { rest: text.slice(mark.length).trim(), currency };
    if (!atStart && text.endsWith(mark))
      return { rest: text.slice(0, -mark.length).trim(), currency };
  }
  return { rest: text };
}

/** Peels sign, currency marks, unit words and a multiplier off the digits. Null if anything else is left. */
function splitParts(text: string, options: ParseNumberOptions): Parts | null {
  let rest = text;
  let negative = false;
  let currency: TypedCurrency | undefined;
  const takeSign = () => {
    if (rest.startsWith('+')) rest = rest.slice(1).trim();
    else if (MINUS.test(rest)) {
      negative = !negative;
      rest = rest.slice(1).trim();
    }
  };
  takeSign();
  const front = stripCurrency(rest, true);
  rest = front.rest;
  currency = front.currency;
  if (currency) takeSign();

  let exponent = 0;
  const units = (options.unitWords ?? []).map((word) => word.toLowerCase());
  // Trailing pieces in any order ("30k €", "30 000 EUR", "25 %"), each at most once.
  for (let guard = 0; guard < 3; guard++) {
    const unit = units.find((word) => rest.endsWith(word) && rest.length > word.length);
    if (unit) {
      rest = rest.slice(0, -unit.length).trim();
      continue;
    }
    if (!currency) {
      const back = stripCurrency(rest, false);
      if (back.currency) {
        rest = back.rest;
        currency = back.currency;
        continue;
      }
    }
    if (options.multipliers && exponent === 0) {
      const match = /([a-z]+)$/.exec(rest);
      const power = match?.[1] ? MULTIPLIERS[match[1]] : undefined;
      if (match && power !== undefined && /\d\s*$/.test(rest.slice(0, -match[0].length))) {
        exponent = power;
        rest = rest.slice(0, -match[0].length).trim();
        continue;
      }
    }
    break;
  }
  return { negative, core: rest, exponent, currency };
}

interface Reading {
  value: string;
  decimal?: DecimalMark;
  hasFraction: boolean;
}

// Every grouping mark with every other decimal mark: 1–3 digits, groups of exactly three, then an
// optional decimal part.
const GROUPINGS = [',', '.', ' ', "'"].flatMap((group) =>
  (['.', ','] as const)
    .filter((decimal) => decimal !== group)
    .map((decimal) => {
      const g = group === '.' ? '\\.' : group;
      const d = decimal === '.' ? '\\.' : decimal;
      return { group, decimal, pattern: new RegExp(`^(\\d{1,3}(?:${g}\\d{3})+)(?:${d}(\\d*))?$`) };
    }),
);

/** Every way the digits and separators can be read as one number. */
function readings(core: string): Reading[] {
  const found: Reading[] = [];
  const plain = /^(\d*)(?:([.,])(\d*))?$/.exec(core);
  if (plain) {
    const [, whole = '', mark, fraction = ''] = plain;
    if (whole !== '' || fraction !== '') {
      found.push({
        value: `${whole || '0'}.${fraction || '0'}`,
        decimal: mark as DecimalMark | undefined,
        hasFraction: fraction !== '',
      });
    }
  }
  for (const { group, decimal, pattern } of GROUPINGS) {
    const match = pattern.exec(core);
    if (!match) continue;
    const [, whole = '', fraction = ''] = match;
    // A leading group of 0 ("0,250") is never a thousands grouping.
    if (/^0\d*$/.test(whole.split(group)[0] ?? '')) continue;
    found.push({
      value: `${whole.replaceAll(group, '')}.${fraction || '0'}`,
      decimal: fraction !== '' ? decimal : undefined,
      hasFraction: fraction !== '',
    });
  }
  return found;
}

function toNumber(decimalText: string, exponent: number, negative: boolean): number {
  const value = Number(`${decimalText}e${exponent}`);
  return negative && value !== 0 ? -value : value;
}

function withinOptions(value: number, options: ParseNumberOptions): boolean {
  if (options.integer && !Number.isInteger(value)) return false;
  if (options.min !== undefined && value < options.min) return false;
  if (options.max !== undefined && value > options.max) return false;
  return true;
}

/**
 * Reads typed text as a number. Never throws; never returns a number for text that is not one.
 * See the file comment for how "25.000" and "1,250" are decided.
 */
export function parseNumber(text: string, options: ParseNumberOptions = {}): NumberReading {
  const compact = text.normalize('NFKC').replace(SPACES, ' ').replace(APOSTROPHES, "'").trim();
  if (compact === '') return { kind: 'empty' };
  if (compact.length > LONGEST_INPUT) {
    return /^[+-]?[\d ,.']+$/.test(compact)
      ? { kind: 'too-large', negative: compact.startsWith('-') }
      : { kind: 'invalid', reason: 'other' };
  }
  const parts = splitParts(compact.toLowerCase(), options);
  if (!parts) return { kind: 'invalid', reason: 'other' };
  const { negative, exponent, currency } = parts;
  const core = parts.core.replace(/ ?' ?/g, "'");

  if (/\d\s*(?:[-\u2013\u2014]|to)\s*[+$€£]?\d/.test(core) || /\d \d/.test(core)) {
    // "10-20", "10 to 20" or "10 20": a range or two numbers, unless the spaces are a grouping.
    if (readings(core).length === 0) return { kind: 'invalid', reason: 'several' };
  }
  const candidates = readings(core);
  if (candidates.length === 0) return { kind: 'invalid', reason: 'other' };

  const integerDigits = Math.max(
    ...candidates.map((r) => (r.value.split('.')[0] ?? '').replace(/^0+/, '').length),
  );
  if (integerDigits + exponent > 15) return { kind: 'too-large', negative };

  const expected = currency ? CURRENCY_DECIMAL_MARK[currency] : (options.decimal ?? '.');
  const money = options.currency !== undefined || currency !== undefined;
  const numberFrom = (reading: Reading): NumberReading => ({
    kind: 'number',
    value: toNumber(reading.value, exponent, negative),
    ...(currency ? { currency } : {}),
    otherDecimalMark: reading.hasFraction && reading.decimal !== expected,
  });

  const distinct = candidates.filter(
    (reading, index) => candidates.findIndex((r) => r.value === reading.value) === index,
  );
  const [first, second] = distinct;
  if (!first) return { kind: 'invalid', reason: 'other' };
  if (!second) return numberFrom(first);

  // Two readings: "25.000" or "1,250" (a grouping, or a decimal with three digits).
  const valid = distinct.filter((r) =>
    withinOptions(toNumber(r.value, exponent, negative), options),
  );
  if (valid.length === 1 && valid[0]) return numberFrom(valid[0]);
  const asDecimal = distinct.find((r) => r.hasFraction);
  const asGrouping = distinct.find((r) => !r.hasFraction);
  if (!asDecimal || !asGrouping) return numberFrom(first);
  if (asDecimal.decimal !== expected) return numberFrom(asGrouping);
  if (!money) return numberFrom(asDecimal);
  return {
    kind: 'ambiguous',
    readings: [
      toNumber(asGrouping.value, exponent, negative),
      toNumber(asDecimal.value, exponent, negative),
    ],
    ...(currency ? { currency } : {}),
  };
}
