import { create } from 'zustand';
import { markStorageStatusLoaded } from './storage-status-loaded';
import type { SavedAssessment } from './workspace-model';

/*
 * What went wrong with saving or loading, for the app shell's one storage notice to tell the user.
 * Kept apart from the workspace store so it is never persisted, so the storage adapter can report
 * while the store is still being created, and so the shell can show it without loading zod. The
 * shell loads its notice once this module has run (storage-status-loaded.ts).
 */

export interface StorageStatus {
  /** Saved data could not be (fully) read; the original text is kept under `backupKey`. */
  recovered?: {
    /** Where the unreadable data was copied; null when the copy could not be written. */
    backupKey: string | null;
    /** `partial`: some values were left out, the rest restored. `discarded`: started fresh. */
    outcome: 'partial' | 'discarded';
    /** Technical detail for support, not for the notice text. */
    reason: string;
  };
  /**
   * Saved data could not be read and could not be copied aside (storage full), so this tab leaves
   * it exactly as it is and saves nothing until reloaded. Never cleared by a later success.
   */
  readOnly: boolean;
  /** The saved text exactly as found, when it could not be read: offered as a download. */
  original?: string;
  /** Set while saving fails (storage full or blocked); the answers live on in this tab only. */
  saveError?: string;
  /** The open assessment as this tab last had it, when another tab deleted it (offer: restore). */
  deletedElsewhere?: SavedAssessment;
  /**
   * Bumped each time another tab changed the saved answers or assumptions and this tab took them
   * in, so views can remount forms with the latest values. Never goes down.
   */
  otherTabChanges: number;
  /** The value of `otherTabChanges` when the user last dismissed the notice about it. */
  otherTabSeen: number;
  dismissRecovered: () => void;
  dismissOtherTab: () => void;
  dismissDeletedElsewhere: () => void;
}

export const SAVE_FULL_MESSAGE =
  'Your browser storage is full, so your changes are kept in this tab but not saved. Free some space or finish in this tab.';
export const SAVE_BLOCKED_MESSAGE =
  'Your browser is not letting this site save, so your changes are kept in this tab but not saved.';

/** What to tell the user after saved data could not be (fully) read. */
export const RECOVERED_MESSAGES = {
  discarded:
    'We could not read the assessments saved in this browser, so you are starting fresh. The saved data was kept aside in this browser; you can download it.',
  partial:
    'Some of your saved answers could not be read. The saved data was kept aside in this browser; you will be asked for those answers again.',
} as const;

export const READ_ONLY_MESSAGE =
  'We could not read the assessments saved in this browser, and there is no room to keep a copy aside. They are left exactly as they were, and nothing you do in this tab is saved until you reload. Download the saved data to keep it; it may have been saved by a newer version of Hire Ready, which a reload would bring.';

export const OTHER_TAB_MESSAGE =
  'Your answers were changed in another tab, so this page now shows the latest. Anything you typed here and have not saved yet is kept.';

export const DELETED_ELSEWHERE_MESSAGE =
  'The assessment you had open here was deleted in another tab. Your copy, with everything you typed, is kept in this tab.';

export const useStorageStatus = create<StorageStatus>()((set) => ({
  readOnly: false,
  otherTabChanges: 0,
  otherTabSeen: 0,
  dismissRecovered: () => set({ recovered: undefined }),
  dismissOtherTab: () => set((state) => ({ otherTabSeen: state.otherTabChanges })),
  dismissDeletedElsewhere: () => set({ deletedElsewhere: undefined }),
}));

markStorageStatusLoaded();
