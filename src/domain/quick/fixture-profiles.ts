import type { Answers } from '../index';
import { SCENARIOS } from '../scenarios.fixture';

/*
 * The hand-written scenario profiles, added to the generated ones in the question-choice analysis:
 * they are the companies people wrote down as typical or tricky. Script and test use only.
 */
export function fixtureProfiles(): Answers[] {
  return SCENARIOS.map((s) => s.answers);
}
