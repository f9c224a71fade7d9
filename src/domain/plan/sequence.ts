import { AE_OTE_KEY } from '../assumptions';
import { hireFlows, searchMonths } from './timeline';
import type { Projection } from './projection';
import type { PlanEconomics, PlanInput } from './types';

/*
 * Who comes after the planned hire, what tells you it is time, and the month that is expected to
 * happen in this plan. Triggers are things a founder can watch in the CRM, not dates: the month is
 * the plan's estimate of when the trigger will hold.
 */

export type SequenceTrigger =
  | {
      /** An SDR because the AE would otherwise prospect for a big share of the pipeline they need. */
      kind: 'sdr-prospecting';
      neededOpps: number;
      /** Opportunities a month below which the AE prospects more than the limit. */
      thresholdOpps: number;
      /** Share of the AE's need today's pipeline covers, in percent. */
      coveredPct: number;
      limitPct: number;
      /** SDRs on the team before this one (1: this is the second). */
      teamSdrs: number;
    }
  | {
      /**
       * An SDR once the first AE is ramped, because today's pipeline feeds one AE and not a
       * second: the SDR's meetings are where a second AE's pipeline comes from.
       */
      kind: 'sdr-pipeline';
      /** AEs on the team before this hire (0: the planned AE is the first). */
      teamAes: number;
      leftOpps: number;
      neededOpps: number;
      sdrOpps: number;
      /** SDRs on the team before this one (1: this is the second). */
      teamSdrs: number;
    }
  | {
      /** An SDR to keep a ratio once enough AEs sell (the pipeline is fine for one AE). */
      kind: 'sdr-ratio';
      /** Whole AEs the team needs before the ratio calls for an SDR (2.5 rounds up to 3). */
      aesPerSdr: number;
      /** The ratio itself, AEs per SDR (2.5 for one SDR per 2.5 AEs). */
      ratio: number;
      /** AEs on the team before this plan's hire. */
      teamAes: number;
      /** SDRs on the team before this one (1: this is the second). */
      teamSdrs: number;
      neededOpps: number | null;
    }
  | {
      kind: 'second-ae';
      /** AEs on the team before this hire (0: the planned AE is the first). */
      teamAes: number;
      pct: number;
      months: number;
      /** The share of a full quota the first AE sells once ramped, with today's pipeline. */
      expectedAttainmentPct: number;
      /** Qualified opportunities a month today's pipeline leaves once the first AE is fed. */
      leftOpps: number;
      /** What a second AE needs a month (null: a 0% close rate). */
      neededOpps: number | null;
      /** The pipeline left would feed a second AE beyond the prospecting limit. */
      pipelineReady: boolean;
      /** An SDR planned before the second AE brings the pipeline that feeds them. */
      afterSdr: boolean;
      /** Deals are large enough for SDR outbound to pay. */
      sdrPays: boolean;
      /** There is an outbound routine for an SDR to repeat (PipelineInput.outboundRoutine). */
      outboundRoutine: boolean;
      /** The verdict waits on the close rate: what holds the second AE back is not pipeline. */
      closeRateHeld: boolean;
      /** The team's SDRs already meet the usual ratio with the new AE: more SDRs are not the way. */
      sdrsAtRatio: boolean;
    }
  | {
      /** An AE once the opportunities (with the SDR's) exceed what today's closers can work. */
      kind: 'ae-capacity';
      capacityOpps: number;
      oppsToday: number;
      sdrOpps: number;
    }
  | {
      kind: 'manager';
      span: number;
      /** Reps on the team at the end of the plan, with the steps above. */
      repsAtHorizon: number;
    };

export interface SequenceStep {
  id: 'sdr' | 'ae' | 'second-ae' | 'manager';
  role: 'ae' | 'sdr' | 'manager';
  trigger: SequenceTrigger;
  /** The plan month the trigger is expected to hold; null when not expected within the plan. */
  triggerMonth: number | null;
  /** First day of that hire (trigger month + search and notice); null when not expected. */
  startMonth: number | null;
  /** The assumptions and plan figures the trigger reads. */
  keys: string[];
}

const SDR_KEYS = ['aeProspectingLimitPct', 'sdrsPerAe'];
const SECOND_AE_KEYS = ['secondAeTriggerPct', 'secondAeProofMonths'];
const MANAGER_KEYS = ['managerSpanOfControl'];

/** The first month at which `test` holds for `run` months in a row (the last of them), or null. */
function firstRun(
  values: readonly number[],
  run: number,
  test: (v: number) => boolean,
): number | null {
  let streak = 0;
  for (let i = 0; i < values.length; i++) {
    streak = test(values[i] ?? 0) ? streak + 1 : 0;
    if (streak >= Math.max(1, run)) return i + 1;
  }
  return null;
}

function startAfter(trigger: number | null, hire: PlanEconomics | undefined, horizon: number) {
  if (trigger === null || trigger > horizon) return { triggerMonth: null, startMonth: null };
  const search = hire ? searchMonths(hire) : 0;
  // The search starts in the trigger month, as the plan's own first hire starts in month 1: a
  // two-month search from month 8 puts the first day in month 10.
  return { triggerMonth: trigger, startMonth: trigger + search };
}

/** The plan's next hires, in order of their expected month. */
export function hireSequence(
  input: PlanInput,
  expected: Projection,
  horizon: number,
): SequenceStep[] {
  const ae = input.hires.find((h) => h.role === 'ae');
  const sdr = input.hires.find((h) => h.role === 'sdr');
  const { pipeline, figures } = input;
  const steps: SequenceStep[] = [];

  if (ae) {
    const monthlyQuota =
      ae.quotaLocal !== undefined && ae.quotaLocal > 0 ? ae.quotaLocal / 12 : null;
    // An SDR hired beside the AE books the deals that AE closes (the plan counts them on the SDR):
    // they are the AE's sales when judging whether it sells enough for a second AE.
    const pairSdr = input.kind === 'both' ? sdr : undefined;
    const attainment =
      monthlyQuota === null
        ? 0
        : (ae.rampedMonthlyBookingsLocal + (pairSdr?.rampedMonthlyBookingsLocal ?? 0)) /
          monthlyQuota;
    const sdrBookings = pairSdr
      ? hireFlows(pairSdr, input.salesCycleDays, horizon).map((f) => f.bookingsLocal)
      : [];
    const aeBookings = hireFlows(ae, input.salesCycleDays, horizon).map(
      (f, i) => f.bookingsLocal + (sdrBookings[i] ?? 0),
    );
    // A second AE needs pipeline of their own: what is left once today's closers and the first AE
    // are fed (a first AE takes the founders' deals), plus what an SDR planned beside them books.
    const leftToday = Math.max(
      0,
      pipeline.oppsPerMonth -
        (ae.oppsPerMonth ?? Math.min(pipeline.oppsPerMonth, pipeline.oppsNeededPerAe ?? 0)) -
        (input.team.aes > 0 ? pipeline.closerCapacityOpps : 0),
    );
    const neededForSecond = pipeline.oppsNeededPerAe;
    const feeds = (opps: number) =>
      neededForSecond !== null &&
      opps >= (neededForSecond * (100 - figures.aeProspectingLimitPct)) / 100;
    const sdrPays = pipeline.sdrPays ?? true;
    let sdrReadyMonth: number | null =
      sdr && expected.startMonth !== null
        ? expected.startMonth + (pipeline.sdrRampMonths ?? 3)
        : null;

    // No SDR to plan when outbound does not pay at this deal size, when the SDRs the team has
    // already meet the usual ratio with the new AE counted, or when the verdict waits on a close
    // rate that more meetings would not fix.
    const sdrsEnough =
      input.team.sdrs > 0 && input.team.sdrs >= pipeline.sdrsPerAe * (input.team.aes + 1);
    if (!sdr && sdrPays && !sdrsEnough && pipeline.closeRateHeld !== true) {
      const needed = pipeline.oppsNeededPerAe;
      const covered = Math.min(1, Math.max(0, attainment));
      const gapPct = (1 - covered) * 100;
      const aesPerSdr = Math.max(1, Math.ceil(1 / Math.max(pipeline.sdrsPerAe, 1e-6) - 1e-9));
      const underFed = needed !== null && gapPct > figures.aeProspectingLimitPct;
      if (underFed && pipeline.sdrFollows !== false) {
        steps.push({
          id: 'sdr',
          role: 'sdr',
          trigger: {
            kind: 'sdr-prospecting',
            neededOpps: needed,
            thresholdOpps: (needed * (100 - figures.aeProspectingLimitPct)) / 100,
            coveredPct: covered * 100,
            limitPct: figures.aeProspectingLimitPct,
            teamSdrs: input.team.sdrs,
          },
          // Once the AE is through ramp the shortfall shows in the calendar.
          ...startAfter(expected.fullSpeedMonth, ae, horizon),
          keys: SDR_KEYS,
        });
      } else if (
        needed !== null &&
        !underFed &&
        pipeline.outboundRoutine !== false &&
        !feeds(leftToday) &&
        feeds(leftToday + pipeline.sdrOppsPerMonth)
      ) {
        // Today's pipeline feeds the first AE only; an SDR's meetings would feed a second.
        const when = startAfter(expected.fullSpeedMonth, ae, horizon);
        steps.push({
          id: 'sdr',
          role: 'sdr',
          trigger: {
            kind: 'sdr-pipeline',
            teamAes: input.team.aes,
            leftOpps: leftToday,
            neededOpps: needed,
            sdrOpps: pipeline.sdrOppsPerMonth,
            teamSdrs: input.team.sdrs,
          },
          ...when,
          keys: SDR_KEYS,
        });
        sdrReadyMonth =
          when.startMonth === null ? null : when.startMonth + (pipeline.sdrRampMonths ?? 3);
      } else if (pipeline.outboundRoutine !== false) {
        // A team-size SDR, like any SDR that makes pipeline, repeats an outbound routine.
        const aesAfter = input.team.aes + 1;
        const secondAeMonth = secondAeTrigger(aeBookings, monthlyQuota, figures);
        // With the planned second AE the team has one more closer; beyond that is past this plan.
        const month =
          aesAfter >= aesPerSdr
            ? expected.fullSpeedMonth
            : aesAfter + 1 >= aesPerSdr && secondAeMonth !== null
              ? secondAeMonth + searchMonths(ae)
              : null;
        steps.push({
          id: 'sdr',
          role: 'sdr',
          trigger: {
            kind: 'sdr-ratio',
            aesPerSdr,
            ratio: 1 / Math.max(pipeline.sdrsPerAe, 1e-6),
            teamAes: input.team.aes,
            teamSdrs: input.team.sdrs,
            neededOpps: needed,
          },
          ...startAfter(month, ae, horizon),
          keys: SDR_KEYS,
        });
      }
    }

    const afterSdr = sdrReadyMonth !== null;
    const leftOpps = leftToday + (afterSdr ? pipeline.sdrOppsPerMonth : 0);
    const pipelineReady = feeds(leftOpps);
    const proven = pipelineReady ? secondAeTrigger(aeBookings, monthlyQuota, figures) : null;
    // With an SDR bringing the pipeline, not before the SDR books at full speed.
    const secondMonth =
      proven === null ? null : afterSdr ? Math.max(proven, sdrReadyMonth ?? proven) : proven;
    steps.push({
      id: 'second-ae',
      role: 'ae',
      trigger: {
        kind: 'second-ae',
        teamAes: input.team.aes,
        pct: figures.secondAeTriggerPct,
        months: figures.secondAeProofMonths,
        expectedAttainmentPct: attainment * 100,
        leftOpps,
        neededOpps: neededForSecond,
        pipelineReady,
        afterSdr,
        sdrPays,
        outboundRoutine: pipeline.outboundRoutine !== false,
        closeRateHeld: pipeline.closeRateHeld === true,
        sdrsAtRatio: sdrsEnough,
      },
      ...startAfter(secondMonth, ae, horizon),
      keys: SECOND_AE_KEYS,
    });
  } else if (sdr) {
    // An SDR first: a closer is due once the SDR's opportunities fill today's closers.
    const flows = hireFlows(sdr, input.salesCycleDays, horizon);
    const sdrOpps = flows.map((f) => (pipeline.sdrOppsPerMonth * f.rampPct) / 100);
    const month = firstRun(
      sdrOpps,
      1,
      (opps) => pipeline.oppsPerMonth + opps >= pipeline.closerCapacityOpps,
    );
    steps.push({
      id: 'ae',
      role: 'ae',
      trigger: {
        kind: 'ae-capacity',
        capacityOpps: pipeline.closerCapacityOpps,
        oppsToday: pipeline.oppsPerMonth,
        sdrOpps: pipeline.sdrOppsPerMonth,
      },
      ...startAfter(month, sdr, horizon),
      // What closer capacity is counted from (model/capacity.ts): a founder's hours against a
      // full-time closer's, and the quota (from the pay of the profile in play) closers reach.
      keys: [
        'closerHoursPerWeek',
        ...(pipeline.closerProfile ? [AE_OTE_KEY[pipeline.closerProfile]] : []),
        'attainmentPct',
      ],
    });
  }

  // A manager once the reps reach the span; count who is on the team by the end of the plan.
  const planned = input.hires.length + steps.filter((s) => s.startMonth !== null).length;
  const repsNow = input.team.aes + input.team.sdrs;
  const repsAtHorizon = repsNow + planned;
  const span = figures.managerSpanOfControl;
  let managerMonth: number | null = null;
  if (repsNow >= span) managerMonth = 1;
  else {
    const starts = [
      ...input.hires.map(() => expected.startMonth),
      ...steps.map((s) => s.startMonth),
    ]
      .filter((m): m is number => m !== null)
      .toSorted((a, b) => a - b);
    const reaching = starts[span - repsNow - 1];
    if (reaching !== undefined) managerMonth = reaching;
  }
  steps.push({
    id: 'manager',
    role: 'manager',
    trigger: { kind: 'manager', span, repsAtHorizon },
    triggerMonth: managerMonth !== null && managerMonth <= horizon ? managerMonth : null,
    startMonth: null,
    keys: MANAGER_KEYS,
  });

  return steps.toSorted((a, b) => (a.triggerMonth ?? Infinity) - (b.triggerMonth ?? Infinity));
}

function secondAeTrigger(
  bookings: readonly number[],
  monthlyQuota: number | null,
  figures: PlanInput['figures'],
): number | null {
  if (monthlyQuota === null) return null;
  const threshold = (monthlyQuota * figures.secondAeTriggerPct) / 100;
  return firstRun(bookings, figures.secondAeProofMonths, (b) => b >= threshold - 1e-6);
}
