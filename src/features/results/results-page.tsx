import { useMemo, type ComponentProps } from 'react';
import { DEFAULT_ASSUMPTIONS, type Assessment, type StepId } from '../../domain';
import {
  activeAssessment,
  activeOrEmpty,
  effectiveAnswers,
  firstIncompleteStep,
  isComplete,
  useWorkspaceStore,
  type Scenario,
} from '../../store';
import { Disclosure } from '../../ui/disclosure';
import { hrefFor } from '../../ui/router';
import { usePageHeading } from '../../ui/use-page-heading';
import type { AssumptionEditing } from './assumptions-panel';
import { verdictInBrief } from './verdict';
import { HiringPlanSection } from '../plan';
import { OpenAssessmentNotes } from './notes-editor';
import { ResultActions } from './result-actions';
import { ResultView, type PlanContext } from './result-view';
import { VerdictComparison } from './verdict-comparison';
import { WhatIfPanel, type WhatIfEditing } from './what-if-panel';
import { CouldChangeSection } from '../quick';

export function resultPageTitle(assessment: Assessment): string {
  // The status with the role, as the verdict card and the saved list say it: a tab reading
  // "Hire an AE" over "Hire after a fix" would disagree with the page.
  return `Your result: ${verdictInBrief(assessment)} – Hire Ready`;
}

const NO_SCENARIOS: readonly Scenario[] = Object.freeze([]);

/**
 * `#/results`: the open assessment's result, recomputed on every render, with editable assumptions,
 * a live what-if on every answer, named scenarios and private notes.
 */
/** The own result's plan can save the monthly burn it asks for, with the answers. */
function OwnHiringPlan(context: PlanContext) {
  const saveStep = useWorkspaceStore((state) => state.saveStep);
  return (
    <HiringPlanSection {...context} onMonthlyBurn={(value) => saveStep({ monthlyBurn: value })} />
  );
}

function renderOwnPlan(context: PlanContext) {
  return <OwnHiringPlan {...context} />;
}

/** The share actions read the notes themselves, so a notes save never re-renders the result. */
function OwnResultActions(props: Omit<ComponentProps<typeof ResultActions>, 'notes'>) {
  const notes = useWorkspaceStore((state) => activeOrEmpty(state).notes);
  return <ResultActions {...props} notes={notes} />;
}

export function ResultsPage() {
  // One selector per field, never the whole assessment: notes saves must not re-render the result.
  const saved = useWorkspaceStore((state) => activeOrEmpty(state).answers);
  const whatIf = useWorkspaceStore((state) => activeOrEmpty(state).whatIf);
  const assumptions = useWorkspaceStore((state) => activeOrEmpty(state).assumptions);
  const assumed = useWorkspaceStore((state) => activeOrEmpty(state).assumed);
  const scenarios = useWorkspaceStore(
    (state) => activeAssessment(state)?.scenarios ?? NO_SCENARIOS,
  );
  const answers = useMemo(() => effectiveAnswers({ answers: saved, whatIf }), [saved, whatIf]);
  const setAssumption = useWorkspaceStore((state) => state.setAssumption);
  const resetAssumptions = useWorkspaceStore((state) => state.resetAssumptions);
  const setWhatIf = useWorkspaceStore((state) => state.setWhatIf);
  const revertWhatIf = useWorkspaceStore((state) => state.revertWhatIf);
  const revertAllWhatIf = useWorkspaceStore((state) => state.revertAllWhatIf);
  const keepWhatIf = useWorkspaceStore((state) => state.keepWhatIf);
  const saveScenario = useWorkspaceStore((state) => state.saveScenario);
  const applyScenario = useWorkspaceStore((state) => state.applyScenario);
  const deleteScenario = useWorkspaceStore((state) => state.deleteScenario);
  const activeId = useWorkspaceStore((state) => state.activeId);

  const whatIfEditing = useMemo<WhatIfEditing>(
    () => ({
      onChange: (key, value) => void setWhatIf(key, value),
      onRevert: revertWhatIf,
      onRevertAll: revertAllWhatIf,
      onKeep: keepWhatIf,
      scenarios,
      onSaveScenario: saveScenario,
      onApplyScenario: applyScenario,
      onDeleteScenario: deleteScenario,
    }),
    [
      setWhatIf,
      revertWhatIf,
      revertAllWhatIf,
      keepWhatIf,
      scenarios,
      saveScenario,
      applyScenario,
      deleteScenario,
    ],
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

  const changedCount = Object.keys(whatIf).length;
  const hasWhatIf = changedCount > 0;
  return (
    <ResultView
      answers={answers}
      changedAssumptions={assumptions}
      assumed={assumed}
      editing={editing}
      comparison={
        hasWhatIf ? (
          <VerdictComparison before={saved} after={answers} assumptions={assumptions} />
        ) : undefined
      }
      actions={
        <OwnResultActions
          answers={answers}
          changedAssumptions={assumptions}
          hasWhatIf={hasWhatIf}
          assumed={assumed}
        />
      }
      afterCard={
        // A quick check's result: which unanswered questions could change it (issue 14).
        assumed && assumed.length > 0 ? (
          <CouldChangeSection
            answers={answers}
            assumed={assumed}
            assumptions={{ ...DEFAULT_ASSUMPTIONS, ...assumptions }}
          />
        ) : undefined
      }
      whatIf={
        <Disclosure
          title="What if?"
          hint={
            hasWhatIf
              ? `${changedCount} ${changedCount === 1 ? 'answer' : 'answers'} changed; the verdict shows before and after`
              : 'Change any answer, keep named scenarios, compare them'
          }
          shortcut="what-if"
          className="no-print"
          defaultOpen={hasWhatIf || scenarios.length > 0}
        >
          <WhatIfPanel
            answers={saved}
            whatIf={whatIf}
            assumptions={assumptions}
            editing={whatIfEditing}
            compareHref={
              hasWhatIf && activeId !== null
                ? hrefFor({ name: 'compare', a: activeId, b: 'whatif' })
                : undefined
            }
          />
        </Disclosure>
      }
      plan={renderOwnPlan}
      footer={<OpenAssessmentNotes />}
      pageTitle={resultPageTitle}
      focusHeading
    />
  );
}

function IncompleteAnswers({ started, step }: { started: boolean; step: StepId }) {
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
        <a className="button" href={hrefFor({ name: 'wizard', step })}>
          {started ? 'Continue your answers' : 'Start the assessment'}
        </a>
      </p>
    </section>
  );
}
