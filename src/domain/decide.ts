import { completeAnswers, type Answers } from './answers/schema';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from './assumptions';
import { decideCore, stripModel, traceOf } from './decide-core';
import { computeScores } from './scores';
import { confidenceTrials } from './trials';
import type { Decision, RuleTrace } from './types';

/**
 * Cheap: the status, kind, gates, confidence and scores, for lists, compare and the quick check.
 * Answers saved before a question existed are completed the way the old app read them.
 */
export function decide(answers: Answers, assumptions: Assumptions = DEFAULT_ASSUMPTIONS): Decision {
  const complete = completeAnswers(answers);
  const core = decideCore(complete, assumptions, false);
  const confidence = confidenceTrials(complete, assumptions, core).confidence;
  const decision = {
    status: core.status,
    kind: core.kind,
    aeProfile: core.aeProfile,
    nextHire: core.nextHire,
    followUp: core.followUp,
    gates: core.gates,
    alongside: core.alongside,
    confidence,
    scores: computeScores(complete, core, assumptions),
    model: stripModel(core.model),
  } as Decision;
  // The trace is words for the "why" view; lists and compare never read it, so it is worked out
  // on first read (an enumerable property: JSON and spreads see it like any other).
  let trace: RuleTrace[] | undefined;
  Object.defineProperty(decision, 'trace', {
    enumerable: true,
    get: () => (trace ??= traceOf(core, assumptions)),
  });
  return decision;
}

