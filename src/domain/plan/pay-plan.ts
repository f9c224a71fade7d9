import type { Currency } from '../answers/schema';
import type { AeProfile } from '../types';
import { effectiveRampMonths, scheduleFor, searchMonths } from './timeline';
import type { PlanEconomics, PlanRegion } from './types';

/*
 * The pay plan for one hire: what to offer, what to ask for, and which assumption each figure
 * reads (so the plan can point to the field that changes it).
 */

export const PAY_FIGURE_IDS = [
  'ote',
  'baseShare',
  'quota',
  'quotaMultiple',
  'target',
  'ramp',
  'timeToHire',
  'onCost',
  'recruitingFee',
  'loadedCost',
  'grossMargin',
] as const;
export type PayFigureId = (typeof PAY_FIGURE_IDS)[number];

// Which of the engine's assumption keys (`HireEconomics.assumptionKeys`) each figure reads, by
// name: `aeOteEnterpriseUsd`, `payLevelUkPct`, `onCostPctUk`, `timeToHireMonthsUk`, ...
const OWN_KEYS: Record<PayFigureId, RegExp | null> = {
  // Pay is the US benchmark for the role and profile × the regional pay level ÷ the exchange rate.
  ote: /Ote|^payLevel|^usdPer/,
  baseShare: /BaseSharePct$/,
  quota: null,
  quotaMultiple: /^quotaMultiple/,
  target: /^sdrMeetingsPerMonth$|^meetingToOppPct$|^sdrOutput(Europe|Enterprise)Pct$/,
  ramp: /Ramp/,
  timeToHire: /^timeToHire/,
  onCost: /^onCost/,
  recruitingFee: /^recruitingFeePct$/,
  loadedCost: /^onCost|^tools/,
  grossMargin: /^grossMarginPct$/,
};

// Figures worked out from others read those figures' assumptions too.
const BUILT_FROM: Partial<Record<PayFigureId, PayFigureId[]>> = {
  quota: ['ote', 'quotaMultiple'],
  recruitingFee: ['ote'],
  loadedCost: ['ote'],
};

/** The assumption keys among `keys` that a figure reads, its own first. */
export function keysFor(id: PayFigureId, keys: readonly string[]): string[] {
  const own = OWN_KEYS[id];
  const found = own ? keys.filter((key) => own.test(key)) : [];
  for (const part of BUILT_FROM[id] ?? []) {
    for (const key of keysFor(part, keys)) if (!found.includes(key)) found.push(key);
  }
  return found;
}

export interface RampStep {
  /** Month on the job (1 = first month). The last step is the first month at full quota. */
  monthOnJob: number;
  pct: number;
  /** That month's quota (AE); null for an SDR. */
  quotaLocal: number | null;
}

export interface PayPlan {
  role: 'ae' | 'sdr';
  profile?: AeProfile;
  region: PlanRegion;
  currency: Currency;
  oteLocal: number;
  baseLocal: number;
  variableLocal: number;
  baseSharePct: number;
  /** AE only. */
  quotaLocal: number | null;
  quotaMultiple: number | null;
  monthlyQuotaLocal: number | null;
  /** SDR only: qualified opportunities a month once ramped. */
  targetOppsPerMonth: number | null;
  /** Months of ramp used by the plan (an AE's never shorter than one sales cycle). */
  rampMonths: number;
  /** True when the sales cycle made the ramp longer than the assumption. */
  rampRaisedToCycle: boolean;
  rampSteps: RampStep[];
  timeToHireMonths: number;
  onCostPct: number;
  recruitingFeeLocal: number;
  loadedMonthlyCostLocal: number;
  grossMarginPct: number;
  sources: Record<PayFigureId, string[]>;
}

export function payPlan(
  hire: PlanEconomics,
  salesCycleDays: number,
  sdrOppsPerMonth: number,
): PayPlan {
  const ramp = effectiveRampMonths(hire, salesCycleDays);
  const schedule = scheduleFor(hire, ramp).map(Math.round);
  const isAe = hire.role === 'ae';
  const quota = isAe && hire.quotaLocal !== undefined ? hire.quotaLocal : null;
  const monthlyQuota = quota === null ? null : quota / 12;
  const rampSteps: RampStep[] = [...schedule, 100].map((pct, i) => ({
    monthOnJob: i + 1,
    pct,
    quotaLocal: monthlyQuota === null ? null : (monthlyQuota * pct) / 100,
  }));
  const sources = Object.fromEntries(
    PAY_FIGURE_IDS.map((id) => [id, keysFor(id, hire.assumptionKeys)]),
  ) as Record<PayFigureId, string[]>;
  const baseLocal = (hire.oteLocal * hire.baseSharePct) / 100;
  return {
    role: hire.role,
    ...(hire.profile ? { profile: hire.profile } : {}),
    region: hire.region,
    currency: hire.currency,
    oteLocal: hire.oteLocal,
    baseLocal,
    variableLocal: hire.oteLocal - baseLocal,
    baseSharePct: hire.baseSharePct,
    quotaLocal: quota,
    quotaMultiple: isAe
      ? (hire.quotaMultiple ?? (quota !== null && hire.oteLocal > 0 ? quota / hire.oteLocal : null))
      : null,
    monthlyQuotaLocal: monthlyQuota,
    targetOppsPerMonth: isAe ? null : sdrOppsPerMonth,
    rampMonths: ramp,
    rampRaisedToCycle: ramp > Math.ceil(hire.rampMonths - 1e-9),
    rampSteps,
    timeToHireMonths: searchMonths(hire),
    onCostPct: hire.onCostPct,
    recruitingFeeLocal: hire.recruitingFeeLocal,
    loadedMonthlyCostLocal: hire.loadedMonthlyCostLocal,
    grossMarginPct: hire.grossMarginPct,
    sources,
  };
}
