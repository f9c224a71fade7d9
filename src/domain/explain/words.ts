import type { CompleteAnswers, Currency } from '../answers/schema';
import type { Assumptions } from '../assumptions';
import type { CoreDecision } from '../decide-core';
import { PROFILE_WORDS } from '../answers/vocabulary';
import {
  formatCount,
  formatMoney,
  formatMoneyText,
  formatMonths,
  formatNumber,
  roundForText,
} from '../format';
import { holds } from '../rules/evaluate';
import type { OutboundRunner } from '../rules/levers';
import { ALONGSIDE } from '../rules/process';
import { SIGNALS } from '../rules/signals';
import type { KeyNumber, LeverNumber } from '../trials';
import type { AeProfile, HireKind, HireStatus, RecommendationKind } from '../types';

/*
 * Small phrases the explanation reuses: hire names, key numbers in sentences.
 */

/** "a mid-market account executive", "an SDR", "an account executive and an SDR". */
export function hireName(kind: HireKind, profile?: AeProfile): string {
  const ae = profile
    ? `${profile === 'enterprise' ? 'an' : 'a'} ${PROFILE_WORDS[profile]} account executive`
    : 'an account executive';
  if (kind === 'ae') return ae;
  if (kind === 'sdr') return 'an SDR';
  return `${ae} and an SDR`;
}

/**
 * Who runs an outbound test: the account executives when the team has some and its closers have
 * room (the verdict's own signal), otherwise the founders. One owner for the same fix on one page.
 */
export function outboundRunner(
  core: CoreDecision,
  answers: CompleteAnswers,
  a: Assumptions,
): OutboundRunner {
  return answers.aes > 0 && holds(SIGNALS.closersRoom.when, core.facts, a) ? 'aes' : 'founders';
}

/** "your playbook is written and a CRM with stages is set up": the gaps a hire-after waits on. */
export function onceWords(alongside: readonly string[]): string {
  const named = [...new Set(ALONGSIDE.filter((r) => alongside.includes(r.id)).map((r) => r.once))];
  if (named.length === 0) return 'the groundwork is done';
  return named.length === 1
    ? (named[0] ?? '')
    : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1] ?? ''}`;
}

/** "hire a mid-market account executive now", "… once your playbook is written", "not hire yet". */
export function outcomeWords(
  kind: RecommendationKind,
  status: HireStatus,
  profile?: AeProfile,
  alongside: readonly string[] = [],
): string {
  if (kind === 'not-yet') return 'not to hire yet';
  const name = hireName(kind, profile);
  return status === 'hire-after'
    ? `to hire ${name} once ${onceWords(alongside)}`
    : `to hire ${name} now`;
}

/** A key number in a sentence: "about 8 a month", "about $24,000", "25%". */
export function keyValue(key: LeverNumber, value: number, currency: Currency): string {
  switch (key) {
    case 'customers':
      return `${formatNumber(Math.round(value), 0)} paying ${Math.round(value) === 1 ? 'customer' : 'customers'}`;
    case 'qualifiedOppsPerMonth':
      return formatCount(value, 'a month');
    case 'acv':
      return formatMoneyText(value, currency);
    case 'closeRatePct':
      return `${formatNumber(roundForText(value), 1)}%`;
    case 'salesCycleDays':
      return `${formatNumber(Math.round(value), 0)} days`;
    case 'founderSalesHours': {
      const hours = roundForText(value);
      return `${formatNumber(hours, 1)} ${hours === 1 ? 'hour' : 'hours'} a week`;
    }
    case 'runwayMonths':
      return formatMonths(value);
  }
}

/**
 * A key number to one decimal (whole money), for a tipping point that would otherwise round to the
 * user's own answer: "above about 18.6 a month (you have 19 a month)", not "above about 19".
 */
export function closeKeyValue(key: LeverNumber, value: number, currency: Currency): string {
  switch (key) {
    case 'qualifiedOppsPerMonth':
      return `about ${formatNumber(value, 1)} a month`;
    case 'acv':
      return `about ${formatMoney(value, currency)}`;
    case 'closeRatePct':
      return `${formatNumber(value, 1)}%`;
    case 'salesCycleDays':
      return `${formatNumber(value, 1)} days`;
    case 'founderSalesHours':
      return `${formatNumber(value, 1)} hours a week`;
    case 'runwayMonths':
      return `about ${formatNumber(value, 1)} months`;
    case 'customers':
      return keyValue(key, value, currency);
  }
}

/** The user's own answer in a sentence, exactly as given (never rounded: "you have 24 hours"). */
export function answerValue(key: KeyNumber, value: number, currency: Currency): string {
  switch (key) {
    case 'qualifiedOppsPerMonth':
      return `${formatNumber(value, 1)} a month`;
    case 'closeRatePct':
      return `${formatNumber(value, 1)}%`;
    case 'founderSalesHours':
      return `${formatNumber(value, 1)} ${value === 1 ? 'hour' : 'hours'} a week`;
    default:
      return keyValue(key, value, currency);
  }
}

export const KEY_WORDS: Record<
  KeyNumber,
  { noun: string; more: string; fewer: string; plural?: true }
> = {
  qualifiedOppsPerMonth: {
    noun: 'qualified opportunities',
    plural: true,
    more: 'more qualified opportunities a month',
    fewer: 'fewer qualified opportunities a month',
  },
  acv: { noun: 'average first-year deal value', more: 'larger deals', fewer: 'smaller deals' },
  closeRatePct: { noun: 'close rate', more: 'a higher close rate', fewer: 'a lower close rate' },
  salesCycleDays: {
    noun: 'sales cycle',
    more: 'a longer sales cycle',
    fewer: 'a shorter sales cycle',
  },
  founderSalesHours: {
    noun: 'selling hours per founder',
    plural: true,
    more: 'more selling hours per founder',
    fewer: 'fewer selling hours per founder',
  },
  runwayMonths: { noun: 'runway', more: 'more runway', fewer: 'less runway' },
};

/**
 * The payback clause of a sentence, named as the benchmarks name it, so a reader can tell it from
 * the plan's break-even month: "repays a month of their cost in about 5 months (payback, as the
 * benchmarks count it)", or "would not repay a month of their cost within the limit".
 */
export function earnsBack(value: number | null, whose: string): string {
  return value === null
    ? `would not repay a month of ${whose} cost within the limit`
    : `repays a month of ${whose} cost in ${formatMonths(value)} (payback, as the benchmarks count it)`;
}

/**
 * The plan's break-even beside the payback, for the hire the result recommends: "Counting the
 * search and the ramp too, they have repaid all they cost by month 21." '' when there is none.
 */
export function repaidBy(month: number | null, they: 'they' | 'it'): string {
  if (month === null) return '';
  return they === 'they'
    ? ` Counting the search and the ramp too, they have repaid all they cost by month ${month}.`
    : ` Counting the search and the ramp too, it has repaid all it cost by month ${month}.`;
}

/** "about 6 months" or "never" for a payback. */
export function monthsOrNever(value: number | null): string {
  return value === null ? 'never' : formatMonths(value);
}

/**
 * What a known monthly burn adds to a hire's runway need, as a list item: "and about 1.3 months
 * of your burn for the cash it costs until then". '' without the burn.
 */
export function burnPart(burnMonths: number): string {
  if (burnMonths <= 0) return '';
  return `${formatNumber(burnMonths, 1)} ${burnMonths === 1 ? 'month' : 'months'} of your burn for the cash it costs until then`;
}

/**
 * A runway need beside the runway a company has: to one decimal when the two are within a month,
 * so "needs about 14 months; you have 14 months" never reads as a tie the verdict then breaks.
 */
export function formatNeed(need: number, have: number): string {
  if (Math.abs(have - need) >= 1) return formatMonths(need);
  // Rounded away from the runway, so a need just over it never reads as equal ("18.1", not "18").
  const tenths = need > have ? Math.ceil(need * 10 - 1e-9) : Math.floor(need * 10 + 1e-9);
  return `${formatNumber(tenths / 10, 1)} months`;
}
