import {
  ARR_BANDS,
  CRM_LEVELS,
  ICP_LEVELS,
  LEAD_SOURCES,
  LEAD_TRENDS,
  OUTBOUND_LEVELS,
  PROCESS_DOCS_LEVELS,
  QUALIFICATION_LEVELS,
  type Answers,
} from './answers/schema';

/*
 * Deterministic, varied, valid company profiles for the benchmark (`npm run bench` times `evaluate`
 * over them) and for tests. A small seeded generator instead of Math.random keeps the domain pure:
 * the same (n, seed) always gives the same profiles, so timings compare across runs.
 */

/** mulberry32: a tiny, well-mixed 32-bit PRNG. Returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` valid, varied answer sets built from `seed`: mostly realistic companies (log-spread deal
 * sizes, cycles and lead flow) with about one in ten carrying an edge value (0, a minimum or a
 * maximum) so the timing covers the engine's corner cases too.
 */
export function sampleProfiles(n: number, seed = 1): Answers[] {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const chance = (p: number): boolean => random() < p;
  const between = (min: number, max: number): number => min + random() * (max - min);
  const logBetween = (min: number, max: number): number =>
    Math.exp(between(Math.log(min), Math.log(max)));
  const int = (min: number, max: number): number => Math.floor(between(min, max + 1));

  const profiles: Answers[] = [];
  for (let i = 0; i < n; i++) {
    const arrBand = pick(ARR_BANDS);
    const aes = chance(0.5) ? 0 : chance(0.7) ? int(1, 3) : int(4, 20);
    const answers: Answers = {
      companyName: `Company ${i + 1}`,
      arrBand,
      customers: arrBand === 'pre-revenue' && chance(0.7) ? 0 : Math.round(logBetween(1, 2000)),
      aes,
      sdrs: chance(0.6) ? 0 : int(1, aes + 2),
      qualifiedOppsPerMonth: chance(0.1) ? 0 : Math.round(logBetween(0.5, 200) * 2) / 2,
      leadTrend: pick(LEAD_TRENDS),
      leadSources: LEAD_SOURCES.filter(() => chance(0.4)),
      leadsUnworked: chance(0.4),
      outbound: pick(OUTBOUND_LEVELS),
      icp: pick(ICP_LEVELS),
      processDocs: pick(PROCESS_DOCS_LEVELS),
      crm: pick(CRM_LEVELS),
      qualification: pick(QUALIFICATION_LEVELS),
      nonFounderWins: chance(0.5) ? 0 : int(1, 50),
      currency: chance(0.6) ? 'USD' : chance(0.6) ? 'EUR' : 'GBP',
      acv: Math.max(100, Math.round(logBetween(500, 500_000) / 100) * 100),
      closeRatePct: int(0, 60),
      salesCycleDays: Math.round(logBetween(7, 365)),
      stakeholders: int(1, 10),
      founderSalesHours: int(0, 60),
      founderClosesAll: chance(0.5),
      runwayMonths: chance(0.1) ? 120 : int(0, 36),
    };
    if (chance(0.1)) {
      const edges: Partial<Answers>[] = [
        { customers: 0 },
        { qualifiedOppsPerMonth: 10_000 },
        { acv: 1 },
        { acv: 100_000_000 },
        { closeRatePct: 0 },
        { closeRatePct: 100 },
        { salesCycleDays: 1 },
        { salesCycleDays: 730 },
        { stakeholders: 20 },
        { founderSalesHours: 80 },
        { runwayMonths: 0 },
        { aes: 1_000, sdrs: 1_000 },
      ];
      Object.assign(answers, pick(edges));
    }
    profiles.push(answers);
  }
  return profiles;
}
