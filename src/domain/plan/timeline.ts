import { wholeCycleMonths } from '../model/economics';
import type { PlanEconomics } from './types';

/*
 * The month-by-month arithmetic of a hire: search and notice, start, ramp, cost, bookings and gross
 * profit. Month 1 is the month the search starts (the decision to hire). The figures are the
 * engine's and so is the way they add up (src/domain/model/economics.ts `breakEven`): a month's
 * new business is annual contract value, and it adds recurring gross profit (value × margin ÷ 12)
 * every month from the following month on. Churn is not modelled within the plan's horizon.
 */

export interface MonthFlow {
  month: number;
  /** The lead hire's state this month. */
  phase: 'search' | 'ramp' | 'full' | 'gone';
  /** The lead hire's quota share this month (0 while searching). */
  rampPct: number;
  /** People on the payroll from this plan this month. */
  headcount: number;
  costLocal: number;
  /** New annual contract value signed this month. */
  bookingsLocal: number;
  /** Gross profit this month from everything signed in earlier months. */
  grossProfitLocal: number;
}

export interface HireScenario {
  /** Replace the ramp length (the slow-ramp case); the schedule is stretched to it. */
  rampMonths?: number;
  /** The hire leaves after this many months on the job and a replacement is searched and ramped. */
  leavesAfterMonths?: number;
  /** The hire costs as planned but signs nothing (the money-runs-out case). */
  sellsNothing?: boolean;
}

/** A sales cycle in whole months (at least 1), counted as the engine counts it. */
export function cycleMonths(salesCycleDays: number): number {
  return wholeCycleMonths(salesCycleDays);
}

/**
 * The ramp a plan uses: the engine's, and for an AE never shorter than one sales cycle (a new AE
 * cannot close a deal faster than the deal takes; the engine applies the same floor).
 */
export function effectiveRampMonths(hire: PlanEconomics, salesCycleDays: number): number {
  const ramp = Math.max(0, Math.ceil(hire.rampMonths - 1e-9));
  return hire.role === 'ae' ? Math.max(ramp, cycleMonths(salesCycleDays)) : ramp;
}

/**
 * Months between the work of a hire and the deals it signs: an SDR's meetings close one sales cycle
 * later; an AE's own closing is already in the ramp, which is never shorter than a cycle.
 */
export function signDelayMonths(hire: PlanEconomics, salesCycleDays: number): number {
  return hire.role === 'sdr' ? cycleMonths(salesCycleDays) : 0;
}

/**
 * Quota share by month on the job for a ramp of `months`, rounded for display: month 1 at 0%
 * (learning the product and the process), then even steps, 100% after the ramp. 4 → [0, 25, 50, 75].
 */
export function rampSchedule(months: number): number[] {
  return evenSchedule(months).map(Math.round);
}

function evenSchedule(months: number): number[] {
  const length = Math.max(0, Math.round(months));
  return Array.from({ length }, (_, i) => (100 * i) / length);
}

/**
 * The schedule the arithmetic uses: even steps (unrounded, as the engine counts them) unless the
 * engine gave a different, valid schedule of the right length.
 */
export function scheduleFor(hire: PlanEconomics, rampMonths: number): number[] {
  const given = hire.rampQuotaPct;
  const even = rampSchedule(rampMonths);
  const usable =
    given.length === rampMonths &&
    given.every(
      (pct, i) =>
        Number.isFinite(pct) && pct >= 0 && pct <= 100 && (i === 0 || pct >= (given[i - 1] ?? 0)),
    );
  const isEven = usable && given.every((pct, i) => pct === even[i]);
  return usable && !isEven ? [...given] : evenSchedule(rampMonths);
}

/** Whole months of search and notice before the first day. */
export function searchMonths(hire: PlanEconomics): number {
  return Math.max(0, Math.ceil(hire.timeToHireMonths - 1e-9));
}

/**
 * One hire's flows for months 1…`months`. With `leavesAfterMonths`, the seat is empty for a new
 * search after the leave and the replacement starts from month 1 of the ramp again, with a new
 * recruiting fee: the realistic cost of a hire that does not work out. Customers the first hire
 * signed keep paying.
 */
export function hireFlows(
  hire: PlanEconomics,
  salesCycleDays: number,
  months: number,
  scenario: HireScenario = {},
): MonthFlow[] {
  const search = searchMonths(hire);
  const baseRamp = effectiveRampMonths(hire, salesCycleDays);
  const ramp =
    scenario.rampMonths === undefined
      ? baseRamp
      : Math.max(baseRamp, Math.ceil(scenario.rampMonths - 1e-9));
  const schedule = ramp === baseRamp ? scheduleFor(hire, ramp) : evenSchedule(ramp);
  const pctOnJob = (k: number) =>
    k < 1 ? 0 : k <= schedule.length ? (schedule[k - 1] ?? 100) : 100;
  const leave = scenario.leavesAfterMonths;
  const share = scenario.sellsNothing ? 0 : 1;
  // An SDR's meetings are worked by a closer and sign one sales cycle later (an AE's ramp already
  // starts at 0% for as long as a deal takes); meetings booked before an SDR leaves still sign.
  const signDelay = signDelayMonths(hire, salesCycleDays);
  const output: number[] = [];
  // Gross profit a month from everything signed so far (recurring from the month after signing).
  let runRate = 0;

  const flows: MonthFlow[] = [];
  for (let month = 1; month <= months; month++) {
    // Months on the job of whoever holds the seat now (< 1: nobody).
    let onJob = month - search;
    let phase: MonthFlow['phase'] = onJob < 1 ? 'search' : 'ramp';
    if (leave !== undefined && onJob > leave) {
      onJob = onJob - leave - search;
      if (onJob < 1) phase = 'gone';
    }
    const working = onJob >= 1;
    const pct = working ? pctOnJob(onJob) : 0;
    if (working && pct >= 100) phase = 'full';
    const cost = working
      ? hire.loadedMonthlyCostLocal + (onJob === 1 ? hire.recruitingFeeLocal : 0)
      : 0;
    output.push((pct * share) / 100);
    const signed = output[month - 1 - signDelay] ?? 0;
    const grossProfit = runRate;
    runRate += hire.rampedMonthlyGrossProfitLocal * signed;
    flows.push({
      month,
      phase,
      rampPct: pct,
      headcount: working ? 1 : 0,
      costLocal: cost,
      bookingsLocal: hire.rampedMonthlyBookingsLocal * signed,
      grossProfitLocal: grossProfit,
    });
  }
  return flows;
}

/** Several hires made at once, month by month; the first hire sets the phase. */
export function combinedFlows(
  hires: readonly PlanEconomics[],
  salesCycleDays: number,
  months: number,
  scenario: HireScenario = {},
): MonthFlow[] {
  const each = hires.map((hire) => hireFlows(hire, salesCycleDays, months, scenario));
  const lead = each[0];
  if (!lead) return [];
  // Plain loops and literal objects: this runs for 240 months in four cases on every render.
  const out: MonthFlow[] = [];
  for (let i = 0; i < lead.length; i++) {
    const first = lead[i] as MonthFlow;
    let headcount = 0;
    let cost = 0;
    let bookings = 0;
    let gp = 0;
    for (const flows of each) {
      const f = flows[i] as MonthFlow;
      headcount += f.headcount;
      cost += f.costLocal;
      bookings += f.bookingsLocal;
      gp += f.grossProfitLocal;
    }
    out.push({
      month: first.month,
      phase: first.phase,
      rampPct: first.rampPct,
      headcount,
      costLocal: cost,
      bookingsLocal: bookings,
      grossProfitLocal: gp,
    });
  }
  return out;
}
