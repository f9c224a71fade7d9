import { PROFILE_MEANING, PROFILE_WORDS } from '../answers/vocabulary';
import type { CompleteAnswers } from '../answers/schema';
import type { Assumptions } from '../assumptions';
import { runwayShortfall, sdrMissing } from './reasons';
import type { CoreDecision } from '../decide-core';
import { article, capitalize, formatCount, formatMonths, formatNumber } from '../format';
import { ALONGSIDE } from '../rules/process';
import type { Flip } from '../trials';
import type { Confidence, GateId, Recommendation } from '../types';
import { formatNeed, hireName, KEY_WORDS, outcomeWords } from './words';

/*
 * The heading, the two-sentence summary, the confidence sentence and the profile note. The
 * heading names the status: a reader must tell "hire now" from "hire after" from "not yet" at a
 * glance.
 */

const NOT_YET_HEADLINES: Record<GateId, string> = {
  'no-proof': 'Not yet: win more customers yourself first',
  'no-pipeline': 'Not yet: build a steady pipeline first',
  'close-rate-floor': 'Not yet: fix qualification before adding sellers',
  payback: 'Not yet: fix the unit economics first',
  runway: 'Not yet: secure more runway first',
  'no-process': 'Not yet: find a way of selling that repeats',
  'pipeline-for-sdr': 'Not yet: prove a way to book meetings first',
  'no-need': 'Not yet: your current closers still have room',
};

function alongsideWeeks(core: CoreDecision): number {
  return Math.max(
    0,
    ...ALONGSIDE.filter((r) => core.alongside.includes(r.id)).map((r) => r.text.typicalWeeks ?? 0),
  );
}

export function headline(core: CoreDecision, a: Assumptions): string {
  if (core.kind === 'not-yet') {
    const gate = core.gates[0] ?? 'no-need';
    // Deals too small for outbound: proving outbound would not help (the fix says so).
    if (gate === 'pipeline-for-sdr' && core.model.acvUsd < a.transactionalAcvUsd)
      return 'Not yet: grow inbound or partners; outbound does not pay at your deal size';
    return NOT_YET_HEADLINES[gate];
  }
  const name = capitalize(hireName(core.kind, core.aeProfile));
  if (core.status === 'hire-now') return `Hire ${name.charAt(0).toLowerCase()}${name.slice(1)} now`;
  const first = ALONGSIDE.find((r) => r.id === core.alongside[0]);
  const once = core.alongside.length === 1 && first ? first.once : 'the groundwork is done';
  return `Hire ${name.charAt(0).toLowerCase()}${name.slice(1)} once ${once} (about ${alongsideWeeks(core)} weeks)`;
}

/** The main reason in one sentence, for the summary. */
function mainReason(core: CoreDecision, answers: CompleteAnswers, a: Assumptions): string {
  const { capacity, economics } = core.model;
  const gate = core.gates[0];
  if (core.kind === 'not-yet' && gate) {
    switch (gate) {
      case 'no-proof':
        return `With ${answers.customers} paying ${answers.customers === 1 ? 'customer' : 'customers'}, the pitch is not yet proven enough for someone else to repeat it.`;
      case 'no-pipeline':
        return 'There is no steady flow of qualified opportunities yet, and no proven way to book meetings for a new hire to repeat.';
      case 'close-rate-floor':
        return `${capitalize(article(String(answers.closeRatePct)))} ${answers.closeRatePct}% close rate points to qualification or fit, which another seller would not fix.`;
      case 'payback': {
        const who = core.nextHire
          ? hireName(core.nextHire.kind, core.nextHire.aeProfile)
          : 'a hire';
        const pay =
          core.nextHire?.kind === 'sdr' ? economics.sdr.paybackMonths : economics.ae.paybackMonths;
        return pay === null
          ? `At your deal size, close rate and pipeline, ${who} would never earn back their cost in gross profit.`
          : `At your deal size, close rate and pipeline, a month of ${who}’s new business would take ${formatMonths(pay)} to repay a month of their cost (payback, as the benchmarks count it), longer than the limit for your deals.`;
      }
      case 'runway': {
        const kind = core.nextHire?.kind ?? 'ae';
        const { runwayNeededMonths: need, burnMonths } =
          kind === 'sdr' ? economics.sdr : kind === 'both' ? core.model.pair : economics.ae;
        const counted =
          burnMonths > 0
            ? 'search, ramp, payback and the cash it costs at your burn until then'
            : 'search, ramp and payback';
        return `${capitalize(hireName(kind, core.nextHire?.aeProfile))} needs ${need === null ? 'more' : formatNeed(need, answers.runwayMonths).replace(/^(?!about )/, 'about ')} of runway (${counted}); you have ${formatMonths(answers.runwayMonths)}.`;
      }
      case 'no-process':
        return 'There is no consistent way of selling yet, so a hire would have nothing to follow.';
      case 'pipeline-for-sdr':
        return sdrMissing(core, answers, a);
      case 'no-need':
        if (capacity.band !== 'room')
          return `Your closers are about full (${formatNumber(capacity.oppsPerMonth, 1)} qualified opportunities a month against ${formatCount(capacity.closerCapacityOpps, 'they can work')}), but nobody has said leads wait, so a new seller would not yet be fully used.`;
        return `Your closers can work ${formatCount(capacity.closerCapacityOpps, 'qualified opportunities a month')} and you get ${formatNumber(capacity.oppsPerMonth, 1)}, so nobody is waiting for a new seller yet.`;
    }
  }
  if (core.kind === 'sdr' && capacity.band !== 'room')
    // At capacity, where an AE and an SDR together would not pay yet (decide-core.ts).
    return `Your closers are ${capacity.oppsPerMonth < capacity.closerCapacityOpps ? 'about full' : 'at capacity'} (${formatNumber(capacity.oppsPerMonth, 1)} qualified opportunities a month against ${formatCount(capacity.closerCapacityOpps, 'they can work')}): an SDR would add about ${Math.round(economics.sdr.oppsPerMonth)} a month once ramped, and another account executive, with little spare to work today, follows when those meetings fill the closers.`;
  if (core.kind === 'sdr')
    return `Your closers have room for more opportunities, and an SDR would add about ${Math.round(economics.sdr.oppsPerMonth)} a month once ramped.`;
  if (core.kind === 'both')
    // "At capacity" is a band (±20%): a count a little under what they can work still reads as full.
    return `Your account executives are ${capacity.oppsPerMonth < capacity.closerCapacityOpps ? 'about full' : 'at capacity'} (${formatNumber(capacity.oppsPerMonth, 1)} qualified opportunities a month against ${formatCount(capacity.closerCapacityOpps, 'they can work')}), so ${answers.sdrs > 0 ? 'another' : 'an'} SDR alone would make leads wait and another account executive alone would start under-fed.`;
  if (capacity.leadsWait)
    return 'Qualified leads already wait or get dropped, so the people who sell are full.';
  return `You get ${formatNumber(capacity.oppsPerMonth, 1)} qualified opportunities a month and your current closers can work ${formatCount(capacity.closerCapacityOpps, 'at a sustainable pace')}.`;
}

export function summary(core: CoreDecision, answers: CompleteAnswers, a: Assumptions): string {
  let first: string;
  if (core.kind === 'not-yet') {
    const next = core.nextHire ? hireName(core.nextHire.kind, core.nextHire.aeProfile) : '';
    first =
      core.gates[0] === 'no-need'
        ? `No hire is needed yet${next ? `; when your closers fill up, the next hire would be ${next}` : ''}.`
        : next
          ? `Don’t hire yet; once this is fixed, the next hire would be ${next}.`
          : 'Don’t hire yet.';
  } else if (core.status === 'hire-after') {
    first = `Hire ${hireName(core.kind, core.aeProfile)}, and clear ${core.alongside.length === 1 ? 'one gap' : `${core.alongside.length} gaps`} in the weeks the search takes.`;
  } else first = `Hire ${hireName(core.kind, core.aeProfile)} now.`;
  const short = runwayShortfall(core, answers);
  const runway = short
    ? ` Your runway (${formatMonths(answers.runwayMonths)}) would not carry the next hire either: it needs ${short.atLeast ? 'more than ' : ''}${formatMonths(short.need)}.`
    : '';
  return `${first} ${mainReason(core, answers, a)}${runway}`;
}

/**
 * What the confidence rests on, in one sentence. The level itself is shown beside it ("Confidence
 * High"), so the sentence never repeats it.
 */
export function confidenceReason(flip: Flip | undefined): string {
  if (!flip)
    return 'Moving any key number (opportunities, deal size, close rate, cycle, founder hours, runway, customers) by 20% either way gives the same answer.';
  if (flip.key === 'customers') {
    const more = flip.value - flip.from;
    const count = Math.abs(more);
    return `With ${count} ${more > 0 ? 'more' : 'fewer'} paying ${count === 1 ? 'customer' : 'customers'} (${flip.value}) the answer would be ${outcomeWords(flip.to.kind, flip.to.status, flip.to.aeProfile, flip.to.alongside)}.`;
  }
  const words = KEY_WORDS[flip.key];
  const pct = Math.round(Math.abs(flip.change) * 100);
  const direction = flip.change < 0 ? 'less' : 'more';
  const noun =
    flip.key === 'qualifiedOppsPerMonth'
      ? `${pct}% ${flip.change < 0 ? 'fewer' : 'more'} qualified opportunities a month`
      : flip.key === 'salesCycleDays'
        ? `a ${pct}% ${flip.change < 0 ? 'shorter' : 'longer'} sales cycle`
        : flip.key === 'acv'
          ? `deals ${pct}% ${flip.change < 0 ? 'smaller' : 'larger'}`
          : `${pct}% ${direction} ${words.noun}`;
  return `With ${noun} the answer would be ${outcomeWords(flip.to.kind, flip.to.status, flip.to.aeProfile, flip.to.alongside)}.`;
}

export function profileNote(core: CoreDecision): string | undefined {
  const p = core.model.profile;
  const hasAe =
    core.kind === 'ae' || core.kind === 'both' || (core.nextHire && core.nextHire.kind !== 'sdr');
  if (!hasAe || !p.nearBoundary || !p.neighbour) return undefined;
  return `Your deals sit near the line between ${PROFILE_WORDS[p.value]} and ${PROFILE_WORDS[p.neighbour]}: look for ${hireName('ae', p.value)} (who ${PROFILE_MEANING[p.value]}) who has also sold ${PROFILE_WORDS[p.neighbour]} deals.`;
}

export function buildRecommendation(
  core: CoreDecision,
  answers: CompleteAnswers,
  a: Assumptions,
  confidence: Confidence,
  flip: Flip | undefined,
): Recommendation {
  return {
    status: core.status,
    kind: core.kind,
    aeProfile: core.aeProfile,
    nextHire: core.nextHire,
    followUp: core.followUp,
    profileNote: profileNote(core),
    confidence,
    confidenceReason: confidenceReason(flip),
    headline: headline(core, a),
    summary: summary(core, answers, a),
  };
}
