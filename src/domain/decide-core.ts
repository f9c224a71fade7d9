import type { CompleteAnswers } from './answers/schema';
import type { Assumptions } from './assumptions';
import { buildModel, type ModelFacts, type Reuse } from './model';
import { holds, traceRule } from './rules/evaluate';
import { deriveFacts, type Facts } from './rules/facts';
import { READINESS_GATES } from './rules/gates';
import { HIRE_GATES } from './rules/hire-gates';
import { ALONGSIDE } from './rules/process';
import { SIGNALS } from './rules/signals';
import type {
  Decision,
  GateId,
  HireKind,
  HireStatus,
  RecommendationKind,
  RuleTrace,
} from './types';
import type { Rule } from './rules/types';

/*
 * The decision, in one pass: model → gates no vote can outweigh → signals (capacity, pipeline,
 * fit) → the kind of hire → the payback and runway gates for that hire → status. Runway is read
 * only by its gate, and a gate can only remove or shrink a hire, so more runway never gives a
 * smaller hire and less never a bigger one.
 */

/** The decision without words, scores or confidence: what every trial re-runs. */
export interface CoreDecision {
  status: HireStatus;
  kind: RecommendationKind;
  aeProfile?: Decision['aeProfile'];
  nextHire?: Decision['nextHire'];
  followUp?: Decision['followUp'];
  /** The hire the signals pointed to before payback and runway were checked. */
  intended: HireKind | null;
  gates: GateId[];
  alongside: string[];
  model: ModelFacts;
  facts: Facts;
  /** Rules evaluated on the way, for the trace. */
  evaluated: { rule: Rule; facts: Facts }[];
}

function passes(kind: HireKind, facts: Facts, a: Assumptions): 'ok' | 'payback' | 'runway' {
  const gates = HIRE_GATES[kind];
  if (holds(gates.payback.when, facts, a)) return 'payback';
  if (holds(gates.runway.when, facts, a)) return 'runway';
  return 'ok';
}

/** The decision for complete answers, without trace words. */
export function decideCore(
  answers: CompleteAnswers,
  a: Assumptions,
  quick = true,
  reuse?: Reuse,
): CoreDecision {
  const model = buildModel(answers, a, quick, reuse);
  const facts = deriveFacts(answers, model, a);
  const evaluated: CoreDecision['evaluated'] = [];
  const check = (rule: Rule) => {
    if (!quick) evaluated.push({ rule, facts });
    return holds(rule.when, facts, a);
  };

  const gates: GateId[] = [];
  for (const gate of READINESS_GATES) if (check(gate)) gates.push(gate.id as GateId);

  const full = check(SIGNALS.closersFull);
  const room = !full && check(SIGNALS.closersRoom);
  const fed = check(SIGNALS.aeFed);
  const sdrFits = check(SIGNALS.sdrFits);

  let intended: HireKind | null = null;
  let atCapacity = false;
  let followUp: CoreDecision['followUp'];
  let nextHire: CoreDecision['nextHire'];
  if (full) {
    // Closer first. Both at once only for a team that already has closers, whose spare pipeline
    // would not feed another one, and where an SDR fits.
    if (!fed && answers.aes >= 1 && sdrFits) intended = 'both';
    else {
      intended = 'ae';
      if (!fed && !facts.sdrRatioMet && facts.acvUsd >= a.transactionalAcvUsd)
        followUp = {
          kind: 'sdr',
          trigger:
            'once the account executive is ramped and spends more than a fifth of the week finding their own opportunities',
        };
    }
  } else if (room) {
    if (sdrFits) intended = 'sdr';
    else if (facts.sdrRatioMet) gates.push('no-need');
    else {
      // Something more basic already stops every hire (too few customers, no pipeline): that is
      // the founders' first step, and the SDR's own shortcomings would only crowd it out.
      const earlier = hasReadinessGate(gates);
      // The no-pipeline gate already asks for the same outbound test.
      if (!gates.includes('no-pipeline')) gates.push('pipeline-for-sdr');
      // Named as the hire to come only where an SDR would pay back: at deal sizes where one never
      // does (a $5k deal, payback in years), the way on is price or self-serve, not an SDR.
      if (!quick) evaluated.push({ rule: HIRE_GATES.sdr.payback, facts });
      if (facts.acvUsd >= a.transactionalAcvUsd) {
        if (!holds(HIRE_GATES.sdr.payback.when, facts, a)) nextHire = { kind: 'sdr' };
        else if (!earlier) gates.push('payback');
      }
    }
  } else if (answers.aes >= 1 && sdrFits) {
    // A team at capacity: another SDR alone would make leads wait, another AE alone would start
    // under-fed; growth adds a closer and an opener together.
    intended = 'both';
    atCapacity = true;
  } else {
    gates.push('no-need');
    nextHire = { kind: 'ae' };
  }

  let kind: RecommendationKind = 'not-yet';
  if (intended) {
    if (!quick)
      evaluated.push(
        { rule: HIRE_GATES[intended].payback, facts },
        { rule: HIRE_GATES[intended].runway, facts },
      );
    let outcome = passes(intended, facts, a);
    let hire: HireKind = intended;
    if (outcome !== 'ok' && intended === 'both') {
      // Less money or weaker economics shrink the pair to one hire: for closers that are full, the
      // closer. For closers at capacity, an AE alone would start with nothing spare to work (no
      // payback at all, which is not the deal's economics), so the SDR, whose meetings fill the
      // closers' last room, where it pays on its own; else the closer.
      gates.push(outcome);
      hire = atCapacity && passes('sdr', facts, a) === 'ok' ? 'sdr' : 'ae';
      if (!quick)
        evaluated.push(
          { rule: HIRE_GATES[hire].payback, facts },
          { rule: HIRE_GATES[hire].runway, facts },
        );
      outcome = passes(hire, facts, a);
    }
    if (outcome !== 'ok') {
      if (!gates.includes(outcome)) gates.push(outcome);
      // Deals too small to pay any salesperson: the next step is price or self-serve, not a hire.
      nextHire =
        outcome === 'payback' && facts.acvUsd < a.selfServeAcvUsd ? undefined : { kind: hire };
    } else if (!hasReadinessGate(gates)) kind = hire;
    else nextHire = { kind: hire };
  }

  const profile = model.profile.value;
  if (nextHire && nextHire.kind !== 'sdr') nextHire = { kind: nextHire.kind, aeProfile: profile };
  // Before the founders have proof, naming an SDR as the hire to come reads as advice to build
  // outbound before the pitch works; a first hire there is usually a closer who also prospects
  // (Bridge Group, SDR Metrics Report 2017: companies under ~$5M ARR rarely split the roles).
  if (nextHire?.kind === 'sdr' && answers.aes === 0 && gates.includes('no-proof'))
    nextHire = undefined;
  if (kind === 'not-yet') {
    return {
      status: 'not-yet',
      kind,
      nextHire,
      intended,
      gates: orderGates(gates),
      alongside: [],
      model,
      facts,
      evaluated,
    };
  }

  const alongside: string[] = [];
  for (const rule of ALONGSIDE) {
    if (!rule.appliesTo.includes(kind)) continue;
    if (check(rule)) alongside.push(rule.id);
  }
  const hasAe = kind === 'ae' || kind === 'both';
  return {
    status: alongside.length > 0 ? 'hire-after' : 'hire-now',
    kind,
    aeProfile: hasAe ? profile : undefined,
    followUp: kind === 'ae' ? followUp : undefined,
    intended,
    gates: orderGates(gates),
    alongside,
    model,
    facts,
    evaluated,
  };
}

const READINESS_IDS = new Set(READINESS_GATES.map((g) => g.id));
function hasReadinessGate(gates: GateId[]): boolean {
  return gates.some((g) => READINESS_IDS.has(g));
}

const GATE_ORDER: GateId[] = [
  'no-proof',
  'no-pipeline',
  'close-rate-floor',
  'payback',
  'runway',
  'no-process',
  'pipeline-for-sdr',
  'no-need',
];
function orderGates(gates: GateId[]): GateId[] {
  const out: GateId[] = [];
  for (const id of GATE_ORDER) if (gates.includes(id)) out.push(id);
  return out;
}

/** The rules evaluated, with each comparison in words. */
export function traceOf(core: CoreDecision, a: Assumptions): RuleTrace[] {
  const seen = new Set<string>();
  const out: RuleTrace[] = [];
  for (const { rule, facts } of core.evaluated) {
    const key = rule.id + rule.description;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(traceRule(rule, facts, a));
  }
  return out;
}

/** The public model, without the pair figures only the decision reads. */
export function stripModel(model: ModelFacts): Decision['model'] {
  return {
    currency: model.currency,
    acvLocal: model.acvLocal,
    acvUsd: model.acvUsd,
    profile: model.profile,
    capacity: model.capacity,
    economics: model.economics,
    runway: model.runway,
  };
}
