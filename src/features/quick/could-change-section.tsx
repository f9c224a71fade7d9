import { useId, useMemo } from 'react';
import {
  formatAnswer,
  questionFor,
  STEP_IDS,
  type AnswerKey,
  type Answers,
  type Assumptions,
} from '../../domain';
import { couldChange, decideVerdictWith } from '../../domain/quick';
import { hrefFor } from '../../ui/router';
import { verdictWords } from './verdict-words';
import './quick.css';

export interface CouldChangeSectionProps {
  /** The answers the result was worked out from (typical values included). */
  answers: Answers;
  /** The answers that are typical values, not the company's. */
  assumed: readonly AnswerKey[];
  assumptions: Assumptions;
}

/** The wizard's question, with focus on its field; Continue comes back to the result. */
export function questionHref(key: AnswerKey): string {
  const step = questionFor(key).step;
  return hrefFor({ name: 'wizard', step, from: 'results', field: key });
}

/**
 * "Questions that could change this": on a quick result, every unanswered question, those where a
 * plausible answer would change the verdict first (with that answer), each a link to the question.
 * Answering one saves it as the company's own and the result moves; with none left, the quick
 * check has become a full assessment.
 */
export function CouldChangeSection({ answers, assumed, assumptions }: CouldChangeSectionProps) {
  const id = useId();
  const rows = useMemo(
    () => couldChange(decideVerdictWith(assumptions), answers, assumed),
    [answers, assumed, assumptions],
  );
  if (rows.length === 0) return null;
  const changers = rows.filter((r) => r.changes).length;
  const firstStep = STEP_IDS.find((step) => assumed.some((key) => questionFor(key).step === step));

  return (
    <section className="result-section could-change" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Questions that could change this</h2>
      <p className="could-change-intro">
        This is a quick result: {rows.length} of the answers are typical values, not yours, so its
        confidence is at most medium.{' '}
        {changers === 0
          ? 'None of them could change the answer on its own.'
          : changers === 1
            ? 'One of them could change the answer; it comes first.'
            : `${changers} of them could change the answer; they come first.`}
      </p>
      <ol className="could-change-list">
        {rows.map((row) => {
          const question = questionFor(row.key);
          const example = row.example
            ? formatAnswer(row.key, { ...answers, [row.key]: row.example.value } as Answers)
            : null;
          return (
            <li key={row.key} className={row.changes ? 'could-change-yes' : 'could-change-no'}>
              <a href={questionHref(row.key)}>{question.shortLabel}</a>
              <span className="could-change-assumed">
                {' '}
                (assumed: {formatAnswer(row.key, answers)})
              </span>
              <p>
                {row.changes && row.example && example
                  ? `Could change it. If the answer is “${example}”: ${verdictWords(row.example.verdict)}.`
                  : 'No plausible answer changes the result on its own.'}
              </p>
            </li>
          );
        })}
      </ol>
      {firstStep ? (
        <p>
          <a
            className="button button-secondary"
            href={hrefFor({ name: 'wizard', step: firstStep })}
          >
            Answer the remaining {rows.length} questions
          </a>
        </p>
      ) : null}
    </section>
  );
}
