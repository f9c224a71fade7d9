import type { AnswerKey, Answers } from '../index';

/*
 * Plausible answers per question: the values a real B2B company taking this check could give. They
 * are what "could any answer change the verdict?" tries, and what the question-choice analysis flips
 * each answer through. Numbers are spread the way companies are (roughly log-spaced), from the
 * ranges the question catalogue calls typical (its `typical` texts) and DOMAIN.md's figures; they
 * are deliberately not the schema's sanity limits (nobody has 10,000 opportunities a month).
 */

export type PlausibleValues = { readonly [K in AnswerKey]?: readonly Answers[K][] };

export const PLAUSIBLE_VALUES: PlausibleValues = {
  arrBand: ['pre-revenue', 'under-1m', '1m-5m', 'over-5m'],
  customers: [0, 3, 8, 15, 30, 80, 250],
  aes: [0, 1, 2, 4, 8],
  sdrs: [0, 1, 2, 4],
  qualifiedOppsPerMonth: [1, 2, 4, 6, 10, 15, 25, 40],
  leadTrend: ['none', 'sporadic', 'steady', 'growing'],
  leadSources: [
    [],
    ['referral'],
    ['inbound'],
    ['inbound', 'referral'],
    ['outbound'],
    ['inbound', 'outbound', 'referral'],
    ['partner', 'events'],
  ],
  leadsUnworked: [false, true],
  outbound: ['none', 'ad-hoc', 'systematic'],
  icp: ['none', 'rough', 'documented'],
  processDocs: ['none', 'in-head', 'partial', 'playbook'],
  crm: ['none', 'spreadsheet', 'crm', 'crm-stages'],
  qualification: ['none', 'informal', 'framework'],
  nonFounderWins: [0, 1, 3, 8, 20],
  currency: ['USD', 'EUR', 'GBP'],
  acv: [2_500, 6_000, 12_000, 20_000, 35_000, 60_000, 120_000, 250_000],
  closeRatePct: [5, 10, 15, 20, 25, 35, 50],
  salesCycleDays: [14, 30, 45, 60, 90, 120, 180, 270],
  stakeholders: [1, 2, 3, 5, 8],
  founderSalesHours: [2, 5, 10, 15, 20, 30, 45],
  founderClosesAll: [false, true],
  runwayMonths: [3, 6, 9, 12, 18, 24, 36, 120],
  sellingFounders: [0, 1, 2, 3],
  hireRegion: ['us', 'uk', 'eu-west', 'eu-south-east', 'other'],
};

/** The keys that have plausible values (every answer but the company name). */
export function plausibleKeys(values: PlausibleValues = PLAUSIBLE_VALUES): AnswerKey[] {
  return (Object.keys(values) as AnswerKey[]).filter((key) => (values[key]?.length ?? 0) > 0);
}

/** Equality for answer values, arrays compared as sets (lead sources have no order). */
export function sameAnswer(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item) => b.includes(item));
  }
  return a === b;
}

const ARR_BAND_BOUNDS: Record<string, readonly [number, number]> = {
  'pre-revenue': [0, 0],
  'under-1m': [1, 1_000_000],
  '1m-5m': [1_000_000, 5_000_000],
  'over-5m': [5_000_000, Number.POSITIVE_INFINITY],
};

/**
 * The plausible values of one answer *for this company*: a few answers bound others, and an answer
 * that contradicts them is not one the company could give. The revenue band must fit customers ×
 * deal size (within a factor of two either way: deal sizes vary and renewals are not new deals);
 * "almost no leads" does not fit three or more qualified opportunities a month.
 */
export function plausibleFor(
  key: AnswerKey,
  answers: Answers,
  usdPerUnit: number,
  plausible: PlausibleValues = PLAUSIBLE_VALUES,
): readonly unknown[] {
  const values: readonly unknown[] = plausible[key] ?? [];
  if (key === 'arrBand') {
    if (answers.customers === 0) return ['pre-revenue'];
    const arr = answers.customers * answers.acv * usdPerUnit;
    return values.filter((band) => {
      const [low, high] = ARR_BAND_BOUNDS[band as string] ?? [0, 0];
      return band !== 'pre-revenue' && high >= arr / 2 && low <= arr * 2;
    });
  }
  if (key === 'leadTrend' && answers.qualifiedOppsPerMonth >= 3) {
    return values.filter((trend) => trend !== 'none');
  }
  return values;
}
