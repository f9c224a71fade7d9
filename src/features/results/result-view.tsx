import { useId, useState, type ReactNode } from 'react';
import {
  ANSWER_KEYS,
  ASSUMPTION_INFO,
  ASSUMPTION_KEYS,
  DEFAULT_ASSUMPTIONS,
  formatAnswer,
  questionFor,
  type AnswerKey,
  type Answers,
  type Assessment,
  type Assumptions,
} from '../../domain';
import { hrefFor } from '../../ui/router';
import { ArithmeticSection } from './arithmetic-section';
import { AssumptionsPanel, type AssumptionEditing } from './assumptions-panel';
import { ChartsSection } from './charts-section';
import { CONFIDENCE_LABELS, formatAssumption } from './format';
import { useAssessment } from './use-assessment';
import { usePageHeading } from '../../ui/use-page-heading';
import { WhySection } from './why-section';

export interface ResultViewProps {
  answers: Answers;
  /** Only the assumptions that differ from the defaults: what the store and share links carry. */
  changedAssumptions: Partial<Assumptions>;
  /** Present: the assumptions can be edited and the page re-scores. Absent: read-only. */
  editing?: AssumptionEditing;
  /** Shown above the answer, e.g. the "shared result" banner. */
  banner?: ReactNode;
  /** Buttons under the answer (copy link, download, edit). Never printed. */
  actions?: ReactNode;
  /** The browser tab title for this result; absent when the view is not a page of its own. */
  pageTitle?: (assessment: Assessment) => string;
  /** Move focus to the h1 on arrival (a page of its own). */
  focusHeading?: boolean;
  /** Shown right under the answer, e.g. the what-if panel. Keep it mounted: it may hold focus. */
  afterHeader?: ReactNode;
  /** Shown at the end, e.g. private notes. */
  footer?: ReactNode;
  /** Answers that are typical values, not the company's (a quick check): marked, confidence capped. */
  assumed?: readonly AnswerKey[];
}

/**
 * One complete result: the answer, why, charts, arithmetic, assumptions and the answers it came
 * from. It takes data and callbacks only (no store, no router state), so the results page, the
 * shared-result page and a later consultant workspace can all show it, with or without editing.
 */
export function ResultView({
  answers,
  changedAssumptions,
  editing,
  banner,
  actions,
  pageTitle,
  focusHeading = false,
  afterHeader,
  footer,
  assumed = NONE_ASSUMED,
}: ResultViewProps) {
  const id = useId();
  const result = useAssessment(answers, changedAssumptions, assumed.length);
  const title = result.ok
    ? pageTitle?.(result.assessment)
    : 'Result could not be worked out – Hire Ready';
  const headingRef = usePageHeading(title, focusHeading);
  const company = answers.companyName.trim();
  // The report's date: when this view opened, fixed for its lifetime.
  const [today] = useState(formatToday);

  if (!result.ok) {
    return (
      <div className="result">
        {banner}
        <h1 ref={headingRef} tabIndex={-1}>
          We could not work out a result
        </h1>
        <p className="notice notice-bad">
          {result.message} Check the assumptions below or edit your answers.
        </p>
        <AssumptionsPanel assumptions={result.assumptions} editing={editing} />
      </div>
    );
  }

  const { assessment, assumptions } = result;
  const { recommendation } = assessment;

  return (
    <div className="result">
      {banner}
      <header className={`result-header result-${recommendation.kind}`}>
        <p className="result-eyebrow">
          {/* Company name is user or link data: rendered as text only, never into attributes. */}
          <span>{company === '' ? 'Your company' : company}</span>
          <span className="print-only"> · Hire Ready report, {today}</span>
        </p>
        <h1 ref={headingRef} tabIndex={-1}>
          {recommendation.headline}
        </h1>
        <p className="badges">
          <span className={`badge badge-${recommendation.confidence}`}>
            {CONFIDENCE_LABELS[recommendation.confidence]}
          </span>
          <span className="badge badge-neutral">
            Overall readiness {assessment.scores.overall} / 100
          </span>
        </p>
        <p className="result-summary">{recommendation.summary}</p>
        <p className="roles-link no-print">
          <a href={hrefFor('/roles')}>What do AEs, SDRs, BDRs and account managers do?</a>
        </p>
        {actions && <div className="result-actions no-print presenter-hide">{actions}</div>}
        {editing && (
          <p role="status" className="visually-hidden">
            Result: {recommendation.headline}
          </p>
        )}
      </header>

      {afterHeader}
      <WhySection assessment={assessment} />
      <ChartsSection assessment={assessment} />
      <ArithmeticSection answers={answers} assumptions={assumptions} assessment={assessment} />
      <PrintedAssumptions assumptions={assumptions} />
      <div className="no-print">
        <AssumptionsPanel assumptions={assumptions} editing={editing} />
      </div>

      <section className="result-section your-answers no-print" aria-labelledby={`${id}-answers`}>
        <h2 id={`${id}-answers`}>Your answers</h2>
        <details className="disclosure">
          <summary>Show the answers this result is based on</summary>
          <dl className="answer-list">
            {ANSWER_KEYS.map((key) => (
              <div key={key}>
                <dt>{questionFor(key).shortLabel}</dt>
                <dd>
                  {formatAnswer(key, answers)}
                  {assumed.includes(key) ? ' (assumed)' : ''}
                </dd>
              </div>
            ))}
          </dl>
        </details>
      </section>
      {footer}
    </div>
  );
}

const NONE_ASSUMED: readonly AnswerKey[] = [];

/** In print the editable panel is replaced by the list of what was changed. */
function PrintedAssumptions({ assumptions }: { assumptions: Assumptions }) {
  const changed = ASSUMPTION_KEYS.filter((key) => assumptions[key] !== DEFAULT_ASSUMPTIONS[key]);
  return (
    <section className="result-section print-only">
      <h2>Assumptions</h2>
      {changed.length === 0 ? (
        <p>All benchmark assumptions are at their defaults.</p>
      ) : (
        <ul>
          {changed.map((key) => (
            <li key={key}>
              {ASSUMPTION_INFO[key].label}: {formatAssumption(key, assumptions[key])} (default{' '}
              {formatAssumption(key, DEFAULT_ASSUMPTIONS[key])})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function formatToday(): string {
  return new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
}
