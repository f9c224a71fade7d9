import { useEffect, useState } from 'react';
import { STEP_IDS, STEPS } from '../../domain';
import {
  firstIncompleteStep,
  isStepComplete,
  useActiveAssessment,
  useWorkspaceStore,
  useStorageStatus,
  useUnsavedInput,
} from '../../store';
import { ASSESSMENT_LIMIT_MESSAGE } from '../../share/limits';
import { BackLink } from '../../ui/back-link';
import { focusField } from '../../ui/error-summary';
import { ProgressSteps, type ProgressStep } from '../../ui/progress-steps';
import { hrefFor, navigate } from '../../ui/router';
import { scrollToTop } from '../../ui/scroll';
import { CheckAnswers } from './check-answers';
import {
  assessPath,
  backPath,
  isStepId,
  isWizardView,
  parseWizardQuery,
  type WizardView,
} from './paths';
import { fieldIdFor } from './question-field';
import { useAtAssessmentLimit } from './use-at-assessment-limit';
import { StepForm } from './step-form';
import { StepPurpose } from './step-purpose';
import './wizard.css';

/**
 * Where a requested wizard address should go instead, if anywhere: a step after the first
 * unanswered one, Check your answers with gaps, or an unknown name all go to the first step that
 * still needs answers.
 */
function redirectFor(requested: string, firstIncomplete: WizardView | null): WizardView | null {
  const target = firstIncomplete ?? 'check';
  if (!isWizardView(requested)) return target;
  const order: readonly string[] = [...STEP_IDS, 'check'];
  return order.indexOf(requested) > order.indexOf(target) ? target : null;
}

/**
 * On arrival at a screen, start at the top with focus on the heading (or on the question a Change
 * link was for), so keyboard and screen reader users start where sighted users look.
 */
function FocusOnArrival({ field }: { field: string | undefined }) {
  useEffect(() => {
    scrollToTop();
    const target = field ? document.getElementById(fieldIdFor(field)) : null;
    if (target) focusField(target.id);
    else document.getElementById('wizard-heading')?.focus({ preventScroll: true });
  }, [field]);
  return null;
}

function viewTitle(view: string): string {
  return view === 'check'
    ? 'Check your answers'
    : (STEPS.find((s) => s.id === view)?.title ?? view);
}

/**
 * The wizard screen for `#/assess/<step>` and `#/assess/check`. Stays mounted while the user moves
 * between steps (the route only changes the `step` prop), so it owns what spans steps: the skip-ahead
 * guard, recording the step for Resume, the progress indicator, and moving focus on arrival.
 */
export function WizardPage({ step, query = '' }: { step: string; query?: string }) {
  const { fromCheck, fromResults, field } = parseWizardQuery(query);
  const { answers } = useActiveAssessment();
  const setStep = useWorkspaceStore((s) => s.setStep);
  const otherTabChanges = useStorageStatus((s) => s.otherTabChanges);
  // Nothing open and the browser full of assessments: answers could not be saved, so say so first.
  const atLimit = useAtAssessmentLimit();
  // Typing on this step that Save has not stored yet (kept in memory for this tab).
  const hasUnsaved = useUnsavedInput((s) => isStepId(step) && s.byStep[step] !== undefined);
  const firstIncomplete = firstIncompleteStep(answers);
  const redirectTo = redirectFor(step, firstIncomplete);
  const [skipped, setSkipped] = useState<{ from: string; to: WizardView } | null>(null);
  // Remember the address that was skipped, to explain the redirect on the page it lands on. Set
  // during render (React's pattern for state derived from a changing prop), guarded so it settles.
  if (redirectTo && isWizardView(step) && (skipped?.from !== step || skipped.to !== redirectTo)) {
    setSkipped({ from: step, to: redirectTo });
  } else if (!redirectTo && skipped && skipped.to !== step) {
    setSkipped(null);
  }

  useEffect(() => {
    if (redirectTo) navigate(assessPath(redirectTo), { replace: true });
  }, [redirectTo]);

  useEffect(() => {
    if (!redirectTo && isWizardView(step)) setStep(step);
  }, [redirectTo, step, setStep]);

  if (redirectTo || !isWizardView(step)) return null;
  const view = step;

  const reachableUpTo = firstIncomplete ? STEP_IDS.indexOf(firstIncomplete) : STEP_IDS.length;
  const progress: ProgressStep[] = [
    ...STEPS.map((s, index): ProgressStep => ({
      id: s.id,
      title: s.title,
      status: s.id === view ? 'current' : isStepComplete(answers, s.id) ? 'done' : 'todo',
      href: index <= reachableUpTo ? hrefFor(assessPath(s.id)) : undefined,
    })),
    {
      id: 'check',
      title: 'Check answers',
      status: view === 'check' ? 'current' : 'todo',
      href: firstIncomplete ? undefined : hrefFor(assessPath('check')),
    },
  ];

  return (
    <div className="wizard">
      {fromResults ? (
        // Back is a link and never saves (only the button checks and saves answers). From the
        // result, typing is easy to mistake for an edit already made, so Back says it leaves the
        // result as it was.
        <BackLink href={hrefFor({ name: 'results' })}>
          {hasUnsaved ? 'Back to the result without saving' : 'Back to the result'}
        </BackLink>
      ) : (
        <BackLink href={hrefFor(backPath(view, fromCheck))} />
      )}
      <div className="wizard-layout">
        {/* On a phone the steps are numbered markers above the questions and what the step is for
            follows them; on a laptop both sit in a column beside the questions. The markup is in
            the phone's order: the first paint of a half-parsed static shell (index.html on a slow
            connection) shows it as it comes, and anything placed above an element that came
            earlier would push that element down the screen. */}
        <ProgressSteps steps={progress} />
        <div className="wizard-main">
          {atLimit ? (
            <p className="notice" role="alert">
              {ASSESSMENT_LIMIT_MESSAGE}
            </p>
          ) : null}
          {skipped && skipped.to === view ? (
            <p className="notice">
              To go on to {viewTitle(skipped.from)}, first answer the questions on this page.
            </p>
          ) : null}
          {/* Keyed by the address, so it runs once per arrival and not when another tab saves. */}
          <FocusOnArrival key={`${view}?${query}`} field={field} />
          {view === 'check' ? (
            <CheckAnswers />
          ) : (
            // A new key when another tab saves: the form restarts from the latest answers, or from
            // this tab's unsubmitted typing, which is kept.
            <StepForm
              key={`${view}:${otherTabChanges}`}
              step={view}
              fromCheck={fromCheck}
              fromResults={fromResults}
            />
          )}
        </div>
        <StepPurpose view={view} answers={answers} />
      </div>
    </div>
  );
}
