import { useMemo } from 'react';
import { DEFAULT_ASSUMPTIONS, type Assessment } from '../../domain';
import { firstIncompleteStep, isComplete, useDraftStore } from '../../store';
import { hrefFor } from '../../ui/router';
import { KIND_SHORT_LABELS } from './format';
import { ResultActions } from './result-actions';
import { ResultView } from './result-view';
import type { AssumptionEditing } from './assumptions-panel';
import { usePageHeading } from './use-page-heading';

export function resultPageTitle(assessment: Assessment): string {
  return `Your result: ${KIND_SHORT_LABELS[assessment.recommendation.kind]} – Hire Ready`;
}

/** `#/results`: the saved draft's result, recomputed on every render, with editable assumptions. */
export function ResultsPage() {
  const answers = useDraftStore((state) => state.answers);
  const assumptions = useDraftStore((state) => state.assumptions);
  const setAssumption = useDraftStore((state) => state.setAssumption);
  const resetAssumptions = useDraftStore((state) => state.resetAssumptions);

  const editing = useMemo<AssumptionEditing>(
    () => ({
      onChange: (key, value) => setAssumption(key, value),
      // The store keeps only changed values, so setting the default removes the key.
      onReset: (key) => setAssumption(key, DEFAULT_ASSUMPTIONS[key]),
      onResetAll: () => resetAssumptions(),
    }),
    [setAssumption, resetAssumptions],
  );

  if (!isComplete(answers)) {
    const started = Object.keys(answers).length > 0;
    return <IncompleteAnswers started={started} step={firstIncompleteStep(answers) ?? 'company'} />;
  }

  return (
    <ResultView
      answers={answers}
      changedAssumptions={assumptions}
      editing={editing}
      actions={<ResultActions answers={answers} changedAssumptions={assumptions} />}
      pageTitle={resultPageTitle}
      focusHeading
    />
  );
}

function IncompleteAnswers({ started, step }: { started: boolean; step: string }) {
  const heading = usePageHeading('Result not ready yet – Hire Ready');
  return (
    <section className="stack narrow">
      <h1 ref={heading} tabIndex={-1}>
        {started ? 'Your answers are not complete yet' : 'You have not started an assessment yet'}
      </h1>
      <p>
        {started
          ? 'The result needs an answer to every question. Your answers so far are saved in this browser.'
          : 'Answer 23 questions about your lead flow, sales process, deals and runway, and the result appears here.'}
      </p>
      <p>
        <a className="button" href={hrefFor(`/assess/${step}`)}>
          {started ? 'Continue your answers' : 'Start the assessment'}
        </a>
      </p>
    </section>
  );
}
