import type { Answers } from './answers';
import type { Assumptions } from './assumptions';
import { DIMENSIONS, type Dimension, type Scores } from './assessment';
import type { Facts } from './facts';

/*
 * Dimension scores, 0–100, higher = more ready for a sales hire on that dimension. Each is a simple
 * formula over the facts plus the score effects of the rules that fired, rounded and clamped.
 * Point tables are the engine's own weighting (documented in docs/decisions/002), not benchmark
 * figures; every threshold they compare against is an assumption.
 *
 * The formulas are built to be monotone where the property tests demand it: more opportunities
 * never lower leadFlow, a larger deal never lowers economics, more runway never lowers budget, and
 * a better-written process never lowers process. Any rule with a score effect must keep that true.
 */

// Lead flow: how well opportunities would feed a closer (max 45 + 30 + 15 + 10 = 100).
const FEED_POINTS = 45;
const TREND_POINTS: Record<Answers['leadTrend'], number> = {
  none: 0,
  sporadic: 10,
  steady: 25,
  growing: 30,
};
const POINTS_PER_SOURCE = 5;
const SOURCES_COUNTED = 3;
const OUTBOUND_POINTS: Record<Answers['outbound'], number> = {
  none: 0,
  'ad-hoc': 5,
  systematic: 10,
};

// Process: how much a new hire could follow (max 35 + 15 + 15 + 15 + 20 = 100).
const DOCS_POINTS: Record<Answers['processDocs'], number> = {
  none: 0,
  'in-head': 10,
  partial: 25,
  playbook: 35,
};
const CRM_POINTS: Record<Answers['crm'], number> = {
  none: 0,
  spreadsheet: 5,
  crm: 10,
  'crm-stages': 15,
};
const QUALIFICATION_POINTS: Record<Answers['qualification'], number> = {
  none: 0,
  informal: 5,
  framework: 15,
};
const ICP_POINTS: Record<Answers['icp'], number> = { none: 0, rough: 5, documented: 15 };
const NON_FOUNDER_WIN_POINTS = 20;

// Economics: whether a hire pays (max 30 + 40 + 20 + 10 = 100).
const POINTS_PER_DEAL_TIER = 10;
const AE_PAYBACK_POINTS = 40;
const SDR_PAYBACK_POINTS = 20;
const CLOSE_RATE_POINTS = 10;

// Capacity: how stretched today's sellers are (max 70 + 15 + 15 = 100).
const UTILISATION_POINTS = 70;
const FOUNDER_SATURATED_POINTS = 15;
const LEADS_WAIT_POINTS = 15;

/** Weights of the overall score; they sum to 1. Lead flow weighs most: without it no hire pays. */
const OVERALL_WEIGHTS: Record<Dimension, number> = {
  leadFlow: 0.25,
  process: 0.2,
  economics: 0.2,
  capacity: 0.15,
  budget: 0.2,
};

const clampScore = (x: number): number => Math.min(100, Math.max(0, Math.round(x)));

/** 1 when a payback is within the target, falling linearly to 0 at the horizon; 0 when it never pays back. */
function paybackCredit(months: number | null, a: Assumptions): number {
  if (months === null) return 0;
  if (months <= a.targetPaybackMonths) return 1;
  const span = a.paybackHorizonMonths - a.targetPaybackMonths;
  return span > 0 ? Math.max(0, (a.paybackHorizonMonths - months) / span) : 0;
}

/** The formula part of each dimension, before rule adjustments. */
export function baseScores(f: Facts, a: Assumptions): Record<Dimension, number> {
  const feed = f.oppsNeededPerAe === null ? 0 : Math.min(1, f.oppsPerMonth / f.oppsNeededPerAe);
  const leadFlow =
    FEED_POINTS * feed +
    TREND_POINTS[f.leadTrend] +
    POINTS_PER_SOURCE * Math.min(SOURCES_COUNTED, f.leadSourceCount) +
    OUTBOUND_POINTS[f.outbound];

  const process =
    DOCS_POINTS[f.processDocs] +
    CRM_POINTS[f.crm] +
    QUALIFICATION_POINTS[f.qualification] +
    ICP_POINTS[f.icp] +
    (f.nonFounderWins >= a.minNonFounderWins ? NON_FOUNDER_WIN_POINTS : 0);

  const dealTiers =
    (f.acvUsd >= a.transactionalAcvUsd ? 1 : 0) +
    (f.acvUsd >= a.outboundPaysAcvUsd ? 1 : 0) +
    (f.acvUsd >= a.enterpriseAcvUsd ? 1 : 0);
  const economics =
    POINTS_PER_DEAL_TIER * dealTiers +
    AE_PAYBACK_POINTS * paybackCredit(f.aePaybackMonths, a) +
    SDR_PAYBACK_POINTS * paybackCredit(f.sdrPaybackMonths, a) +
    (f.closeRatePct >= a.lowCloseRatePct && f.closeRatePct > 0 ? CLOSE_RATE_POINTS : 0);

  const utilisation =
    f.closingCapacityPerMonth > 0
      ? Math.min(1, f.oppsPerMonth / f.closingCapacityPerMonth)
      : f.oppsPerMonth > 0
        ? 1
        : 0;
  const capacity =
    UTILISATION_POINTS * utilisation +
    (f.founderSaturated ? FOUNDER_SATURATED_POINTS : 0) +
    (f.leadsUnworked ? LEADS_WAIT_POINTS : 0);

  // Budget asks whether the runway carries an account executive (the larger hire) through ramp and
  // payback; one that never pays back is measured against ramp plus the whole horizon.
  const needed = f.runwayNeededMonths ?? f.aeEffectiveRampMonths + a.paybackHorizonMonths;
  const budget = 100 * Math.min(1, needed > 0 ? f.runwayMonths / needed : 1);

  return { leadFlow, process, economics, capacity, budget };
}

/** Scores from the formulas plus the rule adjustments, as integers 0–100, with the weighted overall. */
export function computeScores(
  f: Facts,
  a: Assumptions,
  adjustments: Record<Dimension, number>,
): Scores {
  const base = baseScores(f, a);
  const out = { overall: 0 } as Scores;
  let overall = 0;
  for (const d of DIMENSIONS) {
    out[d] = clampScore(base[d] + adjustments[d]);
    overall += OVERALL_WEIGHTS[d] * out[d];
  }
  out.overall = clampScore(overall);
  return out;
}
