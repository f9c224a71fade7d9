import { LEAD_SOURCES, type AnswerKey, type Answers, type LeadSource } from './answers';
import type { Assumptions } from './assumptions';
import type { AeProfile, Counterfactual, RecommendationKind } from './assessment';
import { factsOf, type Condition } from './conditions';
import { quickDecision } from './core';
import { DERIVED_FACT_KEYS, type DerivedFactKey, type FactKey, type FullMetrics } from './facts';
import { usdPerUnit } from './metrics';
import { copyAnswers } from './normalize';
import { questionFor, type NumberQuestion } from './questions';
import { DERIVED_FACTS, RULES, type Rule } from './rules';
import { article, formatMoney, formatNumber, plural } from './text';

/*
 * "What would change the answer": for each answer a person could act on, the smallest single change
 * that gives a different recommendation kind, found by running the rules again (never written by
 * hand). docs/decisions/002-engine-semantics.md describes the search:
 *
 *   - numbers: candidates on each side of today's value: the thresholds the rules compare against
 *     (translated back into the answer's units) plus a ladder (×1.5, ×2, ×4, ×10; ÷2, ÷4, 0, the
 *     minimum), on the answer's input grid. A side whose farthest candidate does not flip the kind
 *     is skipped. The first candidate that flips is narrowed down by bisection, so the value
 *     reported is the nearest one that flips (assuming one threshold between the last candidate that
 *     did not flip and the first that did);
 *   - choices: every other option; yes/no: the other answer; lead sources: add or remove one;
 *   - every candidate is a valid answer (inside the question's range and grid), so applying a
 *     change always passes AnswersSchema;
 *   - the changes found are ranked by size (a log ratio for numbers, option steps for choices, a
 *     penalty for changes that make the company less ready) and the smallest MAX_CHANGES kept.
 *
 * Only answers that can reach a vote, veto or profile are searched among choices and yes/no.
 */

/** How many changes to report. */
export const MAX_CHANGES = 5;
/** Candidates tried per direction before giving up on that side of a number. */
const MAX_CANDIDATES = 8;
/** Bisection steps per found flip. */
const MAX_BISECTIONS = 12;
/** Ranking: a change that makes the company less ready counts this much bigger. */
const WORSENING_PENALTY = 1.5;
const ENUM_STEP_COST = 0.5;
const TOGGLE_COST = 0.75;

/** How far up a number's search reaches: ten times today's value. */
const FAR_FACTOR = 10;
const UP_FACTORS = [1.5, 2, 4, FAR_FACTOR];
const DOWN_FACTORS = [0.5, 0.25, 0];
const FROM_ZERO_STEPS = [1, 2, 3, 5, 10, 20, 50, 100];
/** Steps up from zero to the far end of the search. */
const FAR_FROM_ZERO = 100;

type NumericKey =
  | 'customers'
  | 'aes'
  | 'sdrs'
  | 'qualifiedOppsPerMonth'
  | 'nonFounderWins'
  | 'acv'
  | 'closeRatePct'
  | 'salesCycleDays'
  | 'founderSalesHours'
  | 'runwayMonths';
type EnumKey =
  'arrBand' | 'leadTrend' | 'outbound' | 'icp' | 'processDocs' | 'crm' | 'qualification';
type BooleanKey = 'leadsUnworked' | 'founderClosesAll';

interface NumericSpec {
  /** +1 when more is better, −1 when less is better, 0 when neither. */
  better: 1 | -1 | 0;
  /** Values where a rule's comparison turns, in the answer's units. */
  thresholds: (answers: Answers, m: FullMetrics, a: Assumptions) => number[];
  /** Noun phrase for a value: "10 qualified opportunities a month". */
  phrase: (value: number, answers: Answers) => string;
  /** Short form for "instead of …": "4". */
  short: (value: number, answers: Answers) => string;
}

const count = (one: string, many: string) => (v: number) =>
  `${formatNumber(v, 1)} ${plural(v, one, many)}`;
const bare = (v: number) => formatNumber(v, 1);

const NUMERIC: Record<NumericKey, NumericSpec> = {
  qualifiedOppsPerMonth: {
    better: 1,
    thresholds: (_ans, m, a) => {
      const out = [m.closingCapacityPerMonth];
      if (m.oppsNeededPerAe !== null)
        out.push(m.closingCapacityPerMonth + a.minPipelineCoverage * m.oppsNeededPerAe);
      return out;
    },
    phrase: (v) =>
      `${formatNumber(v, 1)} qualified ${plural(v, 'opportunity', 'opportunities')} a month`,
    short: bare,
  },
  customers: {
    better: 1,
    thresholds: (_ans, _m, a) => [a.minFounderLedCustomers, 1],
    phrase: count('paying customer', 'paying customers'),
    short: bare,
  },
  nonFounderWins: {
    better: 1,
    thresholds: (_ans, _m, a) => [a.minNonFounderWins],
    phrase: (v) => `${formatNumber(v, 0)} ${plural(v, 'deal', 'deals')} closed without a founder`,
    short: bare,
  },
  acv: {
    better: 1,
    thresholds: (ans, _m, a) => {
      const fx = usdPerUnit(ans.currency, a);
      return [a.transactionalAcvUsd / fx, a.outboundPaysAcvUsd / fx];
    },
    phrase: (v, ans) => `an average first-year deal of ${formatMoney(v, ans.currency)}`,
    short: (v, ans) => formatMoney(v, ans.currency),
  },
  closeRatePct: {
    better: 1,
    thresholds: (_ans, _m, a) => [a.lowCloseRatePct],
    phrase: (v) => `a close rate of ${formatNumber(v, 1)}%`,
    short: (v) => `${formatNumber(v, 1)}%`,
  },
  salesCycleDays: {
    better: -1,
    thresholds: (_ans, _m, a) => [a.shortCycleDays, a.enterpriseCycleDays],
    phrase: (v) => `a ${formatNumber(v, 0)}-day sales cycle`,
    short: (v) => `${formatNumber(v, 0)} days`,
  },
  founderSalesHours: {
    better: 0,
    thresholds: (_ans, _m, a) => [(a.founderWeekHours * a.founderSalesSharePct) / 100],
    phrase: (v) => `founders selling ${formatNumber(v, 1)} hours a week`,
    short: bare,
  },
  runwayMonths: {
    better: 1,
    thresholds: (_ans, m) =>
      [
        m.aeEffectiveRampMonths,
        m.runwayNeededMonths,
        m.sdrRunwayNeededMonths,
        m.bothRunwayNeededMonths,
      ].filter((x): x is number => x !== null),
    phrase: (v) => `${formatNumber(v, 1)} ${plural(v, 'month', 'months')} of runway`,
    short: bare,
  },
  aes: {
    better: 0,
    thresholds: () => [],
    phrase: (v) =>
      `${formatNumber(v, 0)} account ${plural(v, 'executive', 'executives')} already on the team`,
    short: bare,
  },
  sdrs: {
    better: 0,
    thresholds: () => [],
    phrase: (v) => `${formatNumber(v, 0)} ${plural(v, 'SDR', 'SDRs')} already on the team`,
    short: bare,
  },
};

const ENUM_PHRASES: { [K in EnumKey]: Record<Answers[K], string> } = {
  arrBand: {
    'pre-revenue': 'no revenue yet',
    'under-1m': 'recurring revenue under $1 million',
    '1m-5m': 'recurring revenue of $1–5 million',
    'over-5m': 'recurring revenue over $5 million',
  },
  leadTrend: {
    none: 'almost no lead flow',
    sporadic: 'a sporadic lead flow',
    steady: 'a steady lead flow',
    growing: 'a growing lead flow',
  },
  outbound: {
    none: 'no outbound prospecting',
    'ad-hoc': 'outbound prospecting now and then',
    systematic: 'a regular outbound routine',
  },
  icp: {
    none: 'no ideal customer profile',
    rough: 'a rough ideal customer profile',
    documented: 'a written ideal customer profile',
  },
  processDocs: {
    none: 'no consistent sales process',
    'in-head': 'a sales process that lives in the founders’ heads',
    partial: 'a partly written sales process',
    playbook: 'a written sales playbook',
  },
  crm: {
    none: 'no pipeline tracking',
    spreadsheet: 'a pipeline in a spreadsheet',
    crm: 'a CRM',
    'crm-stages': 'a CRM with defined stages',
  },
  qualification: {
    none: 'no deal qualification',
    informal: 'informal deal qualification',
    framework: 'a named qualification framework',
  },
};

const ENUM_VALUES: { [K in EnumKey]: readonly Answers[K][] } = {
  arrBand: ['pre-revenue', 'under-1m', '1m-5m', 'over-5m'],
  leadTrend: ['none', 'sporadic', 'steady', 'growing'],
  outbound: ['none', 'ad-hoc', 'systematic'],
  icp: ['none', 'rough', 'documented'],
  processDocs: ['none', 'in-head', 'partial', 'playbook'],
  crm: ['none', 'spreadsheet', 'crm', 'crm-stages'],
  qualification: ['none', 'informal', 'framework'],
};

const BOOLEAN_PHRASES: Record<BooleanKey, { true: string; false: string; better: boolean | null }> =
  {
    leadsUnworked: {
      true: 'If qualified leads waited or were dropped for lack of time',
      false: 'If no qualified leads waited or were dropped',
      better: null,
    },
    founderClosesAll: {
      true: 'If a founder were on every deal you close',
      false: 'If deals also closed without a founder',
      better: false,
    },
  };

const SOURCE_WORDS: Record<LeadSource, string> = {
  inbound: 'inbound',
  outbound: 'outbound',
  referral: 'referrals',
  partner: 'partners',
  events: 'events',
};

// Only answers that can reach a vote, veto or profile are worth searching among the choices and
// yes/no answers (numbers all feed the metrics, so they are always searched).
const DECISION_FACTS: ReadonlySet<FactKey> = (() => {
  const seen = new Set<FactKey>();
  const visit = (condition: Condition) => {
    for (const key of factsOf(condition)) {
      if (seen.has(key)) continue;
      seen.add(key);
      if ((DERIVED_FACT_KEYS as readonly FactKey[]).includes(key))
        visit(DERIVED_FACTS[key as DerivedFactKey].when);
    }
  };
  for (const rule of RULES as readonly Rule[]) {
    const { votes, veto } = rule.effects;
    if (votes || veto) visit(rule.when);
  }
  return seen;
})();

const NUMERIC_KEYS = Object.keys(NUMERIC) as NumericKey[];
const ENUM_KEYS = (Object.keys(ENUM_VALUES) as EnumKey[]).filter((k) => DECISION_FACTS.has(k));
const BOOLEAN_KEYS = (Object.keys(BOOLEAN_PHRASES) as BooleanKey[]).filter((k) =>
  DECISION_FACTS.has(k),
);
// The rules read the sources as a count and as "inbound is one of them": when only the latter
// decides anything, only inbound is worth adding or removing.
const SOURCES_TO_TRY: readonly LeadSource[] = DECISION_FACTS.has('leadSourceCount')
  ? LEAD_SOURCES
  : DECISION_FACTS.has('inboundSource')
    ? ['inbound']
    : [];
const SEARCH_SOURCES = SOURCES_TO_TRY.length > 0;

/** What the kind would be, in words: "hire a mid-market Account Executive". */
export function actionText(kind: RecommendationKind, profile: AeProfile): string {
  switch (kind) {
    case 'ae':
      return `hire ${article(profile)} ${profile} Account Executive`;
    case 'sdr':
      return 'hire an SDR';
    case 'both':
      return `hire ${article(profile)} ${profile} Account Executive and an SDR`;
    case 'not-yet':
      return 'hold off on a sales hire';
  }
}

interface Search {
  answers: Answers;
  assumptions: Assumptions;
  av: Float64Array;
  kind: RecommendationKind;
  /** One working copy of the answers: each trial sets one answer, evaluates, and restores it. */
  trial: Answers;
}

interface Outcome {
  kind: RecommendationKind;
  profile: AeProfile;
}

interface Found {
  change: Counterfactual;
  cost: number;
  order: number;
}

/**
 * Evaluate the answers with one answer changed; null when the kind stays the same (the common
 * case, which then allocates nothing).
 */
function tryValue(s: Search, key: AnswerKey, value: unknown): Outcome | null {
  const trial = s.trial as unknown as Record<AnswerKey, unknown>;
  const saved = trial[key];
  trial[key] = value;
  const d = quickDecision(s.trial, s.assumptions, s.av);
  trial[key] = saved;
  return d.kind === s.kind ? null : { kind: d.kind, profile: d.aeProfile };
}

const QUESTIONS_BY_KEY = Object.fromEntries(
  (Object.keys(NUMERIC) as NumericKey[]).map((key) => [key, questionFor(key) as NumberQuestion]),
) as Record<NumericKey, NumberQuestion>;

function gridStep(key: NumericKey, question: NumberQuestion, value: number): number {
  // Deal sizes are searched on a grid of two significant figures so the answer reads "$15,000".
  if (key === 'acv') return 10 ** Math.max(0, Math.floor(Math.log10(Math.max(value, 1))) - 1);
  return question.integer ? Math.max(1, question.increment) : question.increment;
}

function snap(value: number, step: number, direction: 1 | -1): number {
  const units = value / step;
  // A tolerance keeps 10.000000001 from snapping up to the next step through float noise.
  const whole = direction > 0 ? Math.ceil(units - 1e-9) : Math.floor(units + 1e-9);
  // Rounding to 6 decimals removes float noise from fractional steps such as 0.5.
  return step >= 1 ? whole * step : Math.round(whole * step * 1e6) / 1e6;
}

function numericCost(key: NumericKey, from: number, to: number, step: number): number {
  const size = Math.abs(Math.log((to + step) / (from + step)));
  const better = NUMERIC[key].better;
  const worse = better !== 0 && Math.sign(to - from) !== better;
  return worse ? size * WORSENING_PENALTY : size;
}

/** Candidate values on one side of today's value, nearest first, on the grid and in range. */
function sideCandidates(
  question: NumberQuestion,
  cur: number,
  direction: 1 | -1,
  step: number,
  thresholds: readonly number[],
): number[] {
  // The next grid value beyond today's (today's value may sit between grid points), then one more.
  const raw: number[] = [cur + direction * step * 1e-6, cur + direction * step];
  for (const t of thresholds) {
    const at = snap(t, step, direction);
    raw.push(at, at + direction * step);
  }
  if (direction > 0) {
    if (cur <= 0) for (const k of FROM_ZERO_STEPS) raw.push(k * step);
    else for (const f of UP_FACTORS) raw.push(cur * f);
  } else {
    for (const f of DOWN_FACTORS) raw.push(cur * f);
    raw.push(question.min);
  }
  const values: number[] = [];
  for (const r of raw) {
    const v = snap(r, step, direction);
    if (
      (direction > 0 ? v > cur : v < cur) &&
      v >= question.min &&
      v <= question.max &&
      !values.includes(v)
    ) {
      values.push(v);
    }
  }
  values.sort((x, y) => Math.abs(x - cur) - Math.abs(y - cur));
  return values.slice(0, MAX_CANDIDATES);
}

/** A flip found on one side of a number, before bisection narrows it down. */
interface Bracket {
  key: NumericKey;
  order: number;
  direction: 1 | -1;
  step: number;
  /** The farthest value tried that kept the kind (today's value at first). */
  same: number;
  /** The nearest value tried that flipped it, and the outcome there. */
  flip: number;
  outcome: Outcome;
  /** Cost of the flip as found (an upper bound) and of the first grid value past `same` (a lower bound). */
  costHigh: number;
  costLow: number;
}

/** On each side of a number, the nearest tried value that flips the kind (not yet narrowed). */
function bracketNumber(
  s: Search,
  key: NumericKey,
  metrics: FullMetrics,
  order: number,
  out: Bracket[],
): void {
  const question = QUESTIONS_BY_KEY[key];
  const cur = s.answers[key];
  const thresholds = NUMERIC[key]
    .thresholds(s.answers, metrics, s.assumptions)
    .filter(Number.isFinite);
  const step = gridStep(key, question, cur);

  for (const direction of [1, -1] as const) {
    // The far end of this side: ten times today's value (or 100 steps up from zero), or the minimum.
    const end =
      direction > 0
        ? Math.min(question.max, snap(cur > 0 ? cur * FAR_FACTOR : FAR_FROM_ZERO * step, step, 1))
        : question.min;
    if (direction > 0 ? end <= cur : end >= cur) continue;
    // When even the far end keeps the kind, skip this side: a window that flips and flips back is
    // rare, and this halves the work.
    const far = tryValue(s, key, end);
    if (!far) continue;

    let same = cur;
    let flip = end;
    let outcome = far;
    for (const v of sideCandidates(question, cur, direction, step, thresholds)) {
      if (direction > 0 ? v >= end : v <= end) break;
      const r = tryValue(s, key, v);
      if (r) {
        flip = v;
        outcome = r;
        break;
      }
      same = v;
    }
    out.push({
      key,
      order,
      direction,
      step,
      same,
      flip,
      outcome,
      costHigh: numericCost(key, cur, flip, step),
      costLow: numericCost(key, cur, snap(same + direction * step, step, direction), step),
    });
  }
}

/** Bisection between the last value that kept the kind and the first that flipped it. */
function narrow(s: Search, b: Bracket): Found {
  let { same, flip, outcome } = b;
  for (let i = 0; i < MAX_BISECTIONS && Math.abs(flip - same) > b.step * 1.000001; i++) {
    const mid = snap((flip + same) / 2, b.step, b.direction);
    if (mid === flip || mid === same) break;
    const r = tryValue(s, b.key, mid);
    if (r) {
      flip = mid;
      outcome = r;
    } else {
      same = mid;
    }
  }
  const spec = NUMERIC[b.key];
  const cur = s.answers[b.key];
  return {
    cost: numericCost(b.key, cur, flip, b.step),
    order: b.order,
    change: {
      key: b.key,
      from: cur,
      to: flip,
      kind: outcome.kind,
      text: `With ${spec.phrase(flip, s.answers)} instead of ${spec.short(cur, s.answers)}: ${actionText(outcome.kind, outcome.profile)}.`,
    },
  };
}

/** The nearest other option that flips the kind (the better one first when two are as near). */
function searchEnum(s: Search, key: EnumKey, order: number): Found | null {
  const values: readonly string[] = ENUM_VALUES[key];
  const cur: string = s.answers[key];
  const at = values.indexOf(cur);
  const phrases = ENUM_PHRASES[key] as Record<string, string>;
  for (let distance = 1; distance < values.length; distance++) {
    for (const i of [at + distance, at - distance]) {
      const value = values[i];
      if (value === undefined) continue;
      const r = tryValue(s, key, value);
      if (!r) continue;
      return {
        cost: distance * ENUM_STEP_COST * (i < at ? WORSENING_PENALTY : 1),
        order,
        change: {
          key,
          from: cur as Answers[EnumKey],
          to: value as Answers[EnumKey],
          kind: r.kind,
          text: `With ${phrases[value]} instead of ${phrases[cur]}: ${actionText(r.kind, r.profile)}.`,
        },
      };
    }
  }
  return null;
}

function searchBoolean(s: Search, key: BooleanKey, order: number): Found | null {
  const to = !s.answers[key];
  const r = tryValue(s, key, to);
  if (!r) return null;
  const spec = BOOLEAN_PHRASES[key];
  const worse = spec.better !== null && to !== spec.better;
  return {
    cost: TOGGLE_COST * (worse ? WORSENING_PENALTY : 1),
    order,
    change: {
      key,
      from: s.answers[key],
      to,
      kind: r.kind,
      text: `${to ? spec.true : spec.false}: ${actionText(r.kind, r.profile)}.`,
    },
  };
}

/** Adding a source before removing one; the first that flips. */
function searchSources(s: Search, order: number): Found | null {
  const cur = s.answers.leadSources;
  for (const adding of [true, false]) {
    for (const source of SOURCES_TO_TRY) {
      if (cur.includes(source) === adding) continue;
      const to = adding
        ? LEAD_SOURCES.filter((x) => x === source || cur.includes(x))
        : cur.filter((x) => x !== source);
      const r = tryValue(s, 'leadSources', to);
      if (!r) continue;
      const action = actionText(r.kind, r.profile);
      return {
        cost: TOGGLE_COST * (adding ? 1 : WORSENING_PENALTY),
        order,
        change: {
          key: 'leadSources',
          from: cur,
          to,
          kind: r.kind,
          text: adding
            ? `With ${SOURCE_WORDS[source]} added to your lead sources: ${action}.`
            : `Without ${SOURCE_WORDS[source]} among your lead sources: ${action}.`,
        },
      };
    }
  }
  return null;
}

/**
 * The smallest single-answer changes that flip the recommendation kind, at most MAX_CHANGES, one
 * per answer, smallest first (ties in question order). Deterministic: same answers and assumptions,
 * same list.
 */
export function findCounterfactuals(
  answers: Answers,
  assumptions: Assumptions,
  av: Float64Array,
  kind: RecommendationKind,
  metrics: FullMetrics,
): Counterfactual[] {
  const s: Search = { answers, assumptions, av, kind, trial: copyAnswers(answers) };
  const found: Found[] = [];
  const brackets: Bracket[] = [];
  let order = 0;
  const keep = (f: Found | null) => {
    if (f) found.push(f);
  };
  for (const key of NUMERIC_KEYS) bracketNumber(s, key, metrics, order++, brackets);
  for (const key of ENUM_KEYS) keep(searchEnum(s, key, order++));
  for (const key of BOOLEAN_KEYS) keep(searchBoolean(s, key, order++));
  if (SEARCH_SOURCES) keep(searchSources(s, order++));

  // Bisection only lowers a number's cost, never below its lower bound, so a bracket whose lower
  // bound is above the MAX_CHANGES-th smallest known cost can be dropped without narrowing it.
  // (One change per answer is reported, so each number counts once, at its cheaper side.)
  const perKey = new Map<NumericKey, number>();
  for (const b of brackets)
    perKey.set(b.key, Math.min(perKey.get(b.key) ?? Number.POSITIVE_INFINITY, b.costHigh));
  const costs = [...found.map((f) => f.cost), ...perKey.values()];
  costs.sort((x, y) => x - y);
  const bar = costs[MAX_CHANGES - 1] ?? Number.POSITIVE_INFINITY;
  const best = new Map<NumericKey, Found>();
  for (const b of brackets) {
    if (b.costLow > bar) continue;
    const f = narrow(s, b);
    const prev = best.get(b.key);
    if (!prev || f.cost < prev.cost) best.set(b.key, f);
  }
  found.push(...best.values());
  found.sort((x, y) => x.cost - y.cost || x.order - y.order);
  return found.slice(0, MAX_CHANGES).map((f) => f.change);
}
