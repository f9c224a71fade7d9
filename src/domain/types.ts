import type { AnswerKey, Answers, Currency, HireRegion } from './answers/schema';
import type { AssumptionKey } from './assumptions/info';

/*
 * What the engine returns (the contract in ENGINE-V2-CONTRACT.md). Results are never stored: the
 * app recomputes them from answers and assumptions, so these types can change without migrating
 * saved data.
 */

export const RECOMMENDATION_KINDS = ['ae', 'sdr', 'both', 'not-yet'] as const;
export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number];
export type HireKind = Exclude<RecommendationKind, 'not-yet'>;

export const HIRE_STATUSES = ['hire-now', 'hire-after', 'not-yet'] as const;
export type HireStatus = (typeof HIRE_STATUSES)[number];

export const AE_PROFILES = ['transactional', 'mid-market', 'enterprise'] as const;
export type AeProfile = (typeof AE_PROFILES)[number];

export type Confidence = 'low' | 'medium' | 'high';

export const DIMENSIONS = ['leadFlow', 'process', 'economics', 'capacity', 'budget'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Integers 0–100. Higher means more ready for a sales hire on that dimension; 'overall' is readiness. */
export type Scores = Record<Dimension | 'overall', number>;

export const GATE_IDS = [
  'no-proof',
  'no-pipeline',
  'close-rate-floor',
  'no-process',
  'payback',
  'runway',
  'no-need',
  'pipeline-for-sdr',
] as const;
/** The gates of rules/gates.ts, in order of weight. */
export type GateId = (typeof GATE_IDS)[number];

export interface HireEconomics {
  role: 'ae' | 'sdr';
  profile?: AeProfile;
  region: HireRegion;
  /** All *Local figures are in the company's currency. */
  currency: Currency;
  oteLocal: number;
  baseSharePct: number;
  quotaLocal?: number;
  quotaMultiple?: number;
  /** AE: never shorter than one sales cycle. */
  rampMonths: number;
  /** Quota % by ramp month, e.g. [0, 25, 50, 75], then 100. */
  rampQuotaPct: number[];
  timeToHireMonths: number;
  onCostPct: number;
  recruitingFeeLocal: number;
  /** Pay + on-costs + tools, a month. */
  loadedMonthlyCostLocal: number;
  grossMarginPct: number;
  /** New first-year contract value a month once ramped, limited by the pipeline this hire would get. */
  rampedMonthlyBookingsLocal: number;
  /** Gross profit that a month of ramped bookings adds each month (bookings × margin ÷ 12). */
  rampedMonthlyGrossProfitLocal: number;
  /**
   * Gross-profit payback of a ramped hire, the way the benchmarks count it: months for the gross
   * profit of one month's new business to repay one month's cost. null: never within the horizon.
   */
  paybackMonths: number | null;
  /**
   * Months from the decision (search start) until cumulative gross profit covers cumulative cost,
   * recruiting fee and ramp included. null: not within the horizon. For the hiring plan.
   */
  breakEvenMonths: number | null;
  /**
   * Runway this hire needs: time to hire + ramp + payback, plus `burnMonths`. null when it never
   * pays back.
   */
  runwayNeededMonths: number | null;
  /**
   * With the monthly burn given: the hire's cost beyond its gross profit until it pays its own way,
   * in months of that burn (it shortens the runway the answers give). 0 without the burn.
   */
  burnMonths: number;
  /** Opportunities a month this hire would work (AE) or add (SDR), once ramped. */
  oppsPerMonth: number;
  assumptionKeys: AssumptionKey[];
}

export interface Model {
  currency: Currency;
  acvLocal: number;
  acvUsd: number;
  profile: {
    value: AeProfile;
    nearBoundary: boolean;
    neighbour?: AeProfile;
    /** Where the deal sits on the profile scale: 1 = mid-market boundary, 2 = enterprise boundary. */
    position: number;
  };
  capacity: {
    oppsPerMonth: number;
    sellingFounders: number;
    /** Each founder's selling hours that count: capped at a sustainable share of a week. */
    founderHoursCounted: number;
    founderSharePct: number;
    founderCapacityOpps: number;
    aeCapacityOpps: number;
    closerCapacityOpps: number;
    /** New opportunities a month one full-time closer can work at this profile and cycle. */
    oppsPerCloser: number;
    /** Opportunities a month a new AE needs to make quota. null when the close rate is 0. */
    oppsNeededPerAe: number | null;
    utilisation: number;
    band: 'room' | 'at-capacity' | 'over';
    leadsWait: boolean;
    /** Opportunities a month beyond what current closers can work (never negative). */
    surplusOpps: number;
    /** Surplus ÷ what a new AE needs; null when the need is undefined. */
    pipelineCoverage: number | null;
    sdrRatioMet: boolean;
  };
  economics: {
    ae: HireEconomics;
    sdr: HireEconomics;
    /** An AE and an SDR hired together, the SDR's opportunities feeding the AE. */
    pair: {
      /** What the pair sells a month once both are ramped, company currency. */
      rampedMonthlyBookingsLocal: number;
      paybackMonths: number | null;
      runwayNeededMonths: number | null;
      /** Both hires' `burnMonths`. */
      burnMonths: number;
    };
  };
  runway: { months: number; neededAe: number | null; neededSdr: number | null };
}

export interface ConditionTrace {
  /** Plain-language condition with the threshold, e.g. "Close rate below the 10% floor". */
  label: string;
  /** The value compared, in words ("8%", "Yes", "Under $1 million"). */
  value: string;
  passed: boolean;
}

export interface RuleTrace {
  ruleId: string;
  description: string;
  fired: boolean;
  conditions: ConditionTrace[];
  source: string;
}

export interface Decision {
  status: HireStatus;
  kind: RecommendationKind;
  aeProfile?: AeProfile;
  /** With status 'not-yet': the hire that follows once the gates are cleared, if one is clear. */
  nextHire?: { kind: HireKind; aeProfile?: AeProfile };
  /** After a hire: the one that usually follows, and its trigger (closer first, SDR later). */
  followUp?: { kind: HireKind; trigger: string };
  gates: GateId[];
  /** Ids of the "alongside" blockers behind a 'hire-after'. */
  alongside: string[];
  confidence: Confidence;
  scores: Scores;
  model: Model;
  trace: RuleTrace[];
}

export interface Recommendation {
  status: HireStatus;
  kind: RecommendationKind;
  aeProfile?: AeProfile;
  nextHire?: Decision['nextHire'];
  followUp?: Decision['followUp'];
  profileNote?: string;
  confidence: Confidence;
  confidenceReason: string;
  headline: string;
  summary: string;
}

export interface Reason {
  ruleId: string;
  text: string;
  dimension: Dimension;
  stance: 'for' | 'against';
}

export interface Blocker {
  id: string;
  ruleId: string;
  title: string;
  why: string;
  fix: string;
  dimension: Dimension;
  severity: 'gate' | 'alongside';
  typicalWeeks?: number;
}

export interface NextStep {
  id: string;
  text: string;
  detail?: string;
}

export interface Lever {
  key: AnswerKey;
  from: Answers[AnswerKey];
  to: Answers[AnswerKey];
  kind: RecommendationKind;
  status: HireStatus;
  aeProfile?: AeProfile;
  text: string;
  effort: string;
}

export interface Margin {
  key: AnswerKey;
  current: number;
  threshold: number | null;
  direction: 'above' | 'below';
  text: string;
}

export interface Readiness {
  score: number;
  band: 'not-ready' | 'nearly' | 'ready';
  meaning: string;
}

export interface Assessment {
  recommendation: Recommendation;
  scores: Scores;
  readiness: Readiness;
  reasons: Reason[];
  blockers: Blocker[];
  nextSteps: NextStep[];
  levers: Lever[];
  margins: Margin[];
  model: Model;
  trace: RuleTrace[];
  assumptionsUsed: AssumptionKey[];
  assumedAnswers: AnswerKey[];
  /** @deprecated kept for old callers during the move; the same list as `levers`. */
  whatWouldChange: Lever[];
}
