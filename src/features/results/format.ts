import {
  ASSUMPTION_INFO,
  formatMoney,
  formatNumber,
  plural,
  type AssumptionKey,
  type AssumptionUnit,
  type Confidence,
  type Dimension,
  type RecommendationKind,
} from '../../domain';

/*
 * Labels and units for the results screens. Numbers, money and months are formatted by
 * src/domain/format.ts (one formatter per job, the same text in every browser and in the tests).
 */

/** An assumption value with its unit, e.g. "$150,000", "1.3×", "5 months", "50%". */
export function formatAssumption(key: AssumptionKey, value: number): string {
  return formatUnit(value, ASSUMPTION_INFO[key].unit);
}

export function formatUnit(value: number, unit: AssumptionUnit): string {
  switch (unit) {
    case 'usd':
      return formatMoney(value, 'USD');
    case 'usd-per-eur':
      return `$${formatNumber(value, 4)} per €1`;
    case 'usd-per-gbp':
      return `$${formatNumber(value, 4)} per £1`;
    case 'multiple':
      return `${formatNumber(value, 2)}×`;
    case 'months':
      return plural(value, 'month', 'months');
    case 'days':
      return plural(value, 'day', 'days');
    case 'per-month':
      return `${formatNumber(value)} a month`;
    case 'percent':
      return `${formatNumber(value)}%`;
    case 'hours-per-week':
      return `${formatNumber(value)} hours a week`;
    case 'deals':
      return plural(value, 'deal', 'deals');
    case 'customers':
      return plural(value, 'customer', 'customers');
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
