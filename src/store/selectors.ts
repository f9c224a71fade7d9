import { assessmentTitle } from '../domain';
import type { Draft, SavedAssessment, Workspace } from './workspace-model';
import { emptyDraft } from './workspace-model';

/*
 * Reads of the workspace that views select with. Each returns an object already in the state (or
 * one frozen constant), so it is a stable zustand selector.
 */

/** What the open-assessment views read: a saved assessment, or the empty one below. */
export type OpenAssessment = Draft & Pick<SavedAssessment, 'whatIf' | 'notes' | 'assumed'>;

const NO_ASSESSMENT: OpenAssessment = Object.freeze({ ...emptyDraft(), whatIf: {}, notes: '' });

/** The open assessment, if any. */
export function activeAssessment(state: Workspace): SavedAssessment | undefined {
  return state.activeId === null
    ? undefined
    : state.assessments.find((assessment) => assessment.id === state.activeId);
}

/** The open assessment, or an empty one (same object every time) when none is open. */
export function activeOrEmpty(state: Workspace): OpenAssessment {
  return activeAssessment(state) ?? NO_ASSESSMENT;
}

/** Answers with the what-if values applied: what the results page scores and links carry. */
export function effectiveAnswers(assessment: Pick<SavedAssessment, 'answers' | 'whatIf'>) {
  return { ...assessment.answers, ...assessment.whatIf };
}

/** The assessment's name, the same one its result and its shared link show. */
export function assessmentName(assessment: Pick<SavedAssessment, 'answers'>): string {
  return assessmentTitle(assessment.answers);
}
