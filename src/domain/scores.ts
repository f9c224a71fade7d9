import {
  ICP_LEVELS,
  LEAD_TRENDS,
  OUTBOUND_LEVELS,
  PROCESS_DOCS_LEVELS,
  CRM_LEVELS,
  QUALIFICATION_LEVELS,
  type CompleteAnswers,
} from './answers/schema';
import { usdPer, type Assumptions } from './assumptions';
import type { CoreDecision } from './decide-core';
import { runwayShortfall } from './explain/reasons';
import type { Readiness, Scores } from './types';

/*
 * Scores, 0–100, higher = more ready for a sales hire on that dimension. Each reads only its own
 * answers, through formulas that never go down when an answer improves (more runway never lowers
 * budget; more opportunities never lower lead flow), so two companies can be compared. They
 * describe; they do not decide: the status comes from the gates and signals.
 *
 * Overall readiness: the weighted mean of the five, then held inside the band of the status, so
 * the number never argues with the verdict (a company held back by a gate is "not ready", below 50).
 */

const clamp = (x: number) => Math.max(0, Math.min(100, Math.round(x)));
const share = <T extends string>(list: readonly T[], value: T) =>
  list.indexOf(value) / (list.length - 1);

/** Months of runway that score full marks on budget: two years. */
const FULL_RUNWAY_MONTHS = 24;

export function computeScores(
  answers: CompleteAnswers,
  core: CoreDecision,
  a: Assumptions,
): Scores {
  // Lead flow: opportunities against a fixed yardstick of 10 a month (what one closer typically
  // works), so the score does not move with deal size.
  const leadFlow = clamp(
    45 * Math.min(1, answers.qualifiedOppsPerMonth / 10) +
      25 * share(LEAD_TRENDS, answers.leadTrend) +
      20 * share(OUTBOUND_LEVELS, answers.outbound) +
      10 * Math.min(1, answers.leadSources.length / 3),
  );
  const process = clamp(
    25 * share(PROCESS_DOCS_LEVELS, answers.processDocs) +
      20 * share(ICP_LEVELS, answers.icp) +
      20 * share(CRM_LEVELS, answers.crm) +
      15 * share(QUALIFICATION_LEVELS, answers.qualification) +
      20 * Math.min(1, answers.nonFounderWins / 3),
  );
  // Economics: gross profit a qualified opportunity is worth against what a month of a US
  // mid-market closer costs ÷ 10 opportunities. 1× scores 50; each doubling adds 25.
  const valuePerOpp =
    answers.acv *
    usdPer(answers.currency, a) *
    (answers.closeRatePct / 100) *
    (a.grossMarginPct / 100);
  const closerMonth = (a.aeOteUsd * (1 + a.onCostPctUs / 100)) / 12;
  const ratio = (valuePerOpp * 10) / closerMonth;
  const economics = ratio <= 0 ? 0 : clamp(50 + 25 * Math.log2(ratio));
  // Capacity: how stretched the closers are (more stretched = readier for a hire). Founders count
  // at their sustainable hours whatever they work, so more founder hours only ever add strain.
  const perCloser = core.model.capacity.oppsPerCloser;
  const sustainable = (a.founderSalesSharePct / 100) * a.founderWeekHours;
  const closers = answers.aes + (answers.sellingFounders * sustainable) / a.closerHoursPerWeek;
  // A 0% close rate leaves a closer's capacity undefined (no deal ever needs working to quota):
  // read that as full load when opportunities arrive, never as NaN.
  const workable = closers * perCloser;
  const load =
    workable > 0 && Number.isFinite(workable)
      ? answers.qualifiedOppsPerMonth / workable
      : answers.qualifiedOppsPerMonth > 0
        ? 2
        : 0;
  const founderLoad = Math.min(1, answers.founderSalesHours / (2 * sustainable));
  const capacity = clamp(
    55 * Math.min(1, load / 1.2) + 25 * founderLoad + (answers.leadsUnworked ? 20 : 0),
  );
  // A runway the page calls too short for the hire (a gate, or the next hire's shortfall) is never
  // scored as a strength beside that blocker.
  const runwayShort = core.gates.includes('runway') || runwayShortfall(core, answers) !== undefined;
  const budget = clamp(
    runwayShort
      ? Math.min(49, (100 * answers.runwayMonths) / FULL_RUNWAY_MONTHS)
      : (100 * answers.runwayMonths) / FULL_RUNWAY_MONTHS,
  );

  const mean = 0.25 * leadFlow + 0.25 * process + 0.2 * economics + 0.1 * capacity + 0.2 * budget;
  const overall = clamp(
    mustFixFirst(core, answers)
      ? Math.min(mean, 49)
      : core.status === 'hire-after'
        ? Math.min(74, Math.max(50, mean))
        : core.status === 'hire-now'
          ? Math.max(75, mean)
          : mean,
  );
  return { leadFlow, process, economics, capacity, budget, overall };
}

/** Not yet only because the current closers still have room: ready, just no need. */
export function isNoNeed(core: CoreDecision): boolean {
  return core.status === 'not-yet' && core.gates.every((g) => g === 'no-need');
}

/**
 * Not yet, and something must be fixed before any hire: a gate, or (with no need today) a runway
 * too short for the hire that would come next, which the page lists as a blocker.
 */
function mustFixFirst(core: CoreDecision, answers: CompleteAnswers): boolean {
  return (
    core.status === 'not-yet' && (!isNoNeed(core) || runwayShortfall(core, answers) !== undefined)
  );
}

export function readinessOf(
  scores: Scores,
  core: CoreDecision,
  answers: CompleteAnswers,
): Readiness {
  const score = scores.overall;
  if (isNoNeed(core) && !mustFixFirst(core, answers))
    return {
      score,
      band: score >= 75 ? 'ready' : score >= 50 ? 'nearly' : 'not-ready',
      meaning: `${score}/100 is how ready the basics are (lead flow, process, deal economics, capacity and runway); no hire is needed yet because your closers still have room.`,
    };
  if (core.status === 'not-yet')
    return {
      score,
      band: 'not-ready',
      meaning: `${score}/100: not ready. Readiness is the weighted average of the five scores, held below 50 while something must be fixed before any hire.`,
    };
  if (core.status === 'hire-after')
    return {
      score,
      band: 'nearly',
      meaning: `${score}/100: nearly ready. You can start the search now and fix the remaining gaps while it runs.`,
    };
  return {
    score,
    band: 'ready',
    meaning: `${score}/100: ready. Readiness is the weighted average of the five scores; nothing needs fixing before you hire.`,
  };
}
