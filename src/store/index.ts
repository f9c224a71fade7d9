/*
 * The store's public API: the persisted workspace (several assessments, one active; each with
 * answers, step, changed assumptions, what-if values and notes), the memory-only unsaved form
 * input, and the storage status for notices. Results are never stored; they are recomputed.
 */
import { activeDraft, createDraftStore, syncWithOtherTabs } from './draft-store';

export const useDraftStore = createDraftStore();
if (typeof window !== 'undefined') syncWithOtherTabs(useDraftStore);

/**
 * The open assessment (answers, step, assumptions, what-if, notes), or an empty draft when none is
 * open. Derived from the list on every read, never copied into fields of its own.
 */
export function useActiveAssessment() {
  return useDraftStore(activeDraft);
}

export type { AssessmentSeed, DraftState, DraftStore, ImportReport } from './draft-store';
export {
  activeAssessment,
  activeDraft,
  assessmentName,
  createDraftStore,
  effectiveAnswers,
} from './draft-store';
export { mergeWorkspaces } from './merge-workspace';
export { DRAFT_KEY, DRAFT_BACKUP_PREFIX, hasSavedDraft } from './draft-key';
export {
  DRAFT_VERSION,
  effectiveAssumptions,
  emptyDraft,
  emptyWorkspace,
  isComplete,
  pickWhatIf,
  restoreSavedAssessment,
  type SavedAssessment,
  type Scenario,
  type Workspace,
  isDraftStep,
  restoreDraft,
  type Draft,
  type DraftStep,
  type RestoreProblem,
  type RestoreResult,
} from './restore-draft';
export {
  firstIncompleteStep,
  hasProgress,
  isStepComplete,
  resumeStep,
  stepsAnswered,
} from './progress';
export {
  OTHER_TAB_MESSAGE,
  RECOVERED_MESSAGES,
  SAVE_BLOCKED_MESSAGE,
  SAVE_FULL_MESSAGE,
  useStorageStatus,
  type StorageStatus,
} from './storage-status';
export { useUnsavedInput, type RawFormValues, type UnsavedInputState } from './unsaved-input';
