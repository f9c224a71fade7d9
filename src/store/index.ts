/*
 * The store's public API: the persisted workspace (several assessments, one open; each with
 * answers, step, changed assumptions, what-if values and notes), the memory-only unsaved form
 * input, and the storage status for notices. Results are never stored; they are recomputed.
 */
import { syncWithOtherTabs } from './cross-tab-sync';
import { activeOrEmpty } from './selectors';
import { createWorkspaceStore } from './workspace-store';

export const useWorkspaceStore = createWorkspaceStore();
if (typeof window !== 'undefined') syncWithOtherTabs(useWorkspaceStore);

/**
 * The open assessment (answers, step, assumptions, what-if, notes), or an empty one when none is
 * open. Derived from the list on every read, never copied into fields of its own.
 */
export function useActiveAssessment() {
  return useWorkspaceStore(activeOrEmpty);
}

export type {
  AssessmentSeed,
  ImportReport,
  ListActions,
  OpenAssessmentActions,
  WorkspaceState,
} from './workspace-types';
export type { WorkspaceStore } from './workspace-store';
export { createWorkspaceStore } from './workspace-store';
export { syncWithOtherTabs } from './cross-tab-sync';
export {
  activeAssessment,
  activeOrEmpty,
  assessmentName,
  effectiveAnswers,
  type OpenAssessment,
} from './selectors';
export { mergeWorkspaces } from './merge-workspace';
export { WORKSPACE_KEY, WORKSPACE_BACKUP_PREFIX, hasSavedWorkspace } from './workspace-key';
export {
  WORKSPACE_VERSION,
  effectiveAssumptions,
  emptyDraft,
  emptyWorkspace,
  isComplete,
  isDraftStep,
  pickWhatIf,
  sanitizeAssumed,
  type Draft,
  type DraftStep,
  type SavedAssessment,
  type Scenario,
  type Workspace,
} from './workspace-model';
export {
  MAX_NOTES_LENGTH,
  restoreSavedAssessment,
  restoreWorkspace,
  type RestoreResult,
} from './restore-workspace';
export type { RestoreProblem } from './restore-values';
export {
  firstIncompleteStep,
  hasProgress,
  isStepComplete,
  openView,
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
