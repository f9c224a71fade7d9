import { copyAnswers, type CompleteAnswers, type Currency } from './answers/schema';
import type { Assumptions } from './assumptions';
import { decideCore, type CoreDecision } from './decide-core';
import {
  answerValue,
  closeKeyValue,
  outcomeWords,
  outboundRunner,
  keyValue,
  KEY_WORDS,
} from './explain/words';
import { formatNumber } from './format';
import { KEY_NUMBERS, sameAnswer, trial, type KeyNumber, type LeverNumber } from './trials';
import type { HireStatus, Lever, Margin } from './types';
import { LEVER_CHOICES, NUMBER_LEVERS } from './rules/levers';

/*
 * Levers: single changes the company can make, within plausible reach, that change the answer for
 * the better. Margins: how far each key number can move before the answer changes. Both re-run
 * the cheap decision on changed answers.
 */

const STATUS_RANK: Record<HireStatus, number> = { 'not-yet': 0, 'hire-after': 1, 'hire-now': 2 };

/** A change counts as a lever only if the status does not get worse. */
function improves(base: CoreDecision, next: CoreDecision): boolean {
  if (sameAnswer(base, next)) return false;
  return STATUS_RANK[next.status] >= STATUS_RANK[base.status];
}

/** The first value from `from` towards `to` (in `steps` even steps) where the answer changes, refined by bisection. */
function firstChange(
  answers: CompleteAnswers,
  a: Assumptions,
  base: CoreDecision,
  key: LeverNumber,
  to: number,
  steps = 8,
  halvings = 6,
): { value: number; held: number; decision: CoreDecision } | null {
  const from = answers[key];
  let previous = from;
  for (let i = 1; i <= steps; i++) {
    const value = from + ((to - from) * i) / steps;
    const moved = trial(answers, a, base, key, value);
    if (!sameAnswer(moved, base)) {
      let lo = previous;
      let hi = value;
      let found = moved;
      for (let j = 0; j < halvings; j++) {
        const mid = (lo + hi) / 2;
        const t = trial(answers, a, base, key, mid);
        if (sameAnswer(t, base)) lo = mid;
        else {
          hi = mid;
          found = t;
        }
      }
      return { value: hi, held: lo, decision: found };
    }
    previous = value;
  }
  return null;
}

function niceValue(key: LeverNumber, value: number, upward: boolean): number {
  const step =
    key === 'acv'
      ? value >= 10_000
        ? 1000
        : 100
      : key === 'closeRatePct' ||
          key === 'salesCycleDays' ||
          key === 'runwayMonths' ||
          key === 'founderSalesHours' ||
          key === 'customers'
        ? 1
        : 0.5;
  return (upward ? Math.ceil(value / step) : Math.floor(value / step)) * step;
}

/**
 * Today's value after "instead of": none for zero ("instead of none", not "instead of 0 paying
 * customers"), and a bare count where the noun was just said ("10 paying customers instead of 8").
 */
function insteadOf(
  key: LeverNumber,
  current: number,
  currency: CompleteAnswers['currency'],
): string {
  if (current === 0 && key !== 'closeRatePct' && key !== 'acv') return 'none';
  if (key === 'customers') return formatNumber(current, 0);
  return keyValue(key, current, currency);
}

/** "a 11% close rate" → "an 11% close rate": numbers said with a vowel sound (8…, 11, 18). */
function withArticle(phrase: string): string {
  return phrase.replace(/^a (?=8|1[18](?!\d))/, 'an ');
}

export function buildLevers(answers: CompleteAnswers, a: Assumptions, base: CoreDecision): Lever[] {
  const out: Lever[] = [];
  const runner = outboundRunner(base, answers, a);
  for (const lever of NUMBER_LEVERS) {
    const current = answers[lever.key];
    const reach = lever.reach(current, answers);
    if (reach === current) continue;
    const hit = firstChange(answers, a, base, lever.key, reach);
    if (!hit) continue;
    const upward = reach > current;
    const to = niceValue(lever.key, hit.value, upward);
    const decision = trial(answers, a, base, lever.key, to);
    if (!improves(base, decision)) continue;
    out.push({
      key: lever.key,
      from: current,
      to,
      kind: decision.kind,
      status: decision.status,
      aeProfile: decision.aeProfile,
      text: `With ${withArticle(lever.phrase(keyValue(lever.key, to, answers.currency)))} instead of ${insteadOf(lever.key, current, answers.currency)}: the answer would be ${outcomeWords(decision.kind, decision.status, decision.aeProfile, decision.alongside)}.`,
      effort: lever.effort(current, to, answers, runner),
    });
  }
  for (const choice of LEVER_CHOICES) {
    const current = answers[choice.key];
    if (!choice.better(current as never)) continue;
    const to = choice.to;
    const changed = copyAnswers(answers) as Record<string, unknown>;
    changed[choice.key] = to;
    const decision = decideCore(changed as CompleteAnswers, a, true, {
      model: base.model,
      changed: choice.key,
    });
    if (!improves(base, decision)) continue;
    out.push({
      key: choice.key,
      from: current,
      to,
      kind: decision.kind,
      status: decision.status,
      aeProfile: decision.aeProfile,
      text: `${choice.text}: the answer would be ${outcomeWords(decision.kind, decision.status, decision.aeProfile, decision.alongside)}.`,
      effort: choice.effort(runner),
    });
  }
  return out;
}

/** The largest value each answer accepts (answers/schema.ts). */
const MAX: Record<KeyNumber, number> = {
  qualifiedOppsPerMonth: 10_000,
  acv: 100_000_000,
  closeRatePct: 100,
  salesCycleDays: 730,
  founderSalesHours: 80,
  runwayMonths: 120,
};

/** Plausible range searched for margins: a quarter to four times the current value. */
const MARGIN_RANGE = [0.25, 4] as const;

export function buildMargins(
  answers: CompleteAnswers,
  a: Assumptions,
  base: CoreDecision,
): Margin[] {
  const out: Margin[] = [];
  for (const key of KEY_NUMBERS) {
    const current = answers[key];
    const words = KEY_WORDS[key];
    // The runway boundary is quoted beside the runway a hire needs: find it to a few hours.
    const halvings = key === 'runwayMonths' ? 14 : 6;
    const down =
      current > 0
        ? firstChange(answers, a, base, key, current * MARGIN_RANGE[0], 10, halvings)
        : null;
    const upLimit = Math.min(
      MAX[key],
      key === 'closeRatePct'
        ? Math.max(current * MARGIN_RANGE[1], current + 10)
        : current > 0
          ? current * MARGIN_RANGE[1]
          : 10,
    );
    const up = firstChange(answers, a, base, key, upLimit, 10, halvings);
    const nearest =
      down && up
        ? current - down.value <= up.value - current
          ? 'down'
          : 'up'
        : down
          ? 'down'
          : up
            ? 'up'
            : null;
    if (nearest === null) {
      out.push({
        key,
        current,
        threshold: null,
        direction: 'above',
        text: `The answer stays the same for any ${words.noun} we tried, from ${keyValue(key, current * MARGIN_RANGE[0], answers.currency)} to ${keyValue(key, upLimit, answers.currency)} (you have ${answerValue(key, current, answers.currency)}).`,
      });
      continue;
    }
    const hit = nearest === 'down' ? down! : up!;
    const direction = nearest === 'down' ? 'above' : 'below';
    // The runway a hire needs is quoted in the reasons ("needs about 17 months"): name the side of
    // the boundary that covers it (the longer runway), so the two round alike (16.52 and 16.49
    // would otherwise read 17 and 16).
    const shown = key === 'runwayMonths' ? Math.max(hit.held, hit.value) : hit.value;
    out.push({
      key,
      current,
      threshold: hit.value,
      direction,
      text: `Holds while ${words.noun} ${words.plural ? 'stay' : 'stays'} ${direction} ${thresholdText(key, shown, current, answers.currency)} (you have ${answerValue(key, current, answers.currency)}); ${direction === 'above' ? 'below' : 'above'} that, the answer would be ${outcomeWords(hit.decision.kind, hit.decision.status, hit.decision.aeProfile, hit.decision.alongside)}.`,
    });
  }
  return out;
}

/** The tipping point in words; to one decimal where rounding would make it the user's own answer. */
function thresholdText(key: KeyNumber, value: number, current: number, currency: Currency): string {
  const text = keyValue(key, value, currency);
  return withoutAbout(text) === withoutAbout(answerValue(key, current, currency))
    ? closeKeyValue(key, value, currency)
    : text;
}

function withoutAbout(text: string): string {
  return text.replace(/^about /, '');
}
