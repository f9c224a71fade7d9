import type { AnswerKey, Answers } from '../index';
import { PLAUSIBLE_VALUES, plausibleKeys, sameAnswer, type PlausibleValues } from './plausible';
import { fillAssumed } from './typical';
import { sameVerdict, type DecideFn, type Verdict } from './verdict';

/*
 * Which questions decide? Two measures over a broad set of profiles, both using the engine itself:
 *
 * - flip rate (one answer at a time): for each answer, change it to each of its other plausible
 *   values and count how often the verdict (status and kind) changes. It says how sensitive the
 *   verdict is to that answer, each alone.
 * - agreement (a set of answers): answer only the questions in the set, fill the rest with typical
 *   values (as the quick check does), and count how often the verdict matches the one from the full
 *   answers. Chosen greedily, one question at a time, it picks the set that settles the verdict for
 *   the most companies, which the flip rate cannot (two answers that flip the same cases are worth
 *   little together).
 */

export interface FlipStat {
  key: AnswerKey;
  /** Mean, over profiles, of the share of the other plausible values that change the verdict. */
  flipRate: number;
  /** Share of profiles where at least one other plausible value changes the verdict. */
  anyFlipShare: number;
}

function withAnswer(answers: Answers, key: AnswerKey, value: unknown): Answers {
  return { ...answers, [key]: value } as Answers;
}

/**
 * Ranks answers by how often changing each one, over its plausible values, flips the verdict.
 * Highest flip rate first; ties keep catalogue order.
 */
export function flipRanking(
  decide: DecideFn,
  profiles: readonly Answers[],
  plausible: PlausibleValues = PLAUSIBLE_VALUES,
): FlipStat[] {
  const keys = plausibleKeys(plausible);
  const base = profiles.map((p) => decide(p));
  const stats = keys.map((key): FlipStat => {
    let rateSum = 0;
    let anyCount = 0;
    profiles.forEach((profile, i) => {
      const alternatives = (plausible[key] ?? []).filter((v) => !sameAnswer(v, profile[key]));
      if (alternatives.length === 0) return;
      let flips = 0;
      for (const value of alternatives) {
        if (!sameVerdict(decide(withAnswer(profile, key, value)), base[i] as Verdict)) flips++;
      }
      rateSum += flips / alternatives.length;
      if (flips > 0) anyCount++;
    });
    const n = Math.max(1, profiles.length);
    return { key, flipRate: rateSum / n, anyFlipShare: anyCount / n };
  });
  return stats.toSorted((a, b) => b.flipRate - a.flipRate);
}

/** What the quick check would say if only `asked` were answered: the rest filled as typical. */
export function quickVerdict(
  decide: DecideFn,
  profile: Answers,
  asked: readonly AnswerKey[],
): Verdict {
  const given: Partial<Answers> = {};
  for (const key of asked) (given as Record<string, unknown>)[key] = profile[key];
  return decide(fillAssumed(given).answers);
}

/** Share of profiles whose quick verdict (only `asked` answered) matches the full verdict. */
export function agreement(
  decide: DecideFn,
  profiles: readonly Answers[],
  asked: readonly AnswerKey[],
  full: readonly Verdict[] = profiles.map((p) => decide(p)),
): number {
  let same = 0;
  profiles.forEach((profile, i) => {
    if (sameVerdict(quickVerdict(decide, profile, asked), full[i] as Verdict)) same++;
  });
  return same / Math.max(1, profiles.length);
}

export interface ChoiceStep {
  key: AnswerKey;
  /** Agreement with the full verdict once this question and those before it are asked. */
  agreement: number;
}

/**
 * Greedy forward selection: starting from `fixed` (asked in any case), adds the question that
 * raises agreement with the full verdict most, `count` times. Ties go to the higher flip rate, then
 * catalogue order, so the result is deterministic.
 */
export function chooseQuestions(
  decide: DecideFn,
  profiles: readonly Answers[],
  options: {
    count: number;
    fixed?: readonly AnswerKey[];
    candidates?: readonly AnswerKey[];
    plausible?: PlausibleValues;
  },
): { steps: ChoiceStep[]; baseline: number } {
  const full = profiles.map((p) => decide(p));
  const asked: AnswerKey[] = [...(options.fixed ?? [])];
  const candidates = (options.candidates ?? plausibleKeys(options.plausible)).filter(
    (key) => !asked.includes(key),
  );
  const baseline = agreement(decide, profiles, asked, full);
  const steps: ChoiceStep[] = [];
  for (let round = 0; round < options.count && candidates.length > 0; round++) {
    let best: ChoiceStep | null = null;
    for (const key of candidates) {
      const score = agreement(decide, profiles, [...asked, key], full);
      if (best === null || score > best.agreement + 1e-12) best = { key, agreement: score };
    }
    if (best === null) break;
    steps.push(best);
    asked.push(best.key);
    candidates.splice(candidates.indexOf(best.key), 1);
  }
  return { steps, baseline };
}
