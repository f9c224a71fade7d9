import type { Answers } from './answers';
import {
  ASSUMPTION_KEYS,
  DEFAULT_ASSUMPTIONS,
  type AssumptionKey,
  type Assumptions,
} from './assumptions';
import {
  DIMENSIONS,
  type Assessment,
  type Blocker,
  type Confidence,
  type Dimension,
  type Reason,
  type RecommendationKind,
  type RuleTrace,
} from './assessment';
import {
  assumptionsOf,
  assumptionVector,
  factsOf,
  planTrace,
  runTrace,
  type Condition,
  type TraceFormat,
} from './conditions';
import { KIND_INDEX, allowed, decide, fillFacts, type Decision } from './core';
import { findCounterfactuals } from './counterfactuals';
import {
  DERIVED_FACT_KEYS,
  FACT_COUNT,
  baseFactSpec,
  decodeFacts,
  type DerivedFactKey,
  type FactKey,
} from './facts';
import { headline, nextSteps, summary } from './narrative';
import { copyAnswers, copyAssumptions } from './normalize';
import { DERIVED_FACTS, RULES, type ExplainContext, type Rule } from './rules';
import { computeScores } from './scores';
import { formatMoney } from './text';

/*
 * evaluate(): answers + assumptions → Assessment. Pure and synchronous: no clock, no randomness,
 * no I/O, so the same inputs always give the same result (the share link relies on it). It trusts
 * its input: callers pass answers that already passed AnswersSchema (the wizard, the share codec and
 * saved drafts all validate on the way in), which keeps zod out of the hot path.
 */

const ALL_RULES = RULES as readonly Rule[];

/** Confidence margins, in votes between the winner and the runner-up (docs/decisions/002). */
const HIGH_MARGIN = 5;
const MEDIUM_MARGIN = 2;

// Assumptions the metrics and score formulas always read (FX only when the answers need it).
const METRIC_ASSUMPTIONS: readonly AssumptionKey[] = [
  'aeOteUsd',
  'sdrOteUsd',
  'loadedCostMultiplier',
  'quotaMultiple',
  'aeRampMonths',
  'sdrRampMonths',
  'sdrMeetingsPerMonth',
  'meetingToOppPct',
  'aeActiveDeals',
  'closerHoursPerWeek',
  'sdrsPerAe',
  'founderWeekHours',
  'founderSalesSharePct',
  'paybackHorizonMonths',
  // scores.ts
  'transactionalAcvUsd',
  'outboundPaysAcvUsd',
  'enterpriseAcvUsd',
  'lowCloseRatePct',
  'minNonFounderWins',
  'targetPaybackMonths',
];

/** Assumptions a condition reads, following derived facts to their definitions. */
function assumptionsDeep(condition: Condition, out: Set<AssumptionKey>, seen: Set<FactKey>): void {
  assumptionsOf(condition, out);
  for (const key of factsOf(condition)) {
    if (seen.has(key) || !(DERIVED_FACT_KEYS as readonly FactKey[]).includes(key)) continue;
    seen.add(key);
    assumptionsDeep(DERIVED_FACTS[key as DerivedFactKey].when, out, seen);
  }
}

/** Per rule, every assumption its condition reads (through derived facts too), worked out once. */
const RULE_ASSUMPTIONS: readonly (readonly AssumptionKey[])[] = ALL_RULES.map((rule) => {
  const out = new Set<AssumptionKey>();
  assumptionsDeep(rule.when, out, new Set());
  return [...out];
});

/** A fact's label for the "why" view: the question's short label, a metric's name, or a derived fact's. */
export function labelOf(key: FactKey): string {
  return baseFactSpec(key)?.label ?? DERIVED_FACTS[key as DerivedFactKey].label;
}

// Trace labels never change, so each condition's leaves are laid out once, at load.
const RULE_PLANS = ALL_RULES.map((rule) => planTrace(rule.when, labelOf));
const DERIVED_PLANS = DERIVED_FACT_KEYS.map((key) => planTrace(DERIVED_FACTS[key].when, labelOf));

function confidenceOf(
  decision: Decision,
  kind: RecommendationKind,
  hireBlockers: number,
): Confidence {
  let runnerUp = Number.NEGATIVE_INFINITY;
  for (const k of ['ae', 'sdr', 'both', 'not-yet'] as const) {
    if (k !== kind && allowed(decision, k))
      runnerUp = Math.max(runnerUp, decision.tally[KIND_INDEX[k]] as number);
  }
  const margin = (decision.tally[KIND_INDEX[kind]] as number) - runnerUp;
  if (margin >= HIGH_MARGIN && hireBlockers === 0) return 'high';
  if (margin >= MEDIUM_MARGIN && hireBlockers <= 1) return 'medium';
  return 'low';
}

/** A rule that only nudges a rival down by less than this is not worth listing as a reason. */
const MIN_INDIRECT_WEIGHT = 2;
// Sort weights of reasons "for" (see stanceOf); only their order matters.
const WEIGHT_WAIT_VETO = 100;
const WEIGHT_DIRECT = 10;
const WEIGHT_VETO = 5;

/**
 * How a fired rule bears on the chosen kind: for it (it voted for it, vetoed a rival, or pushed
 * rivals down clearly), against it (it voted against it, pushed a rival up, or blocks it), or not
 * enough to list. When the answer is `both`, a vote for an AE or an SDR alone supports it too.
 */
function stanceOf(rule: Rule, decision: Decision, kind: RecommendationKind, profileShown: boolean) {
  const { votes, veto, blocker, aeProfile } = rule.effects;
  // Ordering: what rules out every hire explains a wait best; then votes for the answer itself;
  // then vetoes of the alternatives; then rules that only pushed an alternative down.
  if (veto && veto.length > 0 && !(veto as readonly string[]).includes(kind)) {
    return { stance: 'for' as const, weight: kind === 'not-yet' ? WEIGHT_WAIT_VETO : WEIGHT_VETO };
  }
  if (votes) {
    let mine = votes[kind] ?? 0;
    if (kind === 'both' && mine === 0) mine = Math.max(0, votes.ae ?? 0, votes.sdr ?? 0);
    if (mine > 0) return { stance: 'for' as const, weight: WEIGHT_DIRECT + mine };
    if (mine < 0) return { stance: 'against' as const, weight: -mine };
    let up = 0;
    let down = 0;
    for (const k of ['ae', 'sdr', 'both', 'not-yet'] as const) {
      if (k === kind || !allowed(decision, k)) continue;
      const v = votes[k] ?? 0;
      up = Math.max(up, v);
      down = Math.max(down, -v);
    }
    if (down - up >= MIN_INDIRECT_WEIGHT) return { stance: 'for' as const, weight: down - up };
    if (up > 0) return { stance: 'against' as const, weight: up };
  }
  if (blocker && blocker.appliesTo.includes(kind)) return { stance: 'against' as const, weight: 1 };
  if (aeProfile && profileShown) return { stance: 'for' as const, weight: 0 };
  return null;
}

/**
 * Assess which sales hire comes next.
 *
 * @param answers Answers that passed `AnswersSchema` (not re-validated here).
 * @param assumptions Benchmark figures and thresholds; the defaults unless a consultant changed them.
 * @returns The recommendation with scores, reasons, blockers, plan, metrics, counterfactuals and a
 *   full trace of every rule. Deterministic: equal inputs give equal outputs.
 */
export function evaluate(
  input: Answers,
  inputAssumptions: Assumptions = DEFAULT_ASSUMPTIONS,
): Assessment {
  const answers = copyAnswers(input);
  const assumptions = copyAssumptions(inputAssumptions);
  const av = assumptionVector(assumptions);
  const vector = new Float64Array(FACT_COUNT);
  const metrics = fillFacts(answers, assumptions, vector);
  const fired = new Uint8Array(ALL_RULES.length);
  const decision = decide(vector, av, fired);
  const { kind } = decision;
  const hasAe = kind === 'ae' || kind === 'both';
  const aeProfile = hasAe ? decision.aeProfile : undefined;

  const facts = decodeFacts(vector);
  const ctx: ExplainContext = { f: facts, answers, a: assumptions };

  const reasons: (Reason & { weight: number; order: number })[] = [];
  const blockers: (Blocker & { step: string })[] = [];
  const adjustments: Record<Dimension, number> = {
    leadFlow: 0,
    process: 0,
    economics: 0,
    capacity: 0,
    budget: 0,
  };
  const used = new Set<AssumptionKey>(METRIC_ASSUMPTIONS);
  if (answers.currency === 'EUR') used.add('usdPerEur');
  if (answers.currency === 'GBP') used.add('usdPerGbp');

  ALL_RULES.forEach((rule, r) => {
    if (!fired[r]) return;
    for (const key of RULE_ASSUMPTIONS[r] ?? []) used.add(key);
    for (const d of DIMENSIONS) adjustments[d] += rule.effects.scores?.[d] ?? 0;

    const profileShown = hasAe && rule.effects.aeProfile === aeProfile;
    const stance = stanceOf(rule, decision, kind, profileShown);
    if (stance) {
      reasons.push({
        ruleId: rule.id,
        text: rule.explain(ctx),
        dimension: rule.dimension,
        stance: stance.stance,
        weight: stance.weight,
        order: r,
      });
    }
    const b = rule.effects.blocker;
    if (b && b.appliesTo.includes(kind)) {
      blockers.push({
        id: b.id,
        ruleId: rule.id,
        title: b.title,
        why: b.why(ctx),
        fix: b.fix(ctx),
        dimension: rule.dimension,
        step: b.step ? b.step(ctx) : b.title,
      });
    }
  });

  // Reasons for the answer first, strongest first; then what weighed against it.
  reasons.sort(
    (x, y) =>
      (x.stance === y.stance ? 0 : x.stance === 'for' ? -1 : 1) ||
      y.weight - x.weight ||
      x.order - y.order,
  );

  const format: TraceFormat = {
    assumptions,
    formatAnswerMoney: (amount) => formatMoney(amount, answers.currency),
    assumptionText: new Map(),
  };
  const trace: RuleTrace[] = ALL_RULES.map((rule, r) => ({
    ruleId: rule.id,
    description: rule.description,
    fired: fired[r] === 1,
    conditions: runTrace(RULE_PLANS[r] ?? [], vector, av, format),
    source: rule.source,
  }));
  const derivedTrace: RuleTrace[] = DERIVED_FACT_KEYS.map((key, i) => ({
    ruleId: key,
    description: DERIVED_FACTS[key].label,
    fired: facts[key],
    conditions: runTrace(DERIVED_PLANS[i] ?? [], vector, av, format),
    source: 'Hire Ready definition (docs/decisions/002-engine-semantics.md).',
  }));

  const hireBlockers = kind === 'not-yet' ? 0 : blockers.length;
  const publicReasons: Reason[] = reasons.map(({ weight: _w, order: _o, ...reason }) => reason);
  const publicBlockers: Blocker[] = blockers.map(({ step: _s, ...blocker }) => blocker);

  return {
    recommendation: {
      kind,
      ...(aeProfile ? { aeProfile } : {}),
      confidence: confidenceOf(decision, kind, hireBlockers),
      headline: headline(kind, aeProfile, publicBlockers, facts.spareCapacity),
      summary: summary(kind, aeProfile, publicReasons, publicBlockers),
    },
    scores: computeScores(facts, assumptions, adjustments),
    reasons: publicReasons,
    blockers: publicBlockers,
    nextSteps: nextSteps(kind, aeProfile, blockers, ctx),
    metrics,
    whatWouldChange: findCounterfactuals(answers, assumptions, av, kind, metrics),
    trace,
    assumptionsUsed: ASSUMPTION_KEYS.filter((k) => used.has(k)),
    derivedTrace,
  };
}
