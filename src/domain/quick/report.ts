import type { AnswerKey, Answers } from '../index';
import { chooseQuestions, flipRanking, type ChoiceStep, type FlipStat } from './question-choice';
import type { DecideFn } from './verdict';

/*
 * The question-choice analysis as one call and a plain-text table, for scripts/quick-questions.mjs
 * and the decision record. Pure: the caller passes the engine and the profiles.
 */

export interface QuestionChoiceReport {
  profiles: number;
  ranking: FlipStat[];
  fixed: AnswerKey[];
  baseline: number;
  steps: ChoiceStep[];
}

export function questionChoiceReport(
  decide: DecideFn,
  profiles: readonly Answers[],
  options: { count: number; fixed?: readonly AnswerKey[] },
): QuestionChoiceReport {
  const ranking = flipRanking(decide, profiles);
  const { steps, baseline } = chooseQuestions(decide, profiles, options);
  return { profiles: profiles.length, ranking, fixed: [...(options.fixed ?? [])], baseline, steps };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

export function formatReport(report: QuestionChoiceReport): string {
  const lines = [
    `Profiles: ${report.profiles}`,
    '',
    'Flip ranking (change one answer over its plausible values):',
    '  rank  answer                   flip rate  any value flips',
    ...report.ranking.map(
      (s, i) =>
        `  ${String(i + 1).padStart(4)}  ${s.key.padEnd(24)} ${pct(s.flipRate)}     ${pct(s.anyFlipShare)}`,
    ),
    '',
    `Greedy choice (agreement of the quick verdict with the full one; asked in any case: ${
      report.fixed.join(', ') || 'none'
    }):`,
    `     0  (typical values only)      ${pct(report.baseline)}`,
    ...report.steps.map(
      (s, i) => `  ${String(i + 1).padStart(4)}  + ${s.key.padEnd(24)} ${pct(s.agreement)}`,
    ),
  ];
  return lines.join('\n');
}
