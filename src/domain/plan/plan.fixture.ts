import { planFigureValues } from './plan-figures';
import { rampSchedule } from './timeline';
import type { HireEconomics } from '../types';
import type { PlanInput } from './types';

/*
 * Hand-written plan inputs for unit tests: figures chosen so the arithmetic can be checked on
 * paper. (Scenario tests go through the engine instead.)
 */

/** A US mid-market AE (the engine's HireEconomics shape): $150k OTE, 50/50, 5× quota, 5-month ramp, 3 months to hire. */
export function midMarketAe(overrides: Partial<HireEconomics> = {}): HireEconomics {
  return {
    role: 'ae',
    profile: 'mid-market',
    region: 'us',
    currency: 'USD',
    oteLocal: 150_000,
    baseSharePct: 50,
    quotaLocal: 750_000,
    quotaMultiple: 5,
    rampMonths: 5,
    rampQuotaPct: rampSchedule(5),
    timeToHireMonths: 3,
    onCostPct: 10,
    recruitingFeeLocal: 30_000,
    loadedMonthlyCostLocal: 14_500,
    grossMarginPct: 78,
    rampedMonthlyBookingsLocal: 62_500,
    // 62,500 × 78% ÷ 12: the gross profit a month of ramped bookings adds every following month.
    rampedMonthlyGrossProfitLocal: 4_062.5,
    paybackMonths: 3.6,
    breakEvenMonths: 18,
    runwayNeededMonths: 11.6,
    burnMonths: 0,
    oppsPerMonth: 10,
    assumptionKeys: [
      'aeOteUsd',
      'aeRampMonths',
      'quotaMultipleFirstHire',
      'aeBaseSharePct',
      'onCostPctUs',
      'timeToHireMonthsUs',
      'toolsMonthlyUsd',
      'recruitingFeePct',
      'grossMarginPct',
    ],
    ...overrides,
  };
}

export function sdrHire(overrides: Partial<HireEconomics> = {}): HireEconomics {
  return {
    role: 'sdr',
    region: 'us',
    currency: 'USD',
    oteLocal: 80_000,
    baseSharePct: 65,
    rampMonths: 3,
    rampQuotaPct: rampSchedule(3),
    timeToHireMonths: 2,
    onCostPct: 10,
    recruitingFeeLocal: 16_000,
    loadedMonthlyCostLocal: 7_800,
    grossMarginPct: 78,
    rampedMonthlyBookingsLocal: 25_000,
    rampedMonthlyGrossProfitLocal: 1_625,
    paybackMonths: 4.8,
    breakEvenMonths: null,
    runwayNeededMonths: 9.8,
    burnMonths: 0,
    oppsPerMonth: 7.5,
    assumptionKeys: ['sdrOteUsd', 'sdrRampMonths'],
    ...overrides,
  };
}

export function planInput(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    kind: 'ae',
    deferred: false,
    hires: [midMarketAe()],
    runwayMonths: 18,
    salesCycleDays: 60,
    team: { aes: 0, sdrs: 0, sellingFounders: 1 },
    pipeline: {
      oppsPerMonth: 12,
      oppsNeededPerAe: 10,
      sdrOppsPerMonth: 7.5,
      closerCapacityOpps: 6,
      sdrsPerAe: 0.5,
    },
    figures: planFigureValues(),
    ...overrides,
  };
}
