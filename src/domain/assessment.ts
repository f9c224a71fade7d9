import type { AnswerKey, Answers } from './answers';
import type { AssumptionKey } from './assumptions';

/*
 * What the engine returns. Results are never stored: the app recomputes an Assessment from answers
 * and assumptions whenever it needs one, so this type can change without migrating saved data.
 */

export const RECOMMENDATION_KINDS = ['ae', 'sdr', 'both', 'not-yet'] as const;
export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number];

export const AE_PROFILES = ['transactional', 'mid-market', 'enterprise'] as const;
export type AeProfile = (typeof AE_PROFILES)[number];

export type Confidence = 'low' | 'medium' | 'high';

export const DIMENSIONS = ['leadFlow', 'process', 'economics', 'capacity', 'budget'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface Recommendation {
  kind: RecommendationKind;
  /** Present when the recommendation includes an AE (`ae` or `both`). */
  aeProfile?: AeProfile;
  confidence: Confidence;
  /** Short answer for a page heading, e.g. "Hire a mid-market Account Executive". */
  headline: string;
  /** Two plain sentences: the answer and the main reason. */
  summary: string;
}

/** Integers 0–100. Higher means more ready for a sales hire on that dimension. */
export type Scores = Record<Dimension | 'overall', number>;

export interface Reason {
  ruleId: string;
  /** A sentence quoting the user's own answer, e.g. "You create 4 qualified opportunities a month; one AE at your deal size needs 10." */
  text: string;
  dimension: Dimension;
  /** Whether the reason pushes towards the recommendation given or was weighed against it. */
  stance: 'for' | 'against';
}

export interface Blocker {
  id: string;
  ruleId: string;
  title: string;
  /** Why it matters for a sales hire. */
  why: string;
  /** What to do about it. */
  fix: string;
  dimension: Dimension;
}

export interface NextStep {
  id: string;
  /** An imperative sentence: "Write the playbook from your last 10 wins". */
  text: string;
  /** Optional longer explanation. */
  detail?: string;
}

export interface Metrics {
  /** First-year contract value in US dollars, after currency conversion. */
  acvUsd: number;
  /** Yearly quota for one AE: OTE × quota multiple. */
  aeQuotaUsd: number;
  /** Qualified opportunities one ramped AE needs a month to make quota: quota / 12 / (ACV × close rate). `null` when the close rate is 0. */
  oppsNeededPerAe: number | null;
  /** Qualified opportunities created a month (the answer). */
  oppsPerMonth: number;
  /** New opportunities a month the current closers (founders' selling time plus AEs) can work. */
  closingCapacityPerMonth: number;
  /** Opportunities a month beyond what current closers can work (never negative). */
  surplusOppsPerMonth: number;
  /** Surplus opportunities ÷ what one new AE needs. 1 means a new AE would be fully fed. `null` when the need is undefined. */
  pipelineCoverage: number | null;
  /** Fully-loaded yearly cost of one AE and of one SDR, in US dollars. */
  aeLoadedCostUsd: number;
  sdrLoadedCostUsd: number;
  /** Months from the AE's start until cumulative gross bookings cover cumulative cost. `null` when it never pays back. */
  aePaybackMonths: number | null;
  /** Opportunities one ramped SDR adds a month: meetings × meeting→opportunity rate. */
  sdrOppsPerMonth: number;
  /** Months from the SDR's start until the revenue from its meetings covers its cost. `null` when it never pays back. */
  sdrPaybackMonths: number | null;
  /** Founders' selling hours as a share of their week, in percent. */
  founderSalesSharePct: number;
  /** Runway months a new AE hire needs: ramp plus payback. `null` when it never pays back. */
  runwayNeededMonths: number | null;

  // The fields below were added with the engine (issue 3). They are optional only so that objects
  // written by hand elsewhere keep compiling; `evaluate` always sets every one of them.

  /** New opportunities a month one full-time closer can work: active deals ÷ sales cycle (Little's law). */
  oppsPerCloserPerMonth?: number;
  /** Founders' weekly selling hours counted as closing capacity: the sustainable share of a founder's week. */
  founderCapacityHours?: number;
  /** Opportunities a month the current closers could still take on (never negative). */
  spareCapacityPerMonth?: number;
  /** Months until a new AE sells at full speed: the ramp assumption, or one sales cycle if that is longer. */
  aeEffectiveRampMonths?: number;
  /** Runway months a new SDR hire needs: SDR ramp plus SDR payback. `null` when it never pays back. */
  sdrRunwayNeededMonths?: number | null;
  /** Months until an AE and an SDR hired together pay back, the SDR's opportunities feeding the AE. `null` when never. */
  bothPaybackMonths?: number | null;
  /** Runway months hiring an AE and an SDR together needs: AE ramp plus the pair's payback. `null` when it never pays back. */
  bothRunwayNeededMonths?: number | null;
}

export type MetricKey = keyof Metrics;

/** One counterfactual: change one answer and the recommendation kind changes. */
export interface Counterfactual {
  key: AnswerKey;
  from: Answers[AnswerKey];
  to: Answers[AnswerKey];
  /** The kind the recommendation would become. */
  kind: RecommendationKind;
  /** Plain words, e.g. "With 10 or more qualified opportunities a month: hire an Account Executive". */
  text: string;
}

/** One condition's evaluation inside a rule, for the "why" view. */
export interface ConditionTrace {
  /** Human description of the condition, e.g. "Qualified opportunities a month ≥ 10". */
  label: string;
  /** The actual value compared (answer or derived metric). */
  value: number | string | boolean | null;
  passed: boolean;
}

export interface RuleTrace {
  ruleId: string;
  description: string;
  fired: boolean;
  conditions: ConditionTrace[];
  source: string;
}

export interface Assessment {
  recommendation: Recommendation;
  scores: Scores;
  reasons: Reason[];
  blockers: Blocker[];
  nextSteps: NextStep[];
  metrics: Metrics;
  whatWouldChange: Counterfactual[];
  trace: RuleTrace[];
  /** Assumption keys the metrics and rules actually used, for the "arithmetic" section. */
  assumptionsUsed: AssumptionKey[];
  /**
   * How each derived yes/no fact the rules test (e.g. "the founders' selling is saturated") was
   * worked out, in the same shape as `trace`. Added with the engine; always set by `evaluate`.
   */
  derivedTrace?: RuleTrace[];
}
