import { assumedAnswerKeys, completeAnswers, type Answers } from './answers/schema';
import { DEFAULT_ASSUMPTIONS, type AssumptionKey, type Assumptions } from './assumptions';
import { decideCore, stripModel, traceOf } from './decide-core';
import { buildReasons } from './explain/reasons';
import { buildRecommendation } from './explain/recommendation';
import { buildBlockers, buildNextSteps } from './explain/steps';
import { buildLevers, buildMargins } from './levers';
import { computeScores, readinessOf } from './scores';
import { confidenceTrials } from './trials';
import type { Assessment } from './types';

/*
 * The full assessment: the decision, then its explanation, levers and margins. Computed only where
 * shown (the results page, the report); lists and compare use `decide`.
 */

const ALWAYS_USED: AssumptionKey[] = [
  'closerHoursPerWeek',
  'founderWeekHours',
  'founderSalesSharePct',
  'capacityBandPct',
  'minPipelineCoverage',
  'closeRateFloorPct',
  'minFounderLedCustomers',
  'midMarketAcvUsd',
  'enterpriseAcvBoundaryUsd',
  'shortCycleDays',
  'enterpriseCycleDays',
  'midMarketStakeholders',
  'enterpriseStakeholders',
  'profileBandPct',
  'sdrsPerAe',
  'transactionalAcvUsd',
  // Closing capacity: quota × attainment, at the multiple today's closers are counted at.
  'attainmentPct',
  'minNonFounderWins',
];

/** Decide, explain, and find the levers and margins, for answers that passed answersSchema. */
export function evaluate(
  answers: Answers,
  assumptions: Assumptions = DEFAULT_ASSUMPTIONS,
): Assessment {
  const complete = completeAnswers(answers);
  const core = decideCore(complete, assumptions, false);
  const { confidence, flip } = confidenceTrials(complete, assumptions, core);
  const scores = computeScores(complete, core, assumptions);
  const blockers = buildBlockers(core, complete, assumptions);
  const levers = buildLevers(complete, assumptions, core);
  const model = stripModel(core.model);
  return {
    recommendation: buildRecommendation(core, complete, assumptions, confidence, flip),
    scores,
    readiness: readinessOf(scores, core, complete),
    reasons: buildReasons(core, complete, assumptions),
    blockers,
    nextSteps: buildNextSteps(core, complete, blockers),
    levers,
    margins: buildMargins(complete, assumptions, core),
    model,
    trace: traceOf(core, assumptions),
    assumptionsUsed: [
      ...new Set([
        ...ALWAYS_USED,
        complete.aes > 0 && complete.nonFounderWins >= assumptions.minNonFounderWins
          ? ('quotaMultiple' as const)
          : ('quotaMultipleFirstHire' as const),
        ...model.economics.ae.assumptionKeys,
        ...model.economics.sdr.assumptionKeys,
      ]),
    ],
    assumedAnswers: assumedAnswerKeys(answers),
    whatWouldChange: levers,
  };
}
