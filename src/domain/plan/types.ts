import type { HireRegion } from '../answers/schema';
import type { Assumptions } from '../assumptions';
import type { AeProfile, HireEconomics } from '../types';

/*
 * The hiring plan's input and output. The plan is a pure function of a `PlanInput`, which the app
 * builds from the engine's economic model (`Model.economics`) and the answers; nothing here is
 * stored: like the result, the plan is recomputed from the answers whenever it is shown.
 */

/** Where the hire is made (the engine's `HireRegion`). */
export type PlanRegion = HireRegion;

/**
 * The economics of one hire: the engine's `HireEconomics`, minus what the plan works out itself
 * (break-even) and with what hand-written test figures may leave out.
 */
export type PlanEconomics = Omit<
  HireEconomics,
  'oppsPerMonth' | 'rampQuotaPct' | 'breakEvenMonths' | 'assumptionKeys'
> & {
  /** Opportunities a month this hire works (AE) or creates (SDR) once ramped. */
  oppsPerMonth?: number;
  /** Quota share by month on the job during ramp, e.g. [0, 25, 50, 75]; 100 afterwards. */
  rampQuotaPct: readonly number[];
  /** The assumptions these figures read (keys of ASSUMPTION_INFO). */
  assumptionKeys: readonly string[];
};

/** What the plan is for: the recommended hire(s) and, for "not yet", the hire that follows. */
export type PlanKind = 'ae' | 'sdr' | 'both';

export interface PlanTeam {
  aes: number;
  sdrs: number;
  sellingFounders: number;
}

export interface PlanPipeline {
  /** Qualified opportunities the company creates a month today. */
  oppsPerMonth: number;
  /** Opportunities a month one AE needs to make quota (quota / 12 / (ACV × close rate)); null when the close rate is 0. */
  oppsNeededPerAe: number | null;
  /** Opportunities a month one ramped SDR adds. */
  sdrOppsPerMonth: number;
  /** Opportunities a month today's closers (founders and AEs) can work. */
  closerCapacityOpps: number;
  /** SDRs per AE that keep AEs busy (0.5: one SDR for two AEs). */
  sdrsPerAe: number;
  /**
   * The profile today's closers sell as (transactional, mid-market, enterprise): it sets the pay,
   * and so the quota, their capacity is counted from. Absent in tests of the plan alone.
   */
  closerProfile?: AeProfile;
  /** Months a new SDR takes to book at full speed (absent: the plan assumes 3). */
  sdrRampMonths?: number;
  /** Deals are large enough for SDR outbound to pay (absent: assumed so). */
  sdrPays?: boolean;
  /**
   * Outbound already books meetings as a routine (or SDRs do it) for a defined customer: the
   * verdict's own condition for an SDR that adds pipeline (SIGNALS.sdrFits). Without it no SDR is
   * planned to make pipeline for a second AE; one for the AE's own prospecting still is, since that
   * AE builds the routine first. Absent: assumed so.
   */
  outboundRoutine?: boolean;
  /**
   * Whether the verdict itself says an SDR follows the AE ("then an SDR once…"). When it says not
   * (the AE is fed, or SDRs are already at the ratio), the plan does not plan an SDR for the AE's
   * prospecting either. Absent for a deferred plan and in tests of the plan alone.
   */
  sdrFollows?: boolean;
  /**
   * The verdict holds every hire back for its close rate ("another seller would not fix it"): more
   * meetings would not close, so the plan adds no SDR of any kind, and a second AE waits for the
   * close rate rather than for pipeline.
   */
  closeRateHeld?: boolean;
}

export interface PlanInput {
  kind: PlanKind;
  /** True when the recommendation is "not yet" and this is the plan for the hire that follows. */
  deferred: boolean;
  /** The hires made now, in the order of `kind` ('both': the AE first, then the SDR). */
  hires: readonly PlanEconomics[];
  /** Months of runway today, before the hire. */
  runwayMonths: number;
  /**
   * The runway the engine's check asks for these hires (search + ramp + payback; null: they never
   * pay back). The plan's "pays its own way" month is this one, so plan and verdict never disagree.
   * Absent: the plan's own month-by-month figure is used.
   */
  runwayNeededMonths?: number | null;
  /** Net burn a month, in the company's currency; absent when not given. */
  monthlyBurnLocal?: number;
  salesCycleDays: number;
  team: PlanTeam;
  pipeline: PlanPipeline;
  /** The plan's own figures (see `PLAN_FIGURE_KEYS`), at their values in effect. */
  figures: PlanFigureValues;
  /**
   * A deferred plan held back by the close rate is figured at the least close rate that clears
   * the verdict (`pct`), not at today's (`todayPct`); absent otherwise.
   */
  clearedCloseRate?: { pct: number; todayPct: number };
  /**
   * A deferred plan held back by payback (the hire earns back its cost too slowly at today's
   * figures) with no close rate that clears it: more runway would not change the answer.
   */
  paybackHeld?: boolean;
}

/** The values of the plan's own figures (keys of ASSUMPTION_INFO; see `PLAN_FIGURE_KEYS`). */
export type PlanFigureValues = Pick<
  Assumptions,
  | 'worstCaseLeaveMonth'
  | 'slowRampFactor'
  | 'managerSpanOfControl'
  | 'secondAeTriggerPct'
  | 'secondAeProofMonths'
  | 'aeProspectingLimitPct'
>;
