import {
  ASSUMPTION_INFO,
  type AssumptionKey,
  type AssumptionUnit,
  type Confidence,
  type Currency,
  type Dimension,
  type RecommendationKind,
} from '../../domain';

/*
 * Words and number formats for the results screens. One fixed locale keeps the report, the share
 * view and the tests saying exactly the same thing on every machine.
 */
const LOCALE = 'en-US';

export function formatNumber(value: number, maxFractionDigits = 1): string {
  return value.toLocaleString(LOCALE, { maximumFractionDigits: maxFractionDigits });
}

export function formatUsd(value: number): string {
  return value.toLocaleString(LOCALE, {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  });
}

export function formatMoney(value: number, currency: Currency): string {
  return value.toLocaleString(LOCALE, {
    style: 'currency',
    currency,
    maximumFractionDigits: value < 100 ? 2 : 0,
  });
}

export function formatMonths(value: number | null): string {
  if (value === null) return 'never';
  const rounded = Math.round(value * 10) / 10;
  return `${formatNumber(rounded)} ${rounded === 1 ? 'month' : 'months'}`;
}

/** An assumption value with its unit, e.g. "$150,000", "1.3×", "5 months", "50%". */
export function formatAssumption(key: AssumptionKey, value: number): string {
  return formatUnit(value, ASSUMPTION_INFO[key].unit);
}

export function formatUnit(value: number, unit: AssumptionUnit): string {
  switch (unit) {
    case 'usd':
      return formatUsd(value);
    case 'usd-per-eur':
      return `$${formatNumber(value, 4)} per €1`;
    case 'usd-per-gbp':
      return `$${formatNumber(value, 4)} per £1`;
    case 'multiple':
      return `${formatNumber(value, 2)}×`;
    case 'months':
      return `${formatNumber(value)} ${value === 1 ? 'month' : 'months'}`;
    case 'days':
      return `${formatNumber(value)} ${value === 1 ? 'day' : 'days'}`;
    case 'per-month':
      return `${formatNumber(value)} a month`;
    case 'percent':
      return `${formatNumber(value)}%`;
    case 'hours-per-week':
      return `${formatNumber(value)} hours a week`;
    case 'deals':
      return `${formatNumber(value)} ${value === 1 ? 'deal' : 'deals'}`;
    case 'customers':
      return `${formatNumber(value)} ${value === 1 ? 'customer' : 'customers'}`;
    case 'ratio':
      return formatNumber(value, 2);
  }
}

/** The unit as words for an input's suffix, e.g. "US dollars a year". */
export const UNIT_WORDS: Record<AssumptionUnit, string> = {
  usd: 'US dollars',
  'usd-per-eur': 'US dollars per euro',
  'usd-per-gbp': 'US dollars per pound',
  multiple: 'times',
  months: 'months',
  days: 'days',
  'per-month': 'a month',
  percent: 'percent',
  'hours-per-week': 'hours a week',
  deals: 'deals',
  customers: 'customers',
  ratio: 'ratio',
};

export const DIMENSION_LABELS: Record<Dimension, string> = {
  leadFlow: 'Lead flow',
  process: 'Sales process',
  economics: 'Deal economics',
  capacity: 'Closing capacity',
  budget: 'Budget and runway',
};

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  low: 'Low confidence',
  medium: 'Medium confidence',
  high: 'High confidence',
};

/** The short answer, for the browser tab and compact places. */
export const KIND_SHORT_LABELS: Record<RecommendationKind, string> = {
  ae: 'Hire an AE',
  sdr: 'Hire an SDR',
  both: 'Hire an AE and an SDR',
  'not-yet': 'Not yet',
};
