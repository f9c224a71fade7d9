import type { Answers } from '../answers';
import type { Assessment } from '../assessment';
import type { Assumptions } from '../assumptions';
import { planFigureValues } from './plan-figures';
import { rampSchedule } from './timeline';
import type { PlanEconomics, PlanInput, PlanKind } from './types';

/*
 * From an assessment to the plan's input.
 * TODO(engine v2): read `assessment.model.economics` once branch `engine` lands; until then the
 * economics are rebuilt from the v1 metrics so the plan can be built and looked at.
 */

function rate(answers: Answers, a: Assumptions): number {
  if (answers.currency === 'EUR') return a.usdPerEur;
  if (answers.currency === 'GBP') return a.usdPerGbp;
  return 1;
}

const V1_GROSS_MARGIN_PCT = 78;
const V1_TIME_TO_HIRE_MONTHS = 3;

function v1Economics(
  role: 'ae' | 'sdr',
  assessment: Assessment,
  answers: Answers,
  a: Assumptions,
): PlanEconomics {
  const m = assessment.metrics;
  const fx = rate(answers, a);
  const ote = (role === 'ae' ? a.aeOteUsd : a.sdrOteUsd) / fx;
  const ramp = role === 'ae' ? (m.aeEffectiveRampMonths ?? a.aeRampMonths) : a.sdrRampMonths;
  const bookingsPerOpp = (answers.acv * answers.closeRatePct) / 100;
  const quota = ote * a.quotaMultiple;
  const bookings =
    role === 'ae'
      ? Math.min(quota / 12, m.surplusOppsPerMonth * bookingsPerOpp)
      : m.sdrOppsPerMonth * bookingsPerOpp;
  return {
    role,
    ...(role === 'ae' && assessment.recommendation.aeProfile ? { profile: assessment.recommendation.aeProfile } : {}),
    region: answers.currency === 'USD' ? 'us' : answers.currency === 'GBP' ? 'uk' : 'eu-west',
    currency: answers.currency,
    oteLocal: ote,
    baseSharePct: role === 'ae' ? 50 : 65,
    ...(role === 'ae' ? { quotaLocal: quota, quotaMultiple: a.quotaMultiple } : {}),
    rampMonths: ramp,
    rampQuotaPct: rampSchedule(ramp),
    timeToHireMonths: V1_TIME_TO_HIRE_MONTHS,
    onCostPct: (a.loadedCostMultiplier - 1) * 100,
    recruitingFeeLocal: 0,
    loadedMonthlyCostLocal: (ote * a.loadedCostMultiplier) / 12,
    grossMarginPct: V1_GROSS_MARGIN_PCT,
    rampedMonthlyBookingsLocal: bookings,
    rampedMonthlyGrossProfitLocal: (bookings * V1_GROSS_MARGIN_PCT) / 100,
    paybackMonths: null,
    runwayNeededMonths: null,
    assumptionKeys:
      role === 'ae'
        ? ['aeOteUsd', 'quotaMultiple', 'aeRampMonths', 'loadedCostMultiplier']
        : ['sdrOteUsd', 'sdrRampMonths', 'loadedCostMultiplier'],
  };
}

/** The plan's input for an assessment, or null when there is no hire to plan (not yet, nothing next). */
export function planInputFor(
  assessment: Assessment,
  answers: Answers,
  assumptions: Assumptions,
): PlanInput | null {
  const kind = assessment.recommendation.kind;
  if (kind === 'not-yet') return null;
  const planKind: PlanKind = kind;
  const roles: ('ae' | 'sdr')[] = planKind === 'both' ? ['ae', 'sdr'] : [planKind];
  const burn = (answers as Answers & { monthlyBurn?: number }).monthlyBurn;
  const m = assessment.metrics;
  return {
    kind: planKind,
    deferred: false,
    hires: roles.map((role) => v1Economics(role, assessment, answers, assumptions)),
    runwayMonths: answers.runwayMonths,
    ...(burn === undefined ? {} : { monthlyBurnLocal: burn }),
    salesCycleDays: answers.salesCycleDays,
    team: { aes: answers.aes, sdrs: answers.sdrs, sellingFounders: 1 },
    pipeline: {
      oppsPerMonth: m.oppsPerMonth,
      oppsNeededPerAe: m.oppsNeededPerAe,
      sdrOppsPerMonth: m.sdrOppsPerMonth,
      closerCapacityOpps: m.closingCapacityPerMonth,
      sdrsPerAe: assumptions.sdrsPerAe,
    },
    figures: planFigureValues(assumptions),
  };
}
