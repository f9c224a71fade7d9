import type { Assumptions } from './assumptions';
import { RECOMMENDATION_KINDS, type AeProfile, type RecommendationKind } from './assessment';
import { ProgramBuilder, factsOf, runProgram, type Program } from './conditions';
import {
  ARR_BANDS,
  CRM_LEVELS,
  CURRENCIES,
  ICP_LEVELS,
  LEAD_TRENDS,
  OUTBOUND_LEVELS,
  PROCESS_DOCS_LEVELS,
  QUALIFICATION_LEVELS,
  type Answers,
} from './answers';
import {
  BASE_FACT_INDEX,
  BASE_FACT_SPECS,
  DERIVED_FACT_KEYS,
  FACT_COUNT,
  FACT_INDEX,
  enumOrdinal,
  toSlot,
  type BaseFacts,
  type FactKey,
  type FactSpec,
  type FullMetrics,
} from './facts';
import { computeMetrics } from './metrics';
import { DERIVED_FACTS, RULES, type Rule } from './rules';

/*
 * The hot path: answers → fact vector → rules → kind. `evaluate` runs it once for the full result
 * and the counterfactual search runs it again for every candidate change, so it allocates little
 * and reads facts by index (see facts.ts).
 */

/** When nothing makes a case for a hire, waiting wins: `not-yet` starts one vote ahead. */
export const WAIT_HEAD_START = 1;

/** Tie-break order: the smaller step first. */
const PREFERENCE: readonly RecommendationKind[] = ['not-yet', 'ae', 'sdr', 'both'];

/** Position of each kind in vote tallies (RECOMMENDATION_KINDS order). */
export const KIND_INDEX: Record<RecommendationKind, number> = {
  ae: 0,
  sdr: 1,
  both: 2,
  'not-yet': 3,
};

const PROFILE_RANK: Record<AeProfile, number> = {
  'mid-market': 0,
  enterprise: 1,
  transactional: 2,
};
const PROFILE_BY_RANK: readonly AeProfile[] = ['mid-market', 'enterprise', 'transactional'];

const ALL_RULES = RULES as readonly Rule[];

/** Number of rules, the length of a `fired` array. */
export const RULE_COUNT = ALL_RULES.length;

// Rule effects on the decision, flattened into typed arrays for the hot loop in `decide`.
/** Votes of rule r for kind k at r * 4 + KIND_INDEX[k]. */
const VOTES = new Int32Array(RULE_COUNT * 4);
/** Bit KIND_INDEX[k] set for each kind rule r vetoes. */
const VETOES = new Int32Array(RULE_COUNT);
/** PROFILE_RANK of the profile rule r calls for, or -1. */
const PROFILES = new Int32Array(RULE_COUNT).fill(-1);
ALL_RULES.forEach(({ effects: { votes, veto, aeProfile } }, r) => {
  for (const k of RECOMMENDATION_KINDS) VOTES[r * 4 + KIND_INDEX[k]] = votes?.[k] ?? 0;
  for (const k of veto ?? []) VETOES[r] = (VETOES[r] as number) | (1 << KIND_INDEX[k]);
  if (aeProfile) PROFILES[r] = PROFILE_RANK[aeProfile];
});

/** KIND_INDEX of each kind in tie-break order (the smaller step first), and the kinds by index. */
const PREFERENCE_INDEX = new Int32Array(PREFERENCE.map((k) => KIND_INDEX[k]));
const KIND_BY_INDEX: readonly RecommendationKind[] = ['ae', 'sdr', 'both', 'not-yet'];
const NOT_YET = KIND_INDEX['not-yet'];

/**
 * One program for everything: the derived facts in order (each stored into the fact vector for the
 * ones after it), then every rule. Loading fails loudly if a derived fact reads one defined later.
 */
const PROGRAM: Program = (() => {
  const builder = new ProgramBuilder();
  DERIVED_FACT_KEYS.forEach((key, i) => {
    const later = new Set<FactKey>(DERIVED_FACT_KEYS.slice(i));
    const bad = factsOf(DERIVED_FACTS[key].when).filter((k) => later.has(k));
    if (bad.length > 0)
      throw new Error(`Derived fact “${key}” reads ${bad.join(', ')}, defined at or after it`);
    builder.store(DERIVED_FACTS[key].when, FACT_INDEX[key]);
  });
  ALL_RULES.forEach((rule, r) => builder.fire(rule.when, r));
  return builder.build();
})();

/**
 * The same without the rules that cannot change the kind or the profile (score-only and
 * blocker-only rules): what the counterfactual search runs. Their `fired` slots stay 0.
 */
const DECISION_PROGRAM: Program = (() => {
  const builder = new ProgramBuilder();
  for (const key of DERIVED_FACT_KEYS) builder.store(DERIVED_FACTS[key].when, FACT_INDEX[key]);
  ALL_RULES.forEach((rule, r) => {
    const { votes, veto, aeProfile } = rule.effects;
    if (votes || veto || aeProfile) builder.fire(rule.when, r);
  });
  return builder.build();
})();

/** The base facts as an object (typed, so a missing fact fails to compile). */
export function baseFacts(answers: Answers, a: Assumptions, metrics: FullMetrics): BaseFacts {
  const { companyName: _name, leadSources, ...rest } = answers;
  return {
    ...rest,
    ...metrics,
    leadSourceCount: leadSources.length,
    inboundSource: leadSources.includes('inbound'),
    sdrSeatsOpen: answers.aes * a.sdrsPerAe - answers.sdrs,
  };
}

/**
 * The slow, generic encoding of base facts into a vector: one keyed read per fact. `fillFacts`
 * below does the same with one plain statement per fact; a test checks the two always agree.
 */
export function encodeBaseFacts(base: BaseFacts, out: Float64Array): void {
  const values = base as unknown as Record<string, number | string | boolean | null>;
  for (const key of Object.keys(BASE_FACT_INDEX) as (keyof BaseFacts)[]) {
    const spec: FactSpec = BASE_FACT_SPECS[key];
    const value = values[key];
    const i = BASE_FACT_INDEX[key];
    if (spec.format === 'boolean') out[i] = value ? 1 : 0;
    else if (spec.format === 'enum') out[i] = enumOrdinal(key, value as string);
    else out[i] = toSlot(value as number | null);
  }
}

const B = BASE_FACT_INDEX;

/**
 * Fill `out` with the base facts for these answers (`decide` adds the derived ones). Returns the metrics it computed on the way. Expects answers and assumptions in the fixed layout
 * of normalize.ts (it works with any, only slower).
 */
export function fillFacts(x: Answers, a: Assumptions, out: Float64Array): FullMetrics {
  const m = computeMetrics(x, a);
  out[B.arrBand] = ARR_BANDS.indexOf(x.arrBand);
  out[B.customers] = x.customers;
  out[B.aes] = x.aes;
  out[B.sdrs] = x.sdrs;
  out[B.qualifiedOppsPerMonth] = x.qualifiedOppsPerMonth;
  out[B.leadTrend] = LEAD_TRENDS.indexOf(x.leadTrend);
  out[B.leadsUnworked] = x.leadsUnworked ? 1 : 0;
  out[B.outbound] = OUTBOUND_LEVELS.indexOf(x.outbound);
  out[B.icp] = ICP_LEVELS.indexOf(x.icp);
  out[B.processDocs] = PROCESS_DOCS_LEVELS.indexOf(x.processDocs);
  out[B.crm] = CRM_LEVELS.indexOf(x.crm);
  out[B.qualification] = QUALIFICATION_LEVELS.indexOf(x.qualification);
  out[B.nonFounderWins] = x.nonFounderWins;
  out[B.currency] = CURRENCIES.indexOf(x.currency);
  out[B.acv] = x.acv;
  out[B.closeRatePct] = x.closeRatePct;
  out[B.salesCycleDays] = x.salesCycleDays;
  out[B.stakeholders] = x.stakeholders;
  out[B.founderSalesHours] = x.founderSalesHours;
  out[B.founderClosesAll] = x.founderClosesAll ? 1 : 0;
  out[B.runwayMonths] = x.runwayMonths;
  out[B.acvUsd] = m.acvUsd;
  out[B.aeQuotaUsd] = m.aeQuotaUsd;
  out[B.oppsNeededPerAe] = toSlot(m.oppsNeededPerAe);
  out[B.oppsPerMonth] = m.oppsPerMonth;
  out[B.closingCapacityPerMonth] = m.closingCapacityPerMonth;
  out[B.surplusOppsPerMonth] = m.surplusOppsPerMonth;
  out[B.pipelineCoverage] = toSlot(m.pipelineCoverage);
  out[B.aeLoadedCostUsd] = m.aeLoadedCostUsd;
  out[B.sdrLoadedCostUsd] = m.sdrLoadedCostUsd;
  out[B.aePaybackMonths] = toSlot(m.aePaybackMonths);
  out[B.sdrOppsPerMonth] = m.sdrOppsPerMonth;
  out[B.sdrPaybackMonths] = toSlot(m.sdrPaybackMonths);
  out[B.founderSalesSharePct] = m.founderSalesSharePct;
  out[B.runwayNeededMonths] = toSlot(m.runwayNeededMonths);
  out[B.oppsPerCloserPerMonth] = m.oppsPerCloserPerMonth;
  out[B.founderCapacityHours] = m.founderCapacityHours;
  out[B.spareCapacityPerMonth] = m.spareCapacityPerMonth;
  out[B.aeEffectiveRampMonths] = m.aeEffectiveRampMonths;
  out[B.sdrRunwayNeededMonths] = toSlot(m.sdrRunwayNeededMonths);
  out[B.bothPaybackMonths] = toSlot(m.bothPaybackMonths);
  out[B.bothRunwayNeededMonths] = toSlot(m.bothRunwayNeededMonths);
  out[B.leadSourceCount] = x.leadSources.length;
  out[B.inboundSource] = x.leadSources.includes('inbound') ? 1 : 0;
  out[B.sdrSeatsOpen] = x.aes * a.sdrsPerAe - x.sdrs;
  return m;
}

export interface Decision {
  kind: RecommendationKind;
  /** The profile the fired rules call for (meaningful when the kind includes an AE). */
  aeProfile: AeProfile;
  /** Votes per kind, indexed by KIND_INDEX. */
  tally: number[];
  /** Bit KIND_INDEX[k] set for each vetoed kind. */
  vetoMask: number;
}

/**
 * Work out the derived facts and run every rule over a fact vector filled by `fillFacts`; marks
 * each rule fired (1) or not (0) in `fired`.
 */
export function decide(
  facts: Float64Array,
  av: Float64Array,
  fired: Uint8Array,
  out: Decision = { kind: 'not-yet', aeProfile: 'mid-market', tally: [0, 0, 0, 0], vetoMask: 0 },
  program: Program = PROGRAM,
): Decision {
  runProgram(program, facts, av, fired);
  const tally = out.tally;
  let ae = 0;
  let sdr = 0;
  let both = 0;
  let wait = WAIT_HEAD_START;
  let vetoMask = 0;
  let profileRank = 0;
  for (let r = 0; r < RULE_COUNT; r++) {
    if (fired[r] === 0) continue;
    const at = r * 4;
    ae += VOTES[at] as number;
    sdr += VOTES[at + 1] as number;
    both += VOTES[at + 2] as number;
    wait += VOTES[at + 3] as number;
    vetoMask |= VETOES[r] as number;
    const rank = PROFILES[r] as number;
    if (rank > profileRank) profileRank = rank;
  }
  tally[0] = ae;
  tally[1] = sdr;
  tally[2] = both;
  tally[3] = wait;
  let kind = NOT_YET;
  let best = Number.NEGATIVE_INFINITY;
  for (let p = 0; p < 4; p++) {
    const i = PREFERENCE_INDEX[p] as number;
    if (i !== NOT_YET && (vetoMask >> i) & 1) continue;
    const score = tally[i] as number;
    if (score > best) {
      best = score;
      kind = i;
    }
  }
  out.kind = KIND_BY_INDEX[kind] ?? 'not-yet';
  out.aeProfile = PROFILE_BY_RANK[profileRank] ?? 'mid-market';
  out.vetoMask = vetoMask;
  return out;
}

/** Whether a kind survived the vetoes. */
export function allowed(decision: Decision, kind: RecommendationKind): boolean {
  return kind === 'not-yet' || ((decision.vetoMask >> KIND_INDEX[kind]) & 1) === 0;
}

/** Scratch space for the counterfactual search (evaluation is synchronous, so one set is enough). */
const scratchFacts = new Float64Array(FACT_COUNT);
const scratchFired = new Uint8Array(RULE_COUNT);
const scratchDecision: Decision = {
  kind: 'not-yet',
  aeProfile: 'mid-market',
  tally: [0, 0, 0, 0],
  vetoMask: 0,
};

/**
 * Just the decision for a set of answers: the counterfactual search's inner call. The result is
 * shared scratch, overwritten by the next call: read it, do not keep it.
 */
export function quickDecision(
  answers: Answers,
  a: Assumptions,
  av: Float64Array,
): Readonly<Decision> {
  fillFacts(answers, a, scratchFacts);
  return decide(scratchFacts, av, scratchFired, scratchDecision, DECISION_PROGRAM);
}
