import { describe, expect, it } from 'vitest';
import { article, formatLongDate, formatMonths, formatNumber } from './format';

describe('article', () => {
  it.each([
    ['8', 'an'],
    ['11', 'an'],
    ['18', 'an'],
    ['80', 'an'],
    ['800', 'an'],
    ['11,000', 'an'],
    ['18.5', 'an'],
    ['1', 'a'],
    ['10', 'a'],
    ['110', 'a'],
    ['181', 'a'],
    ['5', 'a'],
    ['transactional', 'a'],
    ['enterprise', 'an'],
  ])('says %s with "%s"', (word, expected) => {
    expect(article(word)).toBe(expected);
  });
});

describe('formatNumber and formatMonths', () => {
  it('separates thousands and drops trailing zeros', () => {
    expect(formatNumber(1234567.5, 1)).toBe('1,234,567.5');
    expect(formatNumber(2.0, 2)).toBe('2');
    expect(formatNumber(-3.25, 1)).toBe('−3.3');
  });

  it('says "about" only when the months were rounded', () => {
    expect(formatMonths(1)).toBe('1 month');
    expect(formatMonths(12)).toBe('12 months');
    expect(formatMonths(11.8)).toBe('about 12 months');
  });
});

describe('formatLongDate', () => {
  it('writes the date as a US reader does, in local time', () => {
    expect(formatLongDate(new Date(2026, 11, 1))).toBe('December 1, 2026');
    expect(formatLongDate(new Date(2027, 0, 31, 23, 59))).toBe('January 31, 2027');
  });

  it('says what the browser says for en-US long dates', () => {
    for (const date of [new Date(2026, 1, 28), new Date(2030, 6, 4), new Date(1999, 8, 9)])
      expect(formatLongDate(date)).toBe(
        date.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' }),
      );
  });
});
