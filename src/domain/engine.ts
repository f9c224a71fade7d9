import type { Answers } from './answers';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from './assumptions';
import type { Assessment } from './assessment';

/**
 * Placeholder: the real rules engine replaces this. Returns a valid, neutral Assessment so the UI can
 * be built against the type.
 */
export function evaluate(answers: Answers, assumptions: Assumptions = DEFAULT_ASSUMPTIONS): Assessment {
  void assumptions;
  return {
    recommendation: {
      kind: 'not-yet',
      confidence: 'low',
      headline: 'Not yet',
      summary: `Placeholder result for ${answers.companyName || 'your company'}. The engine is on its way.`,
    },
    scores: { leadFlow: 0, process: 0, economics: 0, capacity: 0, budget: 0, overall: 0 },
    reasons: [],
    blockers: [],
    nextSteps: [],
    metrics: {
      acvUsd: answers.acv,
      aeQuotaUsd: 0,
      oppsNeededPerAe: null,
      oppsPerMonth: answers.qualifiedOppsPerMonth,
      closingCapacityPerMonth: 0,
      surplusOppsPerMonth: 0,
      pipelineCoverage: null,
      aeLoadedCostUsd: 0,
      sdrLoadedCostUsd: 0,
      aePaybackMonths: null,
      sdrOppsPerMonth: 0,
      sdrPaybackMonths: null,
      founderSalesSharePct: 0,
      runwayNeededMonths: null,
    },
    whatWouldChange: [],
    trace: [],
    assumptionsUsed: [],
  };
}
