import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import {
  AssumptionsSchema,
  DEFAULT_ASSUMPTIONS,
  questionFor,
  type AnswerKey,
  type Answers,
  type AssumptionKey,
  type Assumptions,
  type StepId,
} from '../domain';
import { DRAFT_KEY } from './draft-key';
import { createDraftStorage } from './draft-storage';
import {
  DRAFT_VERSION,
  DraftFormatError,
  emptyDraft,
  isComplete,
  migrateDraft,
  restoreDraftState,
  sanitizeAnswers,
  sanitizeAssumptions,
  type Draft,
  type DraftStep,
} from './restore-draft';
import { useStorageStatus } from './storage-status';
import { useUnsavedInput } from './unsaved-input';

export interface DraftState extends Draft {
  /** Merges a step's validated answers in. Values that fail their schema field are ignored. */
  saveStep: (values: Partial<Answers>) => void;
  setStep: (step: DraftStep) => void;
  /**
   * Sets one assumption. Only values that differ from the default are kept. Returns false (and
   * changes nothing) when the value is out of range.
   */
  setAssumption: (key: AssumptionKey, value: number) => boolean;
  resetAssumptions: () => void;
  /** Replaces everything, e.g. "Make this my assessment" from a share link or a JSON import. */
  replaceDraft: (draft: { answers: Answers; assumptions: Partial<Assumptions> }) => void;
  /** Forgets the draft here and in storage ("Start over"). */
  clearDraft: () => void;
}

function stepsOf(keys: readonly string[]): StepId[] {
  return [...new Set(keys.map((key) => questionFor(key as AnswerKey).step))];
}

/**
 * Creates the draft store. The app uses the one in `index.ts`; tests create their own with a fake
 * storage.
 */
export function createDraftStore(getStorage: () => Storage = () => window.localStorage) {
  return create<DraftState>()(
    persist(
      (set, get, api) => ({
        ...emptyDraft(),
        saveStep: (values) => {
          const { answers } = sanitizeAnswers(values);
          set({ answers: { ...get().answers, ...answers } });
          useUnsavedInput.getState().discard(stepsOf(Object.keys(answers)));
        },
        setStep: (step) => {
          // Skip the write when nothing changes: every write can wake other tabs.
          if (get().step !== step) set({ step });
        },
        setAssumption: (key, value) => {
          const parsed = AssumptionsSchema.shape[key].safeParse(value);
          if (!parsed.success) return false;
          const assumptions = { ...get().assumptions };
          if (parsed.data === DEFAULT_ASSUMPTIONS[key]) delete assumptions[key];
          else assumptions[key] = parsed.data;
          set({ assumptions });
          return true;
        },
        resetAssumptions: () => set({ assumptions: {} }),
        replaceDraft: (draft) => {
          const { answers } = sanitizeAnswers(draft.answers);
          const { assumptions } = sanitizeAssumptions(draft.assumptions);
          set({ answers, assumptions, step: isComplete(answers) ? 'results' : 'company' });
          useUnsavedInput.getState().discardAll();
        },
        clearDraft: () => {
          set(emptyDraft());
          api.persist.clearStorage();
          useUnsavedInput.getState().discardAll();
        },
      }),
      {
        name: DRAFT_KEY,
        version: DRAFT_VERSION,
        storage: createDraftStorage(getStorage),
        partialize: ({ answers, step, assumptions }): Draft => ({ answers, step, assumptions }),
        // The storage adapter already migrates and validates (restoreDraft), so this only runs if a
        // storage ever hands over an older version as is; it takes the same path.
        migrate: (state, version) => {
          const restored = restoreDraftState(migrateDraft(state, version));
          if (!restored.ok) throw new DraftFormatError(restored.problem, restored.detail);
          return restored.draft;
        },
        // No saved draft (first visit, or another tab pressed "Start over") means an empty one, not
        // "keep what this tab had": otherwise the next write here would bring deleted answers back.
        merge: (persisted, current) => ({
          ...current,
          ...((persisted as Draft | undefined) ?? emptyDraft()),
        }),
      },
    ),
  );
}

export type DraftStore = ReturnType<typeof createDraftStore>;

function sameData(a: Draft, b: Draft): boolean {
  return JSON.stringify([a.answers, a.assumptions]) === JSON.stringify([b.answers, b.assumptions]);
}

/**
 * Keeps tabs from overwriting each other: when another tab saves the draft, this tab takes the new
 * data in at once, so its next write builds on it instead of replacing it with an older copy. If the
 * answers or assumptions changed, the storage status says so (forms remount with the latest values,
 * keeping anything typed but not yet submitted in this tab). Returns a function that stops listening.
 */
export function syncWithOtherTabs(
  store: DraftStore,
  getStorage: () => Storage = () => window.localStorage,
): () => void {
  const onStorage = (event: StorageEvent) => {
    // key null: the other tab called localStorage.clear().
    if (event.key !== DRAFT_KEY && event.key !== null) return;
    try {
      if (event.storageArea && event.storageArea !== getStorage()) return;
    } catch {
      return;
    }
    const before = store.getState();
    void store.persist.rehydrate().then(() => {
      if (!sameData(before, store.getState())) {
        useStorageStatus.setState((status) => ({ otherTabChanges: status.otherTabChanges + 1 }));
      }
    });
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
