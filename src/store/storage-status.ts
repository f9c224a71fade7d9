import { create } from 'zustand';

/*
 * What went wrong with saving or loading, for the UI to tell the user. Kept apart from the draft
 * store so it is never persisted and so the storage adapter can report while the draft store is
 * still being created.
 */

export interface StorageStatus {
  /** A saved draft could not be (fully) read; the original is kept under `backupKey`. */
  recovered?: {
    /** Where the unreadable data was copied; null when even the copy could not be written. */
    backupKey: string | null;
    /** `partial`: some values were left out, the rest restored. `discarded`: started fresh. */
    outcome: 'partial' | 'discarded';
    /** Technical detail for support, not for the notice text. */
    reason: string;
  };
  /** Set while saving fails (storage full or blocked); the answers live on in this tab only. */
  saveError?: string;
  /**
   * Bumped each time another tab changed the saved answers or assumptions and this tab took them
   * in, so views can remount forms with the latest values. Never goes down.
   */
  otherTabChanges: number;
  /** The value of `otherTabChanges` when the user last dismissed the notice about it. */
  otherTabSeen: number;
  dismissRecovered: () => void;
  dismissOtherTab: () => void;
}

export const SAVE_FULL_MESSAGE =
  'Your browser storage is full, so your answers are kept in this tab but not saved. Free some space or finish in this tab.';
export const SAVE_BLOCKED_MESSAGE =
  'Your browser is not letting this site save, so your answers are kept in this tab but not saved.';

/** What to tell the user after a saved draft could not be (fully) read. */
export const RECOVERED_MESSAGES = {
  discarded:
    'We could not read your saved answers. They were kept aside in this browser and you are starting fresh.',
  partial:
    'Some of your saved answers could not be read. They were kept aside in this browser; you will be asked for those answers again.',
} as const;

export const OTHER_TAB_MESSAGE =
  'Your answers were changed in another tab, so this page now shows the latest. Anything you typed here and have not saved yet is kept.';

export const useStorageStatus = create<StorageStatus>()((set) => ({
  otherTabChanges: 0,
  otherTabSeen: 0,
  dismissRecovered: () => set({ recovered: undefined }),
  dismissOtherTab: () => set((state) => ({ otherTabSeen: state.otherTabChanges })),
}));
