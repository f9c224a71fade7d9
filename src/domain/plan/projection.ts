import { combinedFlows, type HireScenario, type MonthFlow } from './timeline';
import type { PlanInput } from './types';

/*
 * Cumulative cost and gross profit, the break-even month and the cash left each month. Cash is
 * worked out only when the monthly burn is known: cash today = runway × burn, and each month
 * spends the burn plus the hire's cost and earns the hire's gross profit.
 */

/** Long enough for any break-even or cash-out the plan reports (runway answers go up to 120). */
export const SIMULATED_MONTHS = 240;

export interface PlanMonth extends MonthFlow {
  cumCostLocal: number;
  cumGrossProfitLocal: number;
  /** Cumulative gross profit minus cumulative cost: what the hire has done to cash so far. */
  netLocal: number;
  /** Cash at the end of the month with the hire; null when the monthly burn is not known. */
  cashLocal: number | null;
}

export interface Projection {
  months: PlanMonth[];
  /** First month with someone on the job; null when nobody starts within the simulation. */
  startMonth: number | null;
  /** First month the lead hire sells at full quota. */
  fullSpeedMonth: number | null;
  /**
   * The month from which cumulative gross profit covers cumulative cost for good (a hire who
   * leaves may cover it once and fall behind again while the seat is refilled); null = never.
   */
  breakEvenMonth: number | null;
  /**
   * The month from which the hire's gross profit covers its cost each month, for good: the point
   * the engine's runway check asks the runway to reach (search + ramp + payback). Never after
   * break-even in the expected case; null = never within the simulation.
   */
  selfFundingMonth: number | null;
  /** The most cash the hire has cost at any point (the trough of `netLocal`), ≥ 0. */
  peakNeedLocal: number;
  /** With the burn known: the last month that still ends with cash ≥ 0 (0 = not even month 1). */
  cashLastsThroughMonth: number | null;
  /** Whether cash runs out within the simulation (burn known). */
  runsOut: boolean;
}

/** Monthly burn usable for cash arithmetic: given and above zero. */
export function usableBurn(input: PlanInput): number | null {
  const burn = input.monthlyBurnLocal;
  return burn !== undefined && Number.isFinite(burn) && burn > 0 ? burn : null;
}

/** Cash today, from runway × burn; null without a usable burn. */
export function cashToday(input: PlanInput): number | null {
  const burn = usableBurn(input);
  return burn === null ? null : Math.max(0, input.runwayMonths) * burn;
}

/** Projects the plan's hires under one scenario over `SIMULATED_MONTHS`. */
export function project(input: PlanInput, scenario: HireScenario = {}): Projection {
  const flows = combinedFlows(input.hires, input.salesCycleDays, SIMULATED_MONTHS, scenario);
  const burn = usableBurn(input);
  const cash0 = cashToday(input);
  let cumCost = 0;
  let cumGp = 0;
  let startMonth: number | null = null;
  let fullSpeedMonth: number | null = null;
  let breakEvenMonth: number | null = null;
  let selfFundingMonth: number | null = null;
  let peakNeed = 0;
  let lastsThrough: number | null = cash0 === null ? null : 0;
  let runsOut = false;
  const months: PlanMonth[] = [];

  for (const flow of flows) {
    cumCost += flow.costLocal;
    cumGp += flow.grossProfitLocal;
    const net = cumGp - cumCost;
    if (startMonth === null && flow.headcount > 0) startMonth = flow.month;
    if (fullSpeedMonth === null && flow.phase === 'full') fullSpeedMonth = flow.month;
    // Break-even needs a cost to cover, so it can never fall before the start.
    if (cumCost > 0 && net >= 0) breakEvenMonth ??= flow.month;
    else breakEvenMonth = null;
    if (flow.headcount > 0 && flow.grossProfitLocal >= flow.costLocal && flow.grossProfitLocal > 0)
      selfFundingMonth ??= flow.month;
    else selfFundingMonth = null;
    peakNeed = Math.max(peakNeed, -net);
    let cash: number | null = null;
    if (cash0 !== null && burn !== null) {
      cash = cash0 - burn * flow.month + net;
      if (!runsOut) {
        if (cash >= 0) lastsThrough = flow.month;
        else runsOut = true;
      }
    }
    months.push({
      month: flow.month,
      phase: flow.phase,
      rampPct: flow.rampPct,
      headcount: flow.headcount,
      costLocal: flow.costLocal,
      bookingsLocal: flow.bookingsLocal,
      grossProfitLocal: flow.grossProfitLocal,
      cumCostLocal: cumCost,
      cumGrossProfitLocal: cumGp,
      netLocal: net,
      cashLocal: cash,
    });
  }
  return {
    months,
    startMonth,
    fullSpeedMonth,
    breakEvenMonth,
    selfFundingMonth,
    peakNeedLocal: peakNeed,
    cashLastsThroughMonth: lastsThrough,
    runsOut,
  };
}

/** Without the hire: the last month that ends with cash ≥ 0 (burn known), else null. */
export function cashLastsWithoutHire(input: PlanInput): number | null {
  const burn = usableBurn(input);
  if (burn === null) return null;
  // cash0 − burn × m ≥ 0 ⇔ m ≤ runway.
  return Math.floor(Math.max(0, input.runwayMonths) + 1e-9);
}

/**
 * Whether the runway survives a projection: the hire pays for itself before the cash runs out.
 * Without the burn, the runway in months stands in for the cash: break-even within today's runway.
 */
export function survives(input: PlanInput, projection: Projection): boolean {
  return fundsUntil(input, projection, projection.breakEvenMonth);
}

/** Whether the cash (or, without the burn, the runway in months) lasts through `month`. */
export function fundsUntil(
  input: PlanInput,
  projection: Projection,
  month: number | null,
): boolean {
  if (month === null) return false;
  if (projection.cashLastsThroughMonth === null) return month <= input.runwayMonths;
  return !projection.runsOut || month <= projection.cashLastsThroughMonth;
}
