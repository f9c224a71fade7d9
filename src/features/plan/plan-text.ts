import type { Currency } from '../../domain';
import { capitalize } from '../../domain/format';
import type { HiringPlan, ScenarioOutcome, SequenceStep } from '../../domain/plan';
import {
  formatNumber,
  money,
  moneyRounded,
  months,
  opportunitiesAMonth,
  percent,
  roleName,
} from './plan-format';

/*
 * The plan's sentences, in plain words. The page and the Markdown copy both use these, so they say
 * the same thing. "Month 1" is always the month the search starts.
 */

export function leadName(plan: HiringPlan): string {
  if (plan.kind === 'both') return 'the AE and the SDR';
  const lead = plan.pay[0];
  return `the ${roleName(lead?.role ?? 'ae', lead?.profile)}`;
}

function currencyOf(plan: HiringPlan): Currency {
  return plan.pay[0]?.currency ?? 'USD';
}

/** "month 9", or "not within 20 years" style words for null. */
export function monthText(month: number | null, never = 'never'): string {
  return month === null ? never : `month ${month}`;
}

/** "pays for itself by month 19", or that it does not within the simulation. */
function paysBy(month: number | null): string {
  return month === null
    ? 'does not pay for itself within 20 years'
    : `pays for itself by month ${month}`;
}

/** The one-paragraph answer at the top of the plan. */
export function planSummary(plan: HiringPlan): string {
  const lead = plan.pay[0];
  const search = lead?.timeToHireMonths ?? 0;
  const who = leadName(plan);
  const start = plan.expected.startMonth;
  const full = plan.expected.fullSpeedMonth;
  const be = plan.expected.breakEvenMonth;
  // A deferred plan sits under a notice that says when month 1 is; a plan for now says it here.
  const when = plan.deferred ? '' : 'Start the search now (month 1). ';
  const both = plan.kind === 'both';
  // An SDR books meetings; only an AE sells.
  const atFullSpeed = both ? 'work' : plan.kind === 'sdr' ? 'books meetings' : 'sells';
  const first = `${when}With about ${months(search)} of search and notice, ${who} ${both ? 'start' : 'starts'} in ${monthText(start)}, ${full === null ? `and ${both ? 'do' : 'does'} not reach full speed within the plan` : `${atFullSpeed} at full speed from ${monthText(full)}`}`;
  const pays =
    be === null
      ? ` and ${both ? 'do' : 'does'} not pay for ${both ? 'themselves' : 'itself'} within 20 years at today’s figures.`
      : `, and ${both ? 'have' : 'has'} paid for ${both ? 'themselves' : 'itself'} in gross profit by ${monthText(be)}.`;
  return `${first}${pays} ${runwaySentence(plan)}`;
}

/** Whether today's runway carries the hire to break-even. */
export function runwaySentence(plan: HiringPlan): string {
  const be = plan.expected.breakEvenMonth;
  const runway = formatNumber(plan.runwayMonths, 1);
  const lasts = plan.expected.cashLastsThroughMonth;
  // Held back by payback: the deal economics, not the runway, have to change first.
  if (plan.paybackHeld && be !== null) {
    const monthly =
      plan.selfFundingMonth === null
        ? 'it never brings in as much as it costs in a month'
        : `it only brings in more than it costs each month from ${monthText(plan.selfFundingMonth)}`;
    return `At today’s figures ${monthly}: the payback the result finds too slow for your deals. That is why the answer is not yet, and more runway would not change it; the plan moves as the figures the result names change.`;
  }
  // A plan for the hire that comes once the blockers are cleared, one of which is runway: today's
  // runway is the reason it waits, not a verdict on the plan.
  if (plan.deferred && be !== null && !plan.fundsUntilSelfFunding) {
    const ends =
      lasts === null
        ? `Your ${runway} months of runway end`
        : `At your burn, today’s cash runs out after month ${lasts}`;
    const pays =
      plan.selfFundingMonth === null
        ? 'before the hire brings in as much as it costs in a month'
        : `before the hire pays its own way (${monthText(plan.selfFundingMonth)})`;
    return `${ends}, ${pays}: that is why the result says to secure more runway first. Once you have, this plan holds.`;
  }
  if (lasts === null) {
    if (be === null)
      return plan.deferred
        ? 'At today’s figures this hire never pays back, which is why the answer is not yet: the plan moves as the figures the result names change.'
        : `It never pays back, so it can only be funded from your ${runway} months of runway.`;
    if (plan.survives)
      return `That is inside your ${runway} months of runway (add your monthly burn to see the exact month cash runs out).`;
    return plan.fundsUntilSelfFunding
      ? `${selfFundingSentence(plan)} That is inside your ${runway} months of runway, which is what the result’s runway check asks (runway for the search, the ramp and the payback); the rest of the cost is paid back after the runway ends, so plan the next raise or revenue by then.`
      : `That is after your ${runway} months of runway end, and ${plan.selfFundingMonth === null ? 'it never brings in as much as it costs in a month' : `it only brings in more than it costs each month from ${monthText(plan.selfFundingMonth)}`}: until then it costs more than it brings, so raise or cut costs first, or start when the runway is longer.`;
  }
  if (!plan.expected.runsOut) return 'With your burn, cash does not run out with this hire.';
  if (plan.survives) {
    return `With your burn, cash lasts through month ${lasts}, so the runway survives the hire.`;
  }
  if (plan.fundsUntilSelfFunding) {
    const sf = plan.selfFundingMonth;
    const reach = sf !== null && lasts > sf ? 'past that point' : 'to that point';
    const repaid =
      be === null
        ? 'but the hire does not pay back all it cost within 20 years'
        : `but not to ${monthText(be)}, when the hire has paid back all it cost`;
    return `${selfFundingSentence(plan)} With your burn, cash lasts through month ${lasts}: ${reach}, ${repaid}, so plan the next raise or revenue before then.`;
  }
  return `With your burn, cash runs out after month ${lasts}, before the hire pays its own way: the runway does not survive it.`;
}

/** "From month 11 it brings in more gross profit each month than it costs." */
export function selfFundingSentence(plan: HiringPlan): string {
  const month = plan.selfFundingMonth;
  const [it, brings, costs] =
    plan.kind === 'both' ? ['they', 'bring', 'cost'] : ['it', 'brings', 'costs'];
  return month === null
    ? `${capitalize(it)} never ${brings} in as much gross profit in a month as ${it} ${costs}.`
    : `From ${monthText(month)} ${it} ${brings} in more gross profit each month than ${it} ${costs}.`;
}

/** "the first AE" and "a second" for a first AE; "the new AE" and "another" beside a team's AEs. */
function aeNames(teamAes: number): { first: string; second: string } {
  return teamAes > 0
    ? { first: 'the new AE', second: 'another' }
    : { first: 'the first AE', second: 'a second' };
}

/** "an SDR" for a team without one; "a second SDR" beside one, "a third" beside two, then "another". */
function sdrName(teamSdrs: number): string {
  const ordinal = ['second', 'third', 'fourth', 'fifth'][teamSdrs - 1];
  return teamSdrs <= 0 ? 'an SDR' : ordinal ? `a ${ordinal} SDR` : 'another SDR';
}

/** "about 4 qualified opportunities a month are left", "no qualified opportunities a month are left". */
function leftWords(leftOpps: number): string {
  const count = Math.round(leftOpps);
  if (count === 0) return 'no qualified opportunities a month are left';
  return count === 1
    ? 'about 1 qualified opportunity a month is left'
    : `about ${formatNumber(count, 0)} qualified opportunities a month are left`;
}

/** "about 45% of quota", or "next to nothing" where that would round to 0%. */
function attainmentWords(pct: number): string {
  return Math.round(pct) === 0 ? 'next to nothing' : `about ${percent(pct)} of quota`;
}

export function triggerSentence(step: SequenceStep): string {
  const t = step.trigger;
  switch (t.kind) {
    case 'sdr-prospecting':
      return `Once the AE is through ramp and the calendar still holds fewer than about ${opportunitiesAMonth(t.thresholdOpps)} (of the ${formatNumber(Math.max(1, Math.round(t.neededOpps)), 0)} needed to make quota): below that the AE spends more than ${percent(t.limitPct)} of the week prospecting, work an SDR does for less. Today’s pipeline covers about ${percent(t.coveredPct)} of the need.`;
    case 'sdr-pipeline': {
      const { first, second } = aeNames(t.teamAes);
      return `Once ${first} is through ramp. Today’s pipeline feeds ${t.teamAes > 0 ? 'one more AE' : 'one AE'}: ${leftWords(t.leftOpps)} of the ${formatNumber(Math.round(t.neededOpps), 0)} ${second} AE would need, and a ramped SDR adds about ${formatNumber(Math.round(t.sdrOpps), 0)}. The SDR’s meetings are what ${second} AE will work.`;
    }
    case 'sdr-ratio': {
      // The ratio is a team benchmark: an SDR's meetings top up several closers' own pipelines.
      const ratio = `the usual ratio is one SDR to about ${formatNumber(t.ratio, 1)} AEs, whose meetings top up each closer’s own pipeline rather than fill one calendar`;
      // Counted from the SDRs the team already has: beside one, the next is "a second SDR".
      const sdr = sdrName(t.teamSdrs);
      return t.teamAes + 1 >= t.aesPerSdr
        ? `Once the new AE is through ramp and the team has ${t.teamAes + 1} AEs: ${ratio}, so there are enough closers to share ${sdr}’s meetings.`
        : `When the team has ${t.aesPerSdr} AEs: ${ratio}, so ${sdr} pays once there are that many closers to share them.`;
    }
    case 'second-ae': {
      const { first, second } = aeNames(t.teamAes);
      const morePipeline = t.afterSdr
        ? 'more inbound, a partner channel or a second SDR'
        : t.sdrsAtRatio
          ? 'more inbound, or more meetings from the SDRs you have: they already meet the usual ratio with the new AE'
          : !t.sdrPays
            ? 'more inbound or a partner channel: at your deal size an SDR’s meetings would not repay its cost'
            : t.outboundRoutine
              ? 'an SDR or more inbound'
              : 'more inbound, referrals or a partner channel, or an outbound routine the AE builds first for an SDR to take over';
      return `When ${first} sells at least ${percent(t.pct)} of a full monthly quota for ${t.months} ${t.months === 1 ? 'month' : 'months'} running, and there is pipeline for ${second} AE. ${
        t.closeRateHeld && t.expectedAttainmentPct < t.pct
          ? `At today’s close rate a ramped AE sells ${attainmentWords(t.expectedAttainmentPct)}, so this waits for qualification to be fixed: more meetings would not close.`
          : t.expectedAttainmentPct < t.pct
            ? `With today’s pipeline a ramped AE sells ${attainmentWords(t.expectedAttainmentPct)}, so this waits for more pipeline (${morePipeline}).`
            : !t.pipelineReady && t.neededOpps !== null
              ? `Once ${first} is fed, ${t.afterSdr ? 'today’s pipeline and the SDR’s meetings leave' : 'today’s pipeline leaves'} ${Math.round(t.leftOpps) === 0 ? 'none' : `about ${formatNumber(Math.round(t.leftOpps), 0)}`} of the ${formatNumber(Math.round(t.neededOpps), 0)} qualified opportunities a month ${second} AE needs, so this waits for more pipeline (${morePipeline}).`
              : `With today’s pipeline a ramped AE sells about ${percent(t.expectedAttainmentPct)} of quota, and about ${formatNumber(Math.round(t.leftOpps), 0)} qualified opportunities a month ${t.afterSdr ? `are left for ${second} AE once the SDR books at full speed` : `are left for ${second} AE`}.`
      }`;
    }
    case 'ae-capacity':
      return `When the SDR’s opportunities fill the time your closers have: today ${formatNumber(Math.round(t.oppsToday), 0)} a month against room for about ${formatNumber(Math.round(t.capacityOpps), 0)}; a ramped SDR adds about ${formatNumber(Math.round(t.sdrOpps), 0)}.`;
    case 'manager':
      return `When the team reaches ${t.span} reps; until then a founder manages them. This plan has ${t.repsAtHorizon} ${t.repsAtHorizon === 1 ? 'rep' : 'reps'} by month 24.`;
  }
}

export function stepTitle(step: SequenceStep): string {
  const who =
    step.id === 'second-ae'
      ? `${step.trigger.kind === 'second-ae' ? aeNames(step.trigger.teamAes).second : 'a second'} AE`
      : step.role === 'manager'
        ? 'a sales manager'
        : step.role === 'sdr'
          ? sdrName('teamSdrs' in step.trigger ? step.trigger.teamSdrs : 0)
          : 'an AE';
  if (step.triggerMonth === null) return `Later than month 24: ${who}`;
  if (step.startMonth === null) return `Month ${step.triggerMonth}: ${who}`;
  return `Month ${step.triggerMonth}: start the search for ${who} (first day about month ${step.startMonth})`;
}

export function scenarioSentence(plan: HiringPlan, outcome: ScenarioOutcome): string {
  const c = currencyOf(plan);
  const p = outcome.projection;
  const be = p.breakEvenMonth;
  const cash =
    p.cashLastsThroughMonth === null
      ? ''
      : p.runsOut
        ? ` Cash lasts through month ${p.cashLastsThroughMonth}.`
        : ' Cash does not run out.';
  switch (outcome.id) {
    case 'expected':
      return `${capitalize(paysBy(be))}; at the lowest point it has cost about ${moneyRounded(p.peakNeedLocal, c)}.${cash}`;
    case 'slow-ramp':
      return `If the ramp takes ${months(outcome.months ?? 0)} instead of ${months(plan.rampMonths)}: ${paysBy(be)}, needing up to about ${moneyRounded(p.peakNeedLocal, c)}.${cash}`;
    case 'leaves': {
      // Nobody is paid while the replacement is found, so the low point can be shallower than the
      // expected plan's even though the payback comes later: say why, or it reads as a mistake.
      const shallower =
        p.peakNeedLocal < plan.expected.peakNeedLocal
          ? ' (less than the plan above at its lowest point: nobody is paid while the replacement is found)'
          : '';
      return `If the hire leaves after ${months(outcome.months ?? 0)} and you search and ramp a replacement: ${paysBy(be)}, needing up to about ${moneyRounded(p.peakNeedLocal, c)}${shallower}.${cash}`;
    }
    case 'sells-nothing':
      return p.cashLastsThroughMonth === null
        ? `If the hire sells nothing, it costs ${money(p.months[23]?.cumCostLocal ?? 0, c)} over 24 months. Add your monthly burn to see when the money would run out.`
        : p.runsOut
          ? `If the hire sells nothing, cash runs out after month ${p.cashLastsThroughMonth}${lastsWithout(plan)}.`
          : 'If the hire sells nothing, cash still does not run out.';
  }
}

function lastsWithout(plan: HiringPlan): string {
  const without = plan.risk.cashLastsWithoutHire;
  return without === null ? '' : ` (without the hire: after month ${without})`;
}

/** The worst realistic case, in one or two sentences. */
export function worstCaseSentence(plan: HiringPlan): string {
  const worst = plan.risk.scenarios[plan.risk.worst];
  const what =
    worst.id === 'leaves'
      ? `the hire leaving after ${months(worst.months ?? 0)}`
      : `a ramp of ${months(worst.months ?? 0)}`;
  const be = worst.projection.breakEvenMonth;
  const self = worst.projection.selfFundingMonth;
  const verdict = worst.survives
    ? 'Your runway survives it.'
    : worst.fundsUntilSelfFunding && self !== null
      ? `It pays its own way each month from ${monthText(self)}, ${worst.projection.cashLastsThroughMonth === null ? `inside your ${formatNumber(plan.runwayMonths, 1)} months of runway` : 'before your cash runs out'}, which is what the result’s runway check asks (runway for the search, the ramp and the payback); the rest of its cost is paid back after that, so plan the next raise or revenue by then.`
      : worst.projection.cashLastsThroughMonth === null
        ? `That is beyond your ${formatNumber(plan.runwayMonths, 1)} months of runway: the runway does not survive it unless you raise or cut costs.`
        : `Your cash runs out first, after ${monthText(worst.projection.cashLastsThroughMonth)} (at today’s burn it lasts through month ${Math.floor(plan.runwayMonths + 1e-9)} without the hire): the runway does not survive it.`;
  return `The worst realistic case is ${what}: the hire ${paysBy(be)}. ${verdict}`;
}

/**
 * Beside the month table: its stage names each month's quota as the pay plan does, while bookings
 * are what the hire is expected to close. Says how the two relate, so the tables agree. Null when
 * there is nothing to reconcile (an AE expected to book its full quota).
 */
export function monthTableNote(plan: HiringPlan): string | null {
  const lead = plan.pay[0];
  if (!lead) return null;
  if (lead.role === 'sdr')
    return 'The stage is the share of the SDR’s monthly target, as in the pay plan; bookings are what those opportunities close, one sales cycle after they are booked.';
  const share = plan.leadQuotaSharePct;
  if (share === null || Math.round(share) >= 100) return null;
  const ramp = plan.months.find((m) => m.phase === 'ramp' && m.rampPct > 0);
  // A pair's bookings add what the SDR's meetings close, so a month's share is the AE's own only.
  const example =
    ramp && plan.kind !== 'both'
      ? `: a ramp month at ${percent(ramp.rampPct)} of quota books about ${percent((ramp.rampPct * share) / 100)} of a full month’s quota`
      : '';
  const pair = plan.kind === 'both' ? ', plus what the SDR’s meetings close once they sign' : '';
  return `The stage is each month’s quota, as in the pay plan; bookings are what the AE is expected to close, about ${percent(share)} of that quota${pair}${example}.`;
}

/**
 * Beside the month table when the monthly burn is known: its "Cash left" column spends the
 * company's own burn as well as the hire's cost, so a negative month is not the hire's doing alone.
 * Null without the burn (the column is not shown).
 */
export function cashColumnNote(plan: HiringPlan): string | null {
  const burn = plan.monthlyBurnLocal;
  const without = plan.risk.cashLastsWithoutHire;
  if (burn === null || burn <= 0 || without === null) return null;
  const c = currencyOf(plan);
  const start = Math.max(0, plan.runwayMonths) * burn;
  return `Cash left starts at ${money(start, c)} (${formatNumber(plan.runwayMonths, 1)} months at your burn of ${money(burn, c)} a month) and pays that burn every month as well as the hire’s cost, less the gross profit the hire brings in: without the hire it would last through month ${without}.`;
}
