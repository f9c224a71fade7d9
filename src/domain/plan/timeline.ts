import type { PlanEconomics } from './types';

/*
 * The month-by-month arithmetic of a hire: search and notice, start, ramp, cost, bookings and gross
 * profit. Month 1 is the month the search starts (the decision to hire). Figures are the engine's;
 * this module only lays them out in time, so the plan and the engine's payback agree.
 */

/** Average days in a month (365.25 / 12), to turn a sales cycle in days into months. */
const DAYS_PER_MONTH = 30.4375;

/** Deals signed by a hire are counted at signature (first-year value billed up front, no renewals). */
export interface MonthFlow {
  month: number;
  /** The lead hire's state this month. */
  phase: 'search' | 'ramp' | 'full' | 'gone';
  /** The lead hire's quota share this month (0 while searching). */
  rampPct: number;
  /** People on the payroll from this plan this month. */
  headcount: number;
  costLocal: number;
  bookingsLocal: number;
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

/** A sales cycle in whole months (at least 1). */
export function cycleMonths(salesCycleDays: number): number {
  return Math.max(1, Math.ceil(salesCycleDays / DAYS_PER_MONTH - 1e-9));
}

/**
 * The ramp an AE plan uses: the engine's, but never shorter than one sales cycle (a new AE cannot
 * close a deal faster than the deal takes). An SDR's ramp stands as given; the cycle delays the
 * deals from its meetings instead (`bookingLagMonths`).
 */
export function effectiveRampMonths(hire: PlanEconomics, salesCycleDays: number): number {
  const ramp = Math.max(0, Math.ceil(hire.rampMonths - 1e-9));
  return hire.role === 'ae' ? Math.max(ramp, cycleMonths(salesCycleDays)) : ramp;
}

/** Months between an SDR's meetings and the deals they lead to; none for an AE. */
export function bookingLagMonths(hire: PlanEconomics, salesCycleDays: number): number {
  return hire.role === 'sdr' ? cycleMonths(salesCycleDays) : 0;
}

/**
 * Quota share by month on the job for a ramp of `months`: month 1 at 0% (learning the product and
 * the process), then even steps, 100% from the month after the ramp. 4 → [0, 25, 50, 75].
 */
export function rampSchedule(months: number): number[] {
  const length = Math.max(0, Math.round(months));
  return Array.from({ length }, (_, i) => Math.round((100 * i) / length));
}

/** The schedule for a hire: the engine's when it matches the ramp length, else an even one. */
export function scheduleFor(hire: PlanEconomics, rampMonths: number): number[] {
  const given = hire.rampQuotaPct;
  const usable =
    given.length === rampMonths &&
    given.every(
      (pct, i) =>
        Number.isFinite(pct) && pct >= 0 && pct <= 100 && (i === 0 || pct >= (given[i - 1] ?? 0)),
    );
  return usable ? [...given] : rampSchedule(rampMonths);
}

/** Whole months of search and notice before the first day. */
export function searchMonths(hire: PlanEconomics): number {
  return Math.max(0, Math.ceil(hire.timeToHireMonths - 1e-9));
}

/**
 * One hire's flows for months 1…`months`. With `leavesAfterMonths`, the seat is empty for a new
 * search after the leave and the replacement starts from month 1 of the ramp again, with a new
 * recruiting fee: the realistic cost of a hire that does not work out.
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
  const schedule = ramp === baseRamp ? scheduleFor(hire, ramp) : rampSchedule(ramp);
  const lag = bookingLagMonths(hire, salesCycleDays);
  const pctOnJob = (k: number) =>
    k < 1 ? 0 : k <= schedule.length ? (schedule[k - 1] ?? 100) : 100;
  const leave = scenario.leavesAfterMonths;

  const flows: MonthFlow[] = [];
  for (let month = 1; month <= months; month++) {
    // Months on the job of whoever holds the seat now (0 = nobody), and whether it is the replacement.
    let onJob = month - search;
    let phase: MonthFlow['phase'] = onJob < 1 ? 'search' : 'ramp';
    if (leave !== undefined && onJob > leave) {
      const replacementOnJob = onJob - leave - search;
      onJob = replacementOnJob;
      if (replacementOnJob < 1) phase = 'gone';
    }
    const working = onJob >= 1;
    const pct = working ? pctOnJob(onJob) : 0;
    if (working && pct >= 100) phase = 'full';
    // An SDR's meetings turn into deals a cycle later; the deals follow the SDR's ramp shifted by the lag.
    const bookingPct = working ? pctOnJob(onJob - lag) : 0;
    const cost = working
      ? hire.loadedMonthlyCostLocal + (onJob === 1 ? hire.recruitingFeeLocal : 0)
      : 0;
    const share = scenario.sellsNothing ? 0 : bookingPct / 100;
    flows.push({
      month,
      phase,
      rampPct: pct,
      headcount: working ? 1 : 0,
      costLocal: cost,
      bookingsLocal: hire.rampedMonthlyBookingsLocal * share,
      grossProfitLocal: hire.rampedMonthlyGrossProfitLocal * share,
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
