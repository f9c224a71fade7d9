import {
  ASSUMPTION_INFO,
  formatMoney,
  formatNumber,
  PROFILE_WORDS,
  REGION_WORDS,
  type AeProfile,
  type Currency,
} from '../../domain';
import type { PlanRegion } from '../../domain/plan';

/* Words and numbers for the hiring plan: one formatter per job, shared by the page and the Markdown. */

export { formatNumber };

/** Money with the sign in front: "−$12,000". */
export function money(value: number, currency: Currency): string {
  const text = formatMoney(Math.abs(value), currency);
  return value < 0 && Math.round(Math.abs(value)) > 0 ? `−${text}` : text;
}

/** Money for a sentence, to the nearest thousand (hundred below 10,000): "$144,000". */
export function moneyRounded(value: number, currency: Currency): string {
  const step = Math.abs(value) >= 10_000 ? 1000 : 100;
  return money(Math.round(value / step) * step, currency);
}

export function percent(value: number): string {
  return `${formatNumber(value, 0)}%`;
}

/** "8 qualified opportunities a month": whole, as a founder counts them, and never 0 for a need. */
export function opportunitiesAMonth(value: number): string {
  const count = Math.max(1, Math.round(value));
  return `${formatNumber(count, 0)} qualified ${count === 1 ? 'opportunity' : 'opportunities'} a month`;
}

export function months(value: number): string {
  return `${formatNumber(value, 1)} ${value === 1 ? 'month' : 'months'}`;
}

export const REGION_LABELS: Record<PlanRegion, string> = REGION_WORDS;

export const PROFILE_LABELS: Record<AeProfile, string> = PROFILE_WORDS;

export function roleName(role: 'ae' | 'sdr' | 'manager', profile?: AeProfile): string {
  if (role === 'sdr') return 'SDR';
  if (role === 'manager') return 'sales manager';
  return profile ? `${PROFILE_LABELS[profile]} AE` : 'AE';
}

/** The label of an assumption key; the key itself if it is not one. */
export function figureLabel(key: string): string {
  return (ASSUMPTION_INFO as Record<string, { label: string } | undefined>)[key]?.label ?? key;
}
