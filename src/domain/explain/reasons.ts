import type { CompleteAnswers } from '../answers/schema';
import { TERMS } from '../answers/vocabulary';
import type { Assumptions } from '../assumptions';
import type { CoreDecision } from '../decide-core';
import { formatCount, formatMoneyText, formatMonths, formatNumber } from '../format';
import type { Reason } from '../types';
import { hireName, monthsOrNever } from './words';

/*
 * The reasons, ordered by weight; the first three are "the three that matter most". Each quotes
 * the company's own numbers, rounded for a sentence. 'for' reasons support the answer given;
 * 'against' ones were weighed and did not change it.
 */

export function buildReasons(core: CoreDecision, answers: CompleteAnswers, a: Assumptions): Reason[] {
  const { capacity, economics, profile } = core.model;
  const out: Reason[] = [];
  const hiring = core.kind !== 'not-yet';
  const wantsCloser = core.kind === 'ae' || core.kind === 'both' || core.intended === 'ae' || core.intended === 'both';
  // With a "not yet", what points towards a hire was weighed and outweighed by a gate.
  const blocked = core.kind === 'not-yet';
  const add = (ruleId: string, dimension: Reason['dimension'], stance: Reason['stance'], text: string) =>
    out.push({ ruleId, dimension, stance, text });

  // Gates first: they decide a "not yet".
  for (const gate of core.gates) {
    const stance = core.kind === 'not-yet' ? 'for' : 'against';
    switch (gate) {
      case 'no-proof':
        add(gate, 'leadFlow', stance, `You have ${answers.customers} paying ${answers.customers === 1 ? 'customer' : 'customers'}; a first sales hire usually follows about ${a.minFounderLedCustomers} won by the founders.`);
        break;
      case 'no-pipeline':
        add(gate, 'leadFlow', stance, `You get ${formatCount(answers.qualifiedOppsPerMonth, 'qualified opportunities a month', 'qualified opportunity a month')}, and outbound has not become a routine that books meetings.`);
        break;
      case 'close-rate-floor':
        add(gate, 'economics', stance, `You win ${formatNumber(answers.closeRatePct, 1)}% of qualified opportunities; below ${a.closeRateFloorPct}% the deals are usually the wrong fit or qualified too loosely.`);
        break;
      case 'payback': {
        const e = core.intended === 'sdr' ? economics.sdr : economics.ae;
        add(gate, 'economics', stance, `${capitalizeFirst(hireName(e.role, e.profile))} would bring ${formatMoneyText(e.rampedMonthlyBookingsLocal, answers.currency)} of new first-year contracts a month once ramped; its gross profit would repay a month’s cost (${formatMoneyText(e.loadedMonthlyCostLocal, answers.currency)}) in ${monthsOrNever(e.paybackMonths)}, against a limit of ${formatMonths(core.facts.paybackLimit)}.`);
        break;
      }
      case 'runway': {
        const e = core.intended === 'sdr' ? economics.sdr : economics.ae;
        const need = core.intended === 'both' ? core.model.pair.runwayNeededMonths : e.runwayNeededMonths;
        add(gate, 'budget', stance, core.intended === 'both' && core.kind === 'ae'
          ? `Hiring an SDR at the same time would need about ${monthsOrNever(need).replace('about ', '')} of runway; you have ${formatMonths(answers.runwayMonths)}, enough for the account executive first.`
          : `You have ${formatMonths(answers.runwayMonths)} of runway; this hire needs ${monthsOrNever(need)}: ${formatMonths(e.timeToHireMonths)} to hire, ${formatMonths(e.rampMonths)} of ${TERMS.ramp}, and ${monthsOrNever(e.paybackMonths)} to pay back.`);
        break;
      }
      case 'no-process':
        add(gate, 'process', stance, 'There is no consistent sales process yet for a new hire to follow.');
        break;
      case 'pipeline-for-sdr':
        add(gate, 'leadFlow', stance, sdrMissing(core, answers, a));
        break;
      case 'no-need':
        break;
    }
  }

  // Capacity: the heart of most answers.
  const perFounder = capacity.sellingFounders > 0
    ? ` (${capacity.sellingFounders === 1 ? 'one founder' : `${capacity.sellingFounders} founders`} at ${formatNumber(capacity.founderHoursCounted, 0)} sustainable selling hours a week${capacity.sellingFounders === 1 ? '' : ' each'}${answers.aes > 0 ? ` plus ${answers.aes} account ${answers.aes === 1 ? 'executive' : 'executives'}` : ''})`
    : answers.aes > 0 ? ` (${answers.aes} account ${answers.aes === 1 ? 'executive' : 'executives'})` : '';
  const capacityText = `You get ${formatCount(capacity.oppsPerMonth, 'qualified opportunities a month', 'qualified opportunity a month')}; your closers can work ${formatCount(capacity.closerCapacityOpps, 'a month')}${perFounder}.`;
  add('capacity', 'capacity', (wantsCloser && !blocked) === (capacity.band !== 'room') ? 'for' : 'against', capacityText);
  if (capacity.leadsWait)
    add('leads-wait', 'capacity', wantsCloser && !blocked ? 'for' : 'against', 'You said qualified leads wait or get dropped because nobody has time: we take your word over the arithmetic.');
  if (capacity.sellingFounders > 0 && capacity.founderSharePct >= a.founderSalesSharePct)
    add('founder-time', 'capacity', wantsCloser && !blocked ? 'for' : 'against', `Each selling founder spends about ${formatNumber(answers.founderSalesHours, 0)} hours a week selling, ${formatNumber(capacity.founderSharePct, 0)}% of a ${a.founderWeekHours}-hour week; above ${a.founderSalesSharePct}%, selling crowds out running the company.`);

  if (wantsCloser && capacity.oppsNeededPerAe !== null) {
    const e = economics.ae;
    add('ae-pipeline', 'leadFlow', !blocked && ((capacity.pipelineCoverage ?? 0) >= a.minPipelineCoverage || capacity.leadsWait) ? 'for' : 'against',
      `A new account executive carries a ${TERMS.quota} of about ${formatMoneyText(e.quotaLocal ?? 0, answers.currency)}, which needs ${formatCount(capacity.oppsNeededPerAe, 'qualified opportunities a month', 'qualified opportunity a month')} at your deal size and close rate; ${formatCount(e.oppsPerMonth, 'a month')} would be theirs to work.`);
    if (!core.gates.includes('payback') || core.intended === 'sdr')
    add('ae-economics', 'economics', !blocked && e.paybackMonths !== null && e.paybackMonths <= core.facts.paybackLimit ? 'for' : 'against',
      `Once ramped, they would sell ${formatMoneyText(e.rampedMonthlyBookingsLocal, answers.currency)} of first-year contracts a month; at a ${e.grossMarginPct}% gross margin that repays a month of their cost in ${monthsOrNever(e.paybackMonths)} (limit for ${profile.value} deals: ${formatMonths(core.facts.paybackLimit)}).`);
  }
  if (core.kind === 'sdr' || core.intended === 'sdr' || core.kind === 'both') {
    const e = economics.sdr;
    if (!core.gates.includes('payback') || core.intended !== 'sdr')
    add('sdr-economics', 'economics', !blocked && e.paybackMonths !== null && e.paybackMonths <= core.facts.paybackLimit ? 'for' : 'against',
      `An ${TERMS.sdr} books about ${formatNumber(Math.round(e.oppsPerMonth / (a.meetingToOppPct / 100)), 0)} meetings a month once ramped, about ${formatNumber(Math.round(e.oppsPerMonth), 0)} of them real opportunities; these close at about ${formatNumber(answers.closeRatePct * a.outboundCloseRatioPct / 100, 0)}% (outbound wins less often than your current deals), so it repays a month of its cost in ${monthsOrNever(e.paybackMonths)}.`);
  }
  if (answers.closeRatePct < a.lowCloseRatePct && answers.closeRatePct >= a.closeRateFloorPct && wantsCloser)
    add('low-close', 'economics', 'for', `A ${formatNumber(answers.closeRatePct, 1)}% close rate is low; a closer who runs the same process on every deal usually wins more.`);
  if (hiring && !core.gates.includes('runway')) {
    const need = core.kind === 'sdr' ? economics.sdr.runwayNeededMonths : core.kind === 'both' ? core.model.pair.runwayNeededMonths : economics.ae.runwayNeededMonths;
    if (need !== null)
      add('runway-ok', 'budget', 'for', `You have ${formatMonths(answers.runwayMonths)} of runway, more than the ${formatMonths(need)} this hire needs for the search, the ramp and the payback.`);
  }
  if (core.followUp)
    add('sequence', 'leadFlow', 'for', `Closer first: a new account executive can find some of their own deals; an SDR makes sense ${core.followUp.trigger}.`);
  return out;
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Why an SDR does not fit yet, in one sentence. */
export function sdrMissing(core: CoreDecision, answers: CompleteAnswers, a: Assumptions): string {
  const missing: string[] = [];
  if (core.model.acvUsd < a.transactionalAcvUsd) missing.push('deals large enough for outbound to pay');
  if (answers.icp === 'none') missing.push('a written ideal customer profile');
  if (answers.outbound === 'none' && answers.sdrs === 0) missing.push('a proven way to book meetings by outbound');
  if (missing.length === 0) return 'An SDR would not add enough pipeline that pays.';
  return `Your closers have room, but an SDR needs ${missing.join(', ').replace(/, ([^,]*)$/, ' and $1')}.`;
}
