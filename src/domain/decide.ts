import { completeAnswers, type Answers, type CompleteAnswers } from './answers/schema';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from './assumptions';
import { decideCore, stripModel, traceOf, type CoreDecision } from './decide-core';
import { computeScores } from './scores';
import { confidenceTrials } from './trials';
import type { Confidence, Decision, RuleTrace } from './types';

/*
 * Confidence re-runs the decision with each key number moved (up to 24 trials) and the trace is
 * words for the "why" view. Lists and compare read only the status, kind and profile, so both are
 * worked out on first read, by getters on the class (an object literal with getter closures per
 * call cost more than the decision itself). `toJSON` writes them out like the other fields.
 */
class LazyDecision {
  status: Decision['status'];
  kind: Decision['kind'];
  aeProfile: Decision['aeProfile'];
  nextHire: Decision['nextHire'];
  followUp: Decision['followUp'];
  gates: Decision['gates'];
  alongside: Decision['alongside'];
  scores: Decision['scores'];
  model: Decision['model'];
  #answers: CompleteAnswers;
  #assumptions: Assumptions;
  #core: CoreDecision;
  #confidence: Confidence | undefined = undefined;
  #trace: RuleTrace[] | undefined = undefined;

  constructor(answers: CompleteAnswers, assumptions: Assumptions, core: CoreDecision) {
    this.status = core.status;
    this.kind = core.kind;
    this.aeProfile = core.aeProfile;
    this.nextHire = core.nextHire;
    this.followUp = core.followUp;
    this.gates = core.gates;
    this.alongside = core.alongside;
    this.scores = computeScores(answers, core, assumptions);
    this.model = stripModel(core.model);
    this.#answers = answers;
    this.#assumptions = assumptions;
    this.#core = core;
  }

  get confidence(): Confidence {
    return (this.#confidence ??= confidenceTrials(this.#answers, this.#assumptions, this.#core)
      .confidence);
  }

  get trace(): RuleTrace[] {
    return (this.#trace ??= traceOf(this.#core, this.#assumptions));
  }

  toJSON(): Decision {
    return { ...this, confidence: this.confidence, trace: this.trace };
  }
}

/**
 * Cheap: the status, kind, gates and scores, for lists, compare and the quick check; confidence
 * and the trace are worked out when first read. Answers saved before a question existed are
 * completed the way the old app read them.
 */
export function decide(answers: Answers, assumptions: Assumptions = DEFAULT_ASSUMPTIONS): Decision {
  const complete = completeAnswers(answers);
  return new LazyDecision(complete, assumptions, decideCore(complete, assumptions, false));
}
