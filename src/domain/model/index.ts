import { AE_OTE_KEY, usdPer, type Assumptions } from '../assumptions';
import type { CompleteAnswers } from '../answers/schema';
import type { Model } from '../types';
import { deriveCapacity } from './capacity';
import { aeEconomics, pairEconomics, payLevel, sdrEconomics, sdrOppsPerMonth } from './economics';
import { deriveProfile } from './profile';

export { breakEven, rampSchedule } from './economics';
export { PROFILE_WEIGHTS } from './profile';

/**
 * A trial's model built from the decision's own: one answer changed, so every figure that does not
 * read it is taken as is (lever, margin and confidence trials re-run the decision hundreds of times).
 */
export interface Reuse {
  model: ModelFacts;
  changed: keyof CompleteAnswers;
}

/** The answers the model reads (process, ICP, CRM, outbound and the like are read by rules only). */
const MODEL_INPUTS: ReadonlySet<keyof CompleteAnswers> = new Set<keyof CompleteAnswers>([
  'currency',
  'acv',
  'salesCycleDays',
  'stakeholders',
  'hireRegion',
  'aes',
  'sdrs',
  'nonFounderWins',
  'closeRatePct',
  'founderSalesHours',
  'sellingFounders',
  'qualifiedOppsPerMonth',
  'leadsUnworked',
  'runwayMonths',
]);

/** The model as the decision reads it. */
export interface ModelFacts extends Model {
  pair: Model['economics']['pair'];
}

/**
 * Everything the decision reads, computed once from the answers: the profile, closing capacity,
 * what an AE and an SDR would cost and earn, and the runway each needs. `quick` skips the figures
 * only the full explanation shows (the month-by-month break-even).
 */
export function buildModel(
  answers: CompleteAnswers,
  a: Assumptions,
  quick = false,
  reuse?: Reuse,
): ModelFacts {
  const changed = reuse?.changed;
  if (reuse && changed === 'runwayMonths') {
    // Runway is read only by its gate: every other figure stays.
    const m = reuse.model;
    return { ...m, runway: { ...m.runway, months: answers.runwayMonths } };
  }
  if (reuse && !MODEL_INPUTS.has(reuse.changed)) return reuse.model;
  const fx = usdPer(answers.currency, a);
  const acvUsd = answers.acv * fx;
  const profile =
    reuse && changed !== 'acv' && changed !== 'salesCycleDays'
      ? reuse.model.profile
      : deriveProfile(acvUsd, answers.salesCycleDays, answers.stakeholders, a);
  const oteUsd = a[AE_OTE_KEY[profile.value]] * payLevel(answers.hireRegion, a);
  const newMultiple = answers.aes === 0 ? a.quotaMultipleFirstHire : a.quotaMultiple;
  // Today's closers: steady-state quota once AEs sell without the founders, else first-hire quota.
  const proven = answers.aes > 0 && answers.nonFounderWins >= a.minNonFounderWins;
  const capacity = deriveCapacity(answers, a, {
    acvUsd,
    profile: profile.value,
    quotaUsd: oteUsd * (proven ? a.quotaMultiple : a.quotaMultipleFirstHire),
    newAeQuotaUsd: oteUsd * newMultiple,
  });
  // A first account executive takes over the founders' deals (freeing them is the point of the
  // hire); a later one gets what today's closers cannot work. The user's own "leads wait" is
  // trusted over the model: then a new closer gets at least the share of today's flow that the
  // capacity band says the model cannot see.
  const spare = answers.aes === 0 ? capacity.oppsPerMonth : capacity.surplusOpps;
  const trusted = capacity.leadsWait
    ? Math.max(spare, (capacity.oppsPerMonth * a.capacityBandPct) / 100)
    : spare;
  const aeOpps =
    capacity.oppsNeededPerAe === null ? 0 : Math.min(trusted, capacity.oppsNeededPerAe);
  const ae = aeEconomics({
    answers,
    a,
    profile: profile.value,
    acvUsd,
    oppsPerMonth: aeOpps,
    quick,
  });
  // An SDR's figures read deal size, close rate, the deal profile (fewer meetings in enterprise),
  // currency and region, never pipeline or founder hours; the cycle only delays when its deals
  // sign (break-even, which quick trials skip).
  const sdr =
    reuse &&
    profile === reuse.model.profile &&
    changed !== 'acv' &&
    changed !== 'closeRatePct' &&
    changed !== 'salesCycleDays'
      ? reuse.model.economics.sdr
      : sdrEconomics({
          answers,
          a,
          profile: profile.value,
          acvUsd,
          oppsPerMonth: sdrOppsPerMonth(answers.hireRegion, profile.value, a),
          quick,
        });
  const pair = pairEconomics(ae, sdr, a);
  return {
    currency: answers.currency,
    acvLocal: answers.acv,
    acvUsd,
    profile,
    capacity,
    economics: { ae, sdr, pair },
    runway: {
      months: answers.runwayMonths,
      neededAe: ae.runwayNeededMonths,
      neededSdr: sdr.runwayNeededMonths,
    },
    pair,
  };
}
