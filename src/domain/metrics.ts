import type { Answers } from './answers';
import type { Assumptions } from './assumptions';
import type { FullMetrics } from './facts';

/*
 * The arithmetic of ../shared/DOMAIN.md ("Arithmetic the engine can show"), as plain functions of
 * the answers and the assumptions. Every benchmark figure comes from the assumptions; the only
 * constants here are calendar facts. docs/decisions/002-engine-semantics.md gives the formulas in
 * words.
 */

/** Average days in a month (365 / 12): a calendar constant, not a benchmark. */
export const DAYS_PER_MONTH = 365 / 12;

/** The answers' currency converted to US dollars with the FX assumptions. */
export function usdPerUnit(currency: Answers['currency'], a: Assumptions): number {
  if (currency === 'EUR') return a.usdPerEur;
  if (currency === 'GBP') return a.usdPerGbp;
  return 1;
}

/**
 * Months from a hire's start until cumulative bookings cover cumulative fully-loaded cost, or
 * `null` when that does not happen within `horizon` months.
 *
 * Output ramps linearly: in month m (counted after `delayMonths`, the time before the hire's work
 * can turn into signed deals) the hire produces min(1, m / (ramp + 1)) of `fullMonthlyBookings`,
 * so with a 5-month ramp months 1–5 bring 1/6 … 5/6 and month 6 is the first at full speed (the
 * Bridge Group meaning of ramp: months before full productivity).
 */
export function paybackMonths(
  fullMonthlyBookings: number,
  monthlyCost: number,
  rampMonths: number,
  delayMonths: number,
  horizon: number,
): number | null {
  if (!(fullMonthlyBookings > 0)) return null;
  if (!(monthlyCost > 0)) return 1;
  let booked = 0;
  for (let m = 1; m <= horizon; m++) {
    const productive = m - delayMonths;
    const share = productive <= 0 ? 0 : Math.min(1, productive / (rampMonths + 1));
    booked += fullMonthlyBookings * share;
    if (booked >= monthlyCost * m) return m;
    if (share === 1) {
      // At full speed the gap closes by (bookings − cost) a month; if it cannot, it never will.
      if (fullMonthlyBookings <= monthlyCost) return null;
      const more = Math.ceil((monthlyCost * m - booked) / (fullMonthlyBookings - monthlyCost));
      const month = m + Math.max(1, more);
      return month <= horizon ? month : null;
    }
  }
  return null;
}

/**
 * Every metric the assessment shows, from answers and assumptions.
 *
 * Capacity model (Little's law: throughput = work in progress ÷ time in the system): one full-time
 * closer works `aeActiveDeals` open deals at once and each stays open about one sales cycle, so it
 * can take on aeActiveDeals × 30.4 / salesCycleDays new opportunities a month. Founders count as
 * the share of one closer that their sustainable selling time makes up: the saturation share of a
 * founder's week (founderWeekHours × founderSalesSharePct, 10 of 50 hours by default) ÷ a closer's
 * selling week. Hours above that are exactly what a hire should take over, so a saturated founder
 * is not counted as extra capacity; a founder who sells less than that still has the room.
 */
export function computeMetrics(answers: Answers, a: Assumptions): FullMetrics {
  const acvUsd = answers.acv * usdPerUnit(answers.currency, a);
  const aeQuotaUsd = a.aeOteUsd * a.quotaMultiple;
  const closeRate = answers.closeRatePct / 100;
  const bookingsPerOpp = acvUsd * closeRate;
  // A close rate or deal size so small that the need overflows is treated like a zero close rate.
  const need = bookingsPerOpp > 0 ? aeQuotaUsd / 12 / bookingsPerOpp : Number.POSITIVE_INFINITY;
  const oppsNeededPerAe = Number.isFinite(need) ? need : null;
  const oppsPerMonth = answers.qualifiedOppsPerMonth;

  const oppsPerCloserPerMonth = (a.aeActiveDeals * DAYS_PER_MONTH) / answers.salesCycleDays;
  const founderCapacityHours = (a.founderWeekHours * a.founderSalesSharePct) / 100;
  const closerEquivalents = answers.aes + founderCapacityHours / a.closerHoursPerWeek;
  const closingCapacityPerMonth = closerEquivalents * oppsPerCloserPerMonth;
  const surplusOppsPerMonth = Math.max(0, oppsPerMonth - closingCapacityPerMonth);
  const spareCapacityPerMonth = Math.max(0, closingCapacityPerMonth - oppsPerMonth);
  const pipelineCoverage = oppsNeededPerAe === null ? null : surplusOppsPerMonth / oppsNeededPerAe;

  const aeLoadedCostUsd = a.aeOteUsd * a.loadedCostMultiplier;
  const sdrLoadedCostUsd = a.sdrOteUsd * a.loadedCostMultiplier;
  const cycleMonths = answers.salesCycleDays / DAYS_PER_MONTH;

  // A new AE cannot close before one sales cycle has passed, so the ramp is at least one cycle
  // (DOMAIN.md: ramp ≈ one sales cycle), counted in whole months.
  const aeEffectiveRampMonths = Math.max(a.aeRampMonths, Math.ceil(cycleMonths));
  // The AE is fed by the surplus only (the pipeline actually available) and sells at most quota.
  const aeMonthlyBookings = Math.min(aeQuotaUsd / 12, surplusOppsPerMonth * bookingsPerOpp);
  const aePaybackMonths = paybackMonths(
    aeMonthlyBookings,
    aeLoadedCostUsd / 12,
    aeEffectiveRampMonths,
    0,
    a.paybackHorizonMonths,
  );

  const sdrOppsPerMonth = (a.sdrMeetingsPerMonth * a.meetingToOppPct) / 100;
  // An SDR's meetings become signed deals one sales cycle after they are booked.
  const sdrPaybackMonths = paybackMonths(
    sdrOppsPerMonth * bookingsPerOpp,
    sdrLoadedCostUsd / 12,
    a.sdrRampMonths,
    cycleMonths,
    a.paybackHorizonMonths,
  );

  // Hired together, the SDR feeds the AE: the pair books what the AE closes from the surplus plus
  // the SDR's opportunities (still capped at quota), against both costs. The AE's ramp, at least
  // one sales cycle, also covers the time the SDR's first meetings need to become deals.
  const bothPaybackMonths = paybackMonths(
    Math.min(aeQuotaUsd / 12, (surplusOppsPerMonth + sdrOppsPerMonth) * bookingsPerOpp),
    (aeLoadedCostUsd + sdrLoadedCostUsd) / 12,
    aeEffectiveRampMonths,
    0,
    a.paybackHorizonMonths,
  );

  // Runway needed = ramp + payback, as DOMAIN.md's runway check states it. Payback already counts
  // from the start date, so the ramp is in effect counted twice: a deliberate margin, because
  // payback is measured in bookings and the cash from a first-year contract arrives later.
  const runwayNeededMonths =
    aePaybackMonths === null ? null : aeEffectiveRampMonths + aePaybackMonths;
  const sdrRunwayNeededMonths =
    sdrPaybackMonths === null ? null : a.sdrRampMonths + sdrPaybackMonths;
  const bothRunwayNeededMonths =
    bothPaybackMonths === null ? null : aeEffectiveRampMonths + bothPaybackMonths;

  return {
    acvUsd,
    aeQuotaUsd,
    oppsNeededPerAe,
    oppsPerMonth,
    closingCapacityPerMonth,
    surplusOppsPerMonth,
    pipelineCoverage,
    aeLoadedCostUsd,
    sdrLoadedCostUsd,
    aePaybackMonths,
    sdrOppsPerMonth,
    sdrPaybackMonths,
    founderSalesSharePct: (answers.founderSalesHours / a.founderWeekHours) * 100,
    runwayNeededMonths,
    oppsPerCloserPerMonth,
    founderCapacityHours,
    spareCapacityPerMonth,
    aeEffectiveRampMonths,
    sdrRunwayNeededMonths,
    bothPaybackMonths,
    bothRunwayNeededMonths,
  };
}
