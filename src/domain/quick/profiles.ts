import {
  regionForCurrency,
  type Answers,
  type ArrBand,
  type Currency,
  type HireRegion,
  type LeadSource,
} from '../index';
import { seededRandom } from '../profiles';

/*
 * Realistic companies for the question-choice analysis: a seeded, deterministic sample (same count
 * and seed, same companies), correlated the way real companies are rather than a uniform grid:
 * stage first (revenue band), then customers and team from the stage, cycle and buying group from
 * deal size, process maturity rising with stage, founders' selling time with the lead flow. A
 * uniform grid would mostly describe companies that do not exist (enterprise deals closed in a
 * week by a pre-revenue team of eight AEs), and the ranking would be about them.
 */

/** Weighted choice: `[value, weight][]`. */
type Weighted<T> = readonly (readonly [T, number])[];

const STAGES: Weighted<ArrBand> = [
  ['pre-revenue', 0.12],
  ['under-1m', 0.48],
  ['1m-5m', 0.3],
  ['over-5m', 0.1],
];

const CUSTOMERS: Record<ArrBand, readonly number[]> = {
  'pre-revenue': [0, 0, 1, 2],
  'under-1m': [3, 6, 10, 15, 25, 40],
  '1m-5m': [20, 35, 60, 100, 180],
  'over-5m': [80, 150, 300, 700],
};

const AES: Record<ArrBand, Weighted<number>> = {
  'pre-revenue': [[0, 1]],
  'under-1m': [
    [0, 0.75],
    [1, 0.2],
    [2, 0.05],
  ],
  '1m-5m': [
    [0, 0.35],
    [1, 0.3],
    [2, 0.25],
    [4, 0.1],
  ],
  'over-5m': [
    [1, 0.2],
    [3, 0.4],
    [6, 0.3],
    [10, 0.1],
  ],
};

const CURRENCY: Weighted<Currency> = [
  ['USD', 0.55],
  ['EUR', 0.3],
  ['GBP', 0.15],
];

const ACV = [3_000, 6_000, 10_000, 15_000, 24_000, 36_000, 50_000, 80_000, 150_000];

/** Mostly the currency's own region; euro companies split west / south-east, a few hire elsewhere. */
function regionOf(currency: Currency, r: number): HireRegion {
  if (r < 0.08) return 'other';
  if (currency === 'EUR') return r < 0.7 ? 'eu-west' : 'eu-south-east';
  return regionForCurrency(currency);
}

/** Maturity 0–1 by stage: how far process, ICP and tooling have come. */
const MATURITY: Record<ArrBand, number> = {
  'pre-revenue': 0.1,
  'under-1m': 0.4,
  '1m-5m': 0.65,
  'over-5m': 0.85,
};

/**
 * `count` realistic company profiles from `seed`. Every profile passes answersSchema (the test
 * checks it), so the analysis never feeds the engine something the wizard would refuse.
 */
export function realisticProfiles(count: number, seed = 14): Answers[] {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const weighted = <T>(options: Weighted<T>): T => {
    const total = options.reduce((sum, [, w]) => sum + w, 0);
    let r = random() * total;
    for (const [value, w] of options) {
      r -= w;
      if (r < 0) return value;
    }
    return options[options.length - 1]?.[0] as T;
  };
  /** An ordered level: higher with maturity, with some spread either way. */
  const level = <T>(levels: readonly T[], maturity: number): T => {
    const x = Math.min(0.999, Math.max(0, maturity + (random() - 0.5) * 0.7));
    return levels[Math.floor(x * levels.length)] as T;
  };

  const profiles: Answers[] = [];
  for (let i = 0; i < count; i++) {
    const arrBand = weighted(STAGES);
    const m = MATURITY[arrBand];
    const currency = weighted(CURRENCY);
    const acvUsdLike = pick(ACV);
    const acv = currency === 'USD' ? acvUsdLike : Math.round(acvUsdLike / 1.15 / 500) * 500;
    const big = acvUsdLike >= 75_000;
    const small = acvUsdLike < 10_000;
    const salesCycleDays = small
      ? pick([14, 21, 30, 45])
      : big
        ? pick([90, 120, 180, 270])
        : pick([30, 45, 60, 90]);
    const stakeholders = small
      ? pick([1, 2, 2, 3])
      : big
        ? pick([4, 5, 6, 8])
        : pick([2, 3, 3, 4, 5]);
    const aes = weighted(AES[arrBand]);
    const sdrs =
      aes === 0
        ? weighted([
            [0, 0.88],
            [1, 0.12],
          ] as const)
        : pick([0, 0, 1, Math.ceil(aes / 2)]);
    const customers = pick(CUSTOMERS[arrBand]);
    const opps =
      arrBand === 'pre-revenue'
        ? pick([0.5, 1, 2, 3])
        : pick(small ? [4, 8, 12, 20, 30, 45] : big ? [1, 2, 3, 5, 8] : [2, 4, 6, 10, 15, 25]);
    const leadTrend =
      arrBand === 'pre-revenue'
        ? pick(['none', 'sporadic', 'sporadic', 'steady'] as const)
        : level(['sporadic', 'steady', 'steady', 'growing'] as const, m);
    const outbound = level(['none', 'ad-hoc', 'systematic'] as const, m - 0.1);
    const sources = new Set<LeadSource>();
    if (random() < 0.7) sources.add('inbound');
    if (random() < 0.6) sources.add('referral');
    if (outbound !== 'none' && random() < 0.7) sources.add('outbound');
    if (random() < 0.15) sources.add('partner');
    if (random() < 0.15) sources.add('events');
    const nonFounderWins = aes === 0 ? pick([0, 0, 0, 0, 1, 2]) : pick([1, 3, 6, 12, 25]);
    const founderSalesHours = aes >= 3 ? pick([0, 2, 5, 8]) : pick([3, 6, 10, 15, 20, 25, 35]);
    // Waiting leads come with a busy founder or a thin team more often than not.
    const busy = founderSalesHours >= 20 || opps >= 15;
    profiles.push({
      companyName: `Profile ${i + 1}`,
      arrBand,
      customers,
      aes,
      sdrs,
      qualifiedOppsPerMonth: opps,
      leadTrend,
      leadSources: [...sources],
      leadsUnworked: random() < (busy ? 0.55 : 0.12),
      outbound,
      icp: level(['none', 'rough', 'documented'] as const, m),
      processDocs: level(['none', 'in-head', 'partial', 'playbook'] as const, m),
      crm: level(['none', 'spreadsheet', 'crm', 'crm-stages'] as const, m + 0.1),
      qualification: level(['none', 'informal', 'framework'] as const, m),
      nonFounderWins,
      currency,
      acv,
      closeRatePct: pick([6, 10, 15, 20, 25, 30, 40]),
      salesCycleDays,
      stakeholders,
      founderSalesHours,
      founderClosesAll: nonFounderWins === 0 ? random() < 0.95 : random() < 0.25,
      sellingFounders:
        aes >= 3
          ? pick([0, 1, 1])
          : weighted([
              [1, 0.55],
              [2, 0.35],
              [3, 0.1],
            ] as const),
      hireRegion: regionOf(currency, random()),
      runwayMonths:
        arrBand === 'over-5m' ? pick([18, 24, 36, 120]) : pick([4, 6, 9, 12, 15, 18, 24, 36, 120]),
    });
  }
  return profiles;
}
