import { DEFAULT_ASSUMPTIONS, evaluate, type Answers, type Assumptions } from '../index';
import type { DecideFn } from './verdict';

/*
 * The engine as the quick check reads it: answers → verdict. Today's engine has no `decide` and no
 * status, so this stand-in derives the status from the kind; engine v2's `decide` replaces it.
 */
export const ENGINE_NAME = 'engine v1 (evaluate, status from kind)';

/** The verdict under given assumptions (a consultant may have changed some). */
export function decideVerdictWith(assumptions: Assumptions = DEFAULT_ASSUMPTIONS): DecideFn {
  return (answers: Answers) => {
    const { kind } = evaluate(answers, assumptions).recommendation;
    return { kind, status: kind === 'not-yet' ? 'not-yet' : 'hire-now' };
  };
}

export const decideVerdict: DecideFn = decideVerdictWith();
