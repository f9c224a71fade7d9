import type { Answers } from './answers';
import type { Assumptions } from './assumptions';

/*
 * Copies of answers and assumptions with one fixed property layout. Answers arrive from forms, the
 * share codec or tests in many shapes (and DEFAULT_ASSUMPTIONS is built key by key), which makes
 * every property read in the engine's hot path slow; a copy written as one object literal gives
 * the engine a single layout to optimise for. The literals are typed, so a new key that is not
 * copied here fails to compile.
 */

/** A copy of the answers with the engine's fixed layout. */
export function copyAnswers(x: Answers): Answers {
  return {
    companyName: x.companyName,
    arrBand: x.arrBand,
    customers: x.customers,
    aes: x.aes,
    sdrs: x.sdrs,
    qualifiedOppsPerMonth: x.qualifiedOppsPerMonth,
    leadTrend: x.leadTrend,
    leadSources: x.leadSources,
    leadsUnworked: x.leadsUnworked,
    outbound: x.outbound,
    icp: x.icp,
    processDocs: x.processDocs,
    crm: x.crm,
    qualification: x.qualification,
    nonFounderWins: x.nonFounderWins,
    currency: x.currency,
    acv: x.acv,
    closeRatePct: x.closeRatePct,
    salesCycleDays: x.salesCycleDays,
    stakeholders: x.stakeholders,
    founderSalesHours: x.founderSalesHours,
    founderClosesAll: x.founderClosesAll,
    runwayMonths: x.runwayMonths,
  };
}

/** A copy of the assumptions with the engine's fixed layout. */
export function copyAssumptions(x: Assumptions): Assumptions {
  return {
    aeOteUsd: x.aeOteUsd,
    sdrOteUsd: x.sdrOteUsd,
    loadedCostMultiplier: x.loadedCostMultiplier,
    quotaMultiple: x.quotaMultiple,
    aeRampMonths: x.aeRampMonths,
    sdrRampMonths: x.sdrRampMonths,
    sdrMeetingsPerMonth: x.sdrMeetingsPerMonth,
    meetingToOppPct: x.meetingToOppPct,
    aeActiveDeals: x.aeActiveDeals,
    closerHoursPerWeek: x.closerHoursPerWeek,
    sdrsPerAe: x.sdrsPerAe,
    usdPerEur: x.usdPerEur,
    usdPerGbp: x.usdPerGbp,
    transactionalAcvUsd: x.transactionalAcvUsd,
    outboundPaysAcvUsd: x.outboundPaysAcvUsd,
    enterpriseAcvUsd: x.enterpriseAcvUsd,
    shortCycleDays: x.shortCycleDays,
    founderWeekHours: x.founderWeekHours,
    founderSalesSharePct: x.founderSalesSharePct,
    minFounderLedCustomers: x.minFounderLedCustomers,
    minNonFounderWins: x.minNonFounderWins,
    lowCloseRatePct: x.lowCloseRatePct,
    minPipelineCoverage: x.minPipelineCoverage,
    enterpriseCycleDays: x.enterpriseCycleDays,
    enterpriseStakeholders: x.enterpriseStakeholders,
    targetPaybackMonths: x.targetPaybackMonths,
    paybackHorizonMonths: x.paybackHorizonMonths,
  };
}
