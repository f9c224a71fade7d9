import type { Answers } from '../index';
import { SCENARIOS_V2 } from '../scenarios-v2.fixture';

/*
 * The hand-written scenario profiles (the engine v2 yardstick, issue 9), added to the generated
 * ones in the question-choice analysis: the companies an advisor wrote down as typical or tricky.
 * Script and test use only.
 */
export function fixtureProfiles(): Answers[] {
  return SCENARIOS_V2.map((s) => s.answers);
}
