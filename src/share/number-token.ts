/*
 * Numbers in a share code. Whole numbers (almost every answer) are written in base 36, lowercase:
 * 24000 → "iio". Any other value is written as an exact decimal m × 10^-k, "<m>-<k>" with m and k in
 * base 36: 12.5 → "3h-1" (125 × 10^-1). m and k come from JavaScript's shortest round-trip decimal
 * (`String(x)`), so parsing "<m>e-<k>" gives back exactly the same double: decimals from the form
 * (2.5 hours) cost two or three characters more, and any value the schema accepts, even
 * 0.30000000000000004 or 5e-324, still round-trips bit for bit.
 */

const B36 = /^(?:0|[1-9a-z][0-9a-z]*)$/;
const B36_NONZERO = /^[1-9a-z][0-9a-z]*$/;

// Longest tokens worth parsing: 11 base-36 digits exceed 2^53, 12 digits of m exceed 10^17 (the
// most significant digits a double's shortest form has), 3 digits of k reach 10^-46655.
const MAX_INT_DIGITS = 11;
const MAX_MANTISSA_DIGITS = 12;
const MAX_SCALE_DIGITS = 3;

/** The longest token `decodeNumber` accepts, so a parser can stop scanning early. */
export const MAX_NUMBER_TOKEN_LENGTH = MAX_MANTISSA_DIGITS + 1 + MAX_SCALE_DIGITS;

/** Characters a number token may contain. */
export const NUMBER_TOKEN_CHAR = /^[0-9a-z-]$/;

/**
 * Writes a finite, non-negative number as a token. -0 is written as 0. Throws a RangeError for
 * negative or non-finite values: no answer or assumption allows them, so it is a programming error.
 */
export function encodeNumber(value: number): string {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`Share codes hold finite numbers of 0 or more, not ${value}`);
  }
  if (Number.isInteger(value)) return value.toString(36);
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) throw new RangeError(`Cannot write ${value} as a decimal`);
  const [, whole = '', fraction = '', exponent = '0'] = match;
  const scale = fraction.length - Number(exponent);
  // A non-integer always has scale ≥ 1; BigInt drops the leading zeros of values below 1.
  return `${BigInt(whole + fraction).toString(36)}-${scale.toString(36)}`;
}

/** Reads a token written by `encodeNumber`; null if it is not one. */
export function decodeNumber(token: string): number | null {
  const dash = token.indexOf('-');
  if (dash === -1) {
    if (token.length > MAX_INT_DIGITS || !B36.test(token)) return null;
    return Number.parseInt(token, 36);
  }
  const mantissa = token.slice(0, dash);
  const scale = token.slice(dash + 1);
  if (
    mantissa.length > MAX_MANTISSA_DIGITS ||
    scale.length > MAX_SCALE_DIGITS ||
    !B36_NONZERO.test(mantissa) ||
    !B36_NONZERO.test(scale)
  ) {
    return null;
  }
  return Number(`${base36ToBigInt(mantissa)}e-${Number.parseInt(scale, 36)}`);
}

function base36ToBigInt(digits: string): bigint {
  let value = 0n;
  for (const digit of digits) value = value * 36n + BigInt(Number.parseInt(digit, 36));
  return value;
}
