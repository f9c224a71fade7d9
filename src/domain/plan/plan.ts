import { PLAN_HORIZON_MONTHS } from './plan-figures';
import { payPlan, type PayPlan } from './pay-plan';
import { fundsUntil, project, survives, type PlanMonth, type Projection } from './projection';
import { planRisk, type PlanRisk } from './risk';
import { roleKitId, type RoleKitId } from './role-kit';
import { hireSequence, type SequenceStep } from './sequence';
import { effectiveRampMonths } from './timeline';
import type { PlanInput, PlanKind } from './types';

export interface HiringPlan {
  kind: PlanKind;
  deferred: boolean;
  horizonMonths: number;
  /** Months 1…horizon of the expected case (the chart and its table). */
  months: PlanMonth[];
  expected: Projection;
  /** Months of ramp of the lead hire (never shorter than one sales cycle for an AE). */
  rampMonths: number;
  /** The expected case pays back before the money (or today's runway) runs out. */
  survives: boolean;
  /**
   * Today's runway (or cash, with the burn) lasts until the hire pays its own way each month: what
   * the engine's runway check asks. True whenever `survives` is.
   */
  fundsUntilSelfFunding: boolean;
  /**
   * The month the hire pays its own way each month, as the verdict's runway check counts it
   * (search + ramp + payback, rounded up); null: never within the limit.
   */
  selfFundingMonth: number | null;
  pay: PayPlan[];
  sequence: SequenceStep[];
  risk: PlanRisk;
  roleKit: RoleKitId;
  runwayMonths: number;
  /** Monthly burn as given (null: not given). */
  monthlyBurnLocal: number | null;
  /** Qualified opportunities a month one AE needs for quota, at the figures planned (null: 0% close rate). */
  oppsNeededPerAe: number | null;
  /**
   * Qualified opportunities a month the planned AE would work once ramped: its own, plus what an
   * SDR hired beside it books (null: no AE in the plan).
   */
  oppsWorkedPerAe: number | null;
  /**
   * The share of a full monthly quota the lead AE is expected to book once ramped, in percent: the
   * share ramped closers reach (attainment), or less where the pipeline is short. The month table's
   * bookings are each month's quota at this share. Null: the lead hire is an SDR, or has no quota.
   */
  leadQuotaSharePct: number | null;
  /** Set when a deferred plan is figured at the close rate that clears the verdict (see PlanInput). */
  clearedCloseRate?: { pct: number; todayPct: number };
  /** A deferred plan whose hire pays back too slowly at today's figures (see PlanInput). */
  paybackHeld: boolean;
}

/**
 * The hiring plan for the recommended hire(s): 24 months of cost, bookings and gross profit, the
 * pay plan, the hires that follow, the risks and the role kit. Pure and deterministic.
 */
export function buildPlan(input: PlanInput): HiringPlan {
  const horizon = PLAN_HORIZON_MONTHS;
  const expected = project(input);
  const lead = input.hires[0];
  const need = input.runwayNeededMonths;
  const selfFundingMonth =
    need === undefined ? expected.selfFundingMonth : need === null ? null : Math.ceil(need - 1e-9);
  return {
    kind: input.kind,
    deferred: input.deferred,
    horizonMonths: horizon,
    months: expected.months.slice(0, horizon),
    expected,
    rampMonths: lead ? effectiveRampMonths(lead, input.salesCycleDays) : 0,
    survives: survives(input, expected),
    fundsUntilSelfFunding: fundsUntil(input, expected, selfFundingMonth),
    selfFundingMonth,
    pay: input.hires.map((hire) =>
      payPlan(hire, input.salesCycleDays, input.pipeline.sdrOppsPerMonth),
    ),
    sequence: hireSequence(input, expected, horizon),
    risk: planRisk(input, expected),
    roleKit: roleKitId(lead?.role ?? 'ae', lead?.profile),
    runwayMonths: input.runwayMonths,
    monthlyBurnLocal: input.monthlyBurnLocal ?? null,
    oppsNeededPerAe: input.pipeline.oppsNeededPerAe,
    oppsWorkedPerAe: oppsWorked(input),
    leadQuotaSharePct: quotaShare(lead),
    ...(input.clearedCloseRate ? { clearedCloseRate: input.clearedCloseRate } : {}),
    paybackHeld: input.paybackHeld === true,
  };
}

function oppsWorked(input: PlanInput): number | null {
  const ae = input.hires.find((h) => h.role === 'ae');
  if (!ae) return null;
  const sdr = input.kind === 'both' ? input.hires.find((h) => h.role === 'sdr') : undefined;
  return (ae.oppsPerMonth ?? 0) + (sdr?.oppsPerMonth ?? 0);
}

function quotaShare(lead: PlanInput['hires'][number] | undefined): number | null {
  if (!lead || lead.role !== 'ae' || lead.quotaLocal === undefined || lead.quotaLocal <= 0)
    return null;
  return (lead.rampedMonthlyBookingsLocal / (lead.quotaLocal / 12)) * 100;
}
