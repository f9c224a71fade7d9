import type { Assumptions } from '../assumptions';
import type { CompleteAnswers } from '../answers/schema';
import type { AeProfile, Model } from '../types';

/*
 * Closing capacity: how many new qualified opportunities a month the people who close can work.
 *
 * One full-time closer works about the opportunities it takes to close what ramped closers
 * actually close (quota × attainment) at your deal size and close rate: capacity from quota, not
 * from a count of open deals, which is poorly sourced.
 * Founders count one by one, each for the selling hours a founder can give without neglecting the
 * company (a share of a working week), as a fraction of a full-time closer's selling hours.
 */

export interface CapacityInput {
  acvUsd: number;
  profile: AeProfile;
  /** Yearly quota of a steady-state closer, US dollars. */
  quotaUsd: number;
  /** Yearly quota of the next AE, US dollars (lower for a first hire). */
  newAeQuotaUsd: number;
}

export function deriveCapacity(
  answers: CompleteAnswers,
  a: Assumptions,
  input: CapacityInput,
): Model['capacity'] {
  const close = answers.closeRatePct / 100;
  const valuePerOpp = input.acvUsd * close;
  const oppsPerCloser =
    valuePerOpp > 0 ? (input.quotaUsd * a.attainmentPct) / 100 / 12 / valuePerOpp : Infinity;

  const sustainableHours = (a.founderSalesSharePct / 100) * a.founderWeekHours;
  const founderHoursCounted = Math.min(answers.founderSalesHours, sustainableHours);
  const founderCapacityOpps =
    (answers.sellingFounders * founderHoursCounted * oppsPerCloser) / a.closerHoursPerWeek;
  const aeCapacityOpps = answers.aes * oppsPerCloser;
  const closerCapacityOpps = founderCapacityOpps + aeCapacityOpps;
  const opps = answers.qualifiedOppsPerMonth;
  const utilisation =
    closerCapacityOpps > 0 ? opps / closerCapacityOpps : opps > 0 ? Infinity : 0;
  const band = a.capacityBandPct / 100;
  const surplusOpps = Math.max(0, opps - closerCapacityOpps);
  const oppsNeededPerAe = valuePerOpp > 0 ? input.newAeQuotaUsd / 12 / valuePerOpp : null;

  // Closers in full-time equivalents, for the SDR ratio: AEs plus each founder's counted hours.
  const closers = answers.aes + (answers.sellingFounders * founderHoursCounted) / a.closerHoursPerWeek;
  return {
    oppsPerMonth: opps,
    sellingFounders: answers.sellingFounders,
    founderHoursCounted,
    founderSharePct:
      answers.sellingFounders > 0 ? (answers.founderSalesHours / a.founderWeekHours) * 100 : 0,
    founderCapacityOpps,
    aeCapacityOpps,
    closerCapacityOpps,
    oppsPerCloser,
    oppsNeededPerAe,
    utilisation,
    band: utilisation > 1 + band ? 'over' : utilisation < 1 - band ? 'room' : 'at-capacity',
    leadsWait: answers.leadsUnworked,
    surplusOpps,
    pipelineCoverage: oppsNeededPerAe === null ? null : surplusOpps / oppsNeededPerAe,
    sdrRatioMet: answers.sdrs > 0 && answers.sdrs >= a.sdrsPerAe * Math.max(closers, 1),
  };
}
