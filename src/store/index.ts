/*
 * The store's public API: the one persisted draft (answers, step, changed assumptions), the
 * memory-only unsaved form input, and the storage status for notices. Results are never stored;
 * they are recomputed from answers and assumptions.
 */
import { createDraftStore, syncWithOtherTabs } from './draft-store';

export const useDraftStore = createDraftStore();
if (typeof window !== 'undefined') syncWithOtherTabs(useDraftStore);

export type { DraftState, DraftStore } from './draft-store';
export { DRAFT_KEY, DRAFT_BACKUP_PREFIX, hasSavedDraft } from './draft-key';
export {
  DRAFT_VERSION,
  effectiveAssumptions,
  emptyDraft,
  isComplete,
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
