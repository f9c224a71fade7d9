import { answerSchema, questionsForStep, STEP_IDS, type Answers, type StepId } from '../domain';
import { isComplete, type Draft, type DraftStep } from './workspace-model';

/** Whether every question of a step has a valid answer. */
export function isStepComplete(answers: Partial<Answers>, step: StepId): boolean {
  return questionsForStep(step).every(
    (question) => answerSchema(question.id).safeParse(answers[question.id]).success,
  );
}

/** The first step with a missing answer, or null when all are answered. */
export function firstIncompleteStep(answers: Partial<Answers>): StepId | null {
  return STEP_IDS.find((step) => !isStepComplete(answers, step)) ?? null;
}

/** Whether a draft holds anything worth resuming (a visit to step 1 alone does not count). */
export function hasProgress(draft: Draft): boolean {
  return (
    Object.keys(draft.answers).length > 0 ||
    Object.keys(draft.assumptions).length > 0 ||
    draft.step !== 'company'
  );
}

/** How many of the five steps have every answer. */
export function stepsAnswered(answers: Partial<Answers>): number {
  return STEP_IDS.filter((step) => isStepComplete(answers, step)).length;
}

/**
 * Where "Resume" should take the user: the step they were on, unless a step before it now has a
 * gap (possible after damaged saved data was left out), in which case that gap.
 */
export function resumeStep(draft: Draft): DraftStep {
  const gap = firstIncompleteStep(draft.answers);
  if (!gap) return draft.step;
  const at = (STEP_IDS as readonly string[]).indexOf(draft.step);
  return at >= 0 && at <= STEP_IDS.indexOf(gap) ? draft.step : gap;
}

/**
 * Where opening an assessment goes (Resume on the start page, Open in the list, the client's name
 * in the header): its result once every answer is there, otherwise the step resumeStep picks.
 */
export function openView(draft: Draft): 'results' | 'check' | StepId {
  if (isComplete(draft.answers)) return 'results';
  const step = resumeStep(draft);
  return step === 'results' ? 'check' : step;
}
