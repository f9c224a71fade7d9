import { decide, DEFAULT_ASSUMPTIONS, type Answers, type Assumptions } from '../index';
import type { DecideFn } from './verdict';

/* The engine as the quick check reads it: engine v2's cheap `decide`, reduced to status and kind. */
export const ENGINE_NAME = 'engine v2 decide';

/** The verdict under given assumptions (a consultant may have changed some). */
export function decideVerdictWith(assumptions: Assumptions = DEFAULT_ASSUMPTIONS): DecideFn {
  return (answers: Answers) => {
    const { status, kind } = decide(answers, assumptions);
    return { status, kind };
  };
}

export const decideVerdict: DecideFn = decideVerdictWith();
