import { cashLastsWithoutHire, fundsUntil, project, survives, type Projection } from './projection';
import { cycleMonths, effectiveRampMonths } from './timeline';
import type { PlanInput } from './types';

/*
 * The cases a founder should see before signing an offer: as planned, a slow ramp, the hire
 * leaving early, and the hire selling nothing at all; plus what admitting a mis-hire costs.
 */

export type ScenarioId = 'expected' | 'slow-ramp' | 'leaves' | 'sells-nothing';

export interface ScenarioOutcome {
  id: ScenarioId;
  projection: Projection;
  /** The hire pays for itself before the cash (or, without the burn, today's runway) runs out. */
  survives: boolean;
  /**
   * The cash (or today's runway) lasts until the hire pays its own way each month: the standard the
   * runway check and the plan's own summary use, short of paying back everything.
   */
  fundsUntilSelfFunding: boolean;
  /** Slow ramp: the ramp length used. Leaves: the months on the job before leaving. */
  months?: number;
}

export interface MisHire {
  /** Month on the job at which to decide: ramp plus one sales cycle. */
  checkpointOnJobMonth: number;
  /** The same checkpoint as a plan month (from the search start). */
  checkpointPlanMonth: number;
  /**
   * (ramp + 2 sales cycles) × the monthly revenue the seat should bring (DOMAIN.md): the plan's
   * expected bookings once ramped.
   */
  lostRevenueLocal: number;
  /** What the seat has cost in cash by the checkpoint: pay, on-costs and the recruiting fee. */
  cashSpentLocal: number;
}

export interface PlanRisk {
  scenarios: Record<ScenarioId, ScenarioOutcome>;
  /** The worse of a slow ramp and an early leave (the later break-even; then the earlier cash-out). */
  worst: 'slow-ramp' | 'leaves';
  /** Without the hire, cash lasts through this month (burn known); null otherwise. */
  cashLastsWithoutHire: number | null;
  misHire: MisHire | null;
}

function outcome(
  input: PlanInput,
  id: ScenarioId,
  projection: Projection,
  months?: number,
): ScenarioOutcome {
  return {
    id,
    projection,
    survives: survives(input, projection),
    fundsUntilSelfFunding: fundsUntil(input, projection, projection.selfFundingMonth),
    ...(months === undefined ? {} : { months }),
  };
}

/** Later break-even is worse; never is worst; ties go to the earlier cash-out. */
function worse(a: ScenarioOutcome, b: ScenarioOutcome): boolean {
  const be = (o: ScenarioOutcome) => o.projection.breakEvenMonth ?? Infinity;
  if (be(a) !== be(b)) return be(a) > be(b);
  const out = (o: ScenarioOutcome) =>
    o.projection.runsOut ? (o.projection.cashLastsThroughMonth ?? Infinity) : Infinity;
  return out(a) <= out(b);
}

export function planRisk(input: PlanInput, expected: Projection): PlanRisk {
  const lead = input.hires[0];
  const leadRamp = lead ? effectiveRampMonths(lead, input.salesCycleDays) : 0;
  const slowRamp = Math.ceil(leadRamp * input.figures.slowRampFactor - 1e-9);
  const leaveAfter = Math.round(input.figures.worstCaseLeaveMonth);
  const scenarios: Record<ScenarioId, ScenarioOutcome> = {
    expected: outcome(input, 'expected', expected),
    'slow-ramp': outcome(input, 'slow-ramp', project(input, { rampMonths: slowRamp }), slowRamp),
    leaves: outcome(input, 'leaves', project(input, { leavesAfterMonths: leaveAfter }), leaveAfter),
    'sells-nothing': outcome(input, 'sells-nothing', project(input, { sellsNothing: true })),
  };
  return {
    scenarios,
    worst: worse(scenarios['slow-ramp'], scenarios.leaves) ? 'slow-ramp' : 'leaves',
    cashLastsWithoutHire: cashLastsWithoutHire(input),
    misHire: lead ? misHire(input, lead, leadRamp, expected) : null,
  };
}

function misHire(
  input: PlanInput,
  lead: PlanInput['hires'][number],
  ramp: number,
  expected: Projection,
): MisHire {
  const cycle = cycleMonths(input.salesCycleDays);
  const checkpoint = ramp + cycle;
  // The monthly revenue the seat should bring: what this plan expects it to sell once ramped, so
  // the price of a mis-hire never counts sales the pipeline could not have made. An AE closes what
  // an SDR hired beside it books as well (the plan counts those on the SDR), up to its quota.
  const booked =
    lead.role === 'ae'
      ? input.hires.reduce((sum, h) => sum + h.rampedMonthlyBookingsLocal, 0)
      : lead.rampedMonthlyBookingsLocal;
  const seatMonthly =
    lead.role === 'ae' && lead.quotaLocal !== undefined
      ? Math.min(lead.quotaLocal / 12, booked)
      : booked;
  const start = expected.startMonth ?? 1;
  return {
    checkpointOnJobMonth: checkpoint,
    checkpointPlanMonth: start + checkpoint - 1,
    lostRevenueLocal: (ramp + 2 * cycle) * seatMonthly,
    cashSpentLocal: lead.loadedMonthlyCostLocal * checkpoint + lead.recruitingFeeLocal,
  };
}
