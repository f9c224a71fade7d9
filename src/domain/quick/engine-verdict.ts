import { evaluate, type Answers } from '../index';
import type { DecideFn } from './verdict';

/*
 * The engine as the quick check reads it: answers → verdict. Today's engine has no `decide` and no
 * status, so this stand-in derives the status from the kind; engine v2's `decide` replaces it.
 */
export const ENGINE_NAME = 'engine v1 (evaluate, status from kind)';

export const decideVerdict: DecideFn = (answers: Answers) => {
  const { kind } = evaluate(answers).recommendation;
  return { kind, status: kind === 'not-yet' ? 'not-yet' : 'hire-now' };
};
