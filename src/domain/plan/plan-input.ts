import type { Answers } from '../answers/schema';
import { PAYBACK_LIMIT_KEY, type Assumptions } from '../assumptions';
import { evaluate } from '../evaluate';
import type { Assessment, HireEconomics, HireKind } from '../types';
import { planFigureValues } from './plan-figures';
import type { PlanEconomics, PlanInput } from './types';

/*
 * From an assessment to the plan's input: the engine's economics for the recommended hire(s)
 * (`model.economics`), the runway and optional burn from the answers, and the plan's own figures
 * from the assumptions in effect.
 */

/**
 * What the plan is for: the hire recommended now, or (status "not yet") the one that follows. A
 * "hire after a fix" is not deferred: the result tells the founder to start the search now and
 * make the fix while it runs.
 */
function planned(assessment: Assessment): { kind: HireKind; deferred: boolean } | null {
  const r = assessment.recommendation;
  if (r.kind !== 'not-yet') return { kind: r.kind, deferred: false };
  return r.nextHire ? { kind: r.nextHire.kind, deferred: true } : null;
}

/**
 * An SDR hired with an AE adds only what the AE still has room to close: its bookings are capped
 * at the AE's quota left over (the engine's pair economics count it the same way).
 */
function sdrAlongside(ae: HireEconomics, sdr: HireEconomics): PlanEconomics {
  const room = Math.max(0, (ae.quotaLocal ?? 0) / 12 - ae.rampedMonthlyBookingsLocal);
  const bookings = Math.min(sdr.rampedMonthlyBookingsLocal, room);
  return {
    ...sdr,
    rampedMonthlyBookingsLocal: bookings,
    rampedMonthlyGrossProfitLocal: (bookings * sdr.grossMarginPct) / 1200,
  };
}

/**
 * What the verdict says about an SDR after the hire. A "not yet" names no follow-up, so the plan
 * keeps its own rule there, except where the close rate holds the verdict back: the verdict says
 * more sellers would not fix that, so the plan brings no SDR to add meetings to a process that
 * does not close them.
 */
function sdrFollows(
  assessment: Assessment,
  deferred: boolean,
): { sdrFollows?: boolean; closeRateHeld?: boolean } {
  if (!deferred) return { sdrFollows: assessment.recommendation.followUp?.kind === 'sdr' };
  const closeRateHeld = assessment.blockers.some((b) => b.id === 'close-rate-floor');
  return closeRateHeld ? { closeRateHeld: true } : {};
}

/**
 * A deferred plan is for the hire that comes once the blockers are cleared. Where the close rate
 * holds the verdict back, figuring the hire at today's close rate describes a seat that never pays
 * back, which is not the hire the result names. The plan is then figured at the least close rate
 * that clears the verdict (its own lever), and says so. Null: no such lever, or it names another
 * hire; the plan stays at today's figures and adds no SDR (`closeRateHeld`).
 */
function clearedCloseRate(
  assessment: Assessment,
  answers: Answers,
  assumptions: Assumptions,
  kind: HireKind,
): { assessment: Assessment; answers: Answers; pct: number } | null {
  if (!assessment.blockers.some((b) => b.id === 'close-rate-floor')) return null;
  const lever = assessment.levers.find(
    (l) => l.key === 'closeRatePct' && l.status !== 'not-yet' && l.kind === kind,
  );
  if (!lever || typeof lever.to !== 'number') return null;
  const cleared: Answers = { ...answers, closeRatePct: lever.to };
  const again = evaluate(cleared, assumptions);
  return again.recommendation.kind === kind
    ? { assessment: again, answers: cleared, pct: lever.to }
    : null;
}

/**
 * The verdict's own condition for a first SDR (SIGNALS.sdrFits in rules/signals.ts): a defined
 * ideal customer, and outbound that already books meetings as a routine, or SDRs already doing it.
 * Without it the result tells the founders to prove outbound first, so the plan brings in no SDR
 * to make pipeline for a second AE either (the first AE's own prospecting builds that routine).
 */
function hasOutboundToRepeat(answers: Answers): boolean {
  return answers.icp !== 'none' && (answers.outbound === 'systematic' || answers.sdrs > 0);
}

/** Search + ramp + payback: the runway need without what a known burn adds to it. */
function paysItsWay(e: { runwayNeededMonths: number | null; burnMonths: number }): number | null {
  return e.runwayNeededMonths === null ? null : e.runwayNeededMonths - e.burnMonths;
}

/** The plan's input for an assessment, or null when there is no hire to plan. */
export function planInputFor(
  assessment: Assessment,
  answers: Answers,
  assumptions: Assumptions,
): PlanInput | null {
  const what = planned(assessment);
  if (!what) return null;
  const cleared = what.deferred
    ? clearedCloseRate(assessment, answers, assumptions, what.kind)
    : null;
  const { model } = cleared?.assessment ?? assessment;
  const { ae, sdr } = model.economics;
  const hires: PlanEconomics[] =
    what.kind === 'ae' ? [ae] : what.kind === 'sdr' ? [sdr] : [ae, sdrAlongside(ae, sdr)];
  const burn = answers.monthlyBurn;
  return {
    kind: what.kind,
    deferred: what.deferred,
    hires,
    runwayMonths: answers.runwayMonths,
    // The month the hire(s) pay their own way, as the verdict counts it. The verdict's runway need
    // also counts, with the burn given, the cash the hire costs until then; the plan counts that
    // cash itself, month by month.
    runwayNeededMonths: paysItsWay(
      what.kind === 'ae'
        ? model.economics.ae
        : what.kind === 'sdr'
          ? model.economics.sdr
          : model.economics.pair,
    ),
    ...(burn === undefined ? {} : { monthlyBurnLocal: burn }),
    salesCycleDays: answers.salesCycleDays,
    team: {
      aes: answers.aes,
      sdrs: answers.sdrs,
      sellingFounders: answers.sellingFounders ?? model.capacity.sellingFounders,
    },
    pipeline: {
      oppsPerMonth: model.capacity.oppsPerMonth,
      oppsNeededPerAe: model.capacity.oppsNeededPerAe,
      sdrOppsPerMonth: sdr.oppsPerMonth,
      closerCapacityOpps: model.capacity.closerCapacityOpps,
      closerProfile: model.profile.value,
      sdrsPerAe: assumptions.sdrsPerAe,
      sdrRampMonths: assumptions.sdrRampMonths,
      // Deals large enough for outbound, and an SDR whose own meetings repay it within the limit
      // the result holds every hire to (the arithmetic shows that payback beside the plan).
      sdrPays:
        model.acvUsd >= assumptions.transactionalAcvUsd &&
        sdr.paybackMonths !== null &&
        sdr.paybackMonths <= assumptions[PAYBACK_LIMIT_KEY[model.profile.value]],
      outboundRoutine: hasOutboundToRepeat(answers),
      ...(cleared ? sdrFollows(cleared.assessment, false) : sdrFollows(assessment, what.deferred)),
    },
    figures: planFigureValues(assumptions),
    ...(cleared ? { clearedCloseRate: { pct: cleared.pct, todayPct: answers.closeRatePct } } : {}),
    ...(what.deferred && !cleared && assessment.blockers.some((b) => b.id === 'payback')
      ? { paybackHeld: true }
      : {}),
  };
}
