import { describe, expect, it } from 'vitest';
import { decodeNumber, encodeNumber } from './number-token';

describe('number tokens', () => {
  it.each([
    [0, '0'],
    [18, 'i'],
    [24_000, 'iio'],
    [100_000_000, '1njchs'],
    [12.5, '3h-1'],
    [0.25, 'p-2'],
    [1.35, '3r-2'],
    [0.30000000000000004, '87e41qmyc5g-h'],
    [1.5e-7, 'f-8'],
    [5e-324, '5-90'],
  ])('writes %s as "%s" and reads it back exactly', (value, token) => {
    expect(encodeNumber(value)).toBe(token);
    expect(decodeNumber(token)).toBe(value);
  });

  it('writes -0 as 0', () => {
    expect(encodeNumber(-0)).toBe('0');
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses %s, which no answer allows',
    (value) => {
      expect(() => encodeNumber(value)).toThrow(RangeError);
    },
  );

  it.each([
    '',
    '00',
    '01',
    'A',
    '1-0',
    '0-1',
    '1-',
    '-1',
    '1-2-3',
    'zzzzzzzzzzzz',
    '1zzzzzzzzzzzz-1',
    '1-zzzz',
    '1.5',
  ])('rejects the token "%s"', (token) => {
    expect(decodeNumber(token)).toBeNull();
  });
});
