import { describe, expect, it } from 'vitest';
import { article, formatMonths, formatNumber } from './format';

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
