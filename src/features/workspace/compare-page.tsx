import { lazy, Suspense, useId, useMemo } from 'react';
import { ANSWER_KEYS, DIMENSIONS, formatAnswer, questionFor, type Assessment } from '../../domain';
import {
  assessmentName,
  effectiveAnswers,
  effectiveAssumptions,
  isComplete,
  useWorkspaceStore,
  type SavedAssessment,
} from '../../store';
import { DataTable } from '../../ui/data-table';
import { hrefFor } from '../../ui/router';
import { PlanSummary } from '../plan';
import { DIMENSION_LABELS, verdictInBrief } from '../results';
import { usePageHeading } from '../../ui/use-page-heading';
import { statusOf } from './summary';
import './workspace.css';

const CompareChart = lazy(() =>
  import('./compare-chart').then((m) => ({ default: m.CompareChart })),
);

interface Side {
  label: string;
  saved: SavedAssessment;
}

/** `a=<id>&b=<id>` or `a=<id>&b=whatif` → the two sides, or why not. */
function sidesOf(query: string, assessments: readonly SavedAssessment[]): [Side, Side] | string {
  const params = new URLSearchParams(query);
  const a = assessments.find((x) => x.id === params.get('a'));
  const bId = params.get('b');
  if (!a) return 'The first assessment to compare is not saved in this browser.';
  if (bId === 'whatif') {
    if (Object.keys(a.whatIf).length === 0)
      return `“${assessmentName(a)}” has no what-if values to compare with.`;
    return [
      { label: `${assessmentName(a)} (saved answers)`, saved: { ...a, whatIf: {} } },
      { label: `${assessmentName(a)} (what-if)`, saved: a },
    ];
  }
  const b = assessments.find((x) => x.id === bId);
  if (!b) return 'The second assessment to compare is not saved in this browser.';
  const nameA = assessmentName(a);
  const nameB = assessmentName(b);
  return [
    { label: nameA, saved: a },
    { label: nameB === nameA ? `${nameB} (second)` : nameB, saved: b },
  ];
}

/** The side's hiring plan in brief (start, break-even, runway, cost), recomputed like the rest. */
function CardPlan({ saved, assessment }: { saved: SavedAssessment; assessment: Assessment }) {
  const answers = effectiveAnswers(saved);
  if (!isComplete(answers)) return null;
  return (
    <>
      <h3 className="compare-plan-title">Hiring plan</h3>
      <PlanSummary
        assessment={assessment}
        answers={answers}
        assumptions={effectiveAssumptions(saved.assumptions)}
      />
    </>
  );
}

/** `#/compare`: two assessments, or one and its what-if, side by side. */
export function ComparePage({ query }: { query: string }) {
  const id = useId();
  const heading = usePageHeading('Compare – Hire Ready');
  const assessments = useWorkspaceStore((state) => state.assessments);
  const sides = useMemo(() => sidesOf(query, assessments), [query, assessments]);

  if (typeof sides === 'string') {
    return (
      <section className="stack narrow">
        <h1 ref={heading} tabIndex={-1}>
          Nothing to compare
        </h1>
        <p className="notice">{sides}</p>
        <p>
          <a href={hrefFor({ name: 'clients' })}>Go to the saved assessments</a>
        </p>
      </section>
    );
  }

  const [a, b] = sides;
  const statusA = statusOf(a.saved);
  const statusB = statusOf(b.saved);
  const answersA = effectiveAnswers(a.saved);
  const answersB = effectiveAnswers(b.saved);
  const differing = ANSWER_KEYS.filter(
    (key) => JSON.stringify(answersA[key]) !== JSON.stringify(answersB[key]),
  );

  return (
    <section className="compare stack">
      <h1 ref={heading} tabIndex={-1}>
        Compare: {a.label} and {b.label}
      </h1>
      <div className="compare-cards">
        {[
          { side: a, status: statusA, tag: 'A' },
          { side: b, status: statusB, tag: 'B' },
        ].map(({ side, status, tag }) => (
          <article key={tag} className="card compare-card" aria-labelledby={`${id}-${tag}`}>
            <h2 id={`${id}-${tag}`}>
              <span className="compare-tag">{tag}</span> {side.label}
            </h2>
            {status.complete ? (
              <>
                <p
                  className={`badge verdict-badge verdict-badge-${status.assessment.recommendation.status}`}
                >
                  {verdictInBrief(status.assessment)}
                </p>
                <p>{status.assessment.recommendation.headline}</p>
                <p>Overall readiness {status.assessment.scores.overall} / 100</p>
                <CardPlan saved={side.saved} assessment={status.assessment} />
              </>
            ) : (
              <p>In progress · step {status.step} of 5: no recommendation yet.</p>
            )}
          </article>
        ))}
      </div>

      {statusA.complete && statusB.complete && (
        <figure className="chart-figure" aria-labelledby={`${id}-scores`}>
          <figcaption>
            <h2 id={`${id}-scores`}>Readiness by dimension</h2>
          </figcaption>
          <div className="chart-frame compare-chart-frame" aria-hidden="true">
            <Suspense fallback={null}>
              <CompareChart
                nameA={`A: ${a.label}`}
                nameB={`B: ${b.label}`}
                data={DIMENSIONS.map((dimension) => ({
                  label: DIMENSION_LABELS[dimension],
                  a: statusA.assessment.scores[dimension],
                  b: statusB.assessment.scores[dimension],
                }))}
              />
            </Suspense>
          </div>
          <DataTable
            caption="Scores from 0 (not ready) to 100 (ready)"
            columns={[
              { header: 'Dimension' },
              { header: `A: ${a.label}`, numeric: true },
              { header: `B: ${b.label}`, numeric: true },
            ]}
            rows={[
              ...DIMENSIONS.map((dimension) => ({
                key: dimension,
                header: DIMENSION_LABELS[dimension],
                cells: [statusA.assessment.scores[dimension], statusB.assessment.scores[dimension]],
              })),
              {
                key: 'overall',
                header: 'Overall',
                cells: [statusA.assessment.scores.overall, statusB.assessment.scores.overall],
              },
            ]}
          />
        </figure>
      )}

      <section className="result-section" aria-labelledby={`${id}-diff`}>
        <h2 id={`${id}-diff`}>Answers that differ</h2>
        {differing.length === 0 ? (
          <p>All answers are the same.</p>
        ) : (
          <DataTable
            caption={`${differing.length} ${differing.length === 1 ? 'answer differs' : 'answers differ'}`}
            columns={[
              { header: 'Question' },
              { header: `A: ${a.label}` },
              { header: `B: ${b.label}` },
            ]}
            rows={differing.map((key) => ({
              key,
              header: questionFor(key).shortLabel,
              cells: [formatAnswer(key, answersA), formatAnswer(key, answersB)],
            }))}
          />
        )}
      </section>
      <p className="button-row">
        <a className="button button-secondary" href={hrefFor({ name: 'clients' })}>
          Back to saved assessments
        </a>
        <a className="button button-secondary" href={hrefFor({ name: 'results' })}>
          Back to the result
        </a>
      </p>
    </section>
  );
}
