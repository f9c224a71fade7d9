/*
 * Numbers written back for people and for parseNumber (src/ui/parse-number.ts): text an input can
 * hold and read back unchanged, and text no reader in either decimal convention can misread.
 */
import type { DecimalMark } from './parse-number-marks';

/**
 * A value written so that `parseNumber` with the same decimal mark reads it back unambiguously:
 * no grouping, the expected decimal mark, never exactly three decimals. For one-click fixes.
 */
export function numberInputText(value: number, decimal: DecimalMark = '.'): string {
  let text = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (/e/.test(text)) text = value.toFixed(20).replace(/\.?0+$/, '');
  const [whole = '', fraction] = text.split('.');
  if (fraction === undefined) return whole;
  return `${whole}${decimal}${fraction.length === 3 ? `${fraction}0` : fraction}`;
}

/**
 * A value written so that no reader in either convention misreads it, for labels that offer a
 * choice: thin-space grouping ("25 000") and the expected decimal mark, never three decimals.
 */
export function unmistakableNumber(value: number, decimal: DecimalMark = '.'): string {
  const text = numberInputText(value, decimal);
  const [whole = '', fraction] = text.split(decimal);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return fraction === undefined ? grouped : `${grouped}${decimal}${fraction}`;
}
