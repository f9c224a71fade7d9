import type { Assessment } from '../../domain';

/*
 * Engine v2 returns `model` instead of v1's flat `metrics`. Until the results page moves to the
 * model (another change), this maps the model onto the v1 shape its sections read. Figures are in
 * US dollars as before (converted back from the company's currency).
 */

export interface Metrics {
  acvUsd: number;
  aeQuotaUsd: number;
  oppsNeededPerAe: number | null;
  oppsPerMonth: number;
  closingCapacityPerMonth: number;
  surplusOppsPerMonth: number;
  pipelineCoverage: number | null;
  aeLoadedCostUsd: number;
  sdrLoadedCostUsd: number;
  aePaybackMonths: number | null;
  sdrOppsPerMonth: number;
  sdrPaybackMonths: number | null;
  founderSalesSharePct: number;
  runwayNeededMonths: number | null;
  oppsPerCloserPerMonth?: number;
  founderCapacityHours?: number;
  spareCapacityPerMonth?: number;
  aeEffectiveRampMonths?: number;
  sdrRunwayNeededMonths?: number | null;
}

export type MetricKey = keyof Metrics;

export function metricsOf(assessment: Assessment): Metrics {
  const { model } = assessment;
  const { capacity, economics } = model;
  const fx = model.acvLocal > 0 ? model.acvUsd / model.acvLocal : 1;
  return {
    acvUsd: model.acvUsd,
    aeQuotaUsd: (economics.ae.quotaLocal ?? 0) * fx,
    oppsNeededPerAe: capacity.oppsNeededPerAe,
    oppsPerMonth: capacity.oppsPerMonth,
    closingCapacityPerMonth: capacity.closerCapacityOpps,
    surplusOppsPerMonth: capacity.surplusOpps,
    pipelineCoverage: capacity.pipelineCoverage,
    aeLoadedCostUsd: economics.ae.loadedMonthlyCostLocal * 12 * fx,
    sdrLoadedCostUsd: economics.sdr.loadedMonthlyCostLocal * 12 * fx,
    aePaybackMonths: economics.ae.paybackMonths,
    sdrOppsPerMonth: economics.sdr.oppsPerMonth,
    sdrPaybackMonths: economics.sdr.paybackMonths,
    founderSalesSharePct: capacity.founderSharePct,
    runwayNeededMonths: economics.ae.runwayNeededMonths,
    oppsPerCloserPerMonth: capacity.oppsPerCloser,
    founderCapacityHours: capacity.founderHoursCounted * capacity.sellingFounders,
    spareCapacityPerMonth: Math.max(0, capacity.closerCapacityOpps - capacity.oppsPerMonth),
    aeEffectiveRampMonths: economics.ae.rampMonths,
    sdrRunwayNeededMonths: economics.sdr.runwayNeededMonths,
  };
}
