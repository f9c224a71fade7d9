import { useMemo } from 'react';
import { DEFAULT_ASSUMPTIONS, WHAT_IF_KEYS, type Assessment } from '../../domain';
import {
  effectiveAnswers,
  firstIncompleteStep,
  isComplete,
  useActiveAssessment,
  useWorkspaceStore,
} from '../../store';
import { hrefFor } from '../../ui/router';
import { KIND_SHORT_LABELS } from './format';
import { ResultActions } from './result-actions';
import { ResultView } from './result-view';
import type { AssumptionEditing } from './assumptions-panel';
import { usePageHeading } from '../../ui/use-page-heading';
import { NotesEditor, WhatIfPanel, type WhatIfEditing } from './what-if-panel';
import { CouldChangeSection } from '../quick';

export function resultPageTitle(assessment: Assessment): string {
  return `Your result: ${KIND_SHORT_LABELS[assessment.recommendation.kind]} – Hire Ready`;
}

/**
 * `#/results`: the open assessment's result, recomputed on every render, with editable assumptions,
 * a live what-if on the key numbers and private notes.
 */
export function ResultsPage() {
  const active = useActiveAssessment();
  const { answers: saved, whatIf, assumptions, notes, assumed } = active;
  const answers = useMemo(() => effectiveAnswers({ answers: saved, whatIf }), [saved, whatIf]);
  const setAssumption = useWorkspaceStore((state) => state.setAssumption);
  const resetAssumptions = useWorkspaceStore((state) => state.resetAssumptions);
  const setWhatIf = useWorkspaceStore((state) => state.setWhatIf);
  const revertWhatIf = useWorkspaceStore((state) => state.revertWhatIf);
  const revertAllWhatIf = useWorkspaceStore((state) => state.revertAllWhatIf);
  const keepWhatIf = useWorkspaceStore((state) => state.keepWhatIf);
  const setNotes = useWorkspaceStore((state) => state.setNotes);
  const activeId = useWorkspaceStore((state) => state.activeId);

  const whatIfEditing = useMemo<WhatIfEditing>(
    () => ({
      onChange: (key, value) => void setWhatIf(key, value),
      onRevert: revertWhatIf,
      onRevertAll: revertAllWhatIf,
      onKeep: keepWhatIf,
    }),
    [setWhatIf, revertWhatIf, revertAllWhatIf, keepWhatIf],
  );

  const editing = useMemo<AssumptionEditing>(
    () => ({
      onChange: (key, value) => setAssumption(key, value),
      // The store keeps only changed values, so setting the default removes the key.
      onReset: (key) => setAssumption(key, DEFAULT_ASSUMPTIONS[key]),
      onResetAll: () => resetAssumptions(),
    }),
    [setAssumption, resetAssumptions],
  );

  if (!isComplete(answers) || !isComplete(saved)) {
    const started = Object.keys(saved).length > 0;
    return <IncompleteAnswers started={started} step={firstIncompleteStep(saved) ?? 'company'} />;
  }

  const hasWhatIf = Object.keys(whatIf).length > 0;
  return (
    <ResultView
      answers={answers}
      changedAssumptions={assumptions}
      assumed={assumed}
      editing={editing}
      actions={
        <ResultActions
          answers={answers}
          changedAssumptions={assumptions}
          notes={notes}
          hasWhatIf={hasWhatIf}
          assumed={assumed}
        />
      }
      afterHeader={
        <>
          {/* A quick check's result: which unanswered questions could change it (issue 14). */}
          {assumed && assumed.length > 0 ? (
            <CouldChangeSection
              answers={answers}
              assumed={assumed}
              assumptions={{ ...DEFAULT_ASSUMPTIONS, ...assumptions }}
            />
          ) : null}
          <WhatIfPanel
            keys={WHAT_IF_KEYS}
            answers={saved}
            whatIf={whatIf}
            editing={whatIfEditing}
            compareHref={
              hasWhatIf && activeId !== null
                ? hrefFor(`/compare?a=${encodeURIComponent(activeId)}&b=whatif`)
                : undefined
            }
          />
        </>
      }
      footer={<NotesEditor notes={notes} onChange={setNotes} />}
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
