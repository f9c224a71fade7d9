import { ANSWER_KEYS, DEFAULT_ASSUMPTIONS, type AnswerKey, type Answers } from '../index';
import { PLAUSIBLE_VALUES, plausibleFor, sameAnswer, type PlausibleValues } from './plausible';
import { sameVerdict, type DecideFn, type Verdict } from './verdict';

/*
 * For a quick result: which of the questions not yet answered could still change the verdict, and
 * with which answer. Each assumed answer is tried, alone, at every plausible value; the first value
 * found nearest the assumed one (in the plausible list's order) that changes status or kind is the
 * example shown. Plausible means plausible for this company (`plausibleFor`): a revenue band that
 * contradicts customers × deal size is not tried. One at a time on purpose: it names the question to answer next, and a change that
 * needs two answers at once shows up as soon as one of them is answered.
 */

export interface CouldChange {
  key: AnswerKey;
  /** True when some plausible answer to this question changes the verdict. */
  changes: boolean;
  /** The nearest plausible answer that changes it, and the verdict it gives. */
  example?: { value: Answers[AnswerKey]; verdict: Verdict };
}

function nearestFirst<T>(values: readonly T[], current: unknown): T[] {
  const at = values.findIndex((v) => sameAnswer(v, current));
  if (at < 0) {
    // Not in the list (a typical value between two plausible ones): nearest numbers first.
    if (typeof current === 'number') {
      return values.toSorted(
        (a, b) => Math.abs((a as number) - current) - Math.abs((b as number) - current),
      );
    }
    return [...values];
  }
  const ordered: T[] = [];
  for (let d = 1; d < values.length; d++) {
    const below = values[at - d];
    const above = values[at + d];
    if (above !== undefined) ordered.push(above);
    if (below !== undefined) ordered.push(below);
  }
  return ordered;
}

/**
 * Every assumed question with whether a plausible answer would change the verdict; those that would
 * come first, then the rest, each group in question order.
 */
export function couldChange(
  decide: DecideFn,
  answers: Answers,
  assumed: readonly AnswerKey[],
  plausible: PlausibleValues = PLAUSIBLE_VALUES,
): CouldChange[] {
  const current = decide(answers);
  const usdPerUnit =
    answers.currency === 'EUR'
      ? DEFAULT_ASSUMPTIONS.usdPerEur
      : answers.currency === 'GBP'
        ? DEFAULT_ASSUMPTIONS.usdPerGbp
        : 1;
  const rows = ANSWER_KEYS.filter((key) => assumed.includes(key)).map((key): CouldChange => {
    const values = plausibleFor(key, answers, usdPerUnit, plausible);
    for (const value of nearestFirst(values, answers[key])) {
      if (sameAnswer(value, answers[key])) continue;
      const verdict = decide({ ...answers, [key]: value } as Answers);
      if (!sameVerdict(verdict, current)) {
        return { key, changes: true, example: { value: value as Answers[AnswerKey], verdict } };
      }
    }
    return { key, changes: false };
  });
  return [...rows.filter((r) => r.changes), ...rows.filter((r) => !r.changes)];
}
