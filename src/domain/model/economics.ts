import {
  AE_OTE_KEY,
  AE_RAMP_KEY,
  FX_KEY,
  ON_COST_KEY,
  PAY_LEVEL_KEY,
  TIME_TO_HIRE_KEY,
  usdPer,
  type AssumptionKey,
  type Assumptions,
} from '../assumptions';
import type { CompleteAnswers, HireRegion } from '../answers/schema';
import type { AeProfile, HireEconomics } from '../types';
import { cycleMonths } from './profile';

/*
 * What a hire costs and earns, in the company's currency. Pay starts from the US benchmark for the
 * role and profile, is scaled by the regional pay level, and converted with the FX assumption.
 * Payback is on gross profit (bookings × gross margin), the way the benchmarks count it, and the
 * runway a hire needs adds the months to find the person and the months they ramp.
 */

/** Regional pay level as a fraction of US pay. */
export function payLevel(region: HireRegion, a: Assumptions): number {
  const key = PAY_LEVEL_KEY[region];
  return key === null ? 1 : a[key] / 100;
}

/** Quota % for each ramp month: month 1 at 0% (training), then even steps to full. */
export function rampSchedule(months: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < months; i++) out.push(Math.round((100 * i) / months));
  return out;
}

interface Flow {
  loadedMonthly: number;
  fee: number;
  rampedBookings: number;
  grossMargin: number;
  rampMonths: number;
  timeToHire: number;
  horizon: number;
  /** Months from the work to the signature: an SDR's meetings sign one sales cycle later. */
  signDelay: number;
}

/**
 * What the hire has cost beyond the gross profit it has brought, by the end of whole month `month`
 * counted from the start of the search (the same months as breakEven). Until the hire pays its own
 * way each month this only grows, so at the month it starts to is when the company's cash is
 * lowest on its account.
 */
function costNotYetRepaid(f: Flow, month: number): number {
  const start = Math.ceil(f.timeToHire);
  const last = month;
  let cost = 0;
  let profit = 0;
  let monthlyProfit = 0;
  for (let t = start + 1; t <= last; t++) {
    const s = t - start;
    if (s === 1) cost += f.fee;
    cost += f.loadedMonthly;
    profit += monthlyProfit;
    const w = s - f.signDelay;
    const rampPct = w < 1 ? 0 : w <= f.rampMonths ? (w - 1) / f.rampMonths : 1;
    monthlyProfit += (rampPct * f.rampedBookings * f.grossMargin) / 12;
  }
  return Math.max(0, cost - profit);
}

/** Months of a ramped hire's added gross profit that repay one month's cost; null if never. */
function payback(f: Flow): number | null {
  const gpAdded = (f.rampedBookings * f.grossMargin) / 12;
  if (gpAdded <= 0) return null;
  const months = f.loadedMonthly / gpAdded;
  return months > f.horizon ? null : months;
}

/**
 * Months from the start of the search until the hire's cumulative gross profit covers everything it
 * cost (fee, pay while ramping, pay since). Each month's new business adds recurring gross profit
 * from the following month on.
 */
export function breakEven(f: Flow): number | null {
  const start = Math.ceil(f.timeToHire);
  let cost = 0;
  let profit = 0;
  let monthlyProfit = 0;
  for (let t = 1; t <= f.horizon; t++) {
    if (t <= start) continue;
    const s = t - start; // month of employment, from 1
    if (s === 1) cost += f.fee;
    cost += f.loadedMonthly;
    profit += monthlyProfit;
    const w = s - f.signDelay; // month of employment whose work signs now
    const rampPct = w < 1 ? 0 : w <= f.rampMonths ? (w - 1) / f.rampMonths : 1;
    monthlyProfit += (rampPct * f.rampedBookings * f.grossMargin) / 12;
    if (profit >= cost) return t;
  }
  return null;
}

export interface HireInput {
  answers: CompleteAnswers;
  a: Assumptions;
  profile: AeProfile;
  acvUsd: number;
  /** Opportunities a month this hire would work (AE) or create (SDR), once ramped. */
  oppsPerMonth: number;
  /** Skip the month-by-month break-even (lever trials do not show it). */
  quick?: boolean;
}

const NONE: never[] = [];

function common(input: HireInput, oteUsd: number, baseKeys: AssumptionKey[]) {
  const { answers, a } = input;
  const region = answers.hireRegion;
  const fx = usdPer(answers.currency, a);
  const oteLocal = (oteUsd * payLevel(region, a)) / fx;
  const onCostPct = a[ON_COST_KEY[region]];
  const loadedMonthly = (oteLocal * (1 + onCostPct / 100)) / 12 + a.toolsMonthlyUsd / fx;
  const keys: AssumptionKey[] = input.quick
    ? NONE
    : baseKeys.concat([
        ON_COST_KEY[region],
        TIME_TO_HIRE_KEY[region],
        'toolsMonthlyUsd',
        'recruitingFeePct',
        'grossMarginPct',
        'paybackHorizonMonths',
      ]);
  const payKey = PAY_LEVEL_KEY[region];
  const fxKey = FX_KEY[answers.currency];
  if (!input.quick) {
    if (payKey) keys.push(payKey);
    if (fxKey) keys.push(fxKey);
  }
  return {
    region,
    fx,
    oteLocal,
    onCostPct,
    loadedMonthly,
    fee: (oteLocal * a.recruitingFeePct) / 100,
    timeToHire: a[TIME_TO_HIRE_KEY[region]],
    keys,
  };
}

/**
 * Fills the payback figures into a freshly built HireEconomics. It writes into the object rather
 * than copying it: object spread is by far the slowest step on the engine's hot path (every lever
 * and confidence trial builds two of these).
 */
function finish(
  e: HireEconomics,
  a: Assumptions,
  quick: boolean | undefined,
  burn: number | undefined,
  signDelay = 0,
): HireEconomics {
  const flow: Flow = {
    loadedMonthly: e.loadedMonthlyCostLocal,
    fee: e.recruitingFeeLocal,
    rampedBookings: e.rampedMonthlyBookingsLocal,
    grossMargin: e.grossMarginPct / 100,
    rampMonths: e.rampMonths,
    timeToHire: e.timeToHireMonths,
    horizon: a.paybackHorizonMonths,
    signDelay,
  };
  const paybackMonths = payback(flow);
  e.rampedMonthlyGrossProfitLocal = (flow.rampedBookings * flow.grossMargin) / 12;
  e.paybackMonths = paybackMonths;
  e.breakEvenMonths = quick ? null : breakEven(flow);
  const paysItsWay =
    paybackMonths === null ? null : e.timeToHireMonths + e.rampMonths + paybackMonths;
  // With the burn known, today's runway is cash at today's burn, and the hire's cost beyond what
  // it brings in until it pays its own way comes out of that cash too. Counted by whole months,
  // as the hiring plan's projection counts cash: the runway must reach the month the hire pays
  // its way plus that cost in months of burn.
  if (paysItsWay !== null && burn !== undefined && burn > 0) {
    const month = Math.ceil(paysItsWay - 1e-9);
    e.burnMonths = month - paysItsWay + costNotYetRepaid(flow, month) / burn;
  } else e.burnMonths = 0;
  e.runwayNeededMonths = paysItsWay === null ? null : paysItsWay + e.burnMonths;
  return e;
}

/** The next account executive: pay by profile and region, quota, ramp, and what they would sell. */
export function aeEconomics(input: HireInput): HireEconomics {
  const { answers, a, profile } = input;
  const firstHire = answers.aes === 0;
  const quotaMultiple = firstHire ? a.quotaMultipleFirstHire : a.quotaMultiple;
  const c = common(input, a[AE_OTE_KEY[profile]], [
    AE_OTE_KEY[profile],
    AE_RAMP_KEY[profile],
    firstHire ? 'quotaMultipleFirstHire' : 'quotaMultiple',
    'aeBaseSharePct',
  ]);
  const quotaLocal = c.oteLocal * quotaMultiple;
  const acvLocal = answers.acv;
  const rampMonths = Math.max(
    a[AE_RAMP_KEY[profile]],
    Math.ceil(cycleMonths(answers.salesCycleDays)),
  );
  const sold = input.oppsPerMonth * (answers.closeRatePct / 100) * acvLocal;
  return finish(
    {
      role: 'ae',
      profile,
      region: c.region,
      currency: answers.currency,
      oteLocal: c.oteLocal,
      baseSharePct: a.aeBaseSharePct,
      quotaLocal,
      quotaMultiple,
      rampMonths,
      rampQuotaPct: input.quick ? NONE : rampSchedule(rampMonths),
      timeToHireMonths: c.timeToHire,
      onCostPct: c.onCostPct,
      recruitingFeeLocal: c.fee,
      loadedMonthlyCostLocal: c.loadedMonthly,
      grossMarginPct: a.grossMarginPct,
      // A ramped AE closes what their pipeline allows, up to the share of quota ramped closers
      // actually make (the same attainment closer capacity is counted at).
      rampedMonthlyBookingsLocal: Math.min(sold, (quotaLocal * a.attainmentPct) / 100 / 12),
      rampedMonthlyGrossProfitLocal: 0,
      paybackMonths: null,
      breakEvenMonths: null,
      runwayNeededMonths: null,
      burnMonths: 0,
      oppsPerMonth: input.oppsPerMonth,
      assumptionKeys: c.keys,
    },
    a,
    input.quick,
    answers.monthlyBurn,
  );
}

/** Opportunities a ramped SDR creates a month where the hire sits (fewer in Europe). */
export function sdrOppsPerMonth(region: HireRegion, profile: AeProfile, a: Assumptions): number {
  const europe = region === 'eu-west' || region === 'eu-south-east';
  const meetings =
    a.sdrMeetingsPerMonth *
    (europe ? a.sdrOutputEuropePct / 100 : 1) *
    (profile === 'enterprise' ? a.sdrOutputEnterprisePct / 100 : 1);
  return (meetings * a.meetingToOppPct) / 100;
}

/** The next SDR: pay by region, and the deals its opportunities close at the outbound rate. */
export function sdrEconomics(input: HireInput): HireEconomics {
  const { answers, a } = input;
  const c = common(input, a.sdrOteUsd, [
    'sdrOteUsd',
    'sdrRampMonths',
    'sdrBaseSharePct',
    'sdrMeetingsPerMonth',
    'meetingToOppPct',
    'outboundCloseRatioPct',
  ]);
  const europe = c.region === 'eu-west' || c.region === 'eu-south-east';
  if (europe && !input.quick) c.keys.push('sdrOutputEuropePct');
  if (input.profile === 'enterprise' && !input.quick) c.keys.push('sdrOutputEnterprisePct');
  const outboundClose = (answers.closeRatePct / 100) * (a.outboundCloseRatioPct / 100);
  return finish(
    {
      role: 'sdr',
      region: c.region,
      currency: answers.currency,
      oteLocal: c.oteLocal,
      baseSharePct: a.sdrBaseSharePct,
      rampMonths: a.sdrRampMonths,
      rampQuotaPct: input.quick ? NONE : rampSchedule(a.sdrRampMonths),
      timeToHireMonths: c.timeToHire,
      onCostPct: c.onCostPct,
      recruitingFeeLocal: c.fee,
      loadedMonthlyCostLocal: c.loadedMonthly,
      grossMarginPct: a.grossMarginPct,
      rampedMonthlyBookingsLocal: input.oppsPerMonth * outboundClose * answers.acv,
      rampedMonthlyGrossProfitLocal: 0,
      paybackMonths: null,
      breakEvenMonths: null,
      runwayNeededMonths: null,
      burnMonths: 0,
      oppsPerMonth: input.oppsPerMonth,
      assumptionKeys: c.keys,
    },
    a,
    input.quick,
    answers.monthlyBurn,
    wholeCycleMonths(answers.salesCycleDays),
  );
}

/** A sales cycle in whole months, at least one: how long after a meeting its deal signs. */
export function wholeCycleMonths(cycleDays: number): number {
  return Math.max(1, Math.ceil(cycleMonths(cycleDays) - 1e-9));
}

/**
 * An AE and an SDR hired together: the AE works the spare pipeline plus the SDR's opportunities
 * (which close at the outbound rate). Returns the pair's payback and runway need.
 */
export function pairEconomics(ae: HireEconomics, sdr: HireEconomics, a: Assumptions) {
  const sdrBookings = Math.min(
    sdr.rampedMonthlyBookingsLocal,
    Math.max(
      0,
      ((ae.quotaLocal ?? 0) * a.attainmentPct) / 100 / 12 - ae.rampedMonthlyBookingsLocal,
    ),
  );
  const bookings = ae.rampedMonthlyBookingsLocal + sdrBookings;
  const gp = (bookings * a.grossMarginPct) / 1200;
  const cost = ae.loadedMonthlyCostLocal + sdr.loadedMonthlyCostLocal;
  const p = gp > 0 && cost / gp <= a.paybackHorizonMonths ? cost / gp : null;
  const ramp = Math.max(ae.rampMonths, sdr.rampMonths);
  const hire = Math.max(ae.timeToHireMonths, sdr.timeToHireMonths);
  // Both hires' costs before they pay their way come out of a known burn's cash (see finish()).
  const burnMonths = ae.burnMonths + sdr.burnMonths;
  return {
    rampedMonthlyBookingsLocal: bookings,
    paybackMonths: p,
    runwayNeededMonths: p === null ? null : hire + ramp + p + burnMonths,
    burnMonths,
  };
}
