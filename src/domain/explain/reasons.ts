import type { CompleteAnswers } from '../answers/schema';
import { TERMS } from '../answers/vocabulary';
import type { Assumptions } from '../assumptions';
import type { CoreDecision } from '../decide-core';
import {
  article,
  capitalize,
  formatCount,
  formatMoneyText,
  formatMonths,
  formatNumber,
} from '../format';
import { leadsWaitFeedNewAe } from '../model/new-ae-feed';
import type { HireEconomics, Model, Reason } from '../types';
import { burnPart, earnsBack, formatNeed, hireName, monthsOrNever, repaidBy } from './words';

/*
 * The reasons, ordered by weight; the first three are "the three that matter most". Each quotes
 * the company's own numbers, rounded for a sentence. 'for' reasons support the answer given;
 * 'against' ones were weighed and did not change it.
 */

export function buildReasons(
  core: CoreDecision,
  answers: CompleteAnswers,
  a: Assumptions,
): Reason[] {
  const { capacity, economics, profile } = core.model;
  const out: Reason[] = [];
  const hiring = core.kind !== 'not-yet';
  const wantsCloser =
    core.kind === 'ae' ||
    core.kind === 'both' ||
    core.intended === 'ae' ||
    core.intended === 'both';
  // With a "not yet", what points towards a hire was weighed and outweighed by a gate.
  const blocked = core.kind === 'not-yet';
  const add = (
    ruleId: string,
    dimension: Reason['dimension'],
    stance: Reason['stance'],
    text: string,
  ) => out.push({ ruleId, dimension, stance, text });

  // Gates first: they decide a "not yet".
  for (const gate of core.gates) {
    const stance = core.kind === 'not-yet' ? 'for' : 'against';
    switch (gate) {
      case 'no-proof':
        add(
          gate,
          'leadFlow',
          stance,
          `You have ${answers.customers} paying ${answers.customers === 1 ? 'customer' : 'customers'}; a first sales hire usually follows about ${a.minFounderLedCustomers} won by the founders.`,
        );
        break;
      case 'no-pipeline':
        add(
          gate,
          'leadFlow',
          stance,
          `You get ${formatCount(answers.qualifiedOppsPerMonth, 'qualified opportunities a month', 'qualified opportunity a month')}${answers.leadTrend === 'sporadic' ? ', coming sporadically,' : ''} and outbound has not become a routine that books meetings.`,
        );
        break;
      case 'close-rate-floor':
        add(
          gate,
          'economics',
          stance,
          `You win ${formatNumber(answers.closeRatePct, 1)}% of qualified opportunities; below ${a.closeRateFloorPct}% the deals are usually the wrong fit or qualified too loosely.`,
        );
        break;
      case 'payback': {
        if (core.intended === 'both' && core.kind === 'sdr') {
          // The pair did not pay within the limit; the SDR alone does (decide-core.ts).
          add(
            gate,
            'economics',
            stance,
            `An account executive hired beside the SDR would have little spare to work today, so the two together ${core.model.pair.paybackMonths === null ? 'would not repay a month of their combined cost within the limit' : `would take ${formatMonths(core.model.pair.paybackMonths)} to repay a month of their combined cost`} (limit ${formatMonths(core.facts.paybackLimit)}): the SDR first.`,
          );
          break;
        }
        const e = core.intended === 'sdr' ? economics.sdr : economics.ae;
        add(
          gate,
          'economics',
          stance,
          `${capitalize(hireName(e.role, e.profile))} would bring ${formatMoneyText(e.rampedMonthlyBookingsLocal, answers.currency)} of new first-year contracts a month once ramped; at ${article(String(e.grossMarginPct))} ${e.grossMarginPct}% gross margin that ${earnsBack(e.paybackMonths, 'its')} (it costs ${formatMoneyText(e.loadedMonthlyCostLocal, answers.currency)} a month; limit ${formatMonths(core.facts.paybackLimit)}).`,
        );
        break;
      }
      case 'runway': {
        const e = core.intended === 'sdr' ? economics.sdr : economics.ae;
        const need =
          core.intended === 'both' ? core.model.pair.runwayNeededMonths : e.runwayNeededMonths;
        add(
          gate,
          'budget',
          stance,
          core.intended === 'both' && core.kind === 'ae'
            ? `Hiring an SDR at the same time would need about ${monthsOrNever(need).replace('about ', '')} of runway; you have ${formatMonths(answers.runwayMonths)}, enough for the account executive first.`
            : core.intended === 'both' && core.kind === 'sdr'
              ? `Hiring an account executive at the same time would need ${need === null ? 'more runway than any, as the two would not pay for themselves within the limit' : `about ${monthsOrNever(need).replace('about ', '')} of runway`}; you have ${formatMonths(answers.runwayMonths)}, enough for the SDR first.`
              : need === null
                ? `You have ${formatMonths(answers.runwayMonths)} of runway, but this hire would not pay for itself within the limit, so no runway would be enough.`
                : `You have ${formatMonths(answers.runwayMonths)} of runway; this hire needs ${formatNeed(need, answers.runwayMonths)}: ${needParts(e)}.`,
        );
        break;
      }
      case 'no-process':
        add(
          gate,
          'process',
          stance,
          'There is no consistent sales process yet for a new hire to follow.',
        );
        break;
      case 'pipeline-for-sdr':
        add(gate, 'leadFlow', stance, sdrMissing(core, answers, a));
        break;
      case 'no-need':
        // With room, the capacity reason below says it; at capacity, say why that is not yet a hire.
        if (capacity.band !== 'room')
          add(
            gate,
            'capacity',
            stance,
            `Your closers are about full but not over: ${formatNumber(capacity.oppsPerMonth, 1)} qualified ${capacity.oppsPerMonth === 1 ? 'opportunity' : 'opportunities'} a month against ${formatCount(capacity.closerCapacityOpps, 'they can work')} is within ${a.capacityBandPct}%, closer than this arithmetic can tell, and you did not say leads wait.`,
          );
        break;
    }
  }

  // Capacity: the heart of most answers.
  // Founders' hours above a sustainable share of the week are not counted; say so, or a founder who
  // answered 25 hours reads "one founder at 10 selling hours" as a misreading of their answer.
  const capped = capacity.founderHoursCounted < answers.founderSalesHours;
  const founderHours = capped
    ? `, counting ${formatNumber(capacity.founderHoursCounted, 0)} of ${capacity.sellingFounders === 1 ? 'their' : 'each one’s'} ${formatNumber(answers.founderSalesHours, 0)} selling hours a week: what a founder can keep up beside running the company`
    : ` at ${formatNumber(capacity.founderHoursCounted, 0)} selling hours a week${capacity.sellingFounders === 1 ? '' : ' each'}`;
  const perFounder =
    capacity.sellingFounders > 0
      ? ` (${answers.aes > 0 ? `${answers.aes} account ${answers.aes === 1 ? 'executive' : 'executives'}, plus ` : ''}${capacity.sellingFounders === 1 ? 'one founder' : `${capacity.sellingFounders} founders`}${founderHours})`
      : answers.aes > 0
        ? ` (${answers.aes} account ${answers.aes === 1 ? 'executive' : 'executives'})`
        : '';
  // The user's own count exactly as given; what the model derived, rounded for a sentence.
  const capacityText = `You get ${formatNumber(capacity.oppsPerMonth, 1)} qualified ${capacity.oppsPerMonth === 1 ? 'opportunity' : 'opportunities'} a month; your closers can work ${formatCount(capacity.closerCapacityOpps, 'a month')}${perFounder}.`;
  if (capacity.oppsNeededPerAe !== null)
    add(
      'capacity',
      'capacity',
      (wantsCloser && !blocked) === (capacity.band !== 'room') ? 'for' : 'against',
      capacityText,
    );
  if (capacity.leadsWait)
    add(
      'leads-wait',
      'capacity',
      wantsCloser && !blocked ? 'for' : 'against',
      'You said qualified leads wait or get dropped because nobody has time: we take your word over the arithmetic.',
    );
  // Strictly above the line, as the sentence shows it (rounded): at exactly 20% "above 20%" would
  // contradict the figure beside it.
  if (capacity.sellingFounders > 0 && Math.round(capacity.founderSharePct) > a.founderSalesSharePct)
    add(
      'founder-time',
      'capacity',
      wantsCloser && !blocked ? 'for' : 'against',
      `Each selling founder spends about ${formatNumber(answers.founderSalesHours, 0)} hours a week selling, ${formatNumber(capacity.founderSharePct, 0)}% of a ${a.founderWeekHours}-hour week; ${
        // An SDR's meetings need someone to take them: that, not the rest of the company, is
        // what a busy founder puts at risk under an SDR.
        core.kind === 'sdr'
          ? `above ${a.founderSalesSharePct}%, a founder has little time left to take the meetings an SDR books.`
          : `above ${a.founderSalesSharePct}%, selling crowds out running the company.`
      }`,
    );

  const pairHire = core.kind === 'both' && economics.ae.oppsPerMonth < 1;
  if (pairHire && capacity.oppsNeededPerAe !== null) {
    // Today's closers can take today's pipeline: the new AE of a pair works what the SDR books.
    const { pair, sdr } = core.model.economics;
    add(
      'ae-pipeline',
      'leadFlow',
      'for',
      `Your closers can take today's pipeline, so a new account executive would work what the SDR books: about ${formatNumber(Math.round(sdr.oppsPerMonth), 0)} qualified opportunities a month once ramped; a full ${TERMS.quota} takes ${formatCount(capacity.oppsNeededPerAe, 'a month')}.`,
    );
    add(
      'ae-economics',
      'economics',
      pair.paybackMonths !== null && pair.paybackMonths <= core.facts.paybackLimit
        ? 'for'
        : 'against',
      `Together, once ramped, they would sell ${formatMoneyText(pair.rampedMonthlyBookingsLocal, answers.currency)} of first-year contracts a month; at ${article(String(economics.ae.grossMarginPct))} ${economics.ae.grossMarginPct}% gross margin that ${earnsBack(pair.paybackMonths, 'their combined')} (limit for ${profile.value} deals: ${formatMonths(core.facts.paybackLimit)}).`,
    );
  } else if (wantsCloser && capacity.oppsNeededPerAe !== null) {
    const e = economics.ae;
    add(
      'ae-pipeline',
      'leadFlow',
      blocked
        ? // Under "not yet": 'against' only when the new AE's own feed would favour a hire.
          e.oppsPerMonth / capacity.oppsNeededPerAe >= a.minPipelineCoverage
          ? 'against'
          : 'for'
        : // Judged on what the sentence says: the opportunities that would be the new AE's (a
          // first AE takes over the founders' as well as the overflow).
          e.oppsPerMonth / capacity.oppsNeededPerAe >= a.minPipelineCoverage || capacity.leadsWait
          ? 'for'
          : 'against',
      `A new account executive carries a ${TERMS.quota} of ${formatMoneyText(e.quotaLocal ?? 0, answers.currency)}, which needs ${formatCount(capacity.oppsNeededPerAe, 'qualified opportunities a month', 'qualified opportunity a month')} at your deal size and close rate; ${formatCount(e.oppsPerMonth, 'a month')} would be theirs to work${theirsBecause(answers.aes, core.model)}.`,
    );
    // SDRs already at the ratio: closers are what is short, and a large surplus feeds more than one.
    if (core.kind === 'ae' && capacity.sdrRatioMet) {
      const more = Math.round(capacity.surplusOpps / capacity.oppsNeededPerAe);
      add(
        'sdr-ratio-met',
        'capacity',
        'for',
        `Your ${answers.sdrs === 1 ? 'SDR already meets' : `${formatNumber(answers.sdrs, 0)} SDRs already meet`} the usual ratio to your account executives: closers, not meetings, are what you lack${more >= 2 ? `. Today’s surplus (about ${formatNumber(Math.round(capacity.surplusOpps), 0)} qualified opportunities a month) would feed about ${formatNumber(more, 0)} new account executives, this hire included, so plan the next hires as closers too` : ''}.`,
      );
    }
    if (!core.gates.includes('payback') || core.intended === 'sdr')
      add(
        'ae-economics',
        'economics',
        (e.paybackMonths !== null && e.paybackMonths <= core.facts.paybackLimit) !== blocked
          ? 'for'
          : 'against',
        `Once ramped, they would sell ${formatMoneyText(e.rampedMonthlyBookingsLocal, answers.currency)} of first-year contracts a month; at ${article(String(e.grossMarginPct))} ${e.grossMarginPct}% gross margin that ${earnsBack(e.paybackMonths, 'their')} (limit for ${profile.value} deals: ${formatMonths(core.facts.paybackLimit)}).${core.kind === 'ae' ? repaidBy(e.breakEvenMonths, 'they') : ''}`,
      );
  }
  if (core.kind === 'sdr' || core.intended === 'sdr' || core.kind === 'both') {
    const e = economics.sdr;
    if (!core.gates.includes('payback') || core.intended !== 'sdr')
      add(
        'sdr-economics',
        'economics',
        (e.paybackMonths !== null && e.paybackMonths <= core.facts.paybackLimit) !== blocked
          ? 'for'
          : 'against',
        `An ${TERMS.sdr} books about ${formatNumber(Math.round(e.oppsPerMonth / (a.meetingToOppPct / 100)), 0)} meetings a month once ramped, about ${formatNumber(Math.round(e.oppsPerMonth), 0)} of them real opportunities; these close at about ${formatNumber((answers.closeRatePct * a.outboundCloseRatioPct) / 100, 0)}% (outbound wins less often than your current deals), so it ${earnsBack(e.paybackMonths, 'its')}.${core.kind === 'sdr' ? repaidBy(e.breakEvenMonths, 'it') : ''}`,
      );
  }
  if (
    answers.closeRatePct < a.lowCloseRatePct &&
    answers.closeRatePct >= a.closeRateFloorPct &&
    wantsCloser
  )
    add(
      'low-close',
      'economics',
      'for',
      `${capitalize(article(formatNumber(answers.closeRatePct, 1)))} ${formatNumber(answers.closeRatePct, 1)}% close rate is low; a closer who runs the same process on every deal usually wins more.`,
    );
  if (hiring && !core.gates.includes('runway')) {
    const { runwayNeededMonths: need, burnMonths } =
      core.kind === 'sdr' ? economics.sdr : core.kind === 'both' ? core.model.pair : economics.ae;
    if (need !== null)
      add(
        'runway-ok',
        'budget',
        'for',
        `You have ${formatMonths(answers.runwayMonths)} of runway; this hire needs ${formatNeed(need, answers.runwayMonths)} for the search, the ramp and the payback${burnMonths > 0 ? ', counting the cash it costs at your burn until then' : ''}.`,
      );
  }
  // A "not yet" that no runway gate decided (closers with room, no proof yet…) still says when the
  // money would not carry the hire that comes next: a company with no runway must hear it.
  const short = runwayShortfall(core, answers);
  if (short)
    add(
      'runway-short',
      'budget',
      'for',
      short.atLeast
        ? `You have ${formatMonths(answers.runwayMonths)} of runway; ${hireName(short.kind, short.kind === 'sdr' ? undefined : profile.value)}, the hire that would come next, needs more than ${formatMonths(short.need)}: ${formatMonths(short.e.timeToHireMonths)} to hire and ${formatMonths(short.e.rampMonths)} of ${TERMS.ramp} before the payback starts.`
        : `You have ${formatMonths(answers.runwayMonths)} of runway; ${hireName(short.kind, short.kind === 'sdr' ? undefined : profile.value)}, the hire that would come next, needs ${formatNeed(short.need, answers.runwayMonths)}: ${needParts(short.e)}.`,
    );
  if (core.followUp)
    add(
      'sequence',
      'leadFlow',
      'for',
      `Closer first: a new account executive can find some of their own deals; an SDR makes sense ${core.followUp.trigger}.`,
    );
  // For a hire, what speaks for it comes first and what was weighed against it after: a hire scaled
  // down from an AE and an SDR together would otherwise open with why not both, which is not why.
  return hiring
    ? [...out.filter((r) => r.stance === 'for'), ...out.filter((r) => r.stance !== 'for')]
    : out;
}

/**
 * With a "not yet" the runway gate did not decide: the next hire (an account executive unless an
 * SDR is named) and its runway need, when today's runway falls short of it.
 */
/**
 * Where the new AE's opportunities come from, when it is not plain from "the surplus": a first AE
 * takes over the founders' deals; a later one, where leads are said to wait, gets more than the
 * arithmetic sees spare (model/index.ts trusts the user's word). Empty otherwise.
 */
function theirsBecause(aes: number, model: Pick<Model, 'capacity' | 'economics'>): string {
  const { capacity } = model;
  if (aes === 0)
    return capacity.sellingFounders > 0 &&
      model.economics.ae.oppsPerMonth > capacity.surplusOpps + 0.5
      ? ', once the founders hand over their deals (freeing the founders is the point of a first hire)'
      : '';
  if (!leadsWaitFeedNewAe(model)) return '';
  const spare =
    capacity.surplusOpps < 0.5
      ? 'the arithmetic sees none spare'
      : `the arithmetic sees about ${formatNumber(Math.round(capacity.surplusOpps), 0)} spare`;
  return ` (${spare}, but you said leads wait, and we take your word)`;
}

/** "2 months to hire, 5 months of ramp, and about 6 months to pay back" (+ the burn's share). */
function needParts(e: HireEconomics): string {
  const parts = [
    `${formatMonths(e.timeToHireMonths)} to hire`,
    `${formatMonths(e.rampMonths)} of ${TERMS.ramp}`,
    // Beside the burn's share (to one decimal) the payback is too, so the parts add up.
    e.burnMonths > 0 && e.paybackMonths !== null
      ? `${formatNumber(e.paybackMonths, 1)} months to pay back`
      : `${monthsOrNever(e.paybackMonths)} to pay back`,
  ];
  const burn = burnPart(e.burnMonths);
  if (burn) parts.push(burn);
  return `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)}`;
}

export function runwayShortfall(core: CoreDecision, answers: CompleteAnswers) {
  if (core.kind !== 'not-yet' || core.gates.includes('runway') || core.gates.includes('payback'))
    return undefined;
  const kind = core.nextHire?.kind ?? core.intended ?? 'ae';
  const e = kind === 'sdr' ? core.model.economics.sdr : core.model.economics.ae;
  const pays = kind === 'both' ? core.model.pair.runwayNeededMonths : e.runwayNeededMonths;
  const payback = kind === 'both' ? core.model.pair.paybackMonths : e.paybackMonths;
  // Without pipeline for it today the hire never pays back, or not within the limit for your deals:
  // more money is not the fix for that, so the runway only has to carry the search and the ramp,
  // which have to be paid for before it sells at all.
  const inTime = pays !== null && payback !== null && payback <= core.facts.paybackLimit;
  const need = inTime ? pays : e.timeToHireMonths + e.rampMonths;
  if (answers.runwayMonths >= need) return undefined;
  return { kind, e, need, atLeast: !inTime };
}

/** Why an SDR does not fit yet, in one sentence. */
export function sdrMissing(core: CoreDecision, answers: CompleteAnswers, a: Assumptions): string {
  const missing: string[] = [];
  if (core.model.acvUsd < a.transactionalAcvUsd)
    missing.push('deals large enough for outbound to pay');
  if (answers.icp === 'none') missing.push('a written ideal customer profile');
  if (answers.outbound !== 'systematic' && answers.sdrs === 0)
    missing.push('outbound that already books meetings as a weekly routine');
  if (missing.length === 0) return 'An SDR would not add enough pipeline that pays.';
  return `Your closers have room, but an SDR needs ${missing.join(', ').replace(/, ([^,]*)$/, ' and $1')}.`;
}
