import type { Answers } from '../index';

/*
 * What the quick check compares: the verdict a `decide`-like function gives, reduced to status and
 * kind. The quick-check analyses take the engine as a parameter, so they run unchanged on today's
 * `evaluate` and on engine v2's cheap `decide`, and their tests can feed a small rule of their own.
 */

/** The part of a decision the verdict is made of; `status` is absent for engines without one. */
export interface Verdict {
  status?: string;
  kind: string;
}

/** Anything that turns complete answers into a verdict (engine v2's `decide` qualifies as is). */
export type DecideFn = (answers: Answers) => Verdict;

/** One string per verdict, so two verdicts are the same exactly when their keys are. */
export function verdictKey(verdict: Verdict): string {
  return `${verdict.status ?? ''}|${verdict.kind}`;
}

export function sameVerdict(a: Verdict, b: Verdict): boolean {
  return verdictKey(a) === verdictKey(b);
}
