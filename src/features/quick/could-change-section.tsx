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
import { Disclosure } from '../../ui/disclosure';
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
 * "Questions that could change this": on a quick result, every unanswered question, each a link to
 * it. Those where a plausible answer would change the verdict stay in view (with that answer); the
 * rest are folded under one closed heading that counts them, so they do not push the page past
 * four phone screens. Answering one saves it as the company's own and the result moves; with none
 * left, the quick check has become a full assessment.
 */
export function CouldChangeSection({ answers, assumed, assumptions }: CouldChangeSectionProps) {
  const id = useId();
  const rows = useMemo(
    () => couldChange(decideVerdictWith(assumptions), answers, assumed),
    [answers, assumed, assumptions],
  );
  if (rows.length === 0) return null;
  const changers = rows.filter((r) => r.changes);
  const steady = rows.filter((r) => !r.changes);
  const firstStep = STEP_IDS.find((step) => assumed.some((key) => questionFor(key).step === step));

  return (
    <section className="result-section could-change" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Questions that could change this</h2>
      <p className="could-change-intro">
        This is a quick result: {rows.length} of the answers are typical values, not yours, so its
        confidence is at most medium.{' '}
        {changers.length === 0
          ? 'None of them could change the answer on its own.'
          : changers.length === 1
            ? 'One of them could change the answer:'
            : `${changers.length} of them could change the answer:`}
      </p>
      {changers.length > 0 && (
        <ol className="could-change-list">
          {changers.map((row) => {
            const example = row.example
              ? formatAnswer(row.key, { ...answers, [row.key]: row.example.value } as Answers)
              : null;
            return (
              <li key={row.key} className="could-change-yes">
                <QuestionLink question={row.key} answers={answers} />
                {row.example && example ? (
                  <p>
                    Could change it. If the answer is “{example}”:{' '}
                    {verdictWords(row.example.verdict)}.
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      {steady.length > 0 && (
        <Disclosure
          level={3}
          className="could-change-steady"
          title={`${steady.length} ${steady.length === 1 ? 'question' : 'questions'} that would not change it`}
          hint="No plausible answer to any one of these changes the result on its own"
        >
          <ol className="could-change-list" start={changers.length + 1}>
            {steady.map((row) => (
              <li key={row.key} className="could-change-no">
                <QuestionLink question={row.key} answers={answers} />
              </li>
            ))}
          </ol>
        </Disclosure>
      )}
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

/** The question's short label as a link to it, and the typical value the result assumed. */
function QuestionLink({ question, answers }: { question: AnswerKey; answers: Answers }) {
  return (
    <>
      <a href={questionHref(question)}>{questionFor(question).shortLabel}</a>
      <span className="could-change-assumed"> (assumed: {formatAnswer(question, answers)})</span>
    </>
  );
}
